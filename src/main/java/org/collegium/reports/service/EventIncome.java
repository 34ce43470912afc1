package org.collegium.reports.service;

import org.springframework.stereotype.Component;

/**
 * Event registrations. Events do not record payments of their own: a registration carries the price it was
 * charged when it was placed (member, early-bird or non-member; sessions included in a conference cost nothing).
 * So this source counts, as received on the day the person registered (the society's calendar day of registered_at,
 * a UTC instant turned into the society's time zone by {@link LocalTimeSql}), the price
 * of every registration that holds a seat (confirmed, attended or no-show: a no-show paid too) of an event that
 * was not cancelled; waitlisted and cancelled registrations, and free ones, are not income. Its affiliate is the
 * event's host (null for a national event), so an affiliate administrator sees the income of the events their
 * affiliate hosts.
 */
@Component
class EventIncome implements IncomeSource {

    static final String NAME = "Event registrations";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Summed per day and event before the event is joined: a year's registrations are hundreds of thousands. From
     * event_income_bucket (V151: each event's income per quarter hour, kept by triggers with every registration)
     * when the society's days begin on quarter hours over the range (every zone in use today), else from the
     * registrations themselves.
     */
    @Override
    public String select(LocalTimeSql local) {
        if (!local.onQuarterHours()) {
            return fromRegistrations(local);
        }
        return """
                select x.paid_on, x.amount, x.payments, 'Event registrations' as source, e.title as category,
                       e.affiliate_id
                from (select %s as paid_on, b.event_id, sum(b.amount) as amount, sum(b.payments) as payments
                      from event_income_bucket b
                      where b.bucket >= :start and b.bucket < :end and b.payments <> 0
                      group by paid_on, b.event_id) x
                join event e on e.id = x.event_id
                where e.status <> 'CANCELLED'""".formatted(local.date("b.bucket"));
    }

    /** The same from the registrations: the fallback, and what the summary must equal (EventIncomeSummaryTest). */
    static String fromRegistrations(LocalTimeSql local) {
        return """
                select x.paid_on, x.amount, x.payments, 'Event registrations' as source, e.title as category,
                       e.affiliate_id
                from (select %s as paid_on, r.event_id, sum(r.price) as amount,
                             count(*) as payments
                      from registration r
                      where r.registered_at >= :start and r.registered_at < :end
                        and r.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW') and r.price > 0
                      group by paid_on, r.event_id) x
                join event e on e.id = x.event_id
                where e.status <> 'CANCELLED'""".formatted(local.date("r.registered_at"));
    }
}
