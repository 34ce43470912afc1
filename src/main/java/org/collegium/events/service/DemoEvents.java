package org.collegium.events.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.collegium.base.service.OpenAccess;
import org.collegium.affiliates.service.AffiliateLookup;
import org.collegium.members.service.MemberLookup;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.domain.CeType;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventSession;
import org.collegium.events.domain.EventSessionRepository;
import org.collegium.events.domain.PriceRule;
import org.collegium.events.domain.PriceRule.Price;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.domain.SessionKind;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside production, on a database without events: the annual conference (a two-day institute and open
 * sessions, two of them at the same time), a spring training with 6 CE hours, the Carolinas society's evening
 * workshop, a social, an online webinar hosted from the West Coast (in America/Los_Angeles, so its times read in
 * Pacific Time), and a past training whose attendees have their CE, with registrations, a waitlist and
 * attendance. Dates are counted from today, so the demo always has something upcoming.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "collegium.demo.enabled", matchIfMissing = true)
@Order(40)
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final EventRepository events;
    private final EventSessionRepository sessions;
    private final MemberLookup members;
    private final AffiliateLookup affiliates;
    private final RegistrationRepository registrations;
    private final Seating seating;
    private final CeAwards awards;
    private final SocietyClock clock;
    private final EventMails mails;
    private EventMails.Letterhead letterhead;

    DemoEvents(EventRepository events, EventSessionRepository sessions, MemberLookup members,
            AffiliateLookup affiliates, RegistrationRepository registrations, Seating seating, CeAwards awards,
            SocietyClock clock, EventMails mails) {
        this.mails = mails;
        this.registrations = registrations;
        this.events = events;
        this.sessions = sessions;
        this.members = members;
        this.affiliates = affiliates;
        this.seating = seating;
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (events.count() > 0 || members.count() == 0) {
            return;
        }
        letterhead = mails.letterhead();
        LocalDate today = clock.today();
        List<Member> people = members.findAll(PageRequest.of(0, 40, Sort.by("id"))).getContent();
        Affiliate carolinas = affiliates.findAllByOrderByName().stream()
                .filter(a -> a.getShortName().equals("CGPS")).findFirst().orElse(null);

        Event conference = event(EventKind.CONFERENCE, "Annual Conference: Groups in a Changing World",
                "Three days with colleagues: a two-day institute, then open sessions to choose from.",
                today.plusDays(120).atTime(9, 0), today.plusDays(122).atTime(17, 0), EventFormat.IN_PERSON,
                "Grand Hotel Ballroom, 200 Peachtree St, Atlanta, GA", null, 300, "395.00", "545.00", "325.00",
                today.plusDays(60).atTime(23, 59), "0", CeType.APA, null);
        EventSession institute = session(conference, SessionKind.INSTITUTE,
                "Two-day institute: Leading groups through conflict", today.plusDays(120).atTime(9, 0),
                today.plusDays(121).atTime(17, 0), 40, "12");
        EventSession shame = session(conference, SessionKind.OPEN_SESSION, "Open session: Working with shame in groups",
                today.plusDays(122).atTime(9, 0), today.plusDays(122).atTime(10, 30), 80, "1.5");
        EventSession online = session(conference, SessionKind.OPEN_SESSION, "Open session: Online groups that hold",
                today.plusDays(122).atTime(11, 0), today.plusDays(122).atTime(12, 30), 80, "1.5");
        session(conference, SessionKind.OPEN_SESSION, "Open session: Ruptures and repair",
                today.plusDays(122).atTime(11, 0), today.plusDays(122).atTime(12, 30), 80, "1.5");

        Event spring = event(EventKind.TRAINING, "Spring Training: Foundations of Group Psychotherapy",
                "A day of theory and live demonstration groups for clinicians new to leading groups.",
                today.plusDays(45).atTime(9, 0), today.plusDays(45).atTime(16, 30), EventFormat.HYBRID,
                "Friends Meeting House, 404 Alexander Ave, Durham, NC", "https://meet.example.org/spring-training",
                30, "120.00", "180.00", "95.00", today.plusDays(15).atTime(23, 59), "6", CeType.APA, null);
        Event workshop = event(EventKind.WORKSHOP, "Evening Workshop: Beginning a Group Practice",
                "The Carolinas society's evening workshop on referrals, screening and the first session.",
                today.plusDays(20).atTime(18, 30), today.plusDays(20).atTime(21, 0), EventFormat.ONLINE, null,
                "https://meet.example.org/cgps-evening", 25, "25.00", "40.00", null, null, "2.5", CeType.ASWB,
                carolinas);
        Event social = event(EventKind.SOCIAL, "Members' Winter Social", "Drinks and conversation; bring a colleague.",
                today.plusDays(10).atTime(18, 0), today.plusDays(10).atTime(20, 0), EventFormat.IN_PERSON,
                "The Rooftop, 12 Main St, Charlotte, NC", null, 8, "0", "0", null, null, "0", null, null);
        Event webinar = event(EventKind.WEBINAR, "Webinar: Online Groups Across State Lines",
                "Licensure, consent and emergencies when group members join from other states; hosted by our "
                        + "West Coast colleagues, at 11:00 AM Pacific Time.",
                today.plusDays(25).atTime(11, 0), today.plusDays(25).atTime(12, 30), EventFormat.ONLINE, null,
                "https://meet.example.org/state-lines-webinar", 100, "0", "25.00", null, null, "1.5", CeType.NBCC,
                null, ZoneId.of("America/Los_Angeles"));
        Event autumn = event(EventKind.TRAINING, "Autumn Training: Group Supervision in Practice",
                "Supervising group leaders: contracts, parallel process and feedback.",
                today.minusDays(30).atTime(9, 0), today.minusDays(30).atTime(16, 30), EventFormat.IN_PERSON,
                "Friends Meeting House, 404 Alexander Ave, Durham, NC", null, 30, "120.00", "180.00", null, null,
                "6", CeType.APA, null);

        Instant registered = clock.instant();
        for (int i = 0; i < 12; i++) {
            register(spring, null, people.get(i + 3), registered);
        }
        for (int i = 0; i < 10; i++) { // eight places: two on the waitlist
            register(social, null, people.get(i + 10), registered);
        }
        for (int i = 0; i < 6; i++) {
            register(workshop, null, people.get(i + 20), registered);
        }
        register(webinar, null, people.get(0), registered); // on member@example.org's registrations, in its zone
        for (int i = 0; i < 5; i++) {
            register(webinar, null, people.get(i + 26), registered);
        }
        for (int i = 0; i < 15; i++) {
            Member m = people.get(i + 5);
            register(conference, null, m, registered);
            register(conference, i % 3 == 0 ? institute : i % 3 == 1 ? shame : online, m, registered);
        }
        register(autumn, null, people.get(0), registered); // member@example.org attended and has CE
        for (int i = 0; i < 8; i++) {
            register(autumn, null, people.get(i + 3), registered);
        }
        int n = 0;
        for (Registration r : autumnRoster(autumn)) {
            boolean came = n++ % 4 != 3;
            r.changeStatus(came ? RegistrationStatus.ATTENDED : RegistrationStatus.NO_SHOW, registered);
            if (came) {
                awards.award(r);
            }
        }
        log.info("Demo data: 6 events (a conference with 4 sessions, trainings, a workshop, a webinar, a social)");
    }

    private List<Registration> autumnRoster(Event autumn) {
        return registrations.findRoster(autumn.getId(), null);
    }

    private void register(Event event, EventSession session, Member m, Instant at) {
        boolean good = m.getStatus() == MembershipStatus.ACTIVE || m.getStatus() == MembershipStatus.GRACE;
        Price price = session != null ? PriceRule.includedInConference() : PriceRule.priceFor(event, good, at);
        seating.place(new Registration(event, session, m, m.getFirstName(), m.getLastName(), m.getEmail(),
                RegistrationStatus.CONFIRMED, price.amount(), price.kind(), at), letterhead);
    }

    private Event event(EventKind kind, String title, String description, LocalDateTime start, LocalDateTime end,
            EventFormat format, String venue, String link, int capacity, String memberPrice, String nonMemberPrice,
            String earlyBird, LocalDateTime earlyBirdUntil, String ceHours, CeType ceType, Affiliate host) {
        return event(kind, title, description, start, end, format, venue, link, capacity, memberPrice,
                nonMemberPrice, earlyBird, earlyBirdUntil, ceHours, ceType, host, clock.zone()); // the society's
    }

    /** An event whose times are wall-clock times in its own zone. */
    private Event event(EventKind kind, String title, String description, LocalDateTime start, LocalDateTime end,
            EventFormat format, String venue, String link, int capacity, String memberPrice, String nonMemberPrice,
            String earlyBird, LocalDateTime earlyBirdUntil, String ceHours, CeType ceType, Affiliate host,
            ZoneId zone) {
        Event e = new Event(kind, title, start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
        e.update(kind, title, description, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), format,
                venue, link, capacity, new BigDecimal(memberPrice), new BigDecimal(nonMemberPrice),
                earlyBird == null ? null : new BigDecimal(earlyBird),
                earlyBirdUntil == null ? null : earlyBirdUntil.atZone(zone).toInstant(), null, null, 48,
                new BigDecimal(ceHours), ceType, host);
        e.setZone(zone);
        if (ceType != null && (new BigDecimal(ceHours).signum() > 0 || kind == EventKind.CONFERENCE)) {
            // a society of group psychotherapists: its demo CE is formal group-psychotherapy CE (issue 16)
            e.categorise(CeFormality.FORMAL, java.util.EnumSet.of(CeTopic.GROUP_PSYCHOTHERAPY));
        }
        e.publish();
        return events.save(e);
    }

    private EventSession session(Event event, SessionKind kind, String title, LocalDateTime start, LocalDateTime end,
            int capacity, String ceHours) {
        ZoneId zone = event.getZone();
        EventSession s = new EventSession(event);
        s.update(kind, title, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), capacity,
                new BigDecimal(ceHours));
        return sessions.save(s);
    }
}
