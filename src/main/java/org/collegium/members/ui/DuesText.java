package org.collegium.members.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.service.MemberRecords.TermView;

/**
 * How a term's dues read on the board's member page and on My membership: the same words in both, in the reader's
 * language.
 */
final class DuesText {

    private DuesText() {
    }

    /** The term's payment column: free, paid, owed by a day, or overdue. */
    static String of(TermView t, SocietyClock clock) {
        if (t.dues().signum() == 0) {
            return Messages.t("membership.dues.free");
        }
        String dues = Formats.money(t.dues());
        if (t.settledOn() != null) {
            return Messages.t("membership.dues.settled", dues, clock.formatShortDate(t.settledOn()));
        }
        if (t.payBy() == null) {
            return dues; // recorded before dues were tracked
        }
        return Messages.t(clock.today().isAfter(t.payBy()) ? "membership.dues.overdue" : "membership.dues.pay-by",
                dues, clock.formatShortDate(t.payBy()));
    }

    /**
     * One sentence about what is owed in all, or null when nothing is. {@code who} begins it: "You owe" on My
     * membership, "Owes" on the board's member page (already in the reader's language).
     */
    static String owedSummary(List<TermView> terms, SocietyClock clock, String who) {
        List<TermView> owed = terms.stream().filter(TermView::owed).toList();
        if (owed.isEmpty()) {
            return null;
        }
        BigDecimal total = owed.stream().map(TermView::dues).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate first = owed.stream().map(TermView::payBy).min(LocalDate::compareTo).orElseThrow();
        boolean overdue = clock.today().isAfter(first);
        return Messages.t(overdue ? "membership.dues.owed.overdue" : "membership.dues.owed.pay-by", who,
                Formats.money(total), owed.size(), clock.formatShortDate(first));
    }
}
