package org.collegium.reports.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuing-education hours issued, by the body's CE type and by month, quarter or year: what a CE approval body
 * asks a provider for. Counts every credit awarded in the range (on its award day) and not withdrawn: the number
 * of certificates, of distinct people, and the hours. An affiliate administrator sees the credits of the events
 * their affiliate hosts.
 */
@Service
public class CeReports {

    public enum Period {
        MONTH("Month", "date_format(c.awarded_on, '%Y-%m')", "M", 1),
        QUARTER("Quarter", "concat(year(c.awarded_on), '-Q', quarter(c.awarded_on))", "Q", 3),
        YEAR("Year", "cast(year(c.awarded_on) as char)", "Y", 12);

        /** The period's stable English name: the files' column header. */
        private final String header;
        private final String sql;
        /** Its kind in ce_issued_tally (V161), and how many months it has. */
        private final String kind;
        private final int months;

        Period(String header, String sql, String kind, int months) {
            this.header = header;
            this.sql = sql;
            this.kind = kind;
            this.months = months;
        }

        /** The month's period as the SQL above names it: "2026-03", "2026-Q1", "2026". */
        String key(YearMonth month) {
            return switch (this) {
                case MONTH -> Months.key(month);
                case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3);
                case YEAR -> Integer.toString(month.getYear());
            };
        }

        /** "Month", "Quarter", "Year", in the viewer's language. */
        public String label() {
            return Messages.t("reports.ce.per." + name());
        }
    }

    public record CeFilter(Months months, Period period, Long host) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportScope scope;

    public CeReports(NamedParameterJdbcTemplate jdbc, ReportScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportResult issued(CeFilter filter) {
        FieldErrors errors = new FieldErrors();
        filter.months().check(errors);
        errors.throwIfAny();
        Period period = filter.period() == null ? Period.QUARTER : filter.period();
        Map<String, Object> params = new HashMap<>();
        params.put("from", filter.months().from().atDay(1));
        params.put("to", filter.months().to().atEndOfMonth());
        Long host = scope.affiliate(filter.host());
        List<ReportColumn> columns = List.of(ReportColumn.text(period.header), ReportColumn.text("CE type"),
                ReportColumn.count("Certificates"), ReportColumn.count("People"),
                ReportColumn.decimal("Hours"));
        // the periods wholly inside the range come counted from ce_issued_tally (V161); a quarter or year only
        // partly inside it (at its ends) is counted from its credits in the range
        Map<String, List<YearMonth>> byPeriod = new LinkedHashMap<>();
        filter.months().each().forEach(m -> byPeriod.computeIfAbsent(period.key(m), k -> new ArrayList<>()).add(m));
        List<String> whole = new ArrayList<>();
        List<YearMonth> partial = new ArrayList<>();
        byPeriod.forEach((key, months) -> {
            if (months.size() == period.months) {
                whole.add(key);
            } else {
                partial.addAll(months);
            }
        });
        List<String> parts = new ArrayList<>();
        if (!whole.isEmpty()) {
            params.put("kind", period.kind);
            params.put("tallyHost", host == null ? 0L : host);
            params.put("periods", whole);
            // as text of the connection's collation, as the period worked out from the credits is
            parts.add("select cast(t.period as char) as period, case t.ce_type when 'OTHER' then 'Other' else t.ce_type end as type, "
                    + "t.certificates, t.people, t.hours from ce_issued_tally t where t.kind = :kind "
                    + "and t.host = :tallyHost and t.period in (:periods) and t.certificates <> 0");
        }
        if (!partial.isEmpty()) {
            // the partial months are the range's first and last few: at most two runs of months
            List<String> runs = new ArrayList<>();
            int run = 0;
            for (int i = 0; i < partial.size(); i++) {
                if (i == 0 || !partial.get(i - 1).plusMonths(1).equals(partial.get(i))) {
                    params.put("partFrom" + run, partial.get(i).atDay(1));
                    runs.add("c.awarded_on between :partFrom" + run + " and :partTo" + run);
                    run++;
                }
                params.put("partTo" + (run - 1), partial.get(i).atEndOfMonth());
            }
            String join = host == null ? "" : " join registration r on r.id = c.registration_id join event e on "
                    + "e.id = r.event_id" + ReportScope.where("e", host, params);
            parts.add("select " + period.sql + " as period, case c.ce_type when 'OTHER' "
                    + "then 'Other' else c.ce_type end as type, count(*), "
                    + "count(distinct coalesce(c.member_id, -c.registration_id)), sum(c.hours) from ce_credit c"
                    + join + " where (" + String.join(" or ", runs) + ") and not c.withdrawn group by period, type");
        }
        List<List<Object>> rows = jdbc.query("select * from (" + String.join(" union all ", parts)
                + ") x order by 1, 2", params, (rs, i) -> SqlRows.row(rs, columns));
        String other = Messages.t("reports.ce.type.other");
        rows.forEach(r -> {
            if ("Other".equals(r.get(1))) {
                r.set(1, other);
            }
        });
        ReportTable table = new ReportTable(columns, rows);
        return new ReportResult(table, chart(period, rows));
    }

    /** Hours per period, one series per CE type, a period without credits of a type at 0. */
    private static ChartSpec chart(Period period, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        TreeSet<String> periods = new TreeSet<>();
        Map<String, Map<String, BigDecimal>> byType = new LinkedHashMap<>();
        for (List<Object> r : rows) {
            periods.add((String) r.get(0));
            byType.computeIfAbsent((String) r.get(1), t -> new HashMap<>()).put((String) r.get(0),
                    (BigDecimal) r.get(4));
        }
        List<String> categories = List.copyOf(periods);
        return new ChartSpec(ChartSpec.Kind.BAR, Messages.t("reports.ce.chart.title",
                period.label().toLowerCase(Messages.current())), period.label(), Messages.t("reports.ce.chart.hours"),
                categories, byType.entrySet().stream()
                        .map(e -> new ChartSpec.Series(e.getKey(), categories.stream()
                                .map(p -> e.getValue().getOrDefault(p, BigDecimal.ZERO)).toList()))
                        .toList());
    }
}
