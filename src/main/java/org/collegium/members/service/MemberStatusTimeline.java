package org.collegium.members.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Supplier;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.SocietyDaysFollower;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every member's status through time (V162: member_status_span and the sums the membership reports read), kept by
 * triggers; a member comes on the books on the society's day they were recorded, so all of it is worked out again
 * when the society's zone offsets change. Work that changes many members at once runs {@link #inBulk}.
 */
@Component
public class MemberStatusTimeline implements SocietyDaysFollower {

    /** Members worked out per statement: a few seconds each at most, well inside the connection's socket timeout. */
    static final long MEMBERS_PER_CALL = 2_000;

    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    MemberStatusTimeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @OpenAccess(reason = "the system's own: called from SocietyZoneOffsets, after the settings' save checked who saves")
    @Transactional // joins the transaction that changed the offsets
    public void societyDaysChanged() {
        // the spans of a member deleted while the triggers were put off are worked out (away) too
        long[] ids = jdbc.queryForObject("""
                select least(coalesce((select min(id) from member), 0),
                             coalesce((select min(member_id) from member_status_span), 0)),
                       greatest(coalesce((select max(id) from member), 0),
                                coalesce((select max(member_id) from member_status_span), 0))""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        for (long from = ids[0]; from <= ids[1]; from += MEMBERS_PER_CALL) {
            jdbc.update("call member_timeline_refresh(?, ?)", from, Math.min(from + MEMBERS_PER_CALL - 1, ids[1]));
        }
    }

    /**
     * Runs work that changes many members (an import, the demo data, a mass delete) with the triggers' refresh put
     * off, then works the members it touched out once, a range of ids at a time, in the same transaction: ten
     * thousand members take seconds this way, not the minutes of a refresh per row. The setting belongs to the
     * pooled connection, so it is cleared however the work ends.
     */
    @OpenAccess(reason = "runs the caller's work, which carries its own security (the import, the demo data)")
    @Transactional // the setting, the writes and the catching up must share one connection
    public <T> T inBulk(Supplier<T> work) {
        jdbc.execute("create temporary table if not exists member_timeline_pending "
                + "(member_id bigint not null primary key)");
        jdbc.execute("set @member_timeline_deferred = 1");
        try {
            T result = work.get();
            entityManager.flush(); // the triggers note what the persistence context still holds, too
            jdbc.execute("set @member_timeline_deferred = null");
            List<long[]> ranges = jdbc.query("select min(member_id), max(member_id) from member_timeline_pending "
                    + "group by member_id div " + MEMBERS_PER_CALL + " order by 1",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
            for (long[] range : ranges) {
                jdbc.update("call member_timeline_refresh(?, ?)", range[0], range[1]);
            }
            return result;
        } finally {
            jdbc.execute("set @member_timeline_deferred = null");
            jdbc.execute("delete from member_timeline_pending");
        }
    }
}
