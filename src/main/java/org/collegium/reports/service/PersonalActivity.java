package org.collegium.reports.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.collegium.base.domain.Access;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.SocietyClock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's own figures for their home page, counted in the database: their next registrations,
 * their groups' next session, their CE hours this year, and for a facilitator the next session of the groups
 * they facilitate and the requests to join waiting for them. Only ever the caller's own rows.
 */
@Service
public class PersonalActivity {

    /**
     * The next thing coming (title and start) and how many there are in all; {@code zone} is the zone its start
     * is shown in: an event's own, or null for a group session (shown in the society's, as the group pages do).
     */
    public record Next(String title, Instant startsAt, long count, ZoneId zone) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountScopes scopes;
    private final SocietyClock clock;

    public PersonalActivity(NamedParameterJdbcTemplate jdbc, AccountScopes scopes, SocietyClock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Events (or their sessions) the member is registered or waitlisted for that have not started yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Next nextRegistrations() {
        return next("""
                select e.title, coalesce(s.starts_at, e.starts_at) as starts, count(*) over () as n, e.time_zone
                from registration r join event e on e.id = r.event_id
                left join event_session s on s.id = r.session_id
                where r.member_id = :me and r.status in ('CONFIRMED', 'WAITLISTED') and e.status = 'PUBLISHED'
                  and coalesce(s.starts_at, e.starts_at) >= :now
                order by starts, r.id limit 1""");
    }

    /** The scheduled sessions of the groups the member is on the roster of. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Next nextGroupSessions() {
        return next("""
                select g.name, gs.starts_at, count(*) over () as n, null as time_zone
                from group_membership m join peer_group g on g.id = m.group_id
                join group_session gs on gs.group_id = g.id
                where m.member_id = :me and m.status = 'ACTIVE' and gs.status = 'SCHEDULED' and gs.starts_at >= :now
                order by gs.starts_at, gs.id limit 1""");
    }

    /** The scheduled sessions of the groups the member facilitates. */
    @PreAuthorize(Access.IS_FACILITATOR)
    @Transactional(readOnly = true)
    public Next nextFacilitatedSessions() {
        return next("""
                select g.name, gs.starts_at, count(*) over () as n, null as time_zone
                from peer_group_facilitator f join peer_group g on g.id = f.group_id
                join group_session gs on gs.group_id = g.id
                where f.member_id = :me and gs.status = 'SCHEDULED' and gs.starts_at >= :now
                order by gs.starts_at, gs.id limit 1""");
    }

    /** Requests to join the groups the member facilitates, waiting for a decision. */
    @PreAuthorize(Access.IS_FACILITATOR)
    @Transactional(readOnly = true)
    public long openJoinRequests() {
        Long me = me();
        return me == null ? 0 : jdbc.queryForObject("""
                select count(*) from peer_group_facilitator f
                join group_membership m on m.group_id = f.group_id and m.status = 'REQUESTED'
                where f.member_id = :me""", Map.of("me", me), Long.class);
    }

    /** CE hours awarded to the member this calendar year and not withdrawn. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BigDecimal ceHoursThisYear() {
        Long me = me();
        if (me == null) {
            return BigDecimal.ZERO;
        }
        return jdbc.queryForObject("""
                select coalesce(sum(hours), 0) from ce_credit
                where member_id = :me and not withdrawn and awarded_on between :from and :to""",
                Map.of("me", me, "from", clock.today().withDayOfYear(1), "to", clock.today()), BigDecimal.class);
    }

    private Next next(String sql) {
        Long me = me();
        if (me == null) {
            return new Next(null, null, 0, null);
        }
        List<Next> found = jdbc.query(sql, Map.of("me", me, "now", LocalDateTime.ofInstant(clock.instant(),
                ZoneOffset.UTC)), (rs, i) -> new Next(rs.getString(1), rs.getObject(2, LocalDateTime.class)
                        .toInstant(ZoneOffset.UTC), rs.getLong(3), rs.getString(4) == null ? null
                                : ZoneId.of(rs.getString(4))));
        return found.isEmpty() ? new Next(null, null, 0, null) : found.getFirst();
    }

    private Long me() {
        return scopes.currentMemberId().orElse(null);
    }
}
