package org.collegium.groups.service;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.annotation.Propagation;
import org.collegium.members.service.MemberMergeStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Merging two members: the duplicate's group places, facilitation and attendance go to the survivor. Where both
 * records are on the same roster or attended the same session, the survivor's row stays and the duplicate's goes.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY) // a step of the member merge's transaction
class GroupRecordsMerge implements MemberMergeStep {

    private static final String[] TABLES = {"group_membership", "peer_group_facilitator", "group_attendance"};

    private final JdbcTemplate jdbc;

    GroupRecordsMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        int moved = 0;
        for (String table : TABLES) {
            // IGNORE skips the rows the survivor already has (unique per group or session and member)
            moved += jdbc.update("update ignore " + table + " set member_id = ? where member_id = ?", survivorId,
                    duplicateId);
            jdbc.update("delete from " + table + " where member_id = ?", duplicateId);
        }
        // the CE ledger (issue 16): the moved attendances' hours go with them, the dropped duplicates' go
        jdbc.update("update ce_hours h set member_id = ? where h.source = 'PEER_GROUP' and h.member_id = ?"
                + " and exists (select 1 from group_attendance a where a.id = h.source_ref and a.member_id = ?)",
                survivorId, duplicateId, survivorId);
        jdbc.update("delete from ce_hours where source = 'PEER_GROUP' and member_id = ?", duplicateId);
        return moved == 0 ? "" : moved + " group places and attendances";
    }
}
