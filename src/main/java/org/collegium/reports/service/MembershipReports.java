package org.collegium.reports.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipStatusRule;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership figures, each counted by one aggregate query in the database: how many members stood in each status,
 * type and affiliate on a chosen day, and how many joined, renewed and lapsed month by month.
 */
@Service
public class MembershipReports {

    public enum Breakdown {
        STATUS, TYPE, AFFILIATE, ALL;

        /** "Status", "Affiliate, type and status", in the viewer's language. */
        public String label() {
            return Messages.t("reports.membership.by." + name());
        }
    }

    /** The summary's question: on which day, for which affiliate (null: all), broken down by what. */
    public record SummaryFilter(LocalDate on, Long affiliateId, Breakdown by) {
    }

    /** The growth chart's question: which months, for which affiliate (null: all). */
    public record GrowthFilter(Months months, Long affiliateId) {
    }

    /**
     * Members on the books on :day by affiliate, type and status under {@link MembershipStatusRule}, from the sums
     * triggers keep of every member's status through time (V162): the changes of every month before the day's month
     * (:month, its first day), then those of that month's days up to the day. Affiliate and type 0 are none; the
     * affiliate is the member's affiliate now (moves between affiliates are not kept). Who is on the books: a member
     * recorded by then (in the society's zone), or one whose terms had begun by then (imported members are recorded
     * later than their history starts).
     */
    static final String COUNTS_ON = """
            select c.affiliate_id, c.membership_type_id as type_id, c.status as status_on, sum(c.members) as members
            from (select affiliate_id, membership_type_id, status, members from member_status_month
                  where month < :month
                  union all
                  select affiliate_id, membership_type_id, status, members from member_status_day
                  where day between :month and :day) c
            where 1 = 1%s
            group by 1, 2, 3
            having sum(c.members) <> 0""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportScope scope;
    private final SocietyClock clock;

    public MembershipReports(NamedParameterJdbcTemplate jdbc, ReportScope scope, SocietyClock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Members on a day by status, type, affiliate or all three, with a bar chart for a single breakdown. */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportResult summary(SummaryFilter filter) {
        FieldErrors errors = new FieldErrors();
        if (filter.on() == null) {
            errors.add("on", Messages.t("reports.membership.on.missing"));
        }
        errors.throwIfAny();
        Breakdown by = filter.by() == null ? Breakdown.STATUS : filter.by();
        Map<String, Object> params = new HashMap<>();
        params.put("day", filter.on());
        params.put("month", filter.on().withDayOfMonth(1));
        String counts = COUNTS_ON.formatted(ReportScope.where("c", scope.affiliate(filter.affiliateId()), params));
        String sql = """
                select %1$s, sum(x.members) as members
                from (%2$s) x
                left join affiliate a on a.id = x.affiliate_id
                left join membership_type t on t.id = x.type_id
                group by %1$s
                order by %1$s""".formatted(switch (by) {
                    case STATUS -> "x.status_on";
                    case TYPE -> "t.name";
                    case AFFILIATE -> "a.short_name";
                    case ALL -> "a.short_name, t.name, x.status_on";
                }, counts);
        String none = Messages.t("reports.membership.none");
        List<List<Object>> rows = jdbc.query(sql, params, (rs, i) -> {
            List<Object> row = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            for (int c = 1; c < columns; c++) {
                String value = rs.getString(c);
                boolean status = by == Breakdown.STATUS || (by == Breakdown.ALL && c == 3);
                row.add(status ? MembershipStatus.valueOf(value).label() : value == null ? none : value);
            }
            row.add(rs.getLong(columns));
            return row;
        });
        if (by == Breakdown.STATUS) {
            rows = everyStatus(rows);
        }
        List<ReportColumn> columns = new ArrayList<>();
        switch (by) {
            case STATUS -> columns.add(ReportColumn.text("Status"));
            case TYPE -> columns.add(ReportColumn.text("Type"));
            case AFFILIATE -> columns.add(ReportColumn.text("Affiliate"));
            case ALL -> columns.addAll(List.of(ReportColumn.text("Affiliate"), ReportColumn.text("Type"),
                    ReportColumn.text("Status")));
        }
        columns.add(ReportColumn.count("Members"));
        ReportTable table = new ReportTable(columns, rows);
        if (by == Breakdown.ALL) {
            return ReportResult.withoutChart(table);
        }
        String members = Messages.t("reports.membership.chart.members");
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR,
                Messages.t("reports.membership.chart.title", by.label().toLowerCase(Messages.current()),
                        clock.formatDate(filter.on())), by.label(),
                members, rows.stream().map(r -> (String) r.getFirst()).toList(),
                List.of(new ChartSpec.Series(members, rows.stream().map(r -> (Long) r.get(1)).toList())));
        return new ReportResult(table, chart);
    }

    /**
     * Members in each status today (the status kept on each member, recomputed nightly), within the scope: from
     * member_status_tally (V155, the members counted by affiliate and status by triggers in the same transaction
     * as every change), a few rows rather than every member.
     */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public Map<MembershipStatus, Long> countsNow() {
        Map<String, Object> params = new HashMap<>();
        Map<MembershipStatus, Long> counts = new java.util.EnumMap<>(MembershipStatus.class);
        Arrays.stream(MembershipStatus.values()).forEach(s -> counts.put(s, 0L));
        jdbc.query("select s.status, sum(s.members) from member_status_tally s where s.members <> 0"
                + ReportScope.where("s", scope.affiliate(null), params) + " group by s.status", params,
                rs -> { counts.put(MembershipStatus.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    /** All five statuses in their usual order, a status nobody was in counted as 0. */
    private static List<List<Object>> everyStatus(List<List<Object>> counted) {
        Map<Object, Object> byLabel = new HashMap<>();
        counted.forEach(r -> byLabel.put(r.get(0), r.get(1)));
        return Arrays.stream(MembershipStatus.values())
                .map(s -> List.<Object>of(s.label(), byLabel.getOrDefault(s.label(), 0L))).toList();
    }

    /**
     * Joins, renewals and lapses per month, with a line chart of the three.
     * <ul>
     * <li>a join is a member's first term beginning in the month;</li>
     * <li>a renewal is any later term beginning in the month;</li>
     * <li>a lapse is a day in the month (and not after today) on which {@link MembershipStatusRule} turns the member
     * LAPSED from another status: the day after the last term's last grace day with no later term begun, the day
     * after an unpaid term's pay-by day, or the day the board recorded a lapse of a running membership.</li>
     * </ul>
     */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportResult growth(GrowthFilter filter) {
        FieldErrors errors = new FieldErrors();
        filter.months().check(errors);
        errors.throwIfAny();
        Months months = filter.months();
        LocalDate today = clock.today();
        Map<String, Object> params = new HashMap<>();
        params.put("from", months.from().atDay(1));
        params.put("to", months.to().atEndOfMonth());
        LocalDate lastLapseDay = months.to().atEndOfMonth().isAfter(today) ? today : months.to().atEndOfMonth();
        params.put("lapseTo", lastLapseDay);

        Map<String, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m : months.each()) {
            byMonth.put(Months.key(m), new long[3]);
        }
        // joins, renewals and lapses summed by day as triggers keep them (V162), lapses only up to today
        jdbc.query("""
                select date_format(g.day, '%%Y-%%m'), sum(g.joins), sum(g.renewals),
                       sum(if(g.day <= :lapseTo, g.lapses, 0))
                from member_growth_day g
                where g.day between :from and :to%s
                group by 1""".formatted(ReportScope.where("g", scope.affiliate(filter.affiliateId()), params)),
                params, rs -> {
                    long[] counts = byMonth.get(rs.getString(1));
                    counts[0] = rs.getLong(2);
                    counts[1] = rs.getLong(3);
                    counts[2] = rs.getLong(4);
                });

        List<List<Object>> rows = new ArrayList<>();
        byMonth.forEach((month, c) -> rows.add(List.of(month, c[0], c[1], c[2])));
        ReportTable table = new ReportTable(List.of(ReportColumn.text("Month"), ReportColumn.count("Joins"),
                ReportColumn.count("Renewals"), ReportColumn.count("Lapses")), rows);
        List<String> categories = List.copyOf(byMonth.keySet());
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.LINE,
                Messages.t("reports.growth.chart.title", categories.getFirst(), categories.getLast()),
                Messages.t("reports.chart.month"), Messages.t("reports.membership.chart.members"), categories, List.of(
                        new ChartSpec.Series(Messages.t("reports.growth.chart.joins"),
                                byMonth.values().stream().map(c -> c[0]).toList()),
                        new ChartSpec.Series(Messages.t("reports.growth.chart.renewals"),
                                byMonth.values().stream().map(c -> c[1]).toList()),
                        new ChartSpec.Series(Messages.t("reports.growth.chart.lapses"),
                                byMonth.values().stream().map(c -> c[2]).toList())));
        return new ReportResult(table, chart);
    }
}
