package org.collegium.reports.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collegium.base.domain.Access;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer groups over a range of days: sessions held (marked held, starting in the range), attendances, the average
 * attendance per session held, the roster today (members on it) against the group's capacity, and the
 * group-experience hours: each attendance counts the length of its session. Peer groups belong to the society,
 * not to an affiliate, so this report is for the board, officers and administrators only: an affiliate
 * administrator is not offered it (and the service refuses them).
 */
@Service
public class GroupReports {

    static final String READERS = Access.SOCIETY_READERS;

    public record GroupFilter(Days days) {
    }

    /** More groups than this and the chart would be unreadable: the table says it all. */
    static final int MAX_CHARTED = 30;

    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Group"), ReportColumn.text("Kind"),
            ReportColumn.text("Status"), ReportColumn.count("Capacity"), ReportColumn.count("On the roster"),
            ReportColumn.decimal("Roster fill %"), ReportColumn.count("Sessions held"),
            ReportColumn.count("Attendances"), ReportColumn.decimal("Average attendance"),
            ReportColumn.decimal("Group-experience hours"));

    private final NamedParameterJdbcTemplate jdbc;
    private final SocietyClock clock;

    public GroupReports(NamedParameterJdbcTemplate jdbc, SocietyClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ReportResult groups(GroupFilter filter) {
        FieldErrors errors = new FieldErrors();
        filter.days().check(errors);
        errors.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        params.put("start", filter.days().start(clock.zone()));
        params.put("end", filter.days().end(clock.zone()));
        List<List<Object>> rows = jdbc.query("""
                select g.name, g.kind, g.status, g.capacity, coalesce(m.roster, 0),
                       round(100 * coalesce(m.roster, 0) / nullif(g.capacity, 0), 1),
                       coalesce(s.held, 0), coalesce(s.attendances, 0), round(s.attendances / nullif(s.held, 0), 2),
                       round(coalesce(s.minutes, 0) / 60, 2)
                from peer_group g
                left join (select group_id, count(*) as roster from group_membership where status = 'ACTIVE'
                           group by group_id) m on m.group_id = g.id
                left join (select gs.group_id, count(distinct gs.id) as held, count(ga.id) as attendances,
                                  sum(case when ga.id is not null
                                      then timestampdiff(minute, gs.starts_at, gs.ends_at) end) as minutes
                           from group_session gs
                           left join group_attendance ga on ga.session_id = gs.id
                           where gs.status = 'HELD' and gs.starts_at >= :start and gs.starts_at < :end
                           group by gs.group_id) s on s.group_id = g.id
                order by g.name""", params, (rs, i) -> SqlRows.row(rs, COLUMNS));
        List<List<Object>> labelled = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> copy = new ArrayList<>(row);
            copy.set(1, GroupKind.valueOf((String) row.get(1)).label());
            copy.set(2, GroupStatus.valueOf((String) row.get(2)).label());
            labelled.add(copy);
        }
        ReportTable table = new ReportTable(COLUMNS, labelled);
        return new ReportResult(table, chart(labelled));
    }

    /** The roster against the average attendance, per group: how full a group is and how many come. */
    private static ChartSpec chart(List<List<Object>> rows) {
        if (rows.isEmpty() || rows.size() > MAX_CHARTED) {
            return null;
        }
        return new ChartSpec(ChartSpec.Kind.BAR, Messages.t("reports.groups.chart.title"),
                Messages.t("reports.groups.chart.group"), Messages.t("reports.membership.chart.members"),
                rows.stream().map(r -> (String) r.get(0)).toList(), List.of(
                        new ChartSpec.Series(Messages.t("reports.groups.chart.roster"),
                                rows.stream().map(r -> (Long) r.get(4)).toList()),
                        new ChartSpec.Series(Messages.t("reports.groups.chart.average"), rows.stream()
                                .map(r -> r.get(8) == null ? BigDecimal.ZERO : (BigDecimal) r.get(8)).toList())));
    }
}
