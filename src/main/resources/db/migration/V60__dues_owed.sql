-- Dues owed (issue 13). A term whose dues are above zero is pending payment until a payment or a waiver is
-- recorded for it; until its pay-by day it counts like a paid term, and unpaid after that day it does not count
-- (MembershipStatusRule). pay_by is null when nothing was owed: free terms, and every term recorded before this
-- rule (history is not rewritten: nobody's status moves because of this migration). settled_on is the day the
-- payment or waiver that settled it was dated.
ALTER TABLE membership_type
    ADD COLUMN payment_grace_days INT NOT NULL DEFAULT 30;

ALTER TABLE membership_term
    ADD COLUMN pay_by     DATE NULL,
    ADD COLUMN settled_on DATE NULL,
    -- the one dues reminder of a term, claimed when queued (DuesReminders)
    ADD COLUMN dues_reminded_at DATETIME(6) NULL,
    -- the report's covering index (V14) gains the payment columns, read by the same subquery
    DROP INDEX ix_membership_term_member_dates,
    ADD INDEX ix_membership_term_member_dates (member_id, end_date, start_date, grace_days, membership_type_id,
        pay_by, settled_on),
    -- the dues-owed reminders find the pending terms
    ADD INDEX ix_membership_term_pay_by (pay_by, settled_on);
