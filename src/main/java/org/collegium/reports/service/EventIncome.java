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

    /**
     * The amounts alone, per event, for a total: the whole UTC months of the range from event_income_month, the
     * whole UTC days outside them from event_income_day (V160, both kept by triggers from the quarter hours) and
     * the quarter hours only at the range's partial edges (split by {@link UtcLevels}, bound as :lv_*), so the same
     * sums as {@link #select} from a few rows per event. When the society's days do not begin on quarter hours, from
     * the registrations.
     */
    @Override
    public String amounts(LocalTimeSql local) {
        if (!local.onQuarterHours()) {
            return IncomeSource.super.amounts(local);
        }
        return """
                select x.amount, e.affiliate_id
                from (select p.event_id, sum(p.amount) as amount
                      from (select b.event_id, b.amount from event_income_bucket b
                            where (b.bucket >= :lv_start and b.bucket < :lv_day_from)
                               or (b.bucket >= :lv_day_to and b.bucket < :lv_end)
                            union all
                            select d.event_id, d.amount from event_income_day d
                            where (d.day >= :lv_day_from_date and d.day < :lv_month_from)
                               or (d.day >= :lv_month_to and d.day < :lv_day_to_date)
                            union all
                            select m.event_id, m.amount from event_income_month m
                            where m.month >= :lv_month_from and m.month < :lv_month_to) p
                      group by p.event_id) x
                join event e on e.id = x.event_id
                where e.status <> 'CANCELLED'""";
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
