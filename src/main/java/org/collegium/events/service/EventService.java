package org.collegium.events.service;

import java.util.Set;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;

import org.collegium.base.i18n.Messages;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.collegium.affiliates.service.AffiliateLookup;
import org.collegium.base.domain.Access;
import java.util.Map;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.Text;
import org.collegium.base.service.ZoneChoice;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventSession;
import org.collegium.events.domain.EventSessionRepository;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.domain.SessionKind;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing events: the list, the editor, sessions, publishing and cancelling. The board and administrators
 * manage every event, an affiliate administrator only their own affiliate's ({@link EventAccess}).
 * Forms carry times as wall-clock time in the event's own zone (its sessions' too); they are stored as
 * instants, so a change of the society's zone moves no event.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED) // see Seating: reads after the lock see the latest rows
@PreAuthorize(Access.RECORD_EDITORS)
public class EventService {

    public enum When {
        UPCOMING, PAST, ALL;

        /** The label in the current person's language. */
        public String label() {
            return Messages.t("events.when." + name());
        }
    }

    /** The list's filters; host null is any host, hostId 0 means national events only. */
    public record EventFilter(When when, EventKind kind, Long hostId) {
    }

    /** An event in the list; {@code zone} is the event's own, which its start is shown in. */
    public record EventSummary(long id, String title, EventKind kind, Instant startsAt, String hostName,
            EventStatus status, int capacity, int seatsTaken, ZoneId zone) {
    }

    /**
     * The editor's fields; every date-time is wall-clock time in {@code timeZone}, the event's own zone (a zone
     * id; none named: the society's zone for a new event, the event's own for an existing one).
     */
    public record EventForm(EventKind kind, String title, String description, LocalDateTime startsAt,
            LocalDateTime endsAt, EventFormat format, String venue, String onlineLink, Integer capacity,
            BigDecimal memberPrice, BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice,
            LocalDateTime earlyBirdUntil, LocalDateTime registrationOpens, LocalDateTime registrationCloses,
            Integer cancelCutoffHours, BigDecimal ceHours, CeType ceType, Long hostId, String timeZone,
            long version, Integer offerHours, CeCategories ce) {

        /** A form that leaves the event's CE categories as they are (a new event: formal, no topics). */
        public EventForm(EventKind kind, String title, String description, LocalDateTime startsAt,
                LocalDateTime endsAt, EventFormat format, String venue, String onlineLink, Integer capacity,
                BigDecimal memberPrice, BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice,
                LocalDateTime earlyBirdUntil, LocalDateTime registrationOpens, LocalDateTime registrationCloses,
                Integer cancelCutoffHours, BigDecimal ceHours, CeType ceType, Long hostId, String timeZone,
                long version, Integer offerHours) {
            this(kind, title, description, startsAt, endsAt, format, venue, onlineLink, capacity, memberPrice,
                    nonMemberPrice, earlyBirdPrice, earlyBirdUntil, registrationOpens, registrationCloses,
                    cancelCutoffHours, ceHours, ceType, hostId, timeZone, version, offerHours, null);
        }

        /** The same form with these CE categories. */
        public EventForm withCe(CeCategories categories) {
            return new EventForm(kind, title, description, startsAt, endsAt, format, venue, onlineLink, capacity,
                    memberPrice, nonMemberPrice, earlyBirdPrice, earlyBirdUntil, registrationOpens,
                    registrationCloses, cancelCutoffHours, ceHours, ceType, hostId, timeZone, version, offerHours,
                    categories);
        }

        /** offerHours: null gives a freed seat to the first waitlisted person at once, else offers it that long. */
        public EventForm(EventKind kind, String title, String description, LocalDateTime startsAt,
                LocalDateTime endsAt, EventFormat format, String venue, String onlineLink, Integer capacity,
                BigDecimal memberPrice, BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice,
                LocalDateTime earlyBirdUntil, LocalDateTime registrationOpens, LocalDateTime registrationCloses,
                Integer cancelCutoffHours, BigDecimal ceHours, CeType ceType, Long hostId, String timeZone,
                long version) {
            this(kind, title, description, startsAt, endsAt, format, venue, onlineLink, capacity, memberPrice,
                    nonMemberPrice, earlyBirdPrice, earlyBirdUntil, registrationOpens, registrationCloses,
                    cancelCutoffHours, ceHours, ceType, hostId, timeZone, version, null);
        }

        /** A form that names no zone (see above), with a freed-seat rule. */
        public EventForm(EventKind kind, String title, String description, LocalDateTime startsAt,
                LocalDateTime endsAt, EventFormat format, String venue, String onlineLink, Integer capacity,
                BigDecimal memberPrice, BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice,
                LocalDateTime earlyBirdUntil, LocalDateTime registrationOpens, LocalDateTime registrationCloses,
                Integer cancelCutoffHours, BigDecimal ceHours, CeType ceType, Long hostId, long version,
                Integer offerHours) {
            this(kind, title, description, startsAt, endsAt, format, venue, onlineLink, capacity, memberPrice,
                    nonMemberPrice, earlyBirdPrice, earlyBirdUntil, registrationOpens, registrationCloses,
                    cancelCutoffHours, ceHours, ceType, hostId, null, version, offerHours);
        }

        /** A form that names no zone (see above). */
        public EventForm(EventKind kind, String title, String description, LocalDateTime startsAt,
                LocalDateTime endsAt, EventFormat format, String venue, String onlineLink, Integer capacity,
                BigDecimal memberPrice, BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice,
                LocalDateTime earlyBirdUntil, LocalDateTime registrationOpens, LocalDateTime registrationCloses,
                Integer cancelCutoffHours, BigDecimal ceHours, CeType ceType, Long hostId, long version) {
            this(kind, title, description, startsAt, endsAt, format, venue, onlineLink, capacity, memberPrice,
                    nonMemberPrice, earlyBirdPrice, earlyBirdUntil, registrationOpens, registrationCloses,
                    cancelCutoffHours, ceHours, ceType, hostId, null, version, null);
        }
    }

    /**
     * The categories an event's CE counts in (its sessions' too): formal or informal, and its topics. Delivery is
     * not chosen: it follows the event's format ({@link Event#ceDelivery()}).
     */
    public record CeCategories(CeFormality formality, Set<CeTopic> topics) {

        public static final CeCategories DEFAULT = new CeCategories(CeFormality.FORMAL, Set.of());

        public CeCategories {
            topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
        }
    }

    /** The longest a freed seat may be offered for (two weeks). */
    public static final int MAX_OFFER_HOURS = 336;

    public record EventDetails(long id, EventStatus status, int seatsTaken, EventForm form) {
    }

    public record SessionForm(SessionKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
            Integer capacity, BigDecimal ceHours) {
    }

    public record SessionView(long id, SessionKind kind, String title, Instant startsAt, Instant endsAt,
            int capacity, int seatsTaken, BigDecimal ceHours, SessionForm form) {
    }

    private final EventRepository events;
    private final EventSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final AffiliateLookup affiliates;
    private final EventAccess access;
    private final SocietyClock societyClock;
    private final Clock clock;
    private final EventMails mails;
    private final AuditLog auditLog;
    private final CeAwards ceAwards;

    EventService(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
            AffiliateLookup affiliates, EventAccess access, SocietyClock societyClock, Clock clock,
            EventMails mails, AuditLog auditLog, CeAwards ceAwards) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.affiliates = affiliates;
        this.access = access;
        this.societyClock = societyClock;
        this.clock = clock;
        this.mails = mails;
        this.auditLog = auditLog;
        this.ceAwards = ceAwards;
    }

    @Transactional(readOnly = true)
    public List<EventSummary> find(EventFilter filter, Pageable page) {
        Pageable sorted = page.getSort().isSorted() || page.isUnpaged() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("startsAt", "id"));
        return events.findAll(matching(filter), sorted).stream().map(EventService::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(EventFilter filter) {
        return events.count(matching(filter));
    }

    private Specification<Event> matching(EventFilter filter) {
        Long scope = access.hostScope();
        Instant now = clock.instant();
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("host", JoinType.LEFT);
            }
            List<Predicate> where = new ArrayList<>();
            if (scope != null) {
                where.add(cb.equal(root.get("host").get("id"), scope));
            } else if (filter.hostId() != null) {
                where.add(filter.hostId() == 0 ? cb.isNull(root.get("host"))
                        : cb.equal(root.get("host").get("id"), filter.hostId()));
            }
            if (filter.when() == When.UPCOMING) {
                where.add(cb.greaterThanOrEqualTo(root.get("endsAt"), now));
            } else if (filter.when() == When.PAST) {
                where.add(cb.lessThan(root.get("endsAt"), now));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @Transactional(readOnly = true)
    public EventDetails load(long id) {
        return details(access.loadManaged(id));
    }

    /**
     * A blank form for a new event: in 30 days at 9:00 in the society's zone, hosted by the affiliate
     * administrator's own society.
     */
    @Transactional(readOnly = true)
    public EventForm blank() {
        LocalDateTime start = societyClock.today().plusDays(30).atTime(9, 0);
        return new EventForm(EventKind.TRAINING, "", "", start, start.plusHours(6), EventFormat.IN_PERSON, "", "",
                30, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, 48, BigDecimal.ZERO, CeType.APA,
                access.hostScope(), societyClock.zone().getId(), 0).withCe(CeCategories.DEFAULT);
    }

    /**
     * Creates (id null) or updates an event; returns its id. The form's times are read in the zone it names;
     * when an existing event's zone changes, its sessions keep their clock time in the new zone too.
     */
    public long save(Long id, EventForm form) {
        FieldErrors errors = check(form);
        ZoneId chosen = ZoneChoice.parse(form.timeZone(), errors, "timeZone").orElse(null);
        errors.throwIfAny();
        Long scope = access.hostScope();
        if (scope != null && !scope.equals(form.hostId())) {
            throw new AccessDeniedException("An affiliate administrator hosts events for their own affiliate only.");
        }
        Affiliate host = form.hostId() == null ? null
                : affiliates.findById(form.hostId()).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.host")));
        Event event;
        ZoneId zone;
        if (id == null) {
            zone = chosen != null ? chosen : societyClock.zone();
            event = new Event(form.kind(), form.title().strip(), at(form.startsAt(), zone), at(form.endsAt(), zone));
        } else {
            // locked: an editor's save must not write back a seat counter a registration just changed
            event = events.lockById(id).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
            access.check(event);
            ConcurrentEditException.check(event.getVersion(), form.version(), Messages.t("events.edit.this-event"));
            if (form.capacity() < event.getSeatsTaken()) {
                new FieldErrors().add("capacity", Messages.t("events.edit.capacity-below-taken",
                        event.getSeatsTaken())).throwIfAny();
            }
            zone = chosen != null ? chosen : event.getZone();
        }
        EventForm before = id == null ? null : details(event).form();
        ZoneId zoneBefore = event.getZone();
        if (event.setZone(zone) && id != null) {
            keepSessionsClockTime(event, zoneBefore, zone);
        }
        event.update(form.kind(), form.title().strip(), Text.clean(form.description()), at(form.startsAt(), zone),
                at(form.endsAt(), zone), form.format(), Text.clean(form.venue()), Text.clean(form.onlineLink()),
                form.capacity(), form.memberPrice(), form.nonMemberPrice(), form.earlyBirdPrice(),
                at(form.earlyBirdUntil(), zone), at(form.registrationOpens(), zone),
                at(form.registrationCloses(), zone), form.cancelCutoffHours(), form.ceHours(), form.ceType(), host);
        event.setOfferHours(form.offerHours());
        if (form.ce() != null) {
            event.categorise(form.ce().formality(), form.ce().topics());
        }
        events.saveAndFlush(event);
        if (id != null) {
            ceAwards.describeAgain(event); // the ledger's rows follow the event's categories, format and title
        }
        auditLog.record(id == null ? "EVENT_CREATED" : "EVENT_UPDATED", "Event", event.getId(),
                event.getTitle(), new Changes().compare(before, details(event).form()));
        return event.getId();
    }

    /**
     * Each session read under its row lock (in id order, after the event's, as registering locks them), so that
     * writing the new times back writes its current seat counter too.
     */
    private void keepSessionsClockTime(Event event, ZoneId from, ZoneId to) {
        for (long sessionId : sessions.findIdsByEventId(event.getId())) {
            sessions.lockById(sessionId).orElseThrow().keepClockTime(from, to);
        }
    }

    public void publish(long id) {
        Event event = access.loadManaged(id);
        if (event.getStatus() != EventStatus.DRAFT) {
            throw new BusinessRuleException(Messages.t("events.edit.publish-only-draft",
                    Messages.t(event.getStatus().key()).toLowerCase(Messages.current())));
        }
        event.publish();
        auditLog.record("EVENT_PUBLISHED", "Event", id, event.getTitle(),
                new Changes().track("status", EventStatus.DRAFT, event.getStatus()));
    }

    /** What cancelling an event would do: how many people are told, and how many attended (losing their CE). */
    public record CancelImpact(int people, int attended) {
    }

    @Transactional(readOnly = true)
    public CancelImpact cancellation(long id) {
        access.loadManaged(id);
        List<Registration> held = registrations.findByEventAndStatusIn(id, HELD);
        return new CancelImpact((int) held.stream().filter(r -> !unconfirmed(r)).map(Registration::getEmail)
                .distinct().count(),
                (int) held.stream().filter(r -> r.getStatus() == RegistrationStatus.ATTENDED)
                        .map(Registration::getEmail).distinct().count());
    }

    /** What a registrant can hold: a seat (confirmed, attended, no-show) or a waitlist place. */
    private static final EnumSet<RegistrationStatus> HELD = EnumSet.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW,
            RegistrationStatus.OFFERED, RegistrationStatus.PENDING, RegistrationStatus.PENDING_WAITLIST);

    /** A guest's registration never confirmed by its link: it ends silently (only the link was ever sent). */
    private static boolean unconfirmed(Registration r) {
        return r.getStatus() == RegistrationStatus.PENDING || r.getStatus() == RegistrationStatus.PENDING_WAITLIST;
    }

    /**
     * Cancels the event and every registration for it; each person who held a seat or a waitlist place gets one
     * email. Once anyone has attended, the caller must choose to withdraw their CE ({@code withdrawAttendedCe}):
     * their certificates are voided (the numbers kept, marked void with the reason). Returns how many people
     * were told.
     */
    public int cancel(long id, boolean withdrawAttendedCe) {
        EventMails.Letterhead letterhead = mails.letterhead();
        events.lockById(id);
        Event event = access.loadManaged(id);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessRuleException(Messages.t("events.edit.already-cancelled"));
        }
        EventStatus statusBefore = event.getStatus();
        List<Registration> held = registrations.findByEventAndStatusIn(id, HELD);
        long attended = held.stream().filter(r -> r.getStatus() == RegistrationStatus.ATTENDED).count();
        if (attended > 0 && !withdrawAttendedCe) {
            throw new BusinessRuleException(Messages.t("events.edit.cancel-attended", attended));
        }
        event.cancel();
        Map<String, List<String>> voided = new LinkedHashMap<>(); // per person, in arrival order
        Map<String, Registration> told = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (Registration r : held) {
            List<String> numbers = voided.computeIfAbsent(r.getEmail(), e -> new ArrayList<>());
            if (r.getStatus() == RegistrationStatus.ATTENDED) {
                ceAwards.voidFor(r, Messages.t("events.edit.void-reason", societyClock.formatShortDate(societyClock.today())))
                        .ifPresent(numbers::add);
            }
            if (r.getStatus().holdsSeat()) {
                r.seats().releaseSeat();
            }
            boolean silent = unconfirmed(r);
            r.cancelByOrganiser(now); // an open offer ends with it: the person is told the event is cancelled
            if (silent) {
                continue;
            }
            if (r.getSession() == null || !told.containsKey(r.getEmail())) {
                told.put(r.getEmail(), r); // the event registration when there is one: it names the event
            }
        }
        told.forEach((email, r) -> mails.eventCancelled(r, voided.get(email), letterhead));
        auditLog.record("EVENT_CANCELLED", "Event", id, event.getTitle() + ": " + held.size()
                + " registrations cancelled, " + attended + " attendances' CE withdrawn",
                new Changes().track("status", statusBefore, event.getStatus())
                        .track("registrationsCancelled", null, held.size()));
        return told.size();
    }

    @Transactional(readOnly = true)
    public List<SessionView> sessions(long eventId) {
        access.loadManaged(eventId);
        return sessions.findByEventIdOrderByStartsAtAscIdAsc(eventId).stream().map(this::sessionView).toList();
    }

    /** Adds (sessionId null) or changes a session of a conference. */
    public long saveSession(long eventId, Long sessionId, SessionForm form) {
        Event event = events.lockById(eventId).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
        access.check(event);
        FieldErrors errors = new FieldErrors();
        if (form.kind() == null) {
            errors.add("kind", Messages.t("events.edit.session-kind-required"));
        }
        errors.require("title", form.title(), Messages.t("events.field.title"), 200);
        times(errors, form.startsAt(), form.endsAt());
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 100_000) {
            errors.add("capacity", Messages.t("events.edit.capacity-range"));
        }
        hours(errors, form.ceHours());
        errors.throwIfAny();
        EventSession session = sessionId == null ? new EventSession(event)
                : sessions.lockById(sessionId).filter(s -> s.getEvent().equals(event))
                        .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.session")));
        if (form.capacity() < session.getSeatsTaken()) {
            new FieldErrors().add("capacity", Messages.t("events.edit.capacity-below-taken",
                    session.getSeatsTaken())).throwIfAny();
        }
        SessionForm before = sessionId == null ? null : sessionView(session).form();
        ZoneId zone = event.getZone(); // a session's times are read in its event's zone
        session.update(form.kind(), form.title().strip(), at(form.startsAt(), zone), at(form.endsAt(), zone),
                form.capacity(), form.ceHours() == null ? BigDecimal.ZERO : form.ceHours());
        sessions.saveAndFlush(session);
        if (sessionId != null) {
            ceAwards.describeAgain(event); // a session moved or renamed: its awards' dates and titles
        }
        auditLog.record(sessionId == null ? "EVENT_SESSION_ADDED" : "EVENT_SESSION_UPDATED", "EventSession",
                session.getId(), event.getTitle() + ": " + session.getTitle(),
                new Changes().compare(before, sessionView(session).form()));
        return session.getId();
    }

    static FieldErrors check(EventForm f) {
        FieldErrors errors = new FieldErrors();
        if (f.kind() == null) {
            errors.add("kind", Messages.t("events.edit.kind-required"));
        }
        errors.require("title", f.title(), Messages.t("events.field.title"), 200).maxLength("description",
                f.description(), Messages.t("events.field.description"), 4000).maxLength("venue", f.venue(),
                Messages.t("events.field.venue"), 300).maxLength("onlineLink", f.onlineLink(),
                Messages.t("events.field.online-link"), 500);
        times(errors, f.startsAt(), f.endsAt());
        if (f.format() == null) {
            errors.add("format", Messages.t("events.edit.format-required"));
        } else if (f.format() != EventFormat.ONLINE && Text.clean(f.venue()) == null) {
            errors.add("venue", Messages.t("events.edit.venue-required"));
        }
        if (f.format() != null && f.format() != EventFormat.IN_PERSON) {
            errors.httpsLink("onlineLink", f.onlineLink(), Messages.t("events.edit.the-online-link"));
        }
        if (f.capacity() == null || f.capacity() < 1 || f.capacity() > 100_000) {
            errors.add("capacity", Messages.t("events.edit.capacity-range"));
        }
        money(errors, "memberPrice", f.memberPrice(), Messages.t("events.edit.the-member-price"), true);
        money(errors, "nonMemberPrice", f.nonMemberPrice(), Messages.t("events.edit.the-non-member-price"), true);
        money(errors, "earlyBirdPrice", f.earlyBirdPrice(), Messages.t("events.edit.the-early-bird-price"), false);
        if ((f.earlyBirdPrice() == null) != (f.earlyBirdUntil() == null)) {
            errors.add(f.earlyBirdPrice() == null ? "earlyBirdPrice" : "earlyBirdUntil",
                    Messages.t("events.edit.early-bird-both"));
        }
        errors.date("earlyBirdUntil", f.earlyBirdUntil(), Messages.t("events.edit.the-early-bird-deadline"))
                .date("registrationOpens", f.registrationOpens(), Messages.t("events.edit.the-registration-opening"))
                .date("registrationCloses", f.registrationCloses(), Messages.t("events.edit.the-registration-closing"));
        if (f.registrationOpens() != null && f.registrationCloses() != null
                && !f.registrationOpens().isBefore(f.registrationCloses())) {
            errors.add("registrationCloses", Messages.t("events.edit.close-after-open"));
        }
        if (f.cancelCutoffHours() == null || f.cancelCutoffHours() < 0 || f.cancelCutoffHours() > 24 * 90) {
            errors.add("cancelCutoffHours", Messages.t("events.edit.cutoff-range"));
        }
        if (f.offerHours() != null && (f.offerHours() < 1 || f.offerHours() > MAX_OFFER_HOURS)) {
            errors.add("offerHours", Messages.t("events.edit.offer-range", MAX_OFFER_HOURS));
        }
        hours(errors, f.ceHours());
        if (f.ceHours() != null && f.ceHours().signum() > 0 && f.ceType() == null) {
            errors.add("ceType", Messages.t("events.edit.ce-type-required"));
        }
        if (f.ce() != null) {
            if (f.ce().formality() == null) {
                errors.add("ceFormality", Messages.t("events.edit.ce-formality-required"));
            }
            if (!f.ce().topics().isEmpty() && (f.ceHours() == null || f.ceHours().signum() == 0)
                    && f.kind() != EventKind.CONFERENCE) { // a conference's sessions may award the hours
                errors.add("ceTopics", Messages.t("events.edit.ce-topics-without-hours"));
            }
            if (f.ce().topics().size() > 1 && f.ce().topics().contains(CeTopic.OTHER)) {
                errors.add("ceTopics", Messages.t("events.edit.ce-topics-other-alone"));
            }
        }
        return errors;
    }

    private static void times(FieldErrors errors, LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            errors.add("startsAt", Messages.t("events.edit.start-required"));
        }
        if (end == null) {
            errors.add("endsAt", Messages.t("events.edit.end-required"));
        }
        errors.date("startsAt", start, Messages.t("events.edit.the-start")).date("endsAt", end, Messages.t("events.edit.the-end"));
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add("endsAt", Messages.t("events.edit.end-after-start"));
        }
    }

    private static void hours(FieldErrors errors, BigDecimal hours) {
        if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(100)) > 0
                || hours.scale() > 2)) {
            errors.add("ceHours", Messages.t("events.edit.ce-hours-range"));
        }
    }

    private static void money(FieldErrors errors, String field, BigDecimal amount, String label, boolean required) {
        errors.money(field, amount, label);
        if (amount == null) {
            if (required) {
                errors.add(field, Messages.t("events.edit.price-required", label));
            }
        } else if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(100_000)) > 0 || amount.scale() > 2) {
            errors.add(field, Messages.t("events.edit.price-range", label));
        }
    }

    static Instant at(LocalDateTime wallClock, ZoneId zone) {
        return wallClock == null ? null : wallClock.atZone(zone).toInstant();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private EventDetails details(Event e) {
        ZoneId z = e.getZone();
        return new EventDetails(e.getId(), e.getStatus(), e.getSeatsTaken(), new EventForm(e.getKind(), e.getTitle(),
                e.getDescription(), local(e.getStartsAt(), z), local(e.getEndsAt(), z), e.getFormat(), e.getVenue(),
                e.getOnlineLink(), e.getCapacity(), e.getMemberPrice(), e.getNonMemberPrice(), e.getEarlyBirdPrice(),
                local(e.getEarlyBirdUntil(), z), local(e.getRegistrationOpens(), z),
                local(e.getRegistrationCloses(), z), e.getCancelCutoffHours(), e.getCeHours(), e.getCeType(),
                e.getHost() == null ? null : e.getHost().getId(), z.getId(), e.getVersion(), e.getOfferHours(),
                new CeCategories(e.getCeFormality(), e.getCeTopics())));
    }

    private SessionView sessionView(EventSession s) {
        ZoneId z = s.getEvent().getZone();
        return new SessionView(s.getId(), s.getKind(), s.getTitle(), s.getStartsAt(), s.getEndsAt(), s.getCapacity(),
                s.getSeatsTaken(), s.getCeHours(), new SessionForm(s.getKind(), s.getTitle(),
                        local(s.getStartsAt(), z), local(s.getEndsAt(), z), s.getCapacity(), s.getCeHours()));
    }

    private static EventSummary summary(Event e) {
        return new EventSummary(e.getId(), e.getTitle(), e.getKind(), e.getStartsAt(),
                e.getHost() == null ? Messages.t("events.host.national") : e.getHost().getName(), e.getStatus(), e.getCapacity(),
                e.getSeatsTaken(), e.getZone());
    }
}
