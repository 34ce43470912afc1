package org.collegium.groups.service;

import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.RecipientLanguage;
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
    private final RecipientLanguage languages;

    public GroupInvitations(GroupSessionRepository sessions, SessionService sessionService, MailOutbox mail,
            SocietyClock clock, GroupProperties properties, TransactionTemplate transactions,
            RecipientLanguage languages) {
        this.languages = languages;
        this.sessions = sessions;
        this.sessionService = sessionService;
        this.mail = mail;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
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

    /** In the recipient's language, at the group's own wall-clock time (the zone its members meet in). */
    private void invite(GroupSession s, Member m) {
        PeerGroup g = s.getGroup();
        Locale to = languages.of(m.getEmail());
        String when = SocietyClock.format(s.getStartsAt(), g.getZone(), to);
        mail.enqueue(m.getEmail(), Messages.in(to, "groups.mail.invitation.subject", g.getName(), when),
                Messages.in(to, "groups.mail.invitation.body", m.getFirstName(), g.getName(), when,
                        s.getMeetingLink(),
                        GroupViews.placeTime(LateJoinLock.locksAt(s.getStartsAt(), g.getLockMinutes()), g, to),
                        g.getLockMinutes()));
    }
}
