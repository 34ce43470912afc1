package org.collegium.members.service;

import org.collegium.base.service.OpenAccess;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.ReminderKind;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewal reminders by email: 30 and 7 days before a term ends, and once the membership has lapsed. Each is
 * claimed in the database before it is queued, in one transaction with the email, so it goes out exactly once
 * even when two instances (or two runs) try.
 */
@Service
public class RenewalReminders {

    /** A lapse is reminded if its grace ended within this many days (a missed run is caught up). */
    static final int LAPSE_CATCH_UP_DAYS = 14;
    /** Grace periods are at most this long (MembershipTypeService allows 0-365). */
    private static final int MAX_GRACE_DAYS = 365;

    private final MemberRepository members;
    private final MailOutbox mail;
    private final SocietySettingsService settings;
    private final TransactionTemplate transactions;
    private final SocietyClock clock;
    private final RecipientLanguage recipientLanguage;

    public RenewalReminders(MemberRepository members, MailOutbox mail, SocietySettingsService settings,
            TransactionTemplate transactions, SocietyClock clock, RecipientLanguage recipientLanguage) {
        this.recipientLanguage = recipientLanguage;
        this.members = members;
        this.mail = mail;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due today; returns how many reminders were queued. */
    @OpenAccess(reason = "scheduled job")
    public int sendDue() {
        LocalDate today = clock.today();
        int sent = 0;
        for (ReminderKind kind : List.of(ReminderKind.DAYS_30, ReminderKind.DAYS_7)) {
            for (Long id : members.findIdsWithTermEndingOn(today.plusDays(kind.daysBefore()))) {
                sent += send(id, kind);
            }
        }
        for (Long id : members.findLapsedIdsWithTermEndBetween(
                today.minusDays(MAX_GRACE_DAYS + LAPSE_CATCH_UP_DAYS), today)) {
            sent += send(id, ReminderKind.LAPSED);
        }
        return sent;
    }

    private int send(long memberId, ReminderKind kind) {
        Integer queued = transactions.execute(tx -> {
            Member m = members.findWithTerms(memberId).orElse(null);
            if (m == null || m.getCurrentTermEnd() == null || (kind == ReminderKind.LAPSED && !lapsedRecently(m))) {
                return 0;
            }
            if (members.claimReminder(memberId, m.getCurrentTermEnd(), kind.name(), clock.instant()) == 0) {
                return 0;
            }
            String society = settings.current().societyName();
            Locale language = recipientLanguage.of(m.getEmail());
            String membership = m.getMembershipType() == null
                    ? Messages.in(language, "membership.email.reminder.membership")
                    : Messages.in(language, "membership.email.reminder.membership-of", m.getMembershipType().getName());
            String ends = SocietyClock.longDate(m.getCurrentTermEnd(), language);
            String menu = Messages.in(language, "membership.menu.my-membership");
            if (kind == ReminderKind.LAPSED) {
                mail.enqueue(m.getEmail(), Messages.in(language, "membership.email.lapsed.subject", society),
                        Messages.in(language, "membership.email.lapsed.body", m.getFirstName(), membership, ends,
                                menu));
            } else {
                mail.enqueue(m.getEmail(), Messages.in(language, "membership.email.ending.subject", society,
                        kind.daysBefore()), Messages.in(language, "membership.email.ending.body", m.getFirstName(),
                                membership, ends, menu));
            }
            return 1;
        });
        return queued == null ? 0 : queued;
    }

    private boolean lapsedRecently(Member m) {
        LocalDate lastGraceDay = m.periods().stream().map(p -> p.lastGraceDay())
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        LocalDate today = clock.today();
        return lastGraceDay.isBefore(today) && !lastGraceDay.isBefore(today.minusDays(LAPSE_CATCH_UP_DAYS));
    }
}
