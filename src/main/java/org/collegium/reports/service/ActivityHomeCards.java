package org.collegium.reports.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.dashboard.service.HomeCard;
import org.collegium.dashboard.service.HomeCardProvider;
import org.collegium.reports.service.EventReports.Fill;
import org.collegium.reports.service.PersonalActivity.Next;
import org.springframework.stereotype.Component;

/**
 * Events, groups and CE on the home page (orders 50-79, reserved for them): the board and affiliate
 * administrators see the events of the next 30 days and how full they are (from the events report, so within an
 * affiliate administrator's scope); a facilitator their next session and the requests to join waiting; a member
 * their next registration, their groups' next session and their CE hours this year.
 */
@Component
class ActivityHomeCards implements HomeCardProvider {

    static final int UPCOMING_DAYS = 30;

    private final CurrentActor actor;
    private final AccountScopes scopes;
    private final EventReports events;
    private final PersonalActivity mine;
    private final SocietyClock clock;

    ActivityHomeCards(CurrentActor actor, AccountScopes scopes, EventReports events, PersonalActivity mine,
            SocietyClock clock) {
        this.actor = actor;
        this.scopes = scopes;
        this.events = events;
        this.mine = mine;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cards() {
        List<HomeCard> cards = new ArrayList<>();
        if (actor.hasAnyRole("ADMIN", "BOARD", "AFFILIATE_ADMIN")) {
            Fill fill = events.upcoming(UPCOMING_DAYS);
            cards.add(new HomeCard(50, Messages.t("reports.home.events.title"), count(fill.events()),
                    fill.events() == 0 ? Messages.t("reports.home.events.none", UPCOMING_DAYS)
                            : Messages.t("reports.home.events.caption", count(fill.registered()),
                                    count(fill.capacity()), percent(fill.registered(), fill.capacity()),
                                    UPCOMING_DAYS), "reports/events"));
        }
        if (scopes.currentMemberId().isEmpty()) {
            return cards; // a login without a member record has no registrations, groups or CE of its own
        }
        if (actor.hasAnyRole("FACILITATOR")) {
            Next next = mine.nextFacilitatedSessions();
            cards.add(new HomeCard(60, Messages.t("reports.home.facilitate.title"), next.count() == 0
                    ? Messages.t("reports.home.facilitate.none") : clock.format(next.startsAt()), next.count() == 0
                            ? Messages.t("reports.home.facilitate.none.caption")
                            : Messages.t("reports.home.facilitate.caption", next.title(), next.count(),
                                    count(next.count())), "groups"));
            long requests = mine.openJoinRequests();
            cards.add(new HomeCard(61, Messages.t("reports.home.requests.title"), count(requests),
                    Messages.t("reports.home.requests.caption"), "groups"));
        }
        if (actor.hasAnyRole("MEMBER")) {
            Next registration = mine.nextRegistrations();
            cards.add(new HomeCard(55, Messages.t("reports.home.next-event.title"), registration.count() == 0
                    ? Messages.t("reports.home.next-event.none")
                    : SocietyClock.format(registration.startsAt(), registration.zone()), // in the event's zone
                    registration.count() == 0 ? Messages.t("reports.home.next-event.none.caption")
                            : Messages.t("reports.home.next-event.caption", registration.title(),
                                    registration.count(), count(registration.count())),
                    "my/registrations"));
            Next group = mine.nextGroupSessions();
            cards.add(new HomeCard(65, Messages.t("reports.home.group.title"), group.count() == 0
                    ? Messages.t("reports.home.group.none") : clock.format(group.startsAt()), group.count() == 0
                            ? Messages.t("reports.home.group.none.caption") : group.title(), "my/groups"));
            BigDecimal hours = mine.ceHoursThisYear();
            cards.add(new HomeCard(70, Messages.t("reports.home.ce.title"), Formats.decimal(hours, 2),
                    Messages.t("reports.home.ce.caption"), "my/ce"));
        }
        return cards;
    }

    private static String count(long value) {
        return Formats.integer(value);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? Messages.t("reports.home.events.no-seats")
                : Messages.t("reports.home.events.percent", Math.round(100.0 * part / whole));
    }
}
