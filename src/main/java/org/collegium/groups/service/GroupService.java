package org.collegium.groups.service;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collegium.members.service.MemberLookup;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.ZoneChoice;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.Text;
import org.collegium.groups.domain.GroupAttendanceRepository;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupMembership;
import org.collegium.groups.domain.GroupMembershipRepository;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.service.GroupRecords.GroupForm;
import org.collegium.groups.service.GroupRecords.GroupPage;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.members.domain.Member;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Peer groups: the list members choose from, a group's page, and the group's details for those who run it. */
@Service
@Transactional
public class GroupService {

    private final PeerGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupSessionRepository sessions;
    private final GroupAttendanceRepository attendance;
    private final MemberLookup members;
    private final GroupAccess access;
    private final GroupViews views;
    private final SessionGenerator generator;
    private final SocietyClock clock;
    private final AuditLog auditLog;

    public GroupService(PeerGroupRepository groups, GroupMembershipRepository memberships,
            GroupSessionRepository sessions, GroupAttendanceRepository attendance, MemberLookup members,
            GroupAccess access, GroupViews views, SessionGenerator generator, SocietyClock clock, AuditLog auditLog) {
        this.groups = groups;
        this.memberships = memberships;
        this.sessions = sessions;
        this.attendance = attendance;
        this.members = members;
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.generator = generator;
        this.auditLog = auditLog;
    }

    /**
     * One page of the groups list in name order, with seats left and whether the caller manages each group. The
     * page is read in two queries whatever its size: the ids with their roster counts, then those groups with
     * their facilitators. The page's sort is ignored: the list is always in name order.
     */
    @PreAuthorize(Access.USES_GROUPS)
    @Transactional(readOnly = true)
    public List<GroupSummary> list(Pageable page) {
        return list(null, page);
    }

    /**
     * The same, of the groups held in one language (as {@link #languages()} names it; null or blank: every group),
     * filtered in the database so that paging stays there.
     */
    @PreAuthorize(Access.USES_GROUPS)
    @Transactional(readOnly = true)
    public List<GroupSummary> list(String language, Pageable page) {
        Pageable unsorted = page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize())
                : Pageable.unpaged();
        Map<Long, Long> active = new LinkedHashMap<>();
        for (Object[] row : groups.findPageWithActiveCounts(language(language), unsorted)) {
            active.put((Long) row[0], (Long) row[1]);
        }
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, PeerGroup> byId = new HashMap<>();
        groups.findWithFacilitatorsByIdIn(active.keySet()).forEach(g -> byId.put(g.getId(), g));
        return active.entrySet().stream().filter(e -> byId.containsKey(e.getKey())).map(e -> {
            PeerGroup g = byId.get(e.getKey());
            return views.summary(g, e.getValue(), access.manages(g));
        }).toList();
    }

    /** How many groups the list has. */
    @PreAuthorize(Access.USES_GROUPS)
    @Transactional(readOnly = true)
    public long count() {
        return groups.count();
    }

    /** How many groups are held in the language (null or blank: every group). */
    @PreAuthorize(Access.USES_GROUPS)
    @Transactional(readOnly = true)
    public long count(String language) {
        return groups.countInLanguage(language(language));
    }

    /** The languages the society's groups are held in, as their pages name them, for the list's filter. */
    @PreAuthorize(Access.USES_GROUPS)
    @Transactional(readOnly = true)
    public List<String> languages() {
        return groups.findLanguages();
    }

    private static String language(String language) {
        return language == null || language.isBlank() ? null : language.strip();
    }

    @PreAuthorize(Access.USES_GROUPS)
    @Transactional(readOnly = true)
    public GroupPage page(long groupId) {
        PeerGroup g = load(groupId);
        Long me = access.currentMemberIdOrNull();
        GroupMembershipStatus myStatus = me == null ? null
                : memberships.findByGroupIdAndMemberId(groupId, me).map(GroupMembership::getStatus).orElse(null);
        boolean manages = access.manages(g);
        boolean onRoster = myStatus == GroupMembershipStatus.ACTIVE;
        boolean withheld = onRoster && RosterService.linkWithheld(g, members.findById(me).orElse(null));
        var upcoming = sessions.findForGroup(groupId, clock.instant(), clock.instant().plus(java.time.Duration
                .ofDays(7L * 9))).stream()
                .map(s -> views.session(s, manages, onRoster, withheld,
                        me != null && attendance.existsBySessionIdAndMemberId(s.getId(), me)))
                .toList();
        return new GroupPage(views.summary(g, memberships.countByGroupIdAndStatus(groupId,
                GroupMembershipStatus.ACTIVE), manages), g.getUnderstandings(), myStatus, manages, upcoming);
    }

    /** Whether the caller may manage this group (the view shows the management page only then). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean manages(long groupId) {
        return access.manages(load(groupId));
    }

    /** A blank form: the seed's understandings, 12 seats, a 10-minute lock, members only, online. */
    public static GroupForm blankForm(java.time.LocalDate startsOn) {
        return new GroupForm("", GroupKind.PEER_CONSULTATION, "", DayOfWeek.TUESDAY, LocalTime.of(19, 30), 60, 1,
                startsOn, GroupFormat.ONLINE, "", PeerGroup.DEFAULT_CAPACITY, true, PeerGroup.DEFAULT_LOCK_MINUTES,
                "English", GroupCost.FREE, "", "", PeerGroup.DEFAULT_UNDERSTANDINGS, GroupStatus.ACTIVE, "", null, 0);
    }

    @PreAuthorize(Access.RUNS_GROUPS)
    @Transactional(readOnly = true)
    public GroupForm form(long groupId) {
        PeerGroup g = load(groupId);
        access.checkManages(g);
        return new GroupForm(g.getName(), g.getKind(), g.getDescription(), g.getDayOfWeek(), g.getStartTime(),
                g.getDurationMinutes(), g.getIntervalWeeks(), g.getStartsOn(), g.getFormat(), g.getLocation(),
                g.getCapacity(), g.isMembersOnly(), g.getLockMinutes(), g.getLanguage(), g.getCost(), g.getCostNote(),
                g.getAccessibilityNotes(), g.getUnderstandings(), g.getStatus(),
                String.join(", ", g.getFacilitators().stream().map(Member::getEmail).sorted().toList()),
                g.getZone().getId(), g.getVersion());
    }

    @PreAuthorize(Access.IS_BOARD_OR_ADMIN)
    public long create(GroupForm form) {
        FieldErrors errors = GroupRules.check(form);
        if (form.name() != null && groups.existsByNameIgnoreCase(form.name().strip())) {
            errors.add("name", Messages.t("groups.rules.name-taken"));
        }
        Set<Member> facilitators = facilitators(form.facilitatorEmails(), errors);
        java.time.ZoneId zone = zone(form, errors);
        errors.throwIfAny();
        PeerGroup g = new PeerGroup(form.name().strip(), form.kind(), form.day(), form.start(),
                form.durationMinutes(), form.format(), form.startsOn());
        apply(g, form);
        g.setZone(zone);
        g.getFacilitators().addAll(facilitators);
        groups.saveAndFlush(g);
        generator.generate(g);
        auditLog.record("GROUP_CREATED", "PeerGroup", g.getId(), "Created the group " + g.getName(),
                new Changes().compare(null, form(g.getId())));
        return g.getId();
    }

    /** Facilitators edit their own group; only the board and administrators change who facilitates it. */
    @PreAuthorize(Access.RUNS_GROUPS)
    public void update(long groupId, GroupForm form) {
        PeerGroup g = load(groupId);
        access.checkManages(g);
        ConcurrentEditException.check(g.getVersion(), form.version(), Messages.t("groups.concurrent.group"));
        FieldErrors errors = GroupRules.check(form);
        if (form.name() != null && !form.name().strip().equalsIgnoreCase(g.getName())
                && groups.existsByNameIgnoreCase(form.name().strip())) {
            errors.add("name", Messages.t("groups.rules.name-taken"));
        }
        long onRoster = memberships.countByGroupIdAndStatus(groupId, GroupMembershipStatus.ACTIVE);
        if (form.capacity() != null && form.capacity() < onRoster) {
            errors.add("capacity", Messages.t("groups.rules.capacity-below-roster", onRoster));
        }
        Set<Member> facilitators = null;
        String current = String.join(", ", g.getFacilitators().stream().map(Member::getEmail).sorted().toList());
        if (form.facilitatorEmails() != null && !normalised(form.facilitatorEmails()).equals(normalised(current))) {
            if (!access.managesAll()) {
                throw new AccessDeniedException("Only the board chooses a group's facilitators.");
            }
            facilitators = facilitators(form.facilitatorEmails(), errors);
        }
        java.time.ZoneId zone = zone(form, errors);
        errors.throwIfAny();
        GroupForm before = form(groupId);
        boolean scheduleChanged = g.schedule(form.day(), form.start(), form.durationMinutes(), form.intervalWeeks(),
                form.startsOn()) | g.setZone(zone);
        apply(g, form);
        if (facilitators != null) {
            g.getFacilitators().clear();
            g.getFacilitators().addAll(facilitators);
        }
        groups.flush();
        if (scheduleChanged) {
            generator.regenerate(g);
        } else {
            generator.generate(g);
        }
        GroupForm after = form(groupId);
        auditLog.record("GROUP_UPDATED", "PeerGroup", g.getId(), "Updated the group " + g.getName(), new Changes()
                .track("name", before.name(), after.name()).track("day", before.day(), after.day())
                .track("start", before.start(), after.start()).track("timeZone", before.timeZone(), after.timeZone())
                .track("durationMinutes", before.durationMinutes(), after.durationMinutes())
                .track("intervalWeeks", before.intervalWeeks(), after.intervalWeeks())
                .track("capacity", before.capacity(), after.capacity())
                .track("membersOnly", before.membersOnly(), after.membersOnly())
                .track("lockMinutes", before.lockMinutes(), after.lockMinutes())
                .track("status", before.status(), after.status())
                .track("facilitators", before.facilitatorEmails(), after.facilitatorEmails())
                .track("understandings", before.understandings(), after.understandings()));
    }

    /** The group's zone: the one chosen, or the society's for a form that names none. */
    private java.time.ZoneId zone(GroupForm form, FieldErrors errors) {
        return ZoneChoice.parse(form.timeZone(), errors, "timeZone").orElseGet(clock::zone);
    }

    private void apply(PeerGroup g, GroupForm form) {
        g.schedule(form.day(), form.start(), form.durationMinutes(), form.intervalWeeks(), form.startsOn());
        g.describe(form.name().strip(), form.kind(), Text.clean(form.description()), form.format(),
                Text.clean(form.location()), form.language().strip(), form.cost(), Text.clean(form.costNote()),
                Text.clean(form.accessibilityNotes()), form.understandings().strip());
        g.setAccess(form.capacity(), form.membersOnly(), form.lockMinutes());
        g.setStatus(form.status());
    }

    private Set<Member> facilitators(String emails, FieldErrors errors) {
        Set<Member> found = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : emails == null ? new String[0] : emails.split("[,;\\s]+")) {
            if (raw.isBlank()) {
                continue;
            }
            members.findByEmail(EmailAddress.normalise(raw)).ifPresentOrElse(found::add, () -> unknown.add(raw));
        }
        if (!unknown.isEmpty()) {
            errors.add("facilitatorEmails", Messages.t("groups.rules.unknown-facilitators", String.join(", ", unknown)));
        } else if (found.isEmpty()) {
            errors.add("facilitatorEmails", Messages.t("groups.rules.no-facilitator"));
        }
        return found;
    }

    private static String normalised(String emails) {
        return String.join(",", java.util.Arrays.stream(emails.split("[,;\\s]+")).filter(e -> !e.isBlank())
                .map(EmailAddress::normalise).sorted().toList());
    }

    PeerGroup load(long groupId) {
        return groups.findWithFacilitators(groupId).orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.group")));
    }
}
