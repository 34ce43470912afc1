package org.collegium.reports.service;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A range of stored instants [start, end) (UTC) split for summaries kept per quarter hour, per UTC day and per UTC
 * month: the whole UTC months inside it [monthFrom, monthTo), the whole UTC days inside it outside those months
 * [dayFrom, monthFrom) and [monthTo, dayTo), and the rest at its edges [start, dayFrom) and [dayTo, end). Every
 * instant of the range lies in exactly one part; an empty part is an empty range (from = to).
 */
record UtcLevels(LocalDateTime start, LocalDateTime end, LocalDateTime dayFrom, LocalDateTime dayTo,
        LocalDateTime monthFrom, LocalDateTime monthTo) {

    static UtcLevels of(LocalDateTime start, LocalDateTime end) {
        LocalDateTime d1 = ceil(start, start.truncatedTo(ChronoUnit.DAYS), start.truncatedTo(ChronoUnit.DAYS)
                .plusDays(1));
        LocalDateTime d2 = end.truncatedTo(ChronoUnit.DAYS);
        if (!d1.isBefore(d2)) {
            return new UtcLevels(start, end, end, end, end, end);
        }
        LocalDateTime firstOfD1 = d1.withDayOfMonth(1);
        LocalDateTime m1 = ceil(d1, firstOfD1, firstOfD1.plusMonths(1));
        LocalDateTime m2 = d2.withDayOfMonth(1);
        if (!m1.isBefore(m2)) {
            return new UtcLevels(start, end, d1, d2, d2, d2);
        }
        return new UtcLevels(start, end, d1, d2, m1, m2);
    }

    private static LocalDateTime ceil(LocalDateTime t, LocalDateTime floor, LocalDateTime next) {
        return t.equals(floor) ? floor : next;
    }

    /** Binds :lv_start, :lv_day_from, :lv_month_from, :lv_month_to, :lv_day_to and :lv_end. */
    void bind(Map<String, Object> params) {
        params.put("lv_start", start);
        params.put("lv_day_from", dayFrom);
        params.put("lv_month_from", monthFrom.toLocalDate());
        params.put("lv_month_to", monthTo.toLocalDate());
        params.put("lv_day_to", dayTo);
        params.put("lv_end", end);
        params.put("lv_day_from_date", dayFrom.toLocalDate());
        params.put("lv_day_to_date", dayTo.toLocalDate());
    }
}
