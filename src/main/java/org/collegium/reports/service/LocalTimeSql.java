package org.collegium.reports.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored UTC DATETIME column into the society's local time in SQL, for the reports that bucket instants
 * by day or month. MariaDB's CONVERT_TZ with a named zone needs the server's time-zone tables, which the embedded
 * MariaDB (and many servers) lack; so the offsets come from Java's zone rules instead: the offset in force at the
 * start of the query's range, then one more at each transition (daylight saving) inside it:
 * <pre>col + interval (case when col &lt; :tz_t0 then :tz_o0 ... else :tz_oN end) second</pre>
 * Transitions and offsets are bound as parameters (tz_t0.., tz_o0..), so no text reaches the SQL but the column
 * name, which is the caller's own constant. Instants outside the range take the offset of its nearer end, so the
 * query must filter on the same range.
 */
public final class LocalTimeSql {

    private final List<LocalDateTime> transitions;
    private final List<Integer> offsets;
    private final boolean onQuarterHours;

    /** start, end: the range of stored instants (UTC) the query reads, end excluded. */
    public LocalTimeSql(ZoneId zone, LocalDateTime start, LocalDateTime end) {
        ZoneRules rules = zone.getRules();
        Instant from = start.toInstant(ZoneOffset.UTC);
        Instant to = end.toInstant(ZoneOffset.UTC);
        List<LocalDateTime> ts = new ArrayList<>();
        List<Integer> os = new ArrayList<>();
        os.add(rules.getOffset(from).getTotalSeconds());
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            ts.add(LocalDateTime.ofInstant(t.getInstant(), ZoneOffset.UTC));
            os.add(t.getOffsetAfter().getTotalSeconds());
        }
        this.transitions = List.copyOf(ts);
        this.offsets = List.copyOf(os);
        this.onQuarterHours = onQuarterHour(start) && onQuarterHour(end)
                && transitions.stream().allMatch(LocalTimeSql::onQuarterHour)
                && offsets.stream().allMatch(o -> o % (15 * 60) == 0);
    }

    /**
     * Whether the range's ends, its transitions and its offsets all fall on quarter hours of UTC (true of every
     * zone in use today): then an instant and the start of its quarter hour have the same local day, and a summary
     * kept by quarter hour (V151) gives the same days as the instants themselves.
     */
    public boolean onQuarterHours() {
        return onQuarterHours;
    }

    private static boolean onQuarterHour(LocalDateTime t) {
        return t.getMinute() % 15 == 0 && t.getSecond() == 0 && t.getNano() == 0;
    }

    /** The UTC instants (as stored) where the offset changes inside the range, in order. */
    List<LocalDateTime> transitions() {
        return transitions;
    }

    /** The offsets in seconds: before the first transition, then after each. */
    List<Integer> offsets() {
        return offsets;
    }

    /** Binds the transitions and offsets; the same for every column, so binding twice is harmless. */
    public void bind(Map<String, Object> params) {
        for (int i = 0; i < transitions.size(); i++) {
            params.put("tz_t" + i, transitions.get(i));
        }
        for (int i = 0; i < offsets.size(); i++) {
            params.put("tz_o" + i, offsets.get(i));
        }
    }

    /** The column's local date and time (DATETIME); column is a constant of the caller, never user text. */
    public String local(String column) {
        StringBuilder offset = new StringBuilder();
        if (transitions.isEmpty()) {
            offset.append(":tz_o0");
        } else {
            offset.append("case");
            for (int i = 0; i < transitions.size(); i++) {
                offset.append(" when ").append(column).append(" < :tz_t").append(i).append(" then :tz_o").append(i);
            }
            offset.append(" else :tz_o").append(transitions.size()).append(" end");
        }
        return "(" + column + " + interval (" + offset + ") second)";
    }

    /** The column's local day (DATE). */
    public String date(String column) {
        return "cast(" + local(column) + " as date)";
    }

    /** The column's local month, 'YYYY-MM'. Holds % signs: an argument of String.formatted, never its template. */
    public String month(String column) {
        return "date_format(" + local(column) + ", '%Y-%m')";
    }
}
