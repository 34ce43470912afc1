package org.collegium.events.service;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.annotation.Propagation;
import org.collegium.members.service.MemberMergeStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Merging two members: the duplicate's registrations and CE credits go to the survivor. */
@Component
@Transactional(propagation = Propagation.MANDATORY) // a step of the member merge's transaction
class EventRecordsMerge implements MemberMergeStep {

    private final JdbcTemplate jdbc;

    EventRecordsMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        int registrations = jdbc.update("update registration set member_id = ? where member_id = ?", survivorId,
                duplicateId);
        int credits = jdbc.update("update ce_credit set member_id = ? where member_id = ?", survivorId, duplicateId);
        // their ledger rows (issue 16) follow the credits; an evaluation's submission too (answers name nobody)
        jdbc.update("update ce_hours set member_id = ? where member_id = ? and source = 'EVENT'", survivorId,
                duplicateId);
        // one feed address per member: the survivor keeps theirs if they have one
        jdbc.update("update ignore calendar_token set member_id = ? where member_id = ?", survivorId, duplicateId);
        jdbc.update("delete from calendar_token where member_id = ?", duplicateId);
        return registrations == 0 && credits == 0 ? ""
                : registrations + " event registrations, " + credits + " CE credits";
    }
}
