package org.collegium.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Known events, registrations, CE credits and peer groups for the report tests, in plain SQL inside the test's
 * transaction (rolled back after each test). Times are given as UTC instants, stored as the application stores
 * them.
 */
class ActivityFixture {

    private final JdbcTemplate jdbc;
    private final String tag;
    private int certificates;

    ActivityFixture(JdbcTemplate jdbc, String tag) {
        this.jdbc = jdbc;
        this.tag = tag;
    }

    String title(String title) {
        return title + " " + tag;
    }

    long event(String title, String kind, String startsAt, int capacity, Long host, String status) {
        LocalDateTime start = utc(startsAt);
        jdbc.update("""
                insert into event (kind, title, starts_at, ends_at, format, capacity, seats_taken, member_price,
                  non_member_price, cancel_cutoff_hours, ce_hours, affiliate_id, status, version, created_at)
                values (?, ?, ?, ?, 'IN_PERSON', ?, 0, 50, 80, 48, 0, ?, ?, 0, ?)""",
                kind, title(title), start, start.plusHours(3), capacity, host, status, LocalDateTime.now());
        return lastId();
    }

    long session(long event, String startsAt) {
        LocalDateTime start = utc(startsAt);
        jdbc.update("""
                insert into event_session (event_id, kind, title, starts_at, ends_at, capacity, seats_taken, ce_hours,
                  version, created_at) values (?, 'OPEN_SESSION', 'Session', ?, ?, 50, 0, 1.5, 0, ?)""",
                event, start, start.plusMinutes(90), LocalDateTime.now());
        return lastId();
    }

    long registration(long event, Long session, Long member, String status, String price, String registeredAt) {
        jdbc.update("""
                insert into registration (event_id, session_id, member_id, first_name, last_name, email, status, price,
                  price_kind, registered_at, status_at, version, created_at)
                values (?, ?, ?, 'Reg', 'Istrant', ?, ?, ?, 'MEMBER', ?, ?, 0, ?)""",
                event, session, member, "reg" + (++certificates) + "." + tag + "@reports.example.org", status,
                new java.math.BigDecimal(price), utc(registeredAt), utc(registeredAt), LocalDateTime.now());
        return lastId();
    }

    void credit(long registration, Long member, String hours, String type, LocalDate on, boolean withdrawn) {
        jdbc.update("""
                insert into ce_credit (registration_id, member_id, hours, ce_type, certificate_number, awarded_on,
                  withdrawn, version, created_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                registration, member, new java.math.BigDecimal(hours), type, "C" + tag + (++certificates), on,
                withdrawn, LocalDateTime.now());
    }

    long group(String name, int capacity) {
        jdbc.update("""
                insert into peer_group (name, kind, day_of_week, start_time, duration_minutes, interval_weeks,
                  starts_on, format, capacity, members_only, lock_minutes, language, cost, understandings, status,
                  time_zone, version, created_at)
                values (?, 'PEER_CONSULTATION', 'TUESDAY', '11:00:00', 90, 1, '2031-01-07', 'ONLINE', ?, true, 15,
                  'English', 'FREE', 'We keep what is said here.', 'ACTIVE', 'America/New_York', 0, ?)""",
                title(name), capacity, LocalDateTime.now());
        return lastId();
    }

    void roster(long group, long member, String status) {
        jdbc.update("""
                insert into group_membership (group_id, member_id, status, requested_at, acknowledged_at, version,
                  created_at) values (?, ?, ?, ?, ?, 0, ?)""", group, member, status, LocalDateTime.now(),
                LocalDateTime.now(), LocalDateTime.now());
    }

    long groupSession(long group, String startsAt, int minutes, String status) {
        LocalDateTime start = utc(startsAt);
        jdbc.update("""
                insert into group_session (group_id, session_date, starts_at, ends_at, extra, status, version,
                  created_at) values (?, ?, ?, ?, false, ?, 0, ?)""",
                group, start.toLocalDate(), start, start.plusMinutes(minutes), status, LocalDateTime.now());
        return lastId();
    }

    void attended(long session, long member) {
        jdbc.update("insert into group_attendance (session_id, member_id, joined_at, source) values (?, ?, ?, "
                + "'PORTAL')", session, member, LocalDateTime.now());
    }

    private static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    private long lastId() {
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }
}
