package org.collegium.events.service;

import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.GroupCommit;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.Rush;
import org.collegium.base.service.RushPlaces;
import org.collegium.base.service.Text;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventSession;
import org.collegium.events.domain.EventSessionRepository;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.PriceRule;
import org.collegium.events.domain.PriceRule.Price;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventMails.Letterhead;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberLookup;
import org.collegium.notifications.service.OutboxMail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

    /** One of a member's registrations as "My registrations" shows it (its times in {@code zone}, the event's); offeredUntil is set while a seat is offered. */
    public record MyRegistration(long id, long eventId, String title, Instant startsAt, Instant endsAt,
            RegistrationStatus status, String statusLabel, long waitlistPosition, BigDecimal price, PriceKind priceKind,
            boolean canCancel, Instant cancelUntil, String venue, String onlineLink, boolean session, ZoneId zone,
            Instant offeredUntil) {

        public boolean canClaim() {
            return offeredUntil != null;
        }
    }

    /**
     * The public form's whole answer, the same whatever the address: a link was emailed to it and is valid for so
     * long. Whether the address is registered or a member is never part of it (issue 11).
     */
    public record LinkEmailed(String email, Duration validFor) {
    }

    /** What an emailed link (a guest's confirmation, or a seat offer) can do, or has done. */
    public enum LinkState {
        /** the link can be used now */
        USABLE,
        /** used now: the place is confirmed */
        CONFIRMED,
        /** used now: the event was full, so the person is on the waitlist */
        WAITLISTED,
        /** its hold lapsed; the event still takes registrations, with seats free */
        LAPSED_SEATS_FREE,
        /** its hold lapsed and the event is full now: the waitlist is open */
        LAPSED_FULL,
        /** its hold lapsed and the event no longer takes registrations */
        LAPSED_CLOSED,
        /** a member's offer: only that member, signed in, can claim it */
        SIGN_IN_AS_OWNER,
        /** unknown, used already, or replaced by a newer link */
        INVALID
    }

    /** A link's state, with its event (null for an invalid link) and until when it holds. */
    public record LinkAnswer(LinkState state, Long eventId, String title, Instant holdUntil, long waitlistPosition,
            ZoneId zone) {

        static LinkAnswer invalid() {
            return new LinkAnswer(LinkState.INVALID, null, null, null, 0, null);
        }
    }

    private final EventRepository events;
    private final EventSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final MemberLookup members;
    private final AccountScopes scopes;
    private final Seating seating;
    private final EventMails mails;
    private final HoldLinks links;
    private final EventProperties properties;
    private final Clock clock;
    private final RushPlaces rushPlaces;
    private final CurrentActor actor;
    /** A registration's own transaction, READ COMMITTED as the class's (see Seating). */
    private final TransactionTemplate alone;
    /** A guest's registration made ready before the lock: reads only. */
    private final TransactionTemplate reading;
    /**
     * Guests registering for one event at the same moment (a rush of the public form) are registered in batches
     * of up to {@link #GUEST_BATCH}, each under one lock of the event's row and one commit, two at a time:
     * one holds the lock while the next takes its rush place. Each guest makes their own registration ready in
     * their own thread first. The figures are in the README (EventsBenchmark).
     */
    private final GroupCommit<Long, ReadyGuest, Optional<LinkEmailed>> guestRush;
    static final int GUEST_BATCH = 100;
    static final int GUEST_BATCHES_AT_ONCE = 2;

    RegistrationService(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
            MemberLookup members, AccountScopes scopes, Seating seating, EventMails mails, HoldLinks links,
            EventProperties properties, Clock clock, RushPlaces rushPlaces, CurrentActor actor,
            PlatformTransactionManager transactions) {
        this.rushPlaces = rushPlaces;
        this.actor = actor;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.alone.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.guestRush = new GroupCommit<>(GUEST_BATCH, GUEST_BATCHES_AT_ONCE, this::registerTogether);
        this.links = links;
        this.properties = properties;
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
        return place(eventId, sessionIds, me, goodStanding(me));
    }

    private static boolean goodStanding(Member m) {
        return m.getStatus() == MembershipStatus.ACTIVE || m.getStatus() == MembershipStatus.GRACE;
    }

    /**
     * A signed-in member's registration. A registration of their address still waiting for its emailed link
     * becomes theirs at once: signing in proves the address as well as the link would.
     */
    private List<Placed> place(long eventId, Collection<Long> sessionIds, Member member, boolean goodStanding) {
        Letterhead letterhead = mails.letterhead(); // read before the lock: see Letterhead
        Instant now = clock.instant();
        Event event = open(eventId, now); // unlocked: checked again under the lock when it changed meanwhile
        String email = member.getEmail();
        Seating.Locked locked = lock(event, email, now, letterhead);
        List<EventSession> chosenSessions = lockChosen(eventId, sessionIds);
        List<Placed> placed = new ArrayList<>();
        List<Registration> active = locked.active();
        for (Registration pending : active) {
            if (pending.getStatus() == RegistrationStatus.PENDING
                    || pending.getStatus() == RegistrationStatus.PENDING_WAITLIST) {
                if (pending.getSession() != null) {
                    sessions.lockById(pending.getSession().getId());
                }
                Price price = pending.getSession() != null ? PriceRule.includedInConference()
                        : PriceRule.priceFor(event, goodStanding, now);
                pending.assignTo(member, price.amount(), price.kind());
                long position = seating.confirmPending(pending, letterhead);
                placed.add(new Placed(pending.getId(), pending.title(), pending.getStatus(), position,
                        pending.getPrice(), pending.getPriceKind()));
            }
        }
        boolean registeredForEvent = active.stream().anyMatch(r -> r.getSession() == null);
        if (registeredForEvent && chosenSessions.isEmpty() && placed.isEmpty()) {
            throw new BusinessRuleException(Messages.t("events.register.already", event.getTitle()));
        }
        if (!registeredForEvent) {
            Price price = PriceRule.priceFor(event, goodStanding, now);
            placed.add(placeOne(new Registration(event, null, member, member.getFirstName(), member.getLastName(),
                    email, RegistrationStatus.CONFIRMED, price.amount(), price.kind(), now), letterhead));
        }
        List<EventSession> mine = new ArrayList<>(active.stream().map(Registration::getSession)
                .filter(s -> s != null).toList());
        for (EventSession session : chosenSessions) {
            if (mine.contains(session)) {
                throw new BusinessRuleException(Messages.t("events.register.already", session.getTitle()));
            }
            mine.stream().filter(session::overlaps).findFirst().ifPresent(other -> {
                throw new BusinessRuleException(Messages.t("events.register.overlap", session.getTitle(),
                        other.getTitle()));
            });
            mine.add(session);
            Price included = PriceRule.includedInConference();
            placed.add(placeOne(new Registration(event, session, member, member.getFirstName(),
                    member.getLastName(), email, RegistrationStatus.CONFIRMED, included.amount(), included.kind(),
                    now), letterhead));
        }
        return placed;
    }

    /**
     * The event, read without locking it, when it takes registrations now: a new registration makes ready what
     * does not depend on the seat counter before it takes the lock ({@link #lock}).
     */
    private Event open(long eventId, Instant now) {
        // a draft is not public yet: to a registrant it is the same as no event (as on the event's page)
        Event event = events.findById(eventId).filter(e -> e.getStatus() != EventStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
        requireOpen(event, now);
        return event;
    }

    private static void requireOpen(Event event, Instant now) {
        if (event.getStatus() == EventStatus.DRAFT) {
            throw new NotFoundException(Messages.t("events.not-found.event"));
        }
        if (!event.isOpenAt(now)) {
            throw new BusinessRuleException(closedReason(event, now));
        }
    }

    /**
     * Locks the event {@link #open} read, for a new registration of {@code email} (see {@link Seating#lock}): its
     * lapsed holds are released first, so that the seats counted next are exactly the ones taken. When the event
     * had changed since, whether it takes registrations is checked again on its current row.
     */
    private Seating.Locked lock(Event event, String email, Instant now, Letterhead letterhead) {
        Seating.Locked locked = seating.lock(event, email, letterhead)
                .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
        if (locked.refreshed()) {
            requireOpen(event, now);
        }
        return locked;
    }

    /** The chosen sessions of the event, locked in id order so that two registrations lock them alike. */
    private List<EventSession> lockChosen(long eventId, Collection<Long> sessionIds) {
        List<EventSession> chosen = new ArrayList<>();
        for (long sessionId : new TreeSet<>(sessionIds == null ? List.<Long>of() : sessionIds)) {
            chosen.add(sessions.lockById(sessionId).filter(s -> s.getEvent().getId().equals(eventId))
                    .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.session"))));
        }
        return chosen;
    }

    private Optional<Long> eventOfToken(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? Optional.empty()
                : registrations.eventIdOfHoldToken(HoldLinks.hash(token));
    }

    private Optional<Registration> pendingByToken(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? Optional.empty()
                : registrations.findByHoldTokenHash(HoldLinks.hash(token)).filter(r -> r.getSession() == null)
                        .filter(r -> r.getStatus() == RegistrationStatus.PENDING
                                || r.getStatus() == RegistrationStatus.PENDING_WAITLIST
                                || r.getStatus() == RegistrationStatus.LAPSED);
    }

    private Optional<Registration> offerByToken(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? Optional.empty()
                : registrations.findByHoldTokenHash(HoldLinks.hash(token))
                        .filter(r -> r.getStatus() == RegistrationStatus.OFFERED
                                || r.getStatus() == RegistrationStatus.LAPSED);
    }

    /** A lapsed hold's link: what the event offers now, said plainly (seats free, waitlist, or closed). */
    private LinkAnswer lapsedAnswer(Registration r) {
        Event e = r.getEvent();
        Instant now = clock.instant();
        int heldByLapsed = r.getStatus() == RegistrationStatus.PENDING || r.getStatus() == RegistrationStatus.OFFERED
                ? 1 : 0; // not swept yet: its seat is free already
        LinkState state = !e.isOpenAt(now) ? LinkState.LAPSED_CLOSED
                : e.getSeatsTaken() - heldByLapsed < e.getCapacity() ? LinkState.LAPSED_SEATS_FREE
                        : LinkState.LAPSED_FULL;
        return new LinkAnswer(state, e.getId(), e.getTitle(), r.getHoldUntil(), 0, e.getZone());
    }

    /** What a seat-offer link would do now (the claim page shows it before the person claims). */
    @PermitAll // the public claim page: the token is the permission for a guest, a member must be signed in too
    @Transactional(readOnly = true)
    public LinkAnswer offer(String token) {
        return offerByToken(token).map(r -> r.holdLapsedAt(clock.instant()) || r.getStatus()
                == RegistrationStatus.LAPSED ? lapsedAnswer(r) : !mayClaim(r) ? new LinkAnswer(
                        LinkState.SIGN_IN_AS_OWNER, r.getEvent().getId(), r.title(), r.getHoldUntil(), 0, r.getEvent().getZone())
                        : new LinkAnswer(LinkState.USABLE, r.getEvent().getId(), r.title(), r.getHoldUntil(), 0,
                                r.getEvent().getZone()))
                .orElseGet(LinkAnswer::invalid);
    }

    /**
     * Claims an offered seat by its emailed link: a guest's by the token alone, a member's only when signed in as
     * that member. The seat becomes a confirmed registration.
     */
    @PermitAll // the public claim page: the token is the permission for a guest, a member must be signed in too
    public LinkAnswer claim(String token) {
        Optional<Long> eventId = eventOfToken(token); // nothing of the event read before its lock
        if (eventId.isEmpty()) {
            return LinkAnswer.invalid();
        }
        Letterhead letterhead = mails.letterhead();
        Event event = events.lockById(eventId.get()).orElseThrow();
        seating.lapseDue(event, letterhead);
        Optional<Registration> found = offerByToken(token);
        if (found.isEmpty()) {
            return LinkAnswer.invalid();
        }
        Registration r = found.get();
        if (r.getStatus() != RegistrationStatus.OFFERED) {
            return lapsedAnswer(r);
        }
        if (!mayClaim(r)) {
            return new LinkAnswer(LinkState.SIGN_IN_AS_OWNER, event.getId(), r.title(), r.getHoldUntil(), 0,
                    event.getZone());
        }
        seating.claim(r, letterhead);
        return new LinkAnswer(LinkState.CONFIRMED, event.getId(), r.title(), null, 0, event.getZone());
    }

    /** The signed-in member claims a seat offered to them, from My registrations. */
    @PreAuthorize(Access.IS_MEMBER)
    public void claimMine(long registrationId) {
        Registration r = lockedRegistration(registrationId);
        if (r.getMember() == null || !r.getMember().getId().equals(me().getId())) {
            throw new AccessDeniedException(Messages.t("events.register.not-yours"));
        }
        seating.lapseDue(r.getEvent(), mails.letterhead());
        if (r.getStatus() != RegistrationStatus.OFFERED) {
            throw new BusinessRuleException(Messages.t("events.claim.no-longer-offered"));
        }
        seating.claim(r, mails.letterhead());
    }

    /** A guest's offer is claimed by its token alone; a member's only by that member, signed in. */
    private boolean mayClaim(Registration r) {
        return r.getMember() == null || scopes.currentMemberId().filter(r.getMember().getId()::equals).isPresent();
    }

    /**
     * Anyone registers by name and email from the public page (issue 11). Nothing is booked in that address's name
     * until the link emailed to it is opened: the registration holds a place (or waits to join the waitlist) for
     * {@code collegium.events.guest-hold}. An address that is already registered gets an email saying so and no
     * second registration. The answer is the same whatever the address; when the link is opened by a member's
     * address, the registration becomes that member's, at their price.
     *
     * <p>Without sessions, the guest's registration is made ready in a short transaction of its own and then
     * registered in a batch with the guests arriving for the event meanwhile ({@link #guestRush}); a guest the batch
     * leaves out, or choosing sessions, is registered alone. Either way in a rush place ({@link RushPlaces}).
     */
    @PermitAll // the public registration form
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // transactions of its own: see guestRush
    public LinkEmailed registerGuest(long eventId, Guest guest, Collection<Long> sessionIds) {
        FieldErrors errors = new FieldErrors().require("firstName", guest.firstName(), Messages.t("events.field.first-name"), 100)
                .require("lastName", guest.lastName(), Messages.t("events.field.last-name"), 100);
        if (!EmailAddress.isValid(guest.email())) {
            errors.add("email", Messages.t("events.register.invalid-email"));
        }
        errors.throwIfAny();
        String email = EmailAddress.normalise(guest.email());
        if (sessionIds != null && !sessionIds.isEmpty()) {
            return inRush(alone, () -> registerGuestAlone(eventId, guest, email, sessionIds));
        }
        ReadyGuest ready = inRush(reading, () -> readyGuest(eventId, guest, email));
        return guestRush.submit(eventId, ready)
                .orElseGet(() -> inRush(alone, () -> registerGuestAlone(eventId, guest, email, List.of())));
    }

    /** Runs {@code work} in a transaction of {@code template}'s once one of the rush's places is free. */
    private <T> T inRush(TransactionTemplate template, Supplier<T> work) {
        return rushPlaces.admit(() -> template.execute(status -> work.get()));
    }

    /** A guest's registration by the single path: the event locked for it alone. */
    private LinkEmailed registerGuestAlone(long eventId, Guest guest, String email, Collection<Long> sessionIds) {
        Letterhead letterhead = mails.letterhead(); // read before the lock: see Letterhead
        Instant now = clock.instant();
        Instant until = now.plus(properties.guestHold());
        Event event = open(eventId, now); // unlocked: checked again under the lock when it changed meanwhile
        GuestHold hold = guestHold(event, guest, email, now, until, letterhead);
        Seating.Locked locked = lock(event, email, now, letterhead);
        List<EventSession> chosen = lockChosen(eventId, sessionIds);
        for (int i = 0; i < chosen.size(); i++) { // refused whatever the address: it depends on the choice alone
            for (int j = i + 1; j < chosen.size(); j++) {
                if (chosen.get(i).overlaps(chosen.get(j))) {
                    throw new BusinessRuleException(chosen.get(j).getTitle() + " overlaps " + chosen.get(i).getTitle()
                            + ": choose one of them.");
                }
            }
        }
        if (locked.registered()) {
            answerKnownAddress(locked.active(), until, letterhead);
            return new LinkEmailed(email, properties.guestHold());
        }
        if (locked.refreshed()) { // the event changed since it was read: its price and email are made again
            hold = guestHold(event, guest, email, now, until, letterhead);
        }
        Registration main = hold.registration();
        seating.holdForGuest(main, until, hold.token().hash());
        for (EventSession session : chosen) {
            Price included = PriceRule.includedInConference();
            seating.holdForGuest(new Registration(event, session, null, main.getFirstName(), main.getLastName(),
                    email, RegistrationStatus.PENDING, included.amount(), included.kind(), now), until, null);
        }
        hold.mail().send(main.getStatus() == RegistrationStatus.PENDING);
        return new LinkEmailed(email, properties.guestHold());
    }

    /**
     * A guest's registration made ready before any lock, in a short transaction of its own: the event as read then
     * (its version, which the batch compares with the locked row's), the hold with its link's email in both forms,
     * and who is registering (the name the batch writes in its audit columns, as a save would).
     */
    private record ReadyGuest(long eventId, String email, long eventVersion, Instant until, GuestHold hold,
            String by) {
    }

    private ReadyGuest readyGuest(long eventId, Guest guest, String email) {
        Letterhead letterhead = mails.letterhead();
        Instant now = clock.instant();
        Instant until = now.plus(properties.guestHold());
        Event event = open(eventId, now); // unlocked: the batch registers it only if the row still has this version
        return new ReadyGuest(eventId, email, event.getVersion(), until,
                guestHold(event, guest, email, now, until, letterhead), actor.name());
    }

    /**
     * The server of {@link #guestRush}: one event's guests, in their order of arrival, registered in one transaction
     * under one lock of the event's row. Each answer is the guest's registration, or empty for one to be registered
     * alone afterwards (see {@link #holdTogether}). When the batch fails as a whole it rolls back and every guest of
     * it is registered alone, so that a failure is only ever its own guest's.
     */
    private List<GroupCommit.Answer<Optional<LinkEmailed>>> registerTogether(List<ReadyGuest> batch) {
        List<Boolean> held;
        try {
            held = inRush(alone, () -> holdTogether(batch));
        } catch (RuntimeException failed) {
            held = everyoneAlone(batch);
        }
        List<GroupCommit.Answer<Optional<LinkEmailed>>> answers = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            answers.add(GroupCommit.Answer.of(held.get(i)
                    ? Optional.of(new LinkEmailed(batch.get(i).email(), properties.guestHold()))
                    : Optional.empty()));
        }
        return answers;
    }

    /**
     * The locked part of a batch: the event's row locked once ({@link Seating#lock}'s query, whose due holds and
     * version are the batch's), the addresses registered already read in one query, the seats taken in one update,
     * and the registrations and their emails written in arrival order, one round trip for each kind. A guest is
     * left to register alone (false) when the event changed since their hold was made, a hold of the event is due
     * (the single path lapses it first), their address has a registration, or an earlier guest of the batch had the
     * same address: the single path then answers them as it answers everyone in those cases.
     */
    private List<Boolean> holdTogether(List<ReadyGuest> batch) {
        long eventId = batch.getFirst().eventId();
        EventRepository.LockedSeats seats = events.lockSeats(eventId, batch.getFirst().email(), clock.instant())
                .orElse(null);
        if (seats == null || seats.getDue() > 0) {
            return everyoneAlone(batch);
        }
        Set<String> taken = new HashSet<>(registrations.findActiveEmails(eventId,
                batch.stream().map(ReadyGuest::email).toList()));
        List<Boolean> together = new ArrayList<>();
        for (ReadyGuest guest : batch) {
            together.add(guest.eventVersion() == seats.getVersion() && taken.add(guest.email()));
        }
        int seated = seating.takeSeats(eventId, seats, (int) together.stream().filter(b -> b).count());
        List<Seating.BatchGuest> held = new ArrayList<>();
        List<OutboxMail> letters = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (together.get(i)) {
                ReadyGuest guest = batch.get(i);
                boolean seat = held.size() < seated;
                held.add(new Seating.BatchGuest(guest.hold().registration(), seat, guest.until(),
                        guest.hold().token().hash(), guest.by()));
                letters.add(guest.hold().mail().letter(seat));
            }
        }
        seating.holdForGuests(held); // the rows and their emails in one round trip each, under the lock
        mails.sendAll(letters);
        return together;
    }

    /** The answer of a batch none of whose guests is registered in it: each is registered alone. */
    private static List<Boolean> everyoneAlone(List<ReadyGuest> batch) {
        return Collections.nCopies(batch.size(), false);
    }

    /** A guest's new registration and its link's email (both forms), made ready before the event is locked. */
    private record GuestHold(Registration registration, HoldLinks.Token token, EventMails.GuestLinkMail mail) {
    }

    private GuestHold guestHold(Event event, Guest guest, String email, Instant now, Instant until,
            Letterhead letterhead) {
        HoldLinks.Token token = HoldLinks.newToken();
        Price price = PriceRule.priceFor(event, false, now);
        Registration main = new Registration(event, null, null, Text.clean(guest.firstName()),
                Text.clean(guest.lastName()), email, RegistrationStatus.PENDING, price.amount(), price.kind(), now);
        return new GuestHold(main, token, mails.confirmGuestMail(main, until, links.confirmLink(token.token()),
                properties.guestHold(), letterhead));
    }

    /**
     * An address that already has a registration for the event: a registration still waiting for its link gets
     * a fresh link (the old one stops working) and its hold restarts; any other is told by email that it is
     * registered. Nothing new is booked.
     */
    private void answerKnownAddress(List<Registration> active, Instant until, Letterhead letterhead) {
        Registration main = active.stream().filter(r -> r.getSession() == null).findFirst()
                .orElse(active.getFirst());
        if (main.getStatus() == RegistrationStatus.PENDING || main.getStatus() == RegistrationStatus.PENDING_WAITLIST) {
            HoldLinks.Token token = HoldLinks.newToken();
            Instant now = clock.instant();
            for (Registration r : active) {
                if (r.getStatus() == RegistrationStatus.PENDING || r.getStatus() == RegistrationStatus.PENDING_WAITLIST) {
                    r.hold(r.getStatus(), until, null, r == main ? token.hash() : null, now);
                }
            }
            mails.confirmGuest(main, links.confirmLink(token.token()), properties.guestHold(), letterhead);
        } else {
            mails.alreadyRegistered(main, letterhead);
        }
    }

    /** What a guest's confirmation link would do now (the page shows it before the person confirms). */
    @PermitAll // the public confirmation page: the token is the permission
    @Transactional(readOnly = true)
    public LinkAnswer confirmation(String token) {
        return pendingByToken(token).map(r -> r.getStatus() == RegistrationStatus.LAPSED
                || r.holdLapsedAt(clock.instant()) ? lapsedAnswer(r)
                : new LinkAnswer(LinkState.USABLE, r.getEvent().getId(), r.getEvent().getTitle(), r.getHoldUntil(),
                        0, r.getEvent().getZone())).orElseGet(LinkAnswer::invalid);
    }

    /**
     * The guest opens their link and confirms: the held place becomes a confirmed registration (the waitlist
     * when the event was full), linked to the member whose address it is, at the price they are entitled to
     * now. A used, replaced, unknown or lapsed link books nothing and says why.
     */
    @PermitAll // the public confirmation page: the token is the permission
    @Rush
    public LinkAnswer confirm(String token) {
        Optional<Long> eventId = eventOfToken(token); // nothing of the event read before its lock
        if (eventId.isEmpty()) {
            return LinkAnswer.invalid();
        }
        Letterhead letterhead = mails.letterhead();
        Event event = events.lockById(eventId.get()).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
        seating.lapseDue(event, letterhead); // a lapsed hold is free from its time, swept or not
        Optional<Registration> found = pendingByToken(token);
        if (found.isEmpty()) {
            return LinkAnswer.invalid();
        }
        Registration main = found.get();
        if (main.getStatus() == RegistrationStatus.LAPSED) {
            return lapsedAnswer(main);
        }
        if (!main.getStatus().isHold()) {
            return LinkAnswer.invalid();
        }
        Instant now = clock.instant();
        Optional<Member> owner = members.findByEmail(main.getEmail());
        List<Registration> pending = registrations.findActive(event.getId(), main.getEmail()).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.PENDING
                        || r.getStatus() == RegistrationStatus.PENDING_WAITLIST)
                .sorted(Comparator.comparing(Registration::getId)).toList();
        pending.stream().map(Registration::getSession).filter(s -> s != null).map(EventSession::getId).sorted()
                .forEach(sessions::lockById);
        long position = 0;
        for (Registration r : pending) {
            Price price = r.getSession() != null ? PriceRule.includedInConference()
                    : PriceRule.priceFor(event, owner.map(RegistrationService::goodStanding).orElse(false), now);
            r.assignTo(owner.orElse(null), price.amount(), price.kind());
            long p = seating.confirmPending(r, letterhead);
            if (r == main) {
                position = p;
            }
        }
        return new LinkAnswer(main.getStatus() == RegistrationStatus.WAITLISTED ? LinkState.WAITLISTED
                : LinkState.CONFIRMED, event.getId(), event.getTitle(), null, position, event.getZone());
    }

    private Placed placeOne(Registration r, Letterhead letterhead) {
        long position = seating.place(r, letterhead);
        return new Placed(r.getId(), r.title(), r.getStatus(), position, r.getPrice(), r.getPriceKind());
    }

    private static String closedReason(Event event, Instant now) {
        return switch (event.getStatus()) {
            case DRAFT -> Messages.t("events.closed.draft");
            case CANCELLED -> Messages.t("events.closed.cancelled");
            case PUBLISHED -> event.getRegistrationOpens() != null && now.isBefore(event.getRegistrationOpens())
                    ? Messages.t("events.closed.not-yet")
                    : Messages.t("events.closed.closed");
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
                    position > 0 ? Messages.t("events.my.waitlisted-position", position) : Messages.t(r.statusKey()), position, r.getPrice(),
                    r.getPriceKind(), cancellable(r, now), e.cancelUntil(), e.getVenue(), link,
                    r.getSession() != null, e.getZone(), r.getStatus() == RegistrationStatus.OFFERED
                            && !r.holdLapsedAt(now) ? r.getHoldUntil() : null);
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
            throw new AccessDeniedException(Messages.t("events.register.not-yours"));
        }
        if (!r.getStatus().isActive()) {
            throw new BusinessRuleException(Messages.t("events.cancel.already"));
        }
        if (!cancellable(r, clock.instant())) {
            throw new BusinessRuleException(Messages.t("events.cancel.too-late", r.getEvent().getTitle(),
                    r.getEvent().getCancelCutoffHours()));
        }
        cancel(r, false);
    }

    /**
     * The registration, after its event's row has been locked. The event is locked before anything of it is
     * read, so the seat counters this transaction sees are current, and it holds the lock until it ends.
     */
    Registration lockedRegistration(long registrationId) {
        long eventId = registrations.eventIdOf(registrationId)
                .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.registration")));
        events.lockById(eventId);
        return registrations.findById(registrationId).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.registration")));
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
        return (r.getStatus() == RegistrationStatus.CONFIRMED || r.getStatus() == RegistrationStatus.WAITLISTED
                || r.getStatus() == RegistrationStatus.OFFERED) && now.isBefore(r.getEvent().cancelUntil());
    }

    private Member me() {
        return scopes.currentMemberId().flatMap(members::findById)
                .orElseThrow(() -> new BusinessRuleException(Messages.t("events.not-linked")));
    }
}
