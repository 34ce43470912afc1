package org.collegium.groups.service;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberLookup;
import java.util.Set;
import org.collegium.base.service.SocietyClock;
import org.collegium.calendar.CalendarEntry;
import org.collegium.calendar.CalendarEntrySource;
import org.collegium.groups.domain.GroupMembershipRepository;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.domain.SessionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's group sessions in their personal calendar feed: the sessions of the groups they are on (active roster)
 * or facilitate, cancelled weeks marked cancelled. Never the meeting link: the feed is read with a token and no
 * sign-in, and calendars are copied, shared and synced elsewhere; the link stays behind the portal's late-join lock.
 */
@Component
@Transactional(readOnly = true)
class GroupCalendarEntries implements CalendarEntrySource {

    /** How far back the feed reaches: a season of past sessions is enough for a calendar's history. */
    static final Duration HISTORY = Duration.ofDays(7L * 26);

    private final GroupMembershipRepository memberships;
    private final PeerGroupRepository groups;
    private final GroupSessionRepository sessions;
    private final SocietyClock clock;
    private final MemberLookup members;
    private final RecipientLanguage languages;

    GroupCalendarEntries(GroupMembershipRepository memberships, PeerGroupRepository groups,
            GroupSessionRepository sessions, SocietyClock clock, MemberLookup members, RecipientLanguage languages) {
        this.members = members;
        this.languages = languages;
        this.memberships = memberships;
        this.groups = groups;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Runs with nobody signed in (the feed's token is the permission): only this member's own groups, in the feed
     * owner's language.
     */
    @Override
    public List<CalendarEntry> entriesFor(long memberId) {
        Set<Long> groupIds = new HashSet<>();
        memberships.findByMember(memberId, EnumSet.of(GroupMembershipStatus.ACTIVE))
                .forEach(gm -> groupIds.add(gm.getGroup().getId()));
        groups.findFacilitatedBy(memberId).forEach(g -> groupIds.add(g.getId()));
        if (groupIds.isEmpty()) {
            return List.of();
        }
        // sessions are generated only a few weeks ahead, so a year ahead is all of them
        Instant now = clock.instant();
        Locale locale = members.findById(memberId).map(Member::getEmail).map(languages::of)
                .orElseGet(Messages::current);
        return sessions.findForGroups(groupIds, now.minus(HISTORY), now.plus(Duration.ofDays(366))).stream()
                .map(s -> entry(s, locale)).toList();
    }

    private static CalendarEntry entry(GroupSession s, Locale locale) {
        boolean cancelled = s.getStatus() == SessionStatus.CANCELLED;
        return GroupCalendar.entry(s, cancelled && s.getCancelReason() != null
                ? Messages.in(locale, "groups.calendar.cancelled", s.getCancelReason())
                : GroupCalendar.linkNote(locale), locale);
    }
}
