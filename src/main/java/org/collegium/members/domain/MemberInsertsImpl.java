package org.collegium.members.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The member row as {@link Member} maps it, written with JDBC: Hibernate inserts AUTO_INCREMENT rows one round
 * trip at a time, which made a 10,000-row import take 19 s. Keep the columns in step with {@link Member} (the
 * import tests read imported members back through it).
 */
class MemberInsertsImpl implements MemberInserts {

    private static final String INSERT = """
            insert into member (first_name, last_name, email, phone, credentials, discipline, licence_state,
                licence_number, practice_name, city, state, postal_code, country, affiliate_id, directory_opt_in,
                show_email_in_directory, notes, status, membership_type_id, current_term_end, closed_status,
                closed_on, version, created_at, created_by, updated_at, updated_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    MemberInsertsImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> insertAll(List<Member> members, Instant at, String by) {
        LocalDateTime when = BatchInsert.utc(at);
        List<Object[]> rows = new ArrayList<>(members.size());
        for (Member m : members) {
            if (m.getId() != null || !m.getTerms().isEmpty()) {
                throw new IllegalArgumentException("Only new members without terms are inserted here.");
            }
            rows.add(new Object[] {m.getFirstName(), m.getLastName(), m.getEmail(), m.getPhone(),
                m.getCredentials(), m.getDiscipline().name(), m.getLicenceState(), m.getLicenceNumber(),
                m.getPracticeName(), m.getCity(), m.getState(), m.getPostalCode(), m.getCountry(),
                m.getAffiliate() == null ? null : m.getAffiliate().getId(), m.isDirectoryOptIn(),
                m.isShowEmailInDirectory(), m.getNotes(), m.getStatus().name(),
                m.getMembershipType() == null ? null : m.getMembershipType().getId(), m.getCurrentTermEnd(),
                m.getClosedStatus() == null ? null : m.getClosedStatus().name(), m.getClosedOn(), when, by, when,
                by});
        }
        return BatchInsert.returningIds(jdbc, INSERT, rows);
    }
}
