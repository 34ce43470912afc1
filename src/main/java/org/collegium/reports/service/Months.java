package org.collegium.reports.service;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;

/** A range of whole months, as the monthly reports take it ("2026-01" to "2026-06", both included). */
public record Months(YearMonth from, YearMonth to) {

    /** The longest range a monthly report runs over: ten years, a chart still readable. */
    public static final int MAX_MONTHS = 120;

    static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    /** Refuses a missing, reversed or too long range, naming the fields. */
    public void check(FieldErrors errors) {
        if (from == null) {
            errors.add("from", Messages.t("reports.months.from.missing"));
        }
        if (to == null) {
            errors.add("to", Messages.t("reports.months.to.missing"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("to", Messages.t("reports.months.reversed"));
            } else if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
                errors.add("to", Messages.t("reports.months.too-many", MAX_MONTHS));
            }
        }
    }

    public List<YearMonth> each() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    static String key(YearMonth month) {
        return KEY.format(month);
    }
}
