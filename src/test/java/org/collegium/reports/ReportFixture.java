package org.collegium.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.collegium.members.domain.TermPeriod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Known rows for the report tests, written with plain SQL inside the test's transaction (rolled back after each
 * test, so no other test ever sees them): an affiliate of their own, two membership types of their own, and
 * members with hand-made terms, closures and payments.
 */
class ReportFixture {

    private final JdbcTemplate jdbc;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final long affiliate;
    final long typeA;
    final long typeB;
    private long receipts;

    ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.update("insert into affiliate (name, short_name, status, version, created_at) "
                + "values (?, ?, 'ACTIVE', 0, ?)",
                "Report Test Society " + tag, "RT" + tag.substring(0, 6), LocalDateTime.now());
        affiliate = lastId();
        typeA = type("Alpha " + tag, 30);
        typeB = type("Beta " + tag, 30);
    }

    String affiliateShortName() {
        return "RT" + tag.substring(0, 6);
    }

    String typeName(long type) {
        return (type == typeA ? "Alpha " : "Beta ") + tag;
    }

    private long type(String name, int graceDays) {
        jdbc.update("""
                insert into membership_type (name, dues, term_months, grace_days, approval_required, active, version,
                  created_at) values (?, 100, 12, ?, false, true, 0, ?)""", name, graceDays, LocalDateTime.now());
        return lastId();
    }

    /** A member of the fixture's affiliate recorded on a day; status and current term are filled by term(). */
    long member(String last, LocalDate recordedOn) {
        jdbc.update("""
                insert into member (first_name, last_name, email, phone, discipline, country, affiliate_id,
                  directory_opt_in, show_email_in_directory, status, version, created_at)
                values ('Test', ?, ?, '555-0100', 'PSYCHOLOGY', 'US', ?, false, false, 'APPLICANT', 0, ?)""",
                last, last.toLowerCase() + "." + tag + "@reports.example.org", affiliate,
                recordedOn.atTime(12, 0));
        return lastId();
    }

    /** A term; the member row's current type and term end follow the latest term, as Member.recomputeStatus. */
    long term(long member, long type, LocalDate start, LocalDate end) {
        return term(member, type, start, end, 30);
    }

    long term(long member, long type, LocalDate start, LocalDate end, int graceDays) {
        return term(member, type, new TermPeriod(start, end, graceDays));
    }

    /** A term with its dues state: pay-by day (null: nothing owed) and the day they were settled. */
    long term(long member, long type, TermPeriod p) {
        LocalDate start = p.start();
        LocalDate end = p.end();
        jdbc.update("""
                insert into membership_term (member_id, membership_type_id, start_date, end_date, grace_days,
                  dues_charged, pay_by, settled_on, version, created_at) values (?, ?, ?, ?, ?, 100, ?, ?, 0, ?)""",
                member, type, start, end, p.graceDays(), p.payBy(), p.settledOn(), LocalDateTime.now());
        long id = lastId();
        jdbc.update("""
                update member set current_term_end = ?, membership_type_id = ?
                where id = ? and (current_term_end is null or current_term_end < ?)""", end, type, member, end);
        return id;
    }

    void status(long member, String status) {
        jdbc.update("update member set status = ? where id = ?", status, member);
    }

    void close(long member, String how, LocalDate on) {
        jdbc.update("update member set closed_status = ?, closed_on = ?, status = ? where id = ?", how, on, how,
                member);
    }

    void payment(long member, Long term, String amount, LocalDate paidOn) {
        jdbc.update("""
                insert into payment (member_id, membership_term_id, amount, method, paid_on, receipt_number, version,
                  created_at) values (?, ?, ?, 'CHECK', ?, ?, 0, ?)""",
                member, term, new BigDecimal(amount), paidOn, "T" + tag + "-" + (++receipts), LocalDateTime.now());
    }

    /** Ties an affiliate administrator's login to the fixture's affiliate (rolled back with the rest). */
    void administeredBy(String email) {
        jdbc.update("update user_account set affiliate_id = ? where email = ?", affiliate, email);
    }

    private long lastId() {
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }
}
