package org.collegium.groups.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.domain.Access;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.calendar.CalendarEntry;
import org.collegium.calendar.service.IcsWriter;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.domain.SessionStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's sessions as an iCalendar file (.ics), never with the meeting link: calendars are copied, shared and
 * synced to other services. Cancelled weeks stay in as CANCELLED so that a subscribed calendar removes them.
 */
@Service
@Transactional(readOnly = true)
public class GroupCalendar {

    /** What a calendar says instead of the link, which it never carries (in the reader's language). */
    static String linkNote(Locale locale) {
        return Messages.in(locale, "groups.calendar.link-note");
    }

    /** A calendar file: name and bytes. */
    public record CalendarFile(String fileName, byte[] content) {
    }

    private final PeerGroupRepository groups;
    private final GroupSessionRepository sessions;
    private final SocietyClock clock;
    private final GroupProperties properties;

    public GroupCalendar(PeerGroupRepository groups, GroupSessionRepository sessions, SocietyClock clock,
            GroupProperties properties) {
        this.groups = groups;
        this.sessions = sessions;
        this.clock = clock;
        this.properties = properties;
    }

    @PreAuthorize(Access.USES_GROUPS)
    public CalendarFile forGroup(long groupId) {
        PeerGroup g = groups.findById(groupId)
                .orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.group")));
        Locale locale = Messages.current(); // the language of the person downloading it
        Instant now = clock.instant();
        List<GroupSession> list = sessions.findForGroup(groupId, now.minus(Duration.ofDays(28)),
                now.plus(Duration.ofDays(7L * (properties.weeksAhead() + 1))));
        String about = (g.getDescription() == null ? "" : g.getDescription() + "\n\n") + linkNote(locale);
        List<CalendarEntry> entries = list.stream().map(s -> entry(s, about, locale)).toList();
        return new CalendarFile(g.getName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".ics",
                IcsWriter.write(g.getName(), entries).getBytes(StandardCharsets.UTF_8));
    }

    /** Where a group meets, as a calendar's location: e.g. "Online · Zoom". */
    static String where(PeerGroup g, Locale locale) {
        return g.getFormat().label(locale) + (g.getLocation() == null ? "" : " · " + g.getLocation());
    }

    /** One session as a calendar entry, never with its link; the uid stays the same in every calendar. */
    static CalendarEntry entry(GroupSession s, String description, Locale locale) {
        return new CalendarEntry("group-session-" + s.getId() + "@collegium", s.getGroup().getName(), description,
                s.getStartsAt(), s.getEndsAt(), where(s.getGroup(), locale), null,
                s.getStatus() == SessionStatus.CANCELLED);
    }
}
