-- Issue 11: the members' directory is for members whose membership the board approved or that is paid. A term
-- granted at once (a type that needs no approval, or a free renewal) has no board decision behind it, so it is
-- marked; every other term was approved or recorded by the board (or imported by it). Terms granted at once before
-- this migration are found through the application that granted them: its note says so, and it was decided in
-- the same transaction that recorded the term.
ALTER TABLE membership_term
    ADD COLUMN granted_at_once BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE membership_term t
    JOIN membership_application a
      ON a.member_id = t.member_id
     AND a.membership_type_id = t.membership_type_id
     AND a.status = 'APPROVED'
     AND (a.decision_note LIKE 'Granted at once:%' OR a.decision_note LIKE 'Renewed at once:%')
     AND t.created_at BETWEEN a.decided_at - INTERVAL 1 MINUTE AND a.decided_at + INTERVAL 1 MINUTE
SET t.granted_at_once = TRUE;
