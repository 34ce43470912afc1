package org.collegium.evaluations.service;

import org.collegium.members.service.MemberMergeStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Merging two members: the duplicate's evaluation submissions go to the survivor (the answers name nobody). */
@Component
@Transactional(propagation = Propagation.MANDATORY) // a step of the member merge's transaction
class EvaluationRecordsMerge implements MemberMergeStep {

    private final JdbcTemplate jdbc;

    EvaluationRecordsMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        // IGNORE keeps the survivor's own where both submitted for the same event
        int moved = jdbc.update("update ignore evaluation_submission set member_id = ? where member_id = ?",
                survivorId, duplicateId);
        jdbc.update("delete from evaluation_submission where member_id = ?", duplicateId);
        return moved == 0 ? "" : moved + " evaluation submissions";
    }
}
