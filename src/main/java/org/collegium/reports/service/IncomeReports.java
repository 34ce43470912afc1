package org.collegium.reports.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Income from recorded payments, summed in the database by month, by source and by category, over every
 * {@link IncomeSource} (today: dues). Amounts are what was received, on the day it was received.
 */
@Service
public class IncomeReports {

    public enum Breakdown {
        MONTH, CATEGORY, MONTH_AND_CATEGORY;

        /** "Month", "Type or event", in the viewer's language. */
        public String label() {
            return Messages.t("reports.income.by." + name());
        }
    }

    public record IncomeFilter(Months months, Long affiliateId, Breakdown by) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportScope scope;
    private final List<IncomeSource> sources;
    private final SocietyClock clock;

    public IncomeReports(NamedParameterJdbcTemplate jdbc, ReportScope scope, List<IncomeSource> sources,
            SocietyClock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportResult income(IncomeFilter filter) {
        FieldErrors errors = new FieldErrors();
        filter.months().check(errors);
        errors.throwIfAny();
        Breakdown by = filter.by() == null ? Breakdown.MONTH : filter.by();
        Months months = filter.months();
        Map<String, Object> params = new HashMap<>();
        String dims = switch (by) {
            case MONTH -> "month, source";
            case CATEGORY -> "source, category";
            case MONTH_AND_CATEGORY -> "month, source, category";
        };
        List<List<Object>> rows = jdbc.query("select " + dims + ", sum(payments), sum(amount) from ("
                + payments(months.from().atDay(1), months.to().atEndOfMonth(), filter.affiliateId(), params)
                + ") i group by " + dims + " order by " + dims, params, (rs, i) -> {
                    List<Object> row = new ArrayList<>();
                    int n = rs.getMetaData().getColumnCount();
                    for (int c = 1; c <= n - 2; c++) {
                        row.add(words(rs.getString(c)));
                    }
                    row.add(rs.getLong(n - 1));
                    row.add(rs.getBigDecimal(n));
                    return row;
                });
        List<ReportColumn> columns = new ArrayList<>();
        if (by != Breakdown.CATEGORY) {
            columns.add(ReportColumn.text("Month"));
        }
        columns.add(ReportColumn.text("Source"));
        if (by != Breakdown.MONTH) {
            columns.add(ReportColumn.text("Type or event"));
        }
        columns.add(ReportColumn.count("Payments"));
        columns.add(ReportColumn.money("Amount"));
        ReportTable table = new ReportTable(columns, rows);
        return switch (by) {
            case MONTH -> new ReportResult(table, byMonthChart(months, rows));
            case CATEGORY -> new ReportResult(table, new ChartSpec(ChartSpec.Kind.BAR,
                    Messages.t("reports.income.chart.by-category", Months.key(months.from()), Months.key(months.to())),
                    Breakdown.CATEGORY.label(), Messages.t("reports.income.chart.amount"),
                    rows.stream().map(r -> r.get(0) + ": " + r.get(1)).toList(),
                    List.of(new ChartSpec.Series(Messages.t("reports.income.chart.series.amount"),
                            rows.stream().map(r -> (BigDecimal) r.get(3)).toList()))));
            case MONTH_AND_CATEGORY -> ReportResult.withoutChart(table);
        };
    }

    /** Income this month and this year to a day: the dashboards' two figures. */
    public record MonthAndYear(BigDecimal month, BigDecimal year) {
    }

    /**
     * Income from the first of {@code to}'s month and from {@code yearFrom} to {@code to} (both included): this
     * month's and the months before it summed apart, each from the sources' coarsest summaries
     * ({@link IncomeSource#amounts}), so a few thousand rows rather than every quarter hour of the year.
     */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public MonthAndYear monthAndYear(LocalDate yearFrom, LocalDate to) {
        LocalDate monthStart = to.withDayOfMonth(1);
        LocalDate monthFrom = yearFrom.isAfter(monthStart) ? yearFrom : monthStart;
        BigDecimal month = amount(monthFrom, to);
        BigDecimal before = yearFrom.isBefore(monthStart) ? amount(yearFrom, monthStart.minusDays(1)) : BigDecimal.ZERO;
        return new MonthAndYear(month, month.add(before));
    }

    /** Income received between two days (both included): the dashboards' figure. */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public BigDecimal total(LocalDate from, LocalDate to) {
        return amount(from, to);
    }

    /** Every source's amounts between two days (both included), within the caller's scope; 0 when none. */
    private BigDecimal amount(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return BigDecimal.ZERO;
        }
        Map<String, Object> params = new HashMap<>();
        LocalTimeSql local = bindRange(from, to, params, true);
        String union = sources.stream().map(s -> "(" + s.amounts(local) + ")")
                .collect(Collectors.joining(" union all "));
        BigDecimal total = jdbc.queryForObject("select sum(s.amount) from (" + union + ") s where 1 = 1"
                + ReportScope.where("s", scope.affiliate(null), params), params, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }

    /**
     * Binds a range of the society's calendar days: :from and :to for dated payments, :start and :end (UTC, as
     * stored) for instants, the local-time conversion the sources use for them and, for {@code levels}, the range
     * split into whole UTC months, days and edge quarter hours ({@link UtcLevels}, for {@link IncomeSource#amounts}).
     */
    private LocalTimeSql bindRange(LocalDate from, LocalDate to, Map<String, Object> params, boolean levels) {
        params.put("from", from);
        params.put("to", to);
        Days days = new Days(from, to);
        ZoneId zone = clock.zone();
        params.put("start", days.start(zone));
        params.put("end", days.end(zone));
        LocalTimeSql local = new LocalTimeSql(zone, days.start(zone), days.end(zone));
        local.bind(params);
        if (levels) {
            UtcLevels.of(days.start(zone), days.end(zone)).bind(params);
        }
        return local;
    }

    /**
     * Every source's payments in the range, within the caller's scope, with their month. The range is of the
     * society's calendar days: :from and :to for dated payments, :start and :end (UTC, as stored) for instants.
     */
    private String payments(LocalDate from, LocalDate to, Long affiliate, Map<String, Object> params) {
        LocalTimeSql local = bindRange(from, to, params, false);
        String union = sources.stream().map(s -> "(" + s.select(local) + ")")
                .collect(Collectors.joining(" union all "));
        return "select date_format(s.paid_on, '%Y-%m') as month, s.amount, s.payments, s.source, s.category from (" + union
                + ") s where 1 = 1" + ReportScope.where("s", scope.affiliate(affiliate), params);
    }

    /** Bars per month, one series per source, a month without income at 0. */
    private static ChartSpec byMonthChart(Months months, List<List<Object>> rows) {
        Map<String, Map<String, BigDecimal>> bySource = new LinkedHashMap<>();
        for (List<Object> r : rows) {
            bySource.computeIfAbsent((String) r.get(1), s -> new HashMap<>()).put((String) r.get(0),
                    (BigDecimal) r.get(3));
        }
        List<String> categories = months.each().stream().map(Months::key).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        bySource.forEach((source, amounts) -> series.add(new ChartSpec.Series(source,
                categories.stream().map(m -> amounts.getOrDefault(m, BigDecimal.ZERO)).toList())));
        if (series.isEmpty()) {
            series.add(new ChartSpec.Series(Messages.t("reports.income.chart.series.income"),
                    categories.stream().map(m -> BigDecimal.ZERO).toList()));
        }
        return new ChartSpec(ChartSpec.Kind.BAR, Messages.t("reports.income.chart.per-month",
                Months.key(months.from()), Months.key(months.to())), Messages.t("reports.chart.month"),
                Messages.t("reports.income.chart.amount"), categories, series);
    }

    /**
     * The sources' own words in the viewer's language: the sources name themselves and their uncategorised
     * payments in English inside their SQL ({@link DuesIncome}, {@link EventIncome}); a title or type name passes.
     */
    private static String words(String value) {
        String key = value == null ? null : SOURCE_WORDS.get(value);
        return key == null ? value : Messages.t(key);
    }

    private static final Map<String, String> SOURCE_WORDS = Map.of(
            DuesIncome.NAME, "reports.income.source.dues",
            EventIncome.NAME, "reports.income.source.events",
            DuesIncome.NO_TERM, "reports.income.no-term");
}
