-- The CE issued report counts the distinct people of each period's credits: with the member in V15's index too it
-- reads the index alone, not every credit's row (issue 15).
ALTER TABLE ce_credit
    DROP INDEX ix_ce_credit_awarded,
    ADD INDEX ix_ce_credit_awarded (awarded_on, withdrawn, ce_type, hours, member_id, registration_id);
