-- The reports over a society of 100,000 members (measured by ./mvnw -Pbench verify, ReportsBenchmark).
--
-- membership_term: the membership summary reads every term in member order and needs its dates, grace days and
-- type, all in this one index (no row reads); the growth report finds the terms begun in a range of months, and
-- for each whether the member had an earlier one.
ALTER TABLE membership_term
    ADD INDEX ix_membership_term_member_dates (member_id, end_date, start_date, grace_days, membership_type_id),
    ADD INDEX ix_membership_term_start (start_date, member_id),
    ADD INDEX ix_membership_term_member_start (member_id, start_date);

-- member: lapsed members by status and then the end of their latest term (renewals due use V6's
-- ix_member_term_end)
ALTER TABLE member
    ADD INDEX ix_member_status_term_end (status, current_term_end);
