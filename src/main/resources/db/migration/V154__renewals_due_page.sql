-- Renewals due list their members by term end and then name: read in this index's order, the first page stops after
-- its rows (with the filter's columns in the index) instead of sorting every term ending in the next year (issue 15).
ALTER TABLE member
    ADD INDEX ix_member_term_end_name (current_term_end, last_name, first_name, closed_status, affiliate_id);
