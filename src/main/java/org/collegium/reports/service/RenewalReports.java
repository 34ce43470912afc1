package org.collegium.reports.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.MembershipStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to call: members whose term ends in the next days, and members who lapsed in a range, with their email and
 * phone. Both are lists that can run to thousands, so they come a page at a time ({@link ReportRows}); the scope
 * and the filter are fixed when the list is asked for.
 */
@Service
public class RenewalReports {

    public static final int MAX_DAYS = 365;

    /** Terms ending from today to this many days ahead, for an affiliate (null: all). */
    public record DueFilter(Integer days, Long affiliateId) {
    }

    /** Members lapsed on a day in a range, for an affiliate (null: all). */
    public record LapsedFilter(LocalDate from, LocalDate to, Long affiliateId) {
    }

    private static final List<ReportColumn> CONTACT = List.of(ReportColumn.text("Last name"),
            ReportColumn.text("First name"), ReportColumn.text("Email"), ReportColumn.text("Phone"),
            ReportColumn.text("Affiliate"), ReportColumn.text("Type"), ReportColumn.text("Status"));

    /** The contact columns' select, the status in the viewer's language (so built per report, not once). */
    private static String contactColumns() {
        return """
                m.last_name, m.first_name, m.email, m.phone, a.short_name as affiliate, t.name as type, """
                + statusLabel("m.status");
    }

    private static final String JOINS = """
            left join affiliate a on a.id = m.affiliate_id
            left join membership_type t on t.id = m.membership_type_id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportPages pages;
    private final ReportScope scope;
    private final SocietyClock clock;

    public RenewalReports(NamedParameterJdbcTemplate jdbc, ReportPages pages, ReportScope scope, SocietyClock clock) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.scope = scope;
        this.clock = clock;
    }

    /** Open memberships (not resigned or lapsed by the board) whose latest term ends in the next days. */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportRows due(DueFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = dueWhere(filter, params);
        return new SqlRows(pages, append(CONTACT, ReportColumn.date("Term ends"), ReportColumn.count("Days left")),
                "select " + contactColumns() + ", m.current_term_end, datediff(m.current_term_end, :today) "
                        + where.replace("from member m", "from member m\n" + JOINS)
                        // closed_status (null here) and the affiliate break ties as ix_member_term_end_name
                        // (V154) does, so the first page reads in that index's order and stops at its rows
                        + " order by m.current_term_end, m.last_name, m.first_name, m.closed_status, m.affiliate_id,"
                        + " m.id",
                "select count(*) " + where, params);
    }

    /** The renewals due week by week (each week from its first day, counted from today), a week without at 0. */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ChartSpec dueChart(DueFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = dueWhere(filter, params);
        long[] perWeek = new long[filter.days() / 7 + 1];
        jdbc.query("select datediff(m.current_term_end, :today) div 7, count(*) " + where + " group by 1", params,
                rs -> {
                    perWeek[rs.getInt(1)] = rs.getLong(2);
                });
        LocalDate today = clock.today();
        // "Jun 15" in English, "15 jun" in Spanish: the pattern is the language's
        DateTimeFormatter week = DateTimeFormatter.ofPattern(Messages.t("reports.renewals.chart.week-format"),
                Formats.language(Messages.current()));
        List<String> weeks = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int w = 0; w < perWeek.length; w++) {
            weeks.add(week.format(today.plusWeeks(w)));
            counts.add(perWeek[w]);
        }
        return new ChartSpec(ChartSpec.Kind.BAR, Messages.t("reports.renewals.chart.title"),
                Messages.t("reports.renewals.chart.week"), Messages.t("reports.membership.chart.members"), weeks,
                List.of(new ChartSpec.Series(Messages.t("reports.renewals.chart.ending"), counts)));
    }

    private String dueWhere(DueFilter filter, Map<String, Object> params) {
        FieldErrors errors = new FieldErrors();
        if (filter.days() == null || filter.days() < 0 || filter.days() > MAX_DAYS) {
            errors.add("days", Messages.t("reports.renewals.days.invalid", MAX_DAYS));
        }
        errors.throwIfAny();
        LocalDate today = clock.today();
        params.put("today", today);
        params.put("until", today.plusDays(filter.days()));
        return """
                from member m
                where m.current_term_end between :today and :until and m.closed_status is null"""
                + ReportScope.where("m", scope.affiliate(filter.affiliateId()), params);
    }

    /** How many open memberships end between two days (the board's "renewals due this month"). */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public long countEnding(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        return jdbc.queryForObject("""
                select count(*) from member m
                where m.current_term_end between :from and :to and m.closed_status is null"""
                + ReportScope.where("m", scope.affiliate(null), params), params, Long.class);
    }

    /**
     * Dues owed: every term whose dues are pending payment (no payment or waiver recorded), the longest overdue
     * first, for an affiliate (null: all). Members who resigned or were lapsed by the board are left out.
     */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportRows duesOwed(Long affiliateId) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", clock.today());
        String where = """
                from membership_term s join member m on m.id = s.member_id
                where s.pay_by is not null and s.settled_on is null and m.closed_status is null"""
                + ReportScope.where("m", scope.affiliate(affiliateId), params);
        return new SqlRows(pages, append(CONTACT, ReportColumn.date("Term starts"), ReportColumn.money("Dues owed"),
                ReportColumn.date("Pay by"), ReportColumn.count("Days overdue")),
                "select " + contactColumns() + ", s.start_date, s.dues_charged, s.pay_by,"
                        + " greatest(datediff(:today, s.pay_by), 0) "
                        + where.replace("join member m on m.id = s.member_id", "join member m on m.id = s.member_id\n"
                                + JOINS)
                        + " order by s.pay_by, m.last_name, m.first_name, s.id",
                "select count(*) " + where, params);
    }

    /** Members LAPSED now whose lapse fell between two days, the latest first. */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportRows lapsed(LapsedFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String inRange = lapsedInRange(filter, params);
        // a year's lapses run to a hundred thousand at a million members: rather than sort them all for a page,
        // the lapse day of the page's last row is found first, walking the marks' day index from the latest
        // (ReportPages' :last), and only the lapses from that day on are sorted; none that far: all of them
        String pageFrom = "coalesce((select l.day " + inRange + " order by l.day desc limit 1 offset :last), :from)";
        return new SqlRows(pages, append(CONTACT, ReportColumn.date("Term ended"), ReportColumn.date("Lapsed on")),
                "select " + contactColumns() + ", m.current_term_end, l.day "
                        + inRange.replace("join member m on m.id = l.member_id", "join member m on m.id = l.member_id\n"
                                + JOINS)
                        + " and l.day >= " + pageFrom + " order by l.day desc, m.last_name, m.first_name, m.id",
                "select count(*) " + inRange, params);
    }

    /** The lapses month by month over the range (each month of it, one without at 0). */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ChartSpec lapsedChart(LapsedFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String inRange = lapsedInRange(filter, params);
        Map<String, Long> perMonth = new LinkedHashMap<>();
        YearMonth last = YearMonth.from(filter.to());
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            perMonth.put(m.toString(), 0L);
        }
        jdbc.query("select date_format(l.day, '%Y-%m'), count(*) " + inRange + " group by 1", params,
                rs -> {
                    perMonth.put(rs.getString(1), rs.getLong(2));
                });
        return new ChartSpec(ChartSpec.Kind.BAR, Messages.t("reports.lapsed.chart.title"),
                Messages.t("reports.chart.month"), Messages.t("reports.membership.chart.members"),
                List.copyOf(perMonth.keySet()),
                List.of(new ChartSpec.Series(Messages.t("reports.lapsed.chart.lapsed"), List.copyOf(perMonth.values()))));
    }

    private String lapsedInRange(LapsedFilter filter, Map<String, Object> params) {
        FieldErrors errors = new FieldErrors();
        if (filter.from() == null) {
            errors.add("from", Messages.t("reports.days.from.missing"));
        }
        if (filter.to() == null) {
            errors.add("to", Messages.t("reports.days.to.missing"));
        } else if (filter.from() != null && filter.to().isBefore(filter.from())) {
            errors.add("to", Messages.t("reports.days.reversed"));
        }
        errors.throwIfAny();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("lapsed", MembershipStatus.LAPSED.name());
        params.put("today", clock.today());
        // the day a member lapsed: the latest by today of the days MembershipStatusRule turned them LAPSED, as the
        // status timeline (V162) marks them: the day after the last grace day, after an unpaid term's pay-by day,
        // or the day the board recorded the lapse of a running membership; the latest: the member's next lapse
        // (next_day, V164) is none or still ahead
        return """
                from member_growth_mark l
                join member m on m.id = l.member_id
                where l.kind = 'L' and l.day between :from and :to and l.day <= :today and m.status = :lapsed
                  and (l.next_day is null or l.next_day > :today)"""
                + ReportScope.where("m", scope.affiliate(filter.affiliateId()), params);
    }

    /**
     * The status's label ("Grace period"), in SQL, from the labels of {@link MembershipStatus} (in the viewer's
     * language once the members' labels are translated), quoted for SQL.
     */
    static String statusLabel(String column) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (MembershipStatus status : MembershipStatus.values()) {
            sql.append(" when '").append(status.name()).append("' then '").append(status.label().replace("'", "''"))
                    .append('\'');
        }
        return sql.append(" end").toString();
    }

    private static List<ReportColumn> append(List<ReportColumn> columns, ReportColumn... more) {
        return java.util.stream.Stream.concat(columns.stream(), java.util.Arrays.stream(more)).toList();
    }
}
