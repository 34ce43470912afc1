package org.collegium.credentials.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collegium.base.domain.Access;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.service.MemberAccess;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Members short of their requirement": current members (active or in grace) whose credential's current cycle
 * misses hours, soonest cycle end first, a page at a time. Reads the short credentials the database keeps with their
 * member's affiliate and standing ({@code credential_short}, V163, in step with the progress kept on each credential
 * by {@link CredentialProgress}): a page reads its rows along (is_current, [affiliate,] cycle_end) and stops, then
 * joins the member and profile for those rows only; a count walks that index and nothing else. An affiliate
 * administrator sees their own affiliate's members only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.RECORD_READERS)
public class ShortfallReport {

    public record Row(long credentialId, long memberId, String memberName, String email, String profile,
            LocalDate cycleEnd, BigDecimal counted, BigDecimal required, BigDecimal missing) {
    }

    /**
     * A current member short of one requirement profile, as a message to them needs them (the communications
     * segment "members short of a CE requirement"): their current term's end, and their credential's cycle end and
     * missing hours.
     */
    public record ShortMember(long memberId, String email, String firstName, String lastName, LocalDate termEnds,
            LocalDate cycleEnd, BigDecimal missing) {
    }

    /** The short credentials of current members; the scope and filters add conditions on {@code s}. */
    private static final String SHORT = " from credential_short s where s.is_current = true";

    /** Their credential, member and profile, for the rows a page or list keeps. */
    private static final String DETAILS = " straight_join member_credential c on c.id = s.credential_id"
            + " straight_join member m on m.id = s.member_id"
            + " straight_join requirement_profile p on p.id = s.profile_id";

    private static final String ROWS = """
            select c.id, c.member_id, m.first_name, m.last_name, m.email, p.name, c.cycle_end, c.counted_hours,
                   p.total_hours, c.missing_hours""";

    private static final String SHORT_MEMBERS = """
            select c.member_id, m.email, m.first_name, m.last_name, m.current_term_end, c.cycle_end,
                   c.missing_hours""";

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getLong("member_id"),
            rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("email"),
            rs.getString("name"), rs.getDate("cycle_end").toLocalDate(), rs.getBigDecimal("counted_hours"),
            rs.getBigDecimal("total_hours"), rs.getBigDecimal("missing_hours"));

    private final NamedParameterJdbcTemplate jdbc;
    private final MemberAccess access;
    private final SocietyClock clock;

    ShortfallReport(NamedParameterJdbcTemplate jdbc, MemberAccess access, SocietyClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public long count() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*)" + SHORT + scope(params), params, Long.class);
        return n == null ? 0 : n;
    }

    public List<Row> page(int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("offset", offset)
                .addValue("limit", limit);
        return jdbc.query(ROWS + " from (select s.credential_id, s.member_id, s.profile_id, s.cycle_end" + SHORT
                + scope(params) + " order by s.cycle_end, s.credential_id limit :limit offset :offset) s" + DETAILS
                + " order by s.cycle_end, s.credential_id", params, ROW);
    }

    /**
     * How many current members are short of the profile (within the caller's scope; {@code affiliateId} narrows it
     * to one affiliate, null: all the caller sees).
     */
    public long countShortOf(long profileId, Long affiliateId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*)" + SHORT + ofProfile(params, profileId, affiliateId), params,
                Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Up to {@code limit} current members short of the profile with a member id above {@code afterMemberId}, by
     * member id (a keyset page: one query a page, read along the index on (is_current, profile_id, member_id)).
     */
    public List<ShortMember> shortOf(long profileId, Long affiliateId, long afterMemberId, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("after", afterMemberId)
                .addValue("limit", limit);
        return jdbc.query(SHORT_MEMBERS + " from (select s.credential_id, s.member_id, s.profile_id" + SHORT
                + ofProfile(params, profileId, affiliateId) + " and s.member_id > :after order by s.member_id"
                + " limit :limit) s" + DETAILS + " order by s.member_id", params, SHORT_MEMBER);
    }

    /** The member, if they are short of the profile and within the caller's scope (a preview for one recipient). */
    public java.util.Optional<ShortMember> findShortOf(long profileId, Long affiliateId, long memberId) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("member", memberId);
        return jdbc.query(SHORT_MEMBERS + " from (select s.credential_id, s.member_id, s.profile_id" + SHORT
                + ofProfile(params, profileId, affiliateId) + " and s.member_id = :member) s" + DETAILS, params,
                SHORT_MEMBER).stream().findFirst();
    }

    private static final RowMapper<ShortMember> SHORT_MEMBER = (rs, n) -> new ShortMember(rs.getLong("member_id"),
            rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"),
            rs.getDate("current_term_end") == null ? null : rs.getDate("current_term_end").toLocalDate(),
            rs.getDate("cycle_end").toLocalDate(), rs.getBigDecimal("missing_hours"));

    private String ofProfile(MapSqlParameterSource params, long profileId, Long affiliateId) {
        params.addValue("profile", profileId);
        String where = " and s.profile_id = :profile" + scope(params);
        if (affiliateId != null) {
            params.addValue("onlyAffiliate", affiliateId);
            where += " and s.affiliate_id = :onlyAffiliate";
        }
        return where;
    }

    /** The whole report as CSV (column names not translated). */
    public byte[] csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("member_id", "member", "email", "credential", "cycle_end", "hours_counted",
                        "hours_required", "hours_missing").get())) {
            MapSqlParameterSource params = new MapSqlParameterSource();
            jdbc.query(ROWS + " from (select s.credential_id, s.member_id, s.profile_id, s.cycle_end" + SHORT
                    + scope(params) + ") s" + DETAILS + " order by s.cycle_end, s.credential_id",
                    params, rs -> {
                        Row r = ROW.mapRow(rs, 0);
                        try {
                            csv.printRecord(r.memberId(), r.memberName(), r.email(), r.profile(), r.cycleEnd(),
                                    plain(r.counted()), plain(r.required()), plain(r.missing()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public String csvName() {
        return "members-short-of-requirement-" + clock.today() + ".csv";
    }

    private String scope(MapSqlParameterSource params) {
        Long affiliate = access.affiliateScope();
        if (affiliate == null) {
            return "";
        }
        params.addValue("affiliate", affiliate);
        return " and s.affiliate_id = :affiliate";
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    static Date sql(LocalDate day) {
        return Date.valueOf(day);
    }
}
