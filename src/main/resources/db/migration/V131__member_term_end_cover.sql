-- Renewals due in a month (the home page's figure, for the society or an affiliate) count the members whose term
-- ends in it and who have not closed their membership: from this index alone (it extends V6's).
ALTER TABLE member
    DROP INDEX ix_member_term_end,
    ADD INDEX ix_member_term_end (current_term_end, status, closed_status, affiliate_id);
