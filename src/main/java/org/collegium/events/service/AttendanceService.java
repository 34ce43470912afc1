package org.collegium.events.service;

import org.collegium.base.i18n.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.NotFoundException;
import org.collegium.events.domain.CeCredit;
import org.collegium.events.domain.CeCreditRepository;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventSession;
import org.collegium.events.domain.EventSessionRepository;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in: the roster of an event or of one session, attended / no-show, and the CE awards that follow.
 * For the board and administrators, and for an affiliate administrator at their own affiliate's events.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED) // see Seating: reads after the lock see the latest rows
@PreAuthorize(Access.RECORD_EDITORS)
public class AttendanceService {

    /** One person on the roster, with the price actually charged (member, non-member, early bird…). */
    public record RosterEntry(long registrationId, String name, String email, boolean member,
            RegistrationStatus status, String statusLabel, Instant registeredAt, BigDecimal price,
            PriceKind priceKind, String certificateNumber, Long creditId) {
    }

    /**
     * The roster; {@code attendanceClosed} says why attendance cannot be recorded now (null when it can);
     * {@code zone} is the event's, which its start is shown in.
     */
    public record Roster(long eventId, Long sessionId, String title, Instant startsAt, BigDecimal ceHours,
            CeType ceType, String attendanceClosed, List<RosterEntry> entries, ZoneId zone) {
    }

    private final EventAccess access;
    private final EventSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final CeCreditRepository credits;
    private final CeAwards awards;
    private final Certificates certificates;
    private final RegistrationService registering;
    private final AttendanceWindow window;
    private final Clock clock;
    private final EventAudit audit;

    AttendanceService(EventAccess access, EventSessionRepository sessions, RegistrationRepository registrations,
            CeCreditRepository credits, CeAwards awards, Certificates certificates, RegistrationService registering,
            AttendanceWindow window, Clock clock, EventAudit audit) {
        this.audit = audit;
        this.access = access;
        this.sessions = sessions;
        this.registrations = registrations;
        this.credits = credits;
        this.awards = awards;
        this.certificates = certificates;
        this.registering = registering;
        this.window = window;
        this.clock = clock;
    }

    /** Everyone registered (in arrival order), narrowed to names or emails containing the search text. */
    @Transactional(readOnly = true)
    public Roster roster(long eventId, Long sessionId, String search) {
        Event event = access.loadManaged(eventId);
        EventSession session = sessionId == null ? null : sessions.findById(sessionId)
                .filter(s -> s.getEvent().equals(event)).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.session")));
        String typed = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        Map<Long, CeCredit> awarded = credits.findStandingAtEvent(eventId).stream()
                .collect(Collectors.toMap(c -> c.getRegistration().getId(), c -> c));
        List<RosterEntry> entries = registrations.findRoster(eventId, sessionId).stream()
                .filter(r -> typed.isEmpty() || r.fullName().toLowerCase(Locale.ROOT).contains(typed)
                        || r.getEmail().contains(typed))
                .map(r -> entry(r, awarded.get(r.getId()))).toList();
        Instant startsAt = session == null ? event.getStartsAt() : session.getStartsAt();
        return new Roster(eventId, sessionId, session == null ? event.getTitle()
                : event.getTitle() + " — " + session.getTitle(), startsAt,
                session == null ? event.getCeHours() : session.getCeHours(), event.getCeType(),
                window.closedReason(event, startsAt).orElse(null), entries, event.getZone());
    }

    /**
     * Marks one registrant ATTENDED (awarding CE), NO_SHOW, or back to CONFIRMED (withdrawing CE), once the
     * attendance window of their event or session has opened ({@link AttendanceWindow}).
     */
    public void mark(long registrationId, RegistrationStatus to) {
        Registration r = registrations.findById(registrationId)
                .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.registration")));
        access.check(r.getEvent());
        window.check(r.getEvent(), r.startsAt());
        apply(r, to);
    }

    /** Marks every confirmed registrant of an event or session as attended; returns how many. */
    public int markAllAttended(long eventId, Long sessionId) {
        Event event = access.loadManaged(eventId);
        Instant startsAt = sessionId == null ? event.getStartsAt() : sessions.findById(sessionId)
                .filter(s -> s.getEvent().equals(event)).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.session")))
                .getStartsAt();
        window.check(event, startsAt);
        int marked = 0;
        for (Registration r : registrations.findRoster(eventId, sessionId)) {
            if (r.getStatus() == RegistrationStatus.CONFIRMED) {
                apply(r, RegistrationStatus.ATTENDED);
                marked++;
            }
        }
        return marked;
    }

    /** Cancels someone's registration for them (no cut-off for organisers); the waitlist moves up. */
    public void cancelRegistration(long registrationId) {
        Registration r = registering.lockedRegistration(registrationId);
        access.check(r.getEvent());
        if (!r.getStatus().isActive()) {
            throw new BusinessRuleException(Messages.t("events.cancel.already"));
        }
        if (r.getStatus() == RegistrationStatus.ATTENDED) {
            throw new BusinessRuleException(Messages.t("events.cancel.undo-attendance-first"));
        }
        RegistrationStatus before = r.getStatus();
        registering.cancelByOrganiser(r);
        audit.cancelledForThem(r, before);
    }

    /** The certificate of any award at an event the caller manages. */
    @Transactional(readOnly = true)
    public EventFile certificate(long creditId) {
        CeCredit credit = credits.findFull(creditId).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.certificate")));
        access.check(credit.getRegistration().getEvent());
        return certificates.render(Certificates.valid(credit));
    }

    private void apply(Registration r, RegistrationStatus to) {
        if (!r.getStatus().isPlace()) {
            throw new BusinessRuleException(Messages.t("events.attendance.no-place", r.fullName(),
                    Messages.t(r.getStatus().key()).toLowerCase(Messages.current())));
        }
        if (!to.isPlace()) {
            throw new IllegalArgumentException("Attendance is marked as attended, no-show or confirmed, not " + to);
        }
        if (r.getStatus() == to) {
            return;
        }
        RegistrationStatus before = r.getStatus();
        r.changeStatus(to, clock.instant());
        audit.attendance(r, before);
        if (to == RegistrationStatus.ATTENDED) {
            awards.award(r);
        } else {
            awards.withdraw(r);
        }
    }

    private static RosterEntry entry(Registration r, CeCredit credit) {
        return new RosterEntry(r.getId(), r.fullName(), r.getEmail(), r.getMember() != null, r.getStatus(),
                Messages.t(r.statusKey()), r.getRegisteredAt(), r.getPrice(), r.getPriceKind(),
                credit == null ? null : credit.getCertificateNumber(),
                credit == null ? null : credit.getId());
    }
}
