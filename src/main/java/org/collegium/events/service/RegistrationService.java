package org.collegium.events.service;

import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.collegium.members.service.MemberLookup;
import org.collegium.base.domain.Access;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Rush;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.Text;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventSession;
import org.collegium.events.domain.EventSessionRepository;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.PriceRule;
import org.collegium.events.domain.PriceRule.Price;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventMails.Letterhead;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering for published events: a signed-in member registers themselves, a non-member by name and email
 * from the public page. Each registration locks the event's row (and each chosen session's) while it takes a
 * seat, so that no number of simultaneous registrations overbooks; see {@link Seating}.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED) // see Seating: reads after the lock see the latest rows
public class RegistrationService {

    /** A non-member registering from the public page. */
    public record Guest(String firstName, String lastName, String email) {
    }

    /** What happened to one registration: confirmed, or waitlisted in a position. */
    public record Placed(long registrationId, String title, RegistrationStatus status, long waitlistPosition,
            BigDecimal price, PriceKind priceKind) {
    }

    /** One of a member's registrations as "My registrations" shows it (its times in {@code zone}, the event's). */
    public record MyRegistration(long id, long eventId, String title, Instant startsAt, Instant endsAt,
            RegistrationStatus status, String statusLabel, long waitlistPosition, BigDecimal price, PriceKind priceKind,
            boolean canCancel, Instant cancelUntil, String venue, String onlineLink, boolean session, ZoneId zone) {
    }

    private final EventRepository events;
    private final EventSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final MemberLookup members;
    private final AccountScopes scopes;
    private final Seating seating;
    private final EventMails mails;
    private final Clock clock;

    RegistrationService(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
            MemberLookup members, AccountScopes scopes, Seating seating, EventMails mails, Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.members = members;
        this.scopes = scopes;
        this.seating = seating;
        this.mails = mails;
        this.clock = clock;
    }

    /** The signed-in member registers for an event and, at a conference, for the sessions they chose. */
    @PreAuthorize(Access.IS_MEMBER)
    @Rush
    public List<Placed> register(long eventId, Collection<Long> sessionIds) {
        Member me = me();
        boolean goodStanding = me.getStatus() == MembershipStatus.ACTIVE || me.getStatus() == MembershipStatus.GRACE;
        return place(eventId, sessionIds, me, me.getFirstName(), me.getLastName(), me.getEmail(), goodStanding);
    }

    /** A non-member registers by name and email; they pay the non-member price. No sign-in needed. */
    @PermitAll // the public registration form
    @Rush
    public List<Placed> registerGuest(long eventId, Guest guest, Collection<Long> sessionIds) {
        FieldErrors errors = new FieldErrors().require("firstName", guest.firstName(), "First name", 100)
                .require("lastName", guest.lastName(), "Last name", 100);
        if (!EmailAddress.isValid(guest.email())) {
            errors.add("email", "Please enter a valid email address.");
        }
        errors.throwIfAny();
        return place(eventId, sessionIds, null, Text.clean(guest.firstName()), Text.clean(guest.lastName()),
                EmailAddress.normalise(guest.email()), false);
    }

    private List<Placed> place(long eventId, Collection<Long> sessionIds, Member member, String firstName,
            String lastName, String email, boolean goodStanding) {
        Letterhead letterhead = mails.letterhead(); // read before the lock: see Letterhead
        // a draft is not public yet: to a registrant it is the same as no event (as on the event's page)
        Event event = events.lockById(eventId).filter(e -> e.getStatus() != EventStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("The event"));
        Instant now = clock.instant();
        if (!event.isOpenAt(now)) {
            throw new BusinessRuleException(closedReason(event, now));
        }
        TreeSet<Long> chosen = new TreeSet<>(sessionIds == null ? List.of() : sessionIds);
        List<EventSession> chosenSessions = new ArrayList<>();
        for (long sessionId : chosen) { // in id order, so that two registrations lock sessions in the same order
            chosenSessions.add(sessions.lockById(sessionId).filter(s -> s.getEvent().getId().equals(eventId))
                    .orElseThrow(() -> new NotFoundException("The session")));
        }
        List<Registration> active = registrations.findActive(eventId, email);
        boolean registeredForEvent = active.stream().anyMatch(r -> r.getSession() == null);
        if (registeredForEvent && chosen.isEmpty()) {
            throw new BusinessRuleException("You are already registered for " + event.getTitle() + ".");
        }
        List<Placed> placed = new ArrayList<>();
        if (!registeredForEvent) {
            Price price = PriceRule.priceFor(event, goodStanding, now);
            placed.add(placeOne(new Registration(event, null, member, firstName, lastName, email,
                    RegistrationStatus.CONFIRMED, price.amount(), price.kind(), now), letterhead));
        }
        List<EventSession> mine = new ArrayList<>(active.stream().map(Registration::getSession)
                .filter(s -> s != null).toList());
        for (EventSession session : chosenSessions) {
            if (mine.contains(session)) {
                throw new BusinessRuleException("You are already registered for " + session.getTitle() + ".");
            }
            mine.stream().filter(session::overlaps).findFirst().ifPresent(other -> {
                throw new BusinessRuleException(session.getTitle() + " overlaps " + other.getTitle()
                        + ": choose one of them.");
            });
            mine.add(session);
            Price included = PriceRule.includedInConference();
            placed.add(placeOne(new Registration(event, session, member, firstName, lastName, email,
                    RegistrationStatus.CONFIRMED, included.amount(), included.kind(), now), letterhead));
        }
        return placed;
    }

    private Placed placeOne(Registration r, Letterhead letterhead) {
        long position = seating.place(r, letterhead);
        return new Placed(r.getId(), r.title(), r.getStatus(), position, r.getPrice(), r.getPriceKind());
    }

    private static String closedReason(Event event, Instant now) {
        return switch (event.getStatus()) {
            case DRAFT -> "This event is not open for registration yet.";
            case CANCELLED -> "This event has been cancelled.";
            case PUBLISHED -> event.getRegistrationOpens() != null && now.isBefore(event.getRegistrationOpens())
                    ? "Registration for this event has not opened yet."
                    : "Registration for this event has closed.";
        };
    }

    /** The signed-in member's registrations, newest event first. */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional(readOnly = true)
    public List<MyRegistration> mine() {
        Instant now = clock.instant();
        return registrations.findByMember(me().getId()).stream().map(r -> {
            boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED
                    || r.getStatus() == RegistrationStatus.ATTENDED;
            Event e = r.getEvent();
            String link = confirmed && e.getFormat() != EventFormat.IN_PERSON ? e.getOnlineLink() : null;
            long position = r.getStatus() == RegistrationStatus.WAITLISTED ? seating.positionOf(r) : 0;
            return new MyRegistration(r.getId(), e.getId(), r.title(), r.startsAt(), r.endsAt(), r.getStatus(),
                    position > 0 ? "Waitlisted, position " + position : r.statusLabel(), position, r.getPrice(),
                    r.getPriceKind(), cancellable(r, now), e.cancelUntil(), e.getVenue(), link,
                    r.getSession() != null, e.getZone());
        }).toList();
    }

    /**
     * The signed-in member cancels one of their own registrations, until the event's cut-off. Cancelling the
     * event registration cancels their sessions too. A freed seat goes to the first person on the waitlist.
     */
    @PreAuthorize(Access.IS_MEMBER)
    public void cancelMine(long registrationId) {
        Registration r = lockedRegistration(registrationId);
        if (r.getMember() == null || !r.getMember().getId().equals(me().getId())) {
            throw new AccessDeniedException("This is not your registration.");
        }
        if (!r.getStatus().isActive()) {
            throw new BusinessRuleException("This registration is already cancelled.");
        }
        if (!cancellable(r, clock.instant())) {
            throw new BusinessRuleException("Registrations for " + r.getEvent().getTitle() + " could be cancelled "
                    + "until " + r.getEvent().getCancelCutoffHours() + " hours before it starts. Please contact the "
                    + "society's office.");
        }
        cancel(r, false);
    }

    /**
     * The registration, after its event's row has been locked. The event is locked before anything of it is
     * read, so the seat counters this transaction sees are current, and it holds the lock until it ends.
     */
    Registration lockedRegistration(long registrationId) {
        long eventId = registrations.eventIdOf(registrationId)
                .orElseThrow(() -> new NotFoundException("The registration"));
        events.lockById(eventId);
        return registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("The registration"));
    }

    /** The organiser cancels someone's place (their event locked); it reads "Cancelled by the organiser". */
    void cancelByOrganiser(Registration r) {
        cancel(r, true);
    }

    /** Cancels a registration whose event is locked; cancelling the event registration cancels its sessions. */
    private void cancel(Registration r, boolean byOrganiser) {
        Letterhead letterhead = mails.letterhead(); // (cancelling is rare: read under the lock, for simplicity)
        List<Registration> affected = new ArrayList<>();
        affected.add(r);
        if (r.getSession() == null) {
            affected.addAll(registrations.findActiveSessions(r.getEvent().getId(), r.getEmail()));
        }
        affected.stream().map(Registration::getSession).filter(s -> s != null).map(EventSession::getId).sorted()
                .forEach(sessions::lockById);
        for (Registration each : affected) {
            if (each.getStatus().isActive()) {
                seating.cancel(each, byOrganiser, letterhead);
            }
        }
        mails.cancelled(r, byOrganiser, letterhead);
    }

    private static boolean cancellable(Registration r, Instant now) {
        return (r.getStatus() == RegistrationStatus.CONFIRMED || r.getStatus() == RegistrationStatus.WAITLISTED)
                && now.isBefore(r.getEvent().cancelUntil());
    }

    private Member me() {
        return scopes.currentMemberId().flatMap(members::findById)
                .orElseThrow(() -> new BusinessRuleException("Your login is not linked to a member record yet. "
                        + "Please contact the society's office."));
    }
}
