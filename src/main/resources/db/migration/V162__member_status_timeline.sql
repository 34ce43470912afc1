-- Each member's status through time, kept ahead (issue 15): the membership summary on any day and the growth
-- chart read a few summed rows instead of working out every member's status from their terms.
--
-- member_status_span: a member's days on the books cut where their status or type (under MembershipStatusRule, as
-- reports/service/MembershipReports describes it) changes: from from_day until the day before to_day (null: from
-- then on). lapsed marks a span that begins the member's lapse (the day the rule turns them LAPSED).
-- member_growth_mark: per member and day, the joins (their first term begins), renewals (a later term begins) and
-- lapses the growth chart counts.
-- member_status_day / member_status_month: the spans summed as changes: +1 member in (affiliate, type, status) on
-- the span's first day, -1 on its to_day; the month table the same by month, so a day's figures are every month
-- before it plus that month's days. member_growth_day: the marks summed by day and affiliate.
-- affiliate_id and membership_type_id are 0 for none; the affiliate is the member's affiliate now.
--
-- Kept by triggers in the same transaction as every change to a member or term that the rule reads, whichever code
-- makes it: member_timeline_refresh works the changed members' spans out again and adds the difference to the
-- sums. A member on the books from the day they were recorded in the society's zone: the triggers read that zone's
-- offsets from society_zone_offset, which base/service/SocietyZoneOffsets writes at start and when the zone
-- changes, and then rebuilds every member (the tables start empty here for that reason).
-- MemberStatusTimelineTest checks on random histories that the sums equal MembershipStatusRule applied to every
-- member's terms.
--
-- A session that changes many members at once (an import, the demo data, a mass delete) sets
-- @member_timeline_deferred = 1 first: the triggers then only note the members in the session's
-- member_timeline_pending, and the session refreshes those afterwards, a range at a time, before it commits
-- (members/service/MemberStatusTimeline.inBulk). A refresh per row costs milliseconds; ten thousand of them are
-- minutes where one refresh of the range takes seconds.

CREATE TABLE society_zone_offset
(
    from_utc       DATETIME(6) NOT NULL, -- the offset holds from this UTC instant on
    offset_seconds INT         NOT NULL,
    PRIMARY KEY (from_utc)
) ENGINE = InnoDB;

CREATE TABLE member_status_span
(
    member_id          BIGINT      NOT NULL,
    from_day           DATE        NOT NULL,
    to_day             DATE        NULL,
    affiliate_id       BIGINT      NOT NULL,
    membership_type_id BIGINT      NOT NULL,
    status             VARCHAR(16) NOT NULL,
    lapsed             BOOLEAN     NOT NULL,
    PRIMARY KEY (member_id, from_day)
) ENGINE = InnoDB;

CREATE TABLE member_growth_mark
(
    member_id    BIGINT  NOT NULL,
    day          DATE    NOT NULL,
    kind         CHAR(1) NOT NULL, -- J join, R renewal, L lapse
    affiliate_id BIGINT  NOT NULL,
    marks        INT     NOT NULL,
    PRIMARY KEY (member_id, day, kind),
    INDEX ix_member_growth_mark_kind_day (kind, day, member_id) -- the lapsed list: lapses of a range
) ENGINE = InnoDB;

CREATE TABLE member_status_day
(
    day                DATE        NOT NULL,
    affiliate_id       BIGINT      NOT NULL,
    membership_type_id BIGINT      NOT NULL,
    status             VARCHAR(16) NOT NULL,
    members            BIGINT      NOT NULL,
    PRIMARY KEY (day, affiliate_id, membership_type_id, status)
) ENGINE = InnoDB;

CREATE TABLE member_status_month
(
    month              DATE        NOT NULL, -- the month's first day
    affiliate_id       BIGINT      NOT NULL,
    membership_type_id BIGINT      NOT NULL,
    status             VARCHAR(16) NOT NULL,
    members            BIGINT      NOT NULL,
    PRIMARY KEY (month, affiliate_id, membership_type_id, status)
) ENGINE = InnoDB;

CREATE TABLE member_growth_day
(
    day          DATE   NOT NULL,
    affiliate_id BIGINT NOT NULL,
    joins        BIGINT NOT NULL,
    renewals     BIGINT NOT NULL,
    lapses       BIGINT NOT NULL,
    PRIMARY KEY (day, affiliate_id)
) ENGINE = InnoDB;

DELIMITER //

-- The society's day of a stored UTC instant.
CREATE FUNCTION society_day(p_utc DATETIME(6)) RETURNS DATE READS SQL DATA
BEGIN
    RETURN date(p_utc + INTERVAL coalesce((SELECT z.offset_seconds FROM society_zone_offset z
                                            WHERE z.from_utc <= p_utc ORDER BY z.from_utc DESC LIMIT 1), 0) SECOND);
END//

-- Works out again the spans and marks of the members with ids p_from..p_to and adds what changed to the sums.
-- The new spans and marks are made in session-private temporary tables, so that the sums take each changed row once,
-- in key order, in one statement per table.
CREATE PROCEDURE member_timeline_refresh(p_from BIGINT, p_to BIGINT)
BEGIN
    CREATE TEMPORARY TABLE IF NOT EXISTS member_status_span_new LIKE member_status_span;
    CREATE TEMPORARY TABLE IF NOT EXISTS member_growth_mark_new LIKE member_growth_mark;
    CREATE TEMPORARY TABLE IF NOT EXISTS member_status_change
    (
        day                DATE        NOT NULL,
        affiliate_id       BIGINT      NOT NULL,
        membership_type_id BIGINT      NOT NULL,
        status             VARCHAR(16) NOT NULL,
        members            BIGINT      NOT NULL
    );
    DELETE FROM member_status_span_new;
    DELETE FROM member_growth_mark_new;
    DELETE FROM member_status_change;

    -- The status and type on each day where either may change (the day the member comes on the books, a term's
    -- first day, the day after it ends, after its grace, after its pay-by day, the day it was settled, the
    -- recorded closing), worked out as MembershipStatusRule does: a span begins where they differ from the day
    -- before. latest: of the terms begun by that day that count on it, the one ending last (its end date, grace
    -- days, type), which alone decides (MembershipReports explains why).
    INSERT INTO member_status_span_new (member_id, from_day, to_day, affiliate_id, membership_type_id, status, lapsed)
    SELECT f.member_id, f.day, lead(f.day) OVER (PARTITION BY f.member_id ORDER BY f.day), f.affiliate_id,
           f.type_id, f.status, f.status = 'LAPSED' AND NOT (f.before_status <=> 'LAPSED')
    FROM (SELECT e.*,
                 lag(e.status) OVER (PARTITION BY e.member_id ORDER BY e.day) AS before_status,
                 lag(e.type_id) OVER (PARTITION BY e.member_id ORDER BY e.day) AS before_type
          FROM (SELECT p.member_id, p.day, p.affiliate_id,
                       CASE
                           WHEN p.closed_status IS NOT NULL AND p.closed_on <= p.day THEN p.closed_status
                           WHEN p.latest IS NULL AND p.begun IS NULL THEN 'APPLICANT'
                           WHEN p.latest IS NULL THEN 'LAPSED'
                           WHEN cast(left(p.latest, 10) AS DATE) >= p.day THEN 'ACTIVE'
                           WHEN date_add(cast(left(p.latest, 10) AS DATE),
                                         INTERVAL cast(substring(p.latest, 11, 3) AS UNSIGNED) DAY) < p.day
                               THEN 'LAPSED'
                           ELSE 'GRACE'
                           END AS status,
                       coalesce(cast(substring(p.latest, 14) AS UNSIGNED), 0) AS type_id
                FROM (SELECT c.member_id, c.day, m.affiliate_id, m.closed_status, m.closed_on,
                             (SELECT concat(s.end_date, lpad(s.grace_days, 3, '0'), s.membership_type_id)
                              FROM membership_term s
                              WHERE s.member_id = c.member_id AND s.start_date <= c.day
                                AND (s.pay_by IS NULL OR s.pay_by >= c.day OR s.settled_on <= c.day)
                              ORDER BY s.end_date DESC, s.start_date DESC, s.grace_days DESC,
                                       s.membership_type_id DESC
                              LIMIT 1) AS latest,
                             (SELECT 1 FROM membership_term b WHERE b.member_id = c.member_id
                                AND b.start_date <= c.day LIMIT 1) AS begun
                      FROM (SELECT t.member_id, t.start_date AS day
                            FROM membership_term t WHERE t.member_id BETWEEN p_from AND p_to
                            UNION
                            SELECT t.member_id, t.end_date + INTERVAL 1 DAY
                            FROM membership_term t WHERE t.member_id BETWEEN p_from AND p_to
                            UNION
                            SELECT t.member_id, t.end_date + INTERVAL (t.grace_days + 1) DAY
                            FROM membership_term t WHERE t.member_id BETWEEN p_from AND p_to
                            UNION
                            SELECT t.member_id, t.pay_by + INTERVAL 1 DAY
                            FROM membership_term t WHERE t.member_id BETWEEN p_from AND p_to AND t.pay_by IS NOT NULL
                            UNION
                            SELECT t.member_id, t.settled_on
                            FROM membership_term t
                            WHERE t.member_id BETWEEN p_from AND p_to AND t.settled_on IS NOT NULL
                            UNION
                            SELECT m.id, m.closed_on
                            FROM member m
                            WHERE m.id BETWEEN p_from AND p_to AND m.closed_status IS NOT NULL
                              AND m.closed_on IS NOT NULL
                            UNION
                            SELECT m.id, society_day(m.created_at)
                            FROM member m WHERE m.id BETWEEN p_from AND p_to) c
                      -- on the books from the day recorded, or from the first term's if that is earlier (imports),
                      -- grouped, so that the society's day is worked out once per member
                      JOIN (SELECT m.id, coalesce(m.affiliate_id, 0) AS affiliate_id, m.closed_status, m.closed_on,
                                   least(society_day(m.created_at),
                                         coalesce((SELECT min(f.start_date) FROM membership_term f
                                                   WHERE f.member_id = m.id), '9999-12-31')) AS on_books
                            FROM member m WHERE m.id BETWEEN p_from AND p_to GROUP BY m.id) m
                        ON m.id = c.member_id AND c.day >= m.on_books
                      -- grouped, so that MariaDB keeps this table rather than working "latest" out at every use
                      GROUP BY c.member_id, c.day) p) e) f
    WHERE NOT (f.before_status <=> f.status AND f.before_type <=> f.type_id);

    INSERT INTO member_growth_mark_new (member_id, day, kind, affiliate_id, marks)
    SELECT x.member_id, x.day, x.kind, x.affiliate_id, count(*)
    FROM (SELECT t.member_id, t.start_date AS day,
                 if(row_number() OVER (PARTITION BY t.member_id ORDER BY t.start_date, t.id) = 1, 'J', 'R') AS kind,
                 coalesce(m.affiliate_id, 0) AS affiliate_id
          FROM membership_term t
          JOIN member m ON m.id = t.member_id
          WHERE t.member_id BETWEEN p_from AND p_to
          UNION ALL
          SELECT s.member_id, s.from_day, 'L', s.affiliate_id
          FROM member_status_span_new s WHERE s.lapsed) x
    GROUP BY x.member_id, x.day, x.kind, x.affiliate_id;

    -- the change: the new spans in, the old ones out
    INSERT INTO member_status_change (day, affiliate_id, membership_type_id, status, members)
    SELECT from_day, affiliate_id, membership_type_id, status, 1 FROM member_status_span_new
    UNION ALL
    SELECT to_day, affiliate_id, membership_type_id, status, -1 FROM member_status_span_new WHERE to_day IS NOT NULL
    UNION ALL
    SELECT from_day, affiliate_id, membership_type_id, status, -1 FROM member_status_span
    WHERE member_id BETWEEN p_from AND p_to
    UNION ALL
    SELECT to_day, affiliate_id, membership_type_id, status, 1 FROM member_status_span
    WHERE member_id BETWEEN p_from AND p_to AND to_day IS NOT NULL;

    INSERT INTO member_status_day (day, affiliate_id, membership_type_id, status, members)
    SELECT day, affiliate_id, membership_type_id, status, sum(members)
    FROM member_status_change
    GROUP BY day, affiliate_id, membership_type_id, status
    HAVING sum(members) <> 0
    ORDER BY day, affiliate_id, membership_type_id, status
    ON DUPLICATE KEY UPDATE members = member_status_day.members + VALUES(members);

    INSERT INTO member_status_month (month, affiliate_id, membership_type_id, status, members)
    SELECT day - INTERVAL (dayofmonth(day) - 1) DAY AS month, affiliate_id, membership_type_id, status, sum(members)
    FROM member_status_change
    GROUP BY month, affiliate_id, membership_type_id, status
    HAVING sum(members) <> 0
    ORDER BY month, affiliate_id, membership_type_id, status
    ON DUPLICATE KEY UPDATE members = member_status_month.members + VALUES(members);

    INSERT INTO member_growth_day (day, affiliate_id, joins, renewals, lapses)
    SELECT x.day, x.affiliate_id, sum(if(x.kind = 'J', x.marks, 0)), sum(if(x.kind = 'R', x.marks, 0)),
           sum(if(x.kind = 'L', x.marks, 0))
    FROM (SELECT day, affiliate_id, kind, marks FROM member_growth_mark_new
          UNION ALL
          SELECT day, affiliate_id, kind, -marks FROM member_growth_mark WHERE member_id BETWEEN p_from AND p_to) x
    GROUP BY x.day, x.affiliate_id
    HAVING sum(if(x.kind = 'J', x.marks, 0)) <> 0 OR sum(if(x.kind = 'R', x.marks, 0)) <> 0
        OR sum(if(x.kind = 'L', x.marks, 0)) <> 0
    ORDER BY x.day, x.affiliate_id
    ON DUPLICATE KEY UPDATE joins = member_growth_day.joins + VALUES(joins),
                            renewals = member_growth_day.renewals + VALUES(renewals),
                            lapses = member_growth_day.lapses + VALUES(lapses);

    DELETE FROM member_status_span WHERE member_id BETWEEN p_from AND p_to;
    INSERT INTO member_status_span SELECT * FROM member_status_span_new;
    DELETE FROM member_growth_mark WHERE member_id BETWEEN p_from AND p_to;
    INSERT INTO member_growth_mark SELECT * FROM member_growth_mark_new;
    DELETE FROM member_status_span_new;
    DELETE FROM member_growth_mark_new;
    DELETE FROM member_status_change;
END//

-- One member worked out again, or noted for later when the session put refreshes off.
CREATE PROCEDURE member_timeline_changed(p_member BIGINT)
BEGIN
    IF @member_timeline_deferred IS NULL THEN
        CALL member_timeline_refresh(p_member, p_member);
    ELSE
        CREATE TEMPORARY TABLE IF NOT EXISTS member_timeline_pending (member_id BIGINT NOT NULL PRIMARY KEY);
        INSERT IGNORE INTO member_timeline_pending (member_id) VALUES (p_member);
    END IF;
END//

CREATE TRIGGER tr_member_timeline_insert AFTER INSERT ON member FOR EACH ROW
    CALL member_timeline_changed(NEW.id)//

-- The member's terms are deleted before it (their foreign key has no cascade): this takes the member's spans out.
CREATE TRIGGER tr_member_timeline_delete AFTER DELETE ON member FOR EACH ROW
    CALL member_timeline_changed(OLD.id)//

CREATE TRIGGER tr_member_timeline_update AFTER UPDATE ON member FOR EACH ROW
BEGIN
    IF NOT (OLD.affiliate_id <=> NEW.affiliate_id AND OLD.closed_status <=> NEW.closed_status
            AND OLD.closed_on <=> NEW.closed_on AND OLD.created_at <=> NEW.created_at) THEN
        CALL member_timeline_changed(NEW.id);
    END IF;
END//

CREATE TRIGGER tr_term_timeline_insert AFTER INSERT ON membership_term FOR EACH ROW
    CALL member_timeline_changed(NEW.member_id)//

CREATE TRIGGER tr_term_timeline_delete AFTER DELETE ON membership_term FOR EACH ROW
    CALL member_timeline_changed(OLD.member_id)//

CREATE TRIGGER tr_term_timeline_update AFTER UPDATE ON membership_term FOR EACH ROW
BEGIN
    IF NOT (OLD.member_id <=> NEW.member_id AND OLD.start_date <=> NEW.start_date
            AND OLD.end_date <=> NEW.end_date AND OLD.grace_days <=> NEW.grace_days
            AND OLD.pay_by <=> NEW.pay_by AND OLD.settled_on <=> NEW.settled_on
            AND OLD.membership_type_id <=> NEW.membership_type_id) THEN
        CALL member_timeline_changed(OLD.member_id);
        IF NOT (OLD.member_id <=> NEW.member_id) THEN
            CALL member_timeline_changed(NEW.member_id);
        END IF;
    END IF;
END//

DELIMITER ;
