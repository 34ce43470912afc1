-- The members grid on a society of 100,000 members (measured by ./mvnw -Pbench verify, MembersBenchmark).
--
-- A page is read as ids first (MemberPagesImpl). Every filter the grid offers has an index holding the filter
-- and then the grid's order (last name, first name), so the ids of a page, even of page 600, are read from
-- that index alone instead of sorting every matching member. Counts read the narrowest index that holds their
-- filter. The search box matches prefixes of names, email and licence number (MemberService), each of which
-- has an index.

ALTER TABLE member
    -- no filter; also holds what the search box compares, so the ids of a page of search results come from
    -- the index alone (was last_name, first_name)
    DROP INDEX ix_member_name,
    ADD INDEX ix_member_name (last_name, first_name, email, licence_number),
    -- status: in order, and a narrow one for counting (was status, last_name)
    DROP INDEX ix_member_status,
    ADD INDEX ix_member_status (status),
    ADD INDEX ix_member_status_name (status, last_name, first_name),
    -- affiliate, with or without status; ix_member_affiliate (affiliate_id, status) stays, for counting
    ADD INDEX ix_member_affiliate_name (affiliate_id, last_name, first_name),
    ADD INDEX ix_member_affiliate_status_name (affiliate_id, status, last_name, first_name),
    -- membership type; counted on the foreign key's own index
    ADD INDEX ix_member_type_name (membership_type_id, last_name, first_name),
    -- search by first name, and by first name and the start of the last ("Maria Gonz")
    ADD INDEX ix_member_first_name (first_name, last_name);
