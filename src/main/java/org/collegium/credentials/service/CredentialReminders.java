package org.collegium.credentials.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Formats;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.credentials.domain.MemberCredential;
import org.collegium.credentials.domain.MemberCredentialRepository;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberLookup;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds members who are short of a credential's requirement at set points before its cycle ends
 * (collegium.credentials.reminder-days). Each point is claimed in the database (credential, cycle end, point) in one
 * transaction with the email, so it goes out once per cycle and point even with two instances or a rerun; a run that
 * was missed sends the nearest point still ahead (a member short 20 days before the end gets the 30-day reminder,
 * once, not the 90-day one as well).
 */
@Service
public class CredentialReminders {

    private final MemberCredentialRepository credentials;
    private final MemberLookup members;
    private final MailOutbox mail;
    private final RecipientLanguage languages;
    private final SocietyClock clock;
    private final SocietySettingsService settings;
    private final CredentialProperties properties;
    private final TransactionTemplate transactions;

    CredentialReminders(MemberCredentialRepository credentials, MemberLookup members, MailOutbox mail,
            RecipientLanguage languages, SocietyClock clock, SocietySettingsService settings,
            CredentialProperties properties, TransactionTemplate transactions) {
        this.credentials = credentials;
        this.members = members;
        this.mail = mail;
        this.languages = languages;
        this.clock = clock;
        this.settings = settings;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Queues what is due today; returns how many reminders were queued. */
    @OpenAccess(reason = "scheduled job")
    public int sendDue() {
        List<Integer> points = properties.reminderDays();
        if (points.isEmpty()) {
            return 0;
        }
        LocalDate today = clock.today();
        List<MemberCredential> due = transactions.execute(tx -> credentials.findShortEndingBetween(today,
                today.plusDays(points.getLast())));
        int sent = 0;
        for (MemberCredential c : due == null ? List.<MemberCredential>of() : due) {
            long left = c.getCycle().daysLeft(today);
            int point = points.stream().filter(d -> d >= left).findFirst().orElse(-1);
            if (point >= 0) {
                sent += send(c.getId(), point);
            }
        }
        return sent;
    }

    private int send(long credentialId, int point) {
        Integer queued = transactions.execute(tx -> {
            MemberCredential c = credentials.findById(credentialId).orElse(null);
            Member m = c == null ? null : members.findById(c.getMemberId()).orElse(null);
            if (m == null || !c.isShort()
                    || credentials.claimReminder(c.getId(), c.getCycle().end(), point, clock.instant()) == 0) {
                return 0;
            }
            Locale language = languages.of(m.getEmail());
            String ends = SocietyClock.longDate(c.getCycle().end(), language);
            mail.enqueue(m.getEmail(), Messages.in(language, "credentials.email.short.subject",
                    c.getProfile().getName(), settings.current().societyName()),
                    Messages.in(language, "credentials.email.short.body", m.getFirstName(), c.getProfile().getName(),
                            Formats.decimal(c.getMissingHours(), 2), ends,
                            Formats.decimal(c.getCountedHours(), 2), Formats.decimal(c.getProfile().getTotalHours(), 2),
                            Messages.in(language, "credentials.menu.mine")));
            return 1;
        });
        return queued == null ? 0 : queued;
    }
}
