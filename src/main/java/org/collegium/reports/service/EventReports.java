package org.collegium.reports.service;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.EventStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events by the day they start: registrations (those holding a seat: confirmed, attended, no-show), the waitlist,
 * attendance and the CE hours issued, per event or per month. Counts are of registrations for the event itself
 * (a conference's sessions, included in its price, are not counted again); CE hours are every credit awarded for
 * the event or one of its sessions and not withdrawn. The attendance rate is attended / registered, for events
 * that have started. An affiliate administrator sees the events their affiliate hosts, whatever host the filter
 * names.
 */
@Service
public class EventReports {

    public enum Breakdown {
        EVENT, MONTH;

        /** "Event", "Month", in the viewer's language. */
        public String label() {
            return Messages.t("reports.events.by." + name());
        }
    }

    /** host: the hosting affiliate (null: all hosts); kind: null for every kind. */
    public record EventFilter(Days days, Long host, EventKind kind, Breakdown by) {
    }

    /** More events than this and the per-event chart would be unreadable: the table says it all. */
    static final int MAX_CHARTED = 30;

    private static final List<ReportColumn> PER_EVENT = List.of(ReportColumn.text("Event"),
            ReportColumn.date("Starts"), ReportColumn.text("Type"), ReportColumn.text("Host"),
            ReportColumn.text("Status"), ReportColumn.count("Capacity"), ReportColumn.count("Registered"),
            ReportColumn.count("Waitlisted"), ReportColumn.count("Attended"), ReportColumn.count("No-show"),
            ReportColumn.decimal("Attendance %"), ReportColumn.decimal("CE hours issued"));

    private static final List<ReportColumn> PER_MONTH = List.of(ReportColumn.text("Month"),
            ReportColumn.count("Events"), ReportColumn.count("Capacity"), ReportColumn.count("Registered"),
            ReportColumn.count("Waitlisted"), ReportColumn.count("Attended"), ReportColumn.count("No-show"),
            ReportColumn.decimal("Attendance %"), ReportColumn.decimal("CE hours issued"));

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportScope scope;
    private final SocietyClock clock;

    public EventReports(NamedParameterJdbcTemplate jdbc, ReportScope scope, SocietyClock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public ReportResult events(EventFilter filter) {
        FieldErrors errors = new FieldErrors();
        filter.days().check(errors);
        errors.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        String perEvent = perEvent(filter, params);
        boolean byMonth = filter.by() == Breakdown.MONTH;
        List<ReportColumn> columns = byMonth ? PER_MONTH : PER_EVENT;
        String sql = byMonth ? """
                select month, count(*), sum(capacity), sum(registered), sum(waitlisted), sum(attended), sum(no_show),
                       round(100 * sum(case when started then attended end)
                             / nullif(sum(case when started then registered end), 0), 1),
                       sum(ce_hours)
                from (%s) x group by month order by month""".formatted(perEvent)
                : """
                select title, starts_on, kind, host, status, capacity, registered, waitlisted, attended, no_show,
                       case when started then round(100 * attended / nullif(registered, 0), 1) end, ce_hours
                from (%s) x order by starts_at, id""".formatted(perEvent);
        List<List<Object>> rows = jdbc.query(sql, params, (rs, i) -> SqlRows.row(rs, columns));
        ReportTable table = new ReportTable(columns, labelled(rows, byMonth));
        return new ReportResult(table, chart(table, byMonth));
    }

    /** Published events starting in a range, within the caller's scope: how many, their seats and those taken. */
    public record Fill(long events, long capacity, long registered) {
    }

    /** The published events starting in the next days (today included): the home page's upcoming events. */
    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public Fill upcoming(int days) {
        Map<String, Object> params = new HashMap<>();
        String perEvent = perEvent(new EventFilter(new Days(clock.today(), clock.today().plusDays(days - 1L)), null,
                null, Breakdown.EVENT), params);
        return jdbc.queryForObject("select count(*), coalesce(sum(capacity), 0), coalesce(sum(registered), 0) from ("
                + perEvent + ") x where status = 'PUBLISHED'", params,
                (rs, i) -> new Fill(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** One row per event in the filter: its figures, summed from its registrations by the database. */
    private String perEvent(EventFilter filter, Map<String, Object> params) {
        LocalDateTime start = filter.days().start(clock.zone());
        LocalDateTime end = filter.days().end(clock.zone());
        params.put("start", start);
        params.put("end", end);
        // the day and month an event starts on are the society's, not UTC's
        LocalTimeSql local = new LocalTimeSql(clock.zone(), start, end);
        local.bind(params);
        params.put("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        String where = ReportScope.where("e", scope.affiliate(filter.host()), params);
        if (filter.kind() != null) {
            params.put("kind", filter.kind().name());
            where += " and e.kind = :kind";
        }
        // Each event's registrations come counted by status from event_registration_tally (V152: kept by triggers
        // with every registration and CE credit, in the same transaction), a few rows per event: the counts are of
        // registrations for the event itself; the hours of those for it and for its sessions. Only an attended
        // registration's credit counts (CeAwards awards on attendance and withdraws when it is undone).
        String inRange = "e.starts_at >= :start and e.starts_at < :end" + where;
        return """
                select e.id, e.title, e.starts_at, %s as starts_on,
                       %s as month, e.kind,
                       a.short_name as host, e.status, e.capacity, e.starts_at < :now as started,
                       coalesce(x.registered, 0) as registered,
                       coalesce(x.waitlisted, 0) as waitlisted,
                       coalesce(x.attended, 0) as attended,
                       coalesce(x.no_show, 0) as no_show,
                       coalesce(x.ce_hours, 0) as ce_hours
                from event e
                left join affiliate a on a.id = e.affiliate_id
                left join (
                    select t.event_id,
                           sum(case when not t.in_session and t.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW')
                                    then t.registrations else 0 end) as registered,
                           sum(case when not t.in_session and t.status = 'WAITLISTED'
                                    then t.registrations else 0 end) as waitlisted,
                           sum(case when not t.in_session and t.status = 'ATTENDED'
                                    then t.registrations else 0 end) as attended,
                           sum(case when not t.in_session and t.status = 'NO_SHOW'
                                    then t.registrations else 0 end) as no_show,
                           sum(case when t.status = 'ATTENDED' then t.ce_hours end) as ce_hours
                    from event e
                    join event_registration_tally t on t.event_id = e.id
                    where %s
                    group by t.event_id) x on x.event_id = e.id
                where %s""".formatted(local.date("e.starts_at"), local.month("e.starts_at"), inRange, inRange);
    }

    /** The stored codes of kind and status as people read them. */
    private static List<List<Object>> labelled(List<List<Object>> rows, boolean byMonth) {
        if (byMonth) {
            return rows;
        }
        List<List<Object>> out = new ArrayList<>(rows.size());
        String national = Messages.t("reports.events.national");
        for (List<Object> row : rows) {
            List<Object> copy = new ArrayList<>(row);
            if (row.get(3) == null) {
                copy.set(3, national); // hosted by no affiliate: the society's own
            }
            copy.set(2, Messages.t(EventKind.valueOf((String) row.get(2)).key()));
            copy.set(4, Messages.t(EventStatus.valueOf((String) row.get(4)).key()));
            out.add(copy);
        }
        return out;
    }

    /** Registered, attended and waitlisted side by side, per month or per event (when few enough to read). */
    private static ChartSpec chart(ReportTable table, boolean byMonth) {
        List<List<Object>> rows = table.rows();
        if (rows.isEmpty() || rows.size() > MAX_CHARTED && !byMonth) {
            return null;
        }
        int registered = byMonth ? 3 : 6;
        List<String> categories = rows.stream().map(r -> (String) r.get(0)).toList();
        return new ChartSpec(ChartSpec.Kind.BAR, Messages.t(byMonth ? "reports.events.chart.per-month"
                : "reports.events.chart.per-event"), (byMonth ? Breakdown.MONTH : Breakdown.EVENT).label(),
                Messages.t("reports.events.chart.registrations"), categories,
                List.of(series(Messages.t("reports.events.chart.registered"), rows, registered),
                        series(Messages.t("reports.events.chart.attended"), rows, registered + 2),
                        series(Messages.t("reports.events.chart.waitlisted"), rows, registered + 1)));
    }

    private static ChartSpec.Series series(String name, List<List<Object>> rows, int column) {
        return new ChartSpec.Series(name, rows.stream().map(r -> (Long) r.get(column)).toList());
    }
}
