-- Issue 11: attendance corrections offer only those on the roster at the time of the session, so a roster place
-- records when it began (approved) and ended (left). One row per member and group is reused when they ask again:
-- it holds their latest time on the roster. Rows on the roster now began when they were approved; for places
-- left before this migration the start is unknown and stays empty (they are offered only for sessions they were
-- recorded at, as before).
ALTER TABLE group_membership
    ADD COLUMN joined_at DATETIME(6) NULL,
    ADD COLUMN left_at   DATETIME(6) NULL;

UPDATE group_membership SET joined_at = COALESCE(decided_at, requested_at) WHERE status = 'ACTIVE';
UPDATE group_membership SET left_at = decided_at WHERE status = 'LEFT';
