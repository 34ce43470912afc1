package org.collegium.groups.service;

import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.members.domain.Member;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each week's invitation: {@link GroupProperties#invitationLead()} before a session that has its meeting link, the
 * link goes by email to the active roster and the facilitators. The session is claimed in the database in the
 * same transaction as the emails, so the invitation goes out once even when two instances (or two runs) try.
 */
@Service
public class GroupInvitations {

    private final GroupSessionRepository sessions;
    private final SessionService sessionService;
    private final MailOutbox mail;
    private final SocietyClock clock;
    private final GroupProperties properties;
    private final TransactionTemplate transactions;
    private final GroupViews views;

    public GroupInvitations(GroupSessionRepository sessions, SessionService sessionService, MailOutbox mail,
            SocietyClock clock, GroupProperties properties, TransactionTemplate transactions, GroupViews views) {
        this.sessions = sessions;
        this.sessionService = sessionService;
        this.mail = mail;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
        this.views = views;
    }

    /** Sends the invitations that are due; returns how many sessions were announced. */
    @OpenAccess(reason = "scheduled job")
    public int sendDue() {
        int sent = 0;
        for (Long id : sessions.findInvitationsDue(clock.instant(), clock.instant().plus(properties.invitationLead()))) {
            Integer one = transactions.execute(tx -> send(id));
            sent += one == null ? 0 : one;
        }
        return sent;
    }

    private int send(long sessionId) {
        if (sessions.claimInvitation(sessionId, clock.instant()) == 0) {
            return 0;
        }
        GroupSession s = sessions.findById(sessionId).orElseThrow();
        for (Member m : sessionService.linkRecipients(s.getGroup())) {
            invite(s, m);
        }
        return 1;
    }

    /**
     * A member who joins the roster after this week's invitation went out gets it too, for each announced session
     * that has not ended (in the caller's transaction). A members-only group sends none until they are current.
     */
    void inviteLateJoiner(PeerGroup g, Member m) {
        if (RosterService.linkWithheld(g, m)) {
            return;
        }
        for (GroupSession s : sessions.findAnnouncedNotEnded(g.getId(), clock.instant())) {
            invite(s, m);
        }
    }

    private void invite(GroupSession s, Member m) {
        PeerGroup g = s.getGroup();
        String when = SocietyClock.format(s.getStartsAt(), g.getZone()); // the group's own wall-clock time
        mail.enqueue(m.getEmail(), g.getName() + ": this week's invitation, " + when,
                """
                Dear %s,

                %s meets on %s. This week's meeting link:

                %s

                The link is for you alone; please do not pass it on. We start on time, and the meeting is \
                closed to new attendees at %s (%d minutes after the start). Joining through the group's page \
                in the members' portal records your attendance for your group-experience hours.
                """.formatted(m.getFirstName(), g.getName(), when, s.getMeetingLink(),
                        views.time(LateJoinLock.locksAt(s.getStartsAt(), g.getLockMinutes()), g),
                        g.getLockMinutes()));
    }
}
