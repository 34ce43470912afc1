package org.collegium.reports.service;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.CurrentActor;
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
            cards.add(new HomeCard(50, "Upcoming events", count(fill.events()), fill.events() == 0
                    ? "none in the next " + UPCOMING_DAYS + " days"
                    : count(fill.registered()) + " of " + count(fill.capacity()) + " seats taken ("
                            + percent(fill.registered(), fill.capacity()) + ") in the next " + UPCOMING_DAYS
                            + " days", "reports/events"));
        }
        if (scopes.currentMemberId().isEmpty()) {
            return cards; // a login without a member record has no registrations, groups or CE of its own
        }
        if (actor.hasAnyRole("FACILITATOR")) {
            Next next = mine.nextFacilitatedSessions();
            cards.add(new HomeCard(60, "Your next session to facilitate", next.count() == 0 ? "None scheduled"
                    : clock.format(next.startsAt()), next.count() == 0 ? "in the groups you facilitate"
                            : next.title() + " · " + count(next.count()) + " scheduled", "groups"));
            long requests = mine.openJoinRequests();
            cards.add(new HomeCard(61, "Requests to join", count(requests), "waiting for your decision", "groups"));
        }
        if (actor.hasAnyRole("MEMBER")) {
            Next registration = mine.nextRegistrations();
            cards.add(new HomeCard(55, "Your next event", registration.count() == 0 ? "None booked"
                    : SocietyClock.format(registration.startsAt(), registration.zone()), // in the event's zone
                    registration.count() == 0 ? "see the upcoming events"
                            : registration.title() + " · " + count(registration.count()) + " coming up",
                    "my/registrations"));
            Next group = mine.nextGroupSessions();
            cards.add(new HomeCard(65, "Your groups' next session", group.count() == 0 ? "None scheduled"
                    : clock.format(group.startsAt()), group.count() == 0 ? "in the groups you belong to"
                            : group.title(), "my/groups"));
            BigDecimal hours = mine.ceHoursThisYear();
            cards.add(new HomeCard(70, "Your CE hours", NumberFormat.getNumberInstance(Locale.US).format(hours),
                    "awarded since January 1", "my/ce"));
        }
        return cards;
    }

    private static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "no seats" : Math.round(100.0 * part / whole) + "%";
    }
}
