-- The members search at a million members (issue 15). MemberPagesImpl reads a search as a union of branches
-- (last name, first name, email, licence number, "first last"), each a range of its own index walked in the
-- list's order or sorted over index entries alone, and limited to the end of the page; its count stops at the
-- first 1,000 matches (the list then says "more than 1,000"). An OR of the branches was read by an index merge
-- of every match and then sorted: 171 ms for the first page of "smit" at a million, 947 ms with a status.
ALTER TABLE member
    -- the list's order itself (last name, first name, id): a last-name branch reads only its page's entries
    -- (was last_name, first_name, email, licence_number, whose order is not the list's)
    DROP INDEX ix_member_name,
    ADD INDEX ix_member_name (last_name, first_name),
    -- the first-name and "first last" branches: every filter and sort key in the index, no row read
    DROP INDEX ix_member_first_name,
    ADD INDEX ix_member_first_name (first_name, last_name, status, affiliate_id, membership_type_id),
    -- the email branch likewise (an email starts with a first name as often as not: "mar" is 40,000 members)
    ADD INDEX ix_member_email_name (email, last_name, first_name, status, affiliate_id, membership_type_id);

-- The tally of V155 also by membership type (0: none), so that the list filtered by type, with or without
-- status and affiliate, is counted from these few rows too (54.5 ms median counting a type's index at a million).
DROP TRIGGER tr_member_tally_insert;
DROP TRIGGER tr_member_tally_delete;
DROP TRIGGER tr_member_tally_update;
DROP TABLE member_status_tally;

CREATE TABLE member_status_tally
(
    affiliate_id       BIGINT      NOT NULL,
    status             VARCHAR(16) NOT NULL,
    membership_type_id BIGINT      NOT NULL,
    members            BIGINT      NOT NULL,
    PRIMARY KEY (affiliate_id, status, membership_type_id)
) ENGINE = InnoDB;

INSERT INTO member_status_tally (affiliate_id, status, membership_type_id, members)
SELECT coalesce(affiliate_id, 0), status, coalesce(membership_type_id, 0), count(*)
FROM member GROUP BY coalesce(affiliate_id, 0), status, coalesce(membership_type_id, 0);

CREATE TRIGGER tr_member_tally_insert AFTER INSERT ON member FOR EACH ROW
    INSERT INTO member_status_tally (affiliate_id, status, membership_type_id, members)
    VALUES (coalesce(NEW.affiliate_id, 0), NEW.status, coalesce(NEW.membership_type_id, 0), 1)
    ON DUPLICATE KEY UPDATE members = members + VALUES(members);

CREATE TRIGGER tr_member_tally_delete AFTER DELETE ON member FOR EACH ROW
    INSERT INTO member_status_tally (affiliate_id, status, membership_type_id, members)
    VALUES (coalesce(OLD.affiliate_id, 0), OLD.status, coalesce(OLD.membership_type_id, 0), -1)
    ON DUPLICATE KEY UPDATE members = members + VALUES(members);

-- a change takes its two rows in one statement, in key order, so two single changes never wait crosswise
CREATE TRIGGER tr_member_tally_update AFTER UPDATE ON member FOR EACH ROW
    INSERT INTO member_status_tally (affiliate_id, status, membership_type_id, members)
    SELECT x.affiliate_id, x.status, x.membership_type_id, x.members
    FROM (SELECT coalesce(OLD.affiliate_id, 0) AS affiliate_id, OLD.status AS status,
                 coalesce(OLD.membership_type_id, 0) AS membership_type_id, -1 AS members
          UNION ALL
          SELECT coalesce(NEW.affiliate_id, 0), NEW.status, coalesce(NEW.membership_type_id, 0), 1) x
    WHERE NOT (OLD.affiliate_id <=> NEW.affiliate_id AND OLD.status <=> NEW.status
               AND OLD.membership_type_id <=> NEW.membership_type_id)
    ORDER BY x.affiliate_id, x.status, x.membership_type_id
    ON DUPLICATE KEY UPDATE members = member_status_tally.members + VALUES(members);
