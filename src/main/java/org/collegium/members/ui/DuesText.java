package org.collegium.members.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.service.MemberRecords.TermView;

/** How a term's dues read on the board's member page and on My membership: the same words in both. */
final class DuesText {

    private DuesText() {
    }

    /** The term's payment column: free, paid, owed by a day, or overdue. */
    static String of(TermView t, SocietyClock clock) {
        if (t.dues().signum() == 0) {
            return "Free";
        }
        String dues = money(t.dues());
        if (t.settledOn() != null) {
            return dues + ", settled " + clock.formatShortDate(t.settledOn());
        }
        if (t.payBy() == null) {
            return dues; // recorded before dues were tracked
        }
        return dues + (clock.today().isAfter(t.payBy()) ? ", overdue since " + clock.formatShortDate(t.payBy())
                : ", owed: pay by " + clock.formatShortDate(t.payBy()));
    }

    /** One sentence about what is owed in all, or null when nothing is. */
    static String owedSummary(List<TermView> terms, SocietyClock clock, String who) {
        List<TermView> owed = terms.stream().filter(TermView::owed).toList();
        if (owed.isEmpty()) {
            return null;
        }
        BigDecimal total = owed.stream().map(TermView::dues).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate first = owed.stream().map(TermView::payBy).min(LocalDate::compareTo).orElseThrow();
        boolean overdue = clock.today().isAfter(first);
        return who + " " + money(total) + " in dues (" + owed.size() + (owed.size() == 1 ? " term" : " terms")
                + (overdue ? "), overdue since " + clock.formatShortDate(first)
                        + ": an unpaid term does not count towards membership."
                        : "), to be paid by " + clock.formatShortDate(first) + ".");
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }
}
