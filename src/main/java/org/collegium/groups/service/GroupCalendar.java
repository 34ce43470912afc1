package org.collegium.groups.service;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.domain.SessionStatus;
import org.collegium.groups.service.GroupRecords.MemberSession;
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

    @PreAuthorize("hasAnyRole('MEMBER','FACILITATOR','BOARD','ADMIN')")
    public CalendarFile forGroup(long groupId) {
        PeerGroup g = groups.findById(groupId).orElseThrow(() -> new NotFoundException("The group"));
        Instant now = clock.instant();
        List<GroupSession> list = sessions.findForGroup(groupId, now.minus(Duration.ofDays(28)),
                now.plus(Duration.ofDays(7L * (properties.weeksAhead() + 1))));
        ICalendar cal = new ICalendar();
        cal.setProductId("-//Collegium//Peer groups//EN");
        cal.setName(g.getName());
        for (GroupSession s : list) {
            VEvent e = event(s.getId(), g.getName(), s.getStartsAt(), s.getEndsAt(),
                    s.getStatus() == SessionStatus.CANCELLED, g.getFormat().label()
                            + (g.getLocation() == null ? "" : " · " + g.getLocation()));
            e.setDescription(g.getDescription() == null ? null : g.getDescription()
                    + "\n\nThe meeting link comes by email before each session and is on the group's page.");
            cal.addEvent(e);
        }
        return new CalendarFile(g.getName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".ics",
                Biweekly.write(cal).go().getBytes(StandardCharsets.UTF_8));
    }

    /** One session as a calendar event (also what a member's personal feed adds for each {@link MemberSession}). */
    public static VEvent event(MemberSession s) {
        return event(s.sessionId(), s.groupName(), s.startsAt(), s.endsAt(), s.status() == SessionStatus.CANCELLED,
                s.location());
    }

    private static VEvent event(long sessionId, String title, Instant start, Instant end, boolean cancelled,
            String location) {
        VEvent e = new VEvent();
        e.setUid("group-session-" + sessionId + "@collegium");
        e.setSummary(title);
        e.setDateStart(Date.from(start));
        e.setDateEnd(Date.from(end));
        e.setLocation(location);
        e.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        return e;
    }
}
