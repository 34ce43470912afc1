package org.collegium.members.service;

import java.time.LocalDate;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Formats;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTerm;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reminder per term whose dues are owed: a week before its pay-by day (or as soon as a run sees it, up to two
 * weeks late). Claimed in the database in the same transaction as the email, as the renewal reminders are, so it
 * goes out once even when two instances or two runs try.
 */
@Service
public class DuesReminders {

    static final int DAYS_BEFORE = 7;
    /** A missed run is caught up for this many days after the pay-by day. */
    static final int CATCH_UP_DAYS = 14;

    private final MemberRepository members;
    private final MailOutbox mail;
    private final SocietySettingsService settings;
    private final TransactionTemplate transactions;
    private final SocietyClock clock;
    private final RecipientLanguage recipientLanguage;

    public DuesReminders(MemberRepository members, MailOutbox mail, SocietySettingsService settings,
            TransactionTemplate transactions, SocietyClock clock, RecipientLanguage recipientLanguage) {
        this.recipientLanguage = recipientLanguage;
        this.members = members;
        this.mail = mail;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues the reminders due today; returns how many. */
    @OpenAccess(reason = "scheduled job")
    public int sendDue() {
        LocalDate today = clock.today();
        int sent = 0;
        for (Long id : members.findTermIdsToRemindOfDues(today.minusDays(CATCH_UP_DAYS), today.plusDays(DAYS_BEFORE))) {
            Integer one = transactions.execute(tx -> send(id));
            sent += one == null ? 0 : one;
        }
        return sent;
    }

    private int send(long termId) {
        MembershipTerm term = members.findTermForReminder(termId).orElse(null);
        if (term == null || !term.isPending() || term.getMember().getClosedStatus() != null
                || members.claimDuesReminder(termId, clock.instant()) == 0) {
            return 0;
        }
        String society = settings.current().societyName();
        String email = term.getMember().getEmail();
        Locale language = recipientLanguage.of(email);
        String payBy = SocietyClock.longDate(term.getPayBy(), language);
        mail.enqueue(email, Messages.in(language, "membership.email.dues.subject", society, payBy),
                Messages.in(language, "membership.email.dues.body", term.getMember().getFirstName(),
                        Formats.money(term.getDuesCharged(), language), term.getType().getName(),
                        SocietyClock.longDate(term.getStartDate(), language),
                        SocietyClock.longDate(term.getEndDate(), language), payBy,
                        Messages.in(language, "membership.menu.my-membership")));
        return 1;
    }
}
