package org.collegium.communications.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.InvalidInputException;
import org.collegium.communications.domain.SegmentType;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.credentials.service.ShortfallReport;
import org.collegium.credentials.service.ShortfallReport.ShortMember;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.service.RosterService;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberAccess;
import org.collegium.members.service.MemberLookup;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberSegments;
import org.collegium.members.service.MemberSegments.SegmentFilter;
import org.collegium.members.service.MemberSegments.SegmentMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A segment's members, read through the features that own them and within their scopes: the members list
 * ({@link MemberSegments}: an affiliate administrator only their affiliate's), an event's registrants
 * ({@link AttendanceService}: the events the caller manages), a group's roster ({@link RosterService}: the groups
 * the caller runs), the current members short of a requirement profile ({@link ShortfallReport}: an affiliate
 * administrator only their affiliate's; a keyset page a query, like the members list). Who may use which kind of
 * segment is checked first ({@link #check}). Called only inside the communications services, with the caller's (or
 * the author's) authentication.
 */
@Component
class Segments {

    private final MemberSegments members;
    private final MemberAccess memberAccess;
    private final AttendanceService attendance;
    private final RosterService rosters;
    private final MemberLookup lookup;
    private final ShortfallReport shortfall;
    private final CurrentActor actor;

    Segments(MemberSegments members, MemberAccess memberAccess, AttendanceService attendance, RosterService rosters,
            MemberLookup lookup, ShortfallReport shortfall, CurrentActor actor) {
        this.shortfall = shortfall;
        this.members = members;
        this.memberAccess = memberAccess;
        this.attendance = attendance;
        this.rosters = rosters;
        this.lookup = lookup;
        this.actor = actor;
    }

    /** Refuses a segment the caller may not write to, and an incomplete one. */
    void check(SegmentForm segment) {
        if (segment == null || segment.type() == null) {
            throw new InvalidInputException(java.util.Map.of("segment", Messages.t("communications.segment.required")));
        }
        boolean society = actor.hasAnyRole(Access.ADMIN, Access.BOARD);
        boolean affiliate = actor.hasAnyRole(Access.AFFILIATE_ADMIN);
        switch (segment.type()) {
            case MEMBERS -> {
                if (!society && !affiliate) {
                    throw new AccessDeniedException(Messages.t("communications.scope.members"));
                }
                Long scope = memberAccess.affiliateScope();
                if (scope != null && !scope.equals(segment.affiliateId())) {
                    throw new AccessDeniedException(Messages.t("communications.scope.other-affiliate"));
                }
            }
            case EVENT -> {
                if (segment.eventId() == null) {
                    throw new InvalidInputException(java.util.Map.of("event",
                            Messages.t("communications.segment.event-required")));
                }
                if (!society && !affiliate) {
                    throw new AccessDeniedException(Messages.t("communications.scope.events"));
                }
            }
            case GROUP -> {
                if (segment.groupId() == null) {
                    throw new InvalidInputException(java.util.Map.of("group",
                            Messages.t("communications.segment.group-required")));
                }
            }
            case CE_SHORTFALL -> {
                if (segment.profileId() == null) {
                    throw new InvalidInputException(java.util.Map.of("profile",
                            Messages.t("communications.segment.profile-required")));
                }
                if (!society && !affiliate) {
                    throw new AccessDeniedException(Messages.t("communications.scope.members"));
                }
                Long scope = memberAccess.affiliateScope();
                if (scope != null && !scope.equals(segment.affiliateId())) {
                    throw new AccessDeniedException(Messages.t("communications.scope.other-affiliate"));
                }
            }
        }
    }

    long count(SegmentForm segment) {
        check(segment);
        return switch (segment.type()) {
            case MEMBERS -> members.count(filter(segment));
            case CE_SHORTFALL -> shortfall.countShortOf(segment.profileId(), segment.affiliateId());
            default -> listed(segment).size();
        };
    }

    /** Up to {@code size} of the segment's members with an id above {@code after}, by id. */
    List<SegmentMember> page(SegmentForm segment, long after, int size) {
        check(segment);
        if (segment.type() == SegmentType.MEMBERS) {
            return members.page(filter(segment), after, size);
        }
        if (segment.type() == SegmentType.CE_SHORTFALL) {
            return shortfall.shortOf(segment.profileId(), segment.affiliateId(), after, size).stream()
                    .map(Segments::member).toList();
        }
        return listed(segment).stream().filter(m -> m.id() > after).limit(size).toList();
    }

    Optional<SegmentMember> find(SegmentForm segment, long member) {
        check(segment);
        if (segment.type() == SegmentType.MEMBERS) {
            return members.find(filter(segment), member);
        }
        if (segment.type() == SegmentType.CE_SHORTFALL) {
            return shortfall.findShortOf(segment.profileId(), segment.affiliateId(), member).map(Segments::member);
        }
        return listed(segment).stream().filter(m -> m.id() == member).findFirst();
    }

    private static SegmentMember member(ShortMember m) {
        return new SegmentMember(m.memberId(), m.email(), m.firstName(), m.lastName(), m.termEnds());
    }

    private static SegmentFilter filter(SegmentForm s) {
        return new SegmentFilter(new MemberFilter("", s.status(), s.typeId(), s.affiliateId()), s.discipline(),
                s.state());
    }

    /** An event's registrants or a group's roster: members only (a guest has no preferences to honour), by id. */
    private List<SegmentMember> listed(SegmentForm segment) {
        List<Member> found;
        if (segment.type() == SegmentType.EVENT) {
            RegistrationStatus wanted = segment.registration() == null ? RegistrationStatus.CONFIRMED
                    : segment.registration();
            found = attendance.roster(segment.eventId(), null, "").entries().stream()
                    .filter(e -> e.member() && e.status() == wanted)
                    .map(e -> lookup.findByEmail(e.email())).flatMap(Optional::stream).toList();
        } else {
            found = rosters.roster(segment.groupId()).stream()
                    .filter(e -> e.status() == GroupMembershipStatus.ACTIVE)
                    .map(e -> lookup.findById(e.memberId())).flatMap(Optional::stream).toList();
        }
        return found.stream().distinct()
                .map(m -> new SegmentMember(m.getId(), m.getEmail(), m.getFirstName(), m.getLastName(),
                        m.getCurrentTermEnd()))
                .sorted(Comparator.comparingLong(SegmentMember::id)).toList();
    }
}
