-- Members counted ahead by affiliate (0: none) and the status kept on each member (issue 15): the home page's
-- "members at a glance" reads these few rows (reports/service/MembershipReports.countsNow) instead of every
-- member. Kept by triggers in the same transaction as every insert, delete and change of a member's status or
-- affiliate, whichever code makes it. A change takes its two rows in one statement, in key order, so two single
-- changes never wait on each other crosswise. ReportSummariesTest checks on random histories that it equals the
-- members counted.
CREATE TABLE member_status_tally
(
    affiliate_id BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    members      BIGINT      NOT NULL,
    PRIMARY KEY (affiliate_id, status)
) ENGINE = InnoDB;

INSERT INTO member_status_tally (affiliate_id, status, members)
SELECT coalesce(affiliate_id, 0), status, count(*) FROM member GROUP BY coalesce(affiliate_id, 0), status;

CREATE TRIGGER tr_member_tally_insert AFTER INSERT ON member FOR EACH ROW
    INSERT INTO member_status_tally (affiliate_id, status, members)
    VALUES (coalesce(NEW.affiliate_id, 0), NEW.status, 1)
    ON DUPLICATE KEY UPDATE members = members + VALUES(members);

CREATE TRIGGER tr_member_tally_delete AFTER DELETE ON member FOR EACH ROW
    INSERT INTO member_status_tally (affiliate_id, status, members)
    VALUES (coalesce(OLD.affiliate_id, 0), OLD.status, -1)
    ON DUPLICATE KEY UPDATE members = members + VALUES(members);

CREATE TRIGGER tr_member_tally_update AFTER UPDATE ON member FOR EACH ROW
    INSERT INTO member_status_tally (affiliate_id, status, members)
    SELECT x.affiliate_id, x.status, x.members
    FROM (SELECT coalesce(OLD.affiliate_id, 0) AS affiliate_id, OLD.status AS status, -1 AS members
          UNION ALL
          SELECT coalesce(NEW.affiliate_id, 0), NEW.status, 1) x
    WHERE NOT (OLD.affiliate_id <=> NEW.affiliate_id AND OLD.status <=> NEW.status)
    ORDER BY x.affiliate_id, x.status
    ON DUPLICATE KEY UPDATE members = member_status_tally.members + VALUES(members);
