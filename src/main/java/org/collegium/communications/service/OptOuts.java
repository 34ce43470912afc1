package org.collegium.communications.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.collegium.communications.domain.MailKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which kinds of optional mail a member has turned off (a row per member and kind; none: they get every kind). */
@Component
class OptOuts {

    private final JdbcTemplate jdbc;

    OptOuts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<MailKind> of(long memberId) {
        Set<MailKind> off = EnumSet.noneOf(MailKind.class);
        jdbc.queryForList("select kind from mail_opt_out where member_id = ?", String.class, memberId)
                .forEach(k -> off.add(MailKind.valueOf(k)));
        return off;
    }

    boolean optedOut(long memberId, MailKind kind) {
        Integer n = jdbc.queryForObject("select count(*) from mail_opt_out where member_id = ? and kind = ?",
                Integer.class, memberId, kind.name());
        return n != null && n > 0;
    }

    /** Turns a kind off; false when it already was. */
    boolean turnOff(long memberId, MailKind kind, Instant now) {
        return jdbc.update("insert ignore into mail_opt_out (member_id, kind, opted_out_at) values (?, ?, ?)",
                memberId, kind.name(), Timestamp.from(now)) > 0;
    }

    /** Turns a kind on again; false when it already was. */
    boolean turnOn(long memberId, MailKind kind) {
        return jdbc.update("delete from mail_opt_out where member_id = ? and kind = ?", memberId, kind.name()) > 0;
    }
}
