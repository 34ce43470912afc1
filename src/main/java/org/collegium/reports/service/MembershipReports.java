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
     * Of a member's terms begun by :day that count that day (owing nothing, settled by then, or pending and not past
     * their pay-by day: {@code TermPeriod.countsOn}), the one ending last, packed as its end date (10 characters), its grace days
     * (3) and its type. It alone decides the member's status that day under {@link MembershipStatusRule}: if any
     * term covers the day, this one does (it began by then and ends no earlier); if none does, every term begun
     * has ended, so this is the term that ended last. Read backwards from one member's few entries of an index
     * holding every column (V14, V60). A member's terms never end on the same day (a renewal starts the day after the
     * latest term ends); if two did, the later-starting one would decide here, the first recorded in the rule.
     */
    static final String LATEST_BEGUN = """
            (select concat(s.end_date, lpad(s.grace_days, 3, '0'), s.membership_type_id) from membership_term s
             where s.member_id = m.id and s.start_date <= :day
               and (s.pay_by is null or s.pay_by >= :day or s.settled_on <= :day)
             order by s.end_date desc, s.start_date desc, s.grace_days desc, s.membership_type_id desc limit 1)""";

    /**
     * A member's status on :day, as {@link MembershipStatusRule#statusOn} says it: a recorded resignation or lapse
     * from its date on; ACTIVE while a term covers the day; GRACE until the last ended term's last grace day, then
     * LAPSED; APPLICANT with no term begun, LAPSED when terms began but none counts (unpaid past pay-by). MembershipReportsTest checks every case on known members.
     */
    static final String STATUS_ON = """
            case
              when p.closed_status is not null and p.closed_on <= :day then p.closed_status
              when p.latest is null and p.begun is null then 'APPLICANT'
              when p.latest is null then 'LAPSED'
              when cast(left(p.latest, 10) as date) >= :day then 'ACTIVE'
              when date_add(cast(left(p.latest, 10) as date), interval cast(substring(p.latest, 11, 3) as unsigned)
                            day) < :day then 'LAPSED'
              else 'GRACE'
            end""";

    /** The type a member was on that day: that of their latest term begun by then (none for an applicant). */
    static final String TYPE_ON = "cast(substring(p.latest, 14) as unsigned)";

    /**
     * Members on the books that day counted by affiliate, type and status. Who was on the books: a member recorded
     * by then, or one whose terms had begun by then (imported members are recorded later than their history
     * starts). The affiliate is the member's affiliate now: moves between affiliates are not kept. The inner
     * "group by m.id" keeps MariaDB from merging the per-member table into the outer query, where the subquery
     * would be run again for every place it is used.
     */
    static final String COUNTS_ON = """
            select p.affiliate_id, %s as type_id, %s as status_on, count(*) as members
            from (select m.affiliate_id, m.closed_status, m.closed_on, m.created_at, %s as latest,
                         (select 1 from membership_term b where b.member_id = m.id and b.start_date <= :day
                          limit 1) as begun
                  from member m where 1 = 1%s group by m.id) p
            where p.created_at < :dayAfter or p.begun is not null
            group by 1, 2, 3""";


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
        // created_at is a UTC instant: the day ends at the society's midnight, not UTC's
        params.put("dayAfter", new Days(filter.on(), filter.on()).end(clock.zone()));
        String scoped = ReportScope.where("m", scope.affiliate(filter.affiliateId()), params);
        // the type is worked out only when the figures are broken down by it
        boolean byType = by == Breakdown.TYPE || by == Breakdown.ALL;
        String counts = COUNTS_ON.formatted(byType ? TYPE_ON : "null", STATUS_ON, LATEST_BEGUN, scoped);
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
     * <li>a lapse is the day after a term's last grace day falling in the month (and not after today), when no later
     * term had begun by then and no resignation or lapse was recorded before it; or a lapse recorded by the board on
     * a day in the month. This is the day {@link MembershipStatusRule} turns the member LAPSED.</li>
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
        // grace days are at most 365 (MembershipTypeService): a term lapsing in the range ended at most 366 days
        // before it, which lets the database read terms by their end date's index
        params.put("endFrom", months.from().atDay(1).minusDays(366));
        String scoped = ReportScope.where("m", scope.affiliate(filter.affiliateId()), params);

        Map<String, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m : months.each()) {
            byMonth.put(Months.key(m), new long[3]);
        }
        // terms begun per month, and members whose first term began in the month: the rest of the terms begun are
        // renewals. Two index scans grouped in the database (a test per term for an earlier one costs twice as much).
        Long affiliate = scope.affiliate(filter.affiliateId());
        String terms = affiliate == null ? "membership_term t"
                : "membership_term t join member m on m.id = t.member_id and m.affiliate_id = :affiliate";
        jdbc.query("""
                select s.month, coalesce(j.joins, 0), s.started - coalesce(j.joins, 0)
                from (select date_format(t.start_date, '%%Y-%%m') as month, count(*) as started
                      from %1$s where t.start_date between :from and :to group by month) s
                left join (select month, count(*) as joins
                           from (select date_format(min(t.start_date), '%%Y-%%m') as month
                                 from %1$s group by t.member_id
                                 having min(t.start_date) between :from and :to) firsts
                           group by month) j on j.month = s.month""".formatted(terms), params, rs -> {
            long[] counts = byMonth.get(rs.getString(1));
            counts[0] = rs.getLong(2);
            counts[1] = rs.getLong(3);
        });
        jdbc.query("""
                select month, count(*) from (
                  select date_format(date_add(t.end_date, interval t.grace_days + 1 day), '%%Y-%%m') as month
                  from membership_term t
                  join member m on m.id = t.member_id
                  where t.end_date between :endFrom and :to
                    and date_add(t.end_date, interval t.grace_days + 1 day) between :from and :lapseTo
                    and not exists (select 1 from membership_term n where n.member_id = t.member_id
                                    and n.end_date > t.end_date
                                    and n.start_date <= date_add(t.end_date, interval t.grace_days + 1 day))
                    and not (m.closed_on is not null
                             and m.closed_on <= date_add(t.end_date, interval t.grace_days + 1 day))%1$s
                  union all
                  select date_format(m.closed_on, '%%Y-%%m')
                  from member m
                  where m.closed_status = 'LAPSED' and m.closed_on between :from and :lapseTo%1$s
                ) lapses
                group by month""".formatted(scoped), params, rs -> {
            byMonth.get(rs.getString(1))[2] = rs.getLong(2);
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
