-- The income report and the home page's income figures read the payments of a range of days with their amount,
-- member (for the affiliate) and term (for the type): all from this index, without reading the rows.
ALTER TABLE payment
    DROP INDEX ix_payment_paid_on,
    ADD INDEX ix_payment_paid_on (paid_on, member_id, amount, membership_term_id);
