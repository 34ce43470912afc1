package org.collegium.groups.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.collegium.members.service.MemberLookup;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.Text;
import org.collegium.groups.domain.AttendanceSource;
import org.collegium.groups.domain.GroupAttendance;
import org.collegium.groups.domain.GroupAttendanceRepository;
import org.collegium.groups.domain.GroupMembership;
import org.collegium.groups.domain.GroupMembershipRepository;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.domain.SessionStatus;
import org.collegium.groups.service.GroupRecords.AttendanceEntry;
import org.collegium.groups.service.GroupRecords.JoinState;
import org.collegium.groups.service.GroupRecords.ManagedSession;
import org.collegium.groups.service.GroupRecords.MyGroup;
import org.collegium.groups.service.GroupRecords.MyGroups;
import org.collegium.groups.service.GroupRecords.SessionView;
import org.collegium.members.domain.Member;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's sessions: cancelling a week, adding one, each week's meeting link, joining through the portal (the
 * late-join lock), attendance and group-experience hours. The meeting link leaves this service only through
 * {@link #join(long)} (the active roster, inside the open window) and {@link #managedSessions(long)} (those who
 * run the group).
 */
@Service
@Transactional
public class SessionService {

    private final GroupSessionRepository sessions;
    private final GroupAttendanceRepository attendance;
    private final GroupMembershipRepository memberships;
    private final PeerGroupRepository groups;
    private final MemberLookup members;
    private final GroupAccess access;
    private final GroupViews views;
    private final SocietyClock clock;
    private final MailOutbox mail;
    private final AuditLog auditLog;
    private final GroupProperties properties;
    private final RecipientLanguage languages;
    private final GroupCeHours ceHours;

    public SessionService(GroupSessionRepository sessions, GroupAttendanceRepository attendance,
            GroupMembershipRepository memberships, PeerGroupRepository groups, MemberLookup members,
            GroupAccess access, GroupViews views, SocietyClock clock, MailOutbox mail, AuditLog auditLog,
            GroupProperties properties, RecipientLanguage languages, GroupCeHours ceHours) {
        this.languages = languages;
        this.ceHours = ceHours;
        this.sessions = sessions;
        this.attendance = attendance;
        this.memberships = memberships;
        this.groups = groups;
        this.members = members;
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.mail = mail;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /** Sessions from a week ago to the generated horizon, with links and attendance counts, for those who run it. */
    @PreAuthorize(Access.RUNS_GROUPS)
    @Transactional(readOnly = true)
    public List<ManagedSession> managedSessions(long groupId) {
        managed(groupId);
        Instant now = clock.instant();
        List<GroupSession> found = sessions.findForGroup(groupId, now.minus(Duration.ofDays(35)),
                now.plus(Duration.ofDays(7L * (properties.weeksAhead() + 1))));
        java.util.Map<Long, Long> present = new java.util.HashMap<>();
        if (!found.isEmpty()) { // the attendance of every session in one query, not one per row
            attendance.countBySessions(found.stream().map(GroupSession::getId).toList())
                    .forEach(row -> present.put((Long) row[0], (Long) row[1]));
        }
        return found.stream()
                .map(s -> new ManagedSession(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getStatus(),
                        s.getCancelReason(), s.isExtra(), s.getMeetingLink(), s.getInvitationSentAt() != null,
                        present.getOrDefault(s.getId(), 0L).intValue(), s.getVersion()))
                .toList();
    }

    /** Cancels one week; the roster is told by email (through the outbox) with the reason. */
    @PreAuthorize(Access.RUNS_GROUPS)
    public void cancel(long sessionId, String reason) {
        GroupSession s = managedSession(sessionId);
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", Messages.t("groups.sessions.reason-required"));
        }
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw new BusinessRuleException(Messages.t("groups.sessions.already-cancelled"));
        }
        if (!s.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException(Messages.t("groups.sessions.begun"));
        }
        s.cancel(Text.clean(reason));
        attendance.findBySession(sessionId).forEach(ceHours::undone); // joined early: a cancelled week counts none
        PeerGroup g = s.getGroup();
        String when = clock.format(s.getStartsAt());
        for (Member m : recipients(g)) {
            // in the recipient's language, at the group's own wall-clock time (the zone its members meet in)
            Locale to = languages.of(m.getEmail());
            mail.enqueue(m.getEmail(), Messages.in(to, "groups.mail.cancelled.subject", g.getName(),
                    SocietyClock.shortDate(s.getSessionDate(), to)), Messages.in(to, "groups.mail.cancelled.body",
                            m.getFirstName(), g.getName(), SocietyClock.format(s.getStartsAt(), g.getZone(), to),
                            s.getCancelReason()));
        }
        auditLog.record("GROUP_SESSION_CANCELLED", "PeerGroup", g.getId(),
                "Cancelled the session of " + when + ": " + s.getCancelReason(), new Changes());
    }

    /** An extra session on a date and time in the group's zone, as long as the group's usual meeting. */
    @PreAuthorize(Access.RUNS_GROUPS)
    public long addExtra(long groupId, LocalDate date, LocalTime start) {
        PeerGroup g = managed(groupId);
        FieldErrors errors = new FieldErrors();
        if (date == null) {
            errors.add("date", Messages.t("groups.sessions.extra.date-required"));
        }
        errors.date("date", date, Messages.t("groups.sessions.extra.date"));
        if (start == null) {
            errors.add("start", Messages.t("groups.sessions.extra.start-required"));
        }
        errors.throwIfAny();
        SessionSchedule.Occurrence o = SessionSchedule.at(date, start, g.getDurationMinutes(), g.getZone());
        if (!o.start().isAfter(clock.instant())) {
            throw invalid("date", Messages.t("groups.sessions.extra.future"));
        }
        if (sessions.existsByGroupIdAndStartsAt(groupId, o.start())) {
            throw invalid("start", Messages.t("groups.sessions.extra.taken"));
        }
        GroupSession s = sessions.save(new GroupSession(g, date, o.start(), o.end(), true));
        auditLog.record("GROUP_SESSION_ADDED", "PeerGroup", g.getId(),
                "Added an extra session on " + clock.format(o.start()), new Changes());
        return s.getId();
    }

    /** Sets (or replaces) one session's meeting link: a web address, new each week. */
    @PreAuthorize(Access.RUNS_GROUPS)
    public void setLink(long sessionId, String link) {
        GroupSession s = managedSession(sessionId);
        String clean = Text.clean(link);
        if (clean == null || !FieldErrors.isHttpsLink(clean) || clean.length() > 500) {
            throw invalid("link", Messages.t("groups.sessions.link-invalid"));
        }
        if (s.getStatus() == SessionStatus.CANCELLED || !s.getEndsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException(Messages.t("groups.sessions.link-closed"));
        }
        String before = s.getMeetingLink();
        s.setMeetingLink(clean);
        // the link itself is a secret of the roster: the log keeps which meeting service, not the address
        auditLog.record("GROUP_SESSION_LINK_SET", "PeerGroup", s.getGroup().getId(),
                "Set the meeting link of the session on " + clock.format(s.getStartsAt()), new Changes()
                        .track("meetingLink", linkHost(before), linkHost(clean) + (clean.equals(before) ? ""
                                : " (new link)")));
    }

    /**
     * The signed-in person joins a session: they get its meeting link and a member is recorded as attending.
     * Refused to anyone not on the active roster (or running the group), before the meeting opens, and from the
     * lock on to anyone who had not joined before it.
     */
    @PreAuthorize(Access.USES_GROUPS)
    public String join(long sessionId) {
        GroupSession s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.session")));
        PeerGroup g = groups.findWithFacilitators(s.getGroup().getId()).orElseThrow();
        Long me = access.currentMemberIdOrNull();
        boolean manager = access.manages(g);
        boolean onRoster = access.isOnRoster(g.getId(), me);
        if (!manager && !onRoster) {
            throw new AccessDeniedException("The meeting link is only for the group's roster.");
        }
        boolean joined = me != null && attendance.existsBySessionIdAndMemberId(sessionId, me);
        boolean withheld = onRoster && RosterService.linkWithheld(g, members.findById(me).orElse(null));
        Instant now = clock.instant();
        JoinState state = views.state(s, manager, onRoster, withheld, joined, now);
        if (state != JoinState.OPEN && state != JoinState.JOINED) {
            throw new BusinessRuleException(views.session(s, manager, onRoster, withheld, joined).message());
        }
        if (!joined && onRoster && !manager) {
            ceHours.attended(attendance.saveAndFlush(new GroupAttendance(s, members.getReferenceById(me), now,
                    AttendanceSource.PORTAL, access.actorName())));
        }
        return s.getMeetingLink();
    }

    /**
     * Who attended and who was on the roster at the time of the session (joined on or before its day, not left
     * before it), for correcting afterwards; the correction accepts exactly these.
     */
    @PreAuthorize(Access.RUNS_GROUPS)
    @Transactional(readOnly = true)
    public List<AttendanceEntry> attendance(long sessionId) {
        GroupSession s = managedSession(sessionId);
        List<GroupAttendance> present = attendance.findBySession(sessionId);
        Set<Long> seen = new HashSet<>();
        List<AttendanceEntry> entries = new ArrayList<>();
        for (GroupAttendance a : present) {
            seen.add(a.getMember().getId());
            entries.add(new AttendanceEntry(a.getMember().getId(), a.getMember().getFullName(), true,
                    a.getJoinedAt()));
        }
        // those on the roster on the session's day: not who joined since, nor who had left before it
        java.time.ZoneId zone = s.getGroup().getZone();
        java.time.LocalDate day = s.getStartsAt().atZone(zone).toLocalDate();
        for (GroupMembership gm : memberships.findRoster(s.getGroup().getId(),
                EnumSet.of(GroupMembershipStatus.ACTIVE, GroupMembershipStatus.LEFT, GroupMembershipStatus.REQUESTED,
                        GroupMembershipStatus.DECLINED))) {
            if (gm.wasOnRosterOn(day, zone) && seen.add(gm.getMember().getId())) {
                entries.add(new AttendanceEntry(gm.getMember().getId(), gm.getMember().getFullName(), false, null));
            }
        }
        return entries;
    }

    /**
     * The facilitator's correction: exactly these members attended (those on the roster at the time of the session,
     * or already recorded).
     */
    @PreAuthorize(Access.RUNS_GROUPS)
    public void correctAttendance(long sessionId, Collection<Long> attendedMemberIds) {
        GroupSession s = managedSession(sessionId);
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw new BusinessRuleException(Messages.t("groups.sessions.attendance.cancelled"));
        }
        if (s.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException(Messages.t("groups.sessions.attendance.not-begun"));
        }
        Set<Long> allowed = new HashSet<>();
        attendance(sessionId).forEach(e -> allowed.add(e.memberId()));
        Set<Long> wanted = new HashSet<>(attendedMemberIds);
        if (!allowed.containsAll(wanted)) {
            throw new BusinessRuleException(Messages.t("groups.sessions.attendance.not-on-roster"));
        }
        int attendedBefore = attendance.findBySession(sessionId).size();
        for (GroupAttendance a : attendance.findBySession(sessionId)) {
            if (!wanted.remove(a.getMember().getId())) {
                ceHours.undone(a);
                attendance.delete(a);
            }
        }
        for (Long memberId : wanted) {
            ceHours.attended(attendance.saveAndFlush(new GroupAttendance(s, members.getReferenceById(memberId),
                    null, AttendanceSource.FACILITATOR, access.actorName())));
        }
        auditLog.record("GROUP_ATTENDANCE_CORRECTED", "PeerGroup", s.getGroup().getId(),
                "Corrected the attendance of the session on " + clock.format(s.getStartsAt()), new Changes()
                        .track("attendees", attendedBefore, attendedMemberIds.size()));
    }

    /** The signed-in member's groups, their next sessions (no links) and their group-experience hours. */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional(readOnly = true)
    public MyGroups myGroups() {
        long me = access.currentMemberId();
        List<MyGroup> mine = new ArrayList<>();
        Set<Long> rosterGroups = new HashSet<>();
        for (GroupMembership gm : memberships.findByMember(me, EnumSet.of(GroupMembershipStatus.ACTIVE,
                GroupMembershipStatus.REQUESTED))) {
            mine.add(new MyGroup(gm.getGroup().getId(), gm.getGroup().getName(), gm.getStatus(),
                    views.schedule(gm.getGroup()), false));
            if (gm.getStatus() == GroupMembershipStatus.ACTIVE) {
                rosterGroups.add(gm.getGroup().getId());
            }
        }
        for (PeerGroup g : groups.findFacilitatedBy(me)) {
            mine.removeIf(m -> m.groupId() == g.getId());
            mine.add(new MyGroup(g.getId(), g.getName(), null, views.schedule(g), true));
        }
        Set<Long> facilitated = new HashSet<>();
        mine.stream().filter(MyGroup::manages).forEach(m -> facilitated.add(m.groupId()));
        Set<Long> all = new HashSet<>(rosterGroups);
        all.addAll(facilitated);
        Instant now = clock.instant();
        Member myRecord = members.findById(me).orElse(null);
        List<SessionView> next = all.isEmpty() ? List.of()
                : sessions.findForGroups(all, now, now.plus(Duration.ofDays(28))).stream()
                        .map(s -> views.session(s, facilitated.contains(s.getGroup().getId())
                                && access.manages(s.getGroup()), rosterGroups.contains(s.getGroup().getId()),
                                RosterService.linkWithheld(s.getGroup(), myRecord),
                                attendance.existsBySessionIdAndMemberId(s.getId(), me)))
                        .toList();
        List<GroupAttendance> attended = attendance.findAttendedBy(me);
        return new MyGroups(mine, next, hours(attended), attended.size());
    }

    /** A member's group-experience hours: the length of every session they attended that was not cancelled. */
    @PreAuthorize(Access.IS_BOARD_OR_ADMIN + " or " + Access.IS_MEMBER)
    @Transactional(readOnly = true)
    public double hoursFor(long memberId) {
        if (!access.managesAll() && !Long.valueOf(memberId).equals(access.currentMemberIdOrNull())) {
            throw new AccessDeniedException("Members see only their own hours.");
        }
        return hours(attendance.findAttendedBy(memberId));
    }

    private static double hours(List<GroupAttendance> attended) {
        long minutes = attended.stream().mapToLong(a -> a.getSession().length().toMinutes()).sum();
        return minutes / 60.0;
    }

    /** Everyone a group's news goes to: the active roster and the facilitators. */
    List<Member> recipients(PeerGroup g) {
        return recipients(g, false);
    }

    /**
     * Everyone a session's meeting link goes to: the facilitators, and the active roster but for members whose
     * membership is not current in a members-only group ({@link RosterService#linkWithheld}).
     */
    List<Member> linkRecipients(PeerGroup g) {
        return recipients(g, true);
    }

    private List<Member> recipients(PeerGroup g, boolean linkOnly) {
        List<Member> to = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (GroupMembership gm : memberships.findRoster(g.getId(), EnumSet.of(GroupMembershipStatus.ACTIVE))) {
            if (linkOnly && RosterService.linkWithheld(g, gm.getMember())) {
                continue;
            }
            if (seen.add(gm.getMember().getId())) {
                to.add(gm.getMember());
            }
        }
        for (Member f : groups.findWithFacilitators(g.getId()).orElseThrow().getFacilitators()) {
            if (seen.add(f.getId())) {
                to.add(f);
            }
        }
        return to;
    }

    private PeerGroup managed(long groupId) {
        PeerGroup g = groups.findWithFacilitators(groupId).orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.group")));
        access.checkManages(g);
        return g;
    }

    private GroupSession managedSession(long sessionId) {
        GroupSession s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.session")));
        managed(s.getGroup().getId());
        return s;
    }

    /** A single field's error, as a form shows it. */
    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** A meeting link as the audit log shows it: its host only (the address itself is the roster's secret). */
    private static String linkHost(String link) {
        if (link == null) {
            return null;
        }
        try {
            return java.net.URI.create(link).getHost();
        } catch (IllegalArgumentException e) {
            return "(a link)";
        }
    }
}
