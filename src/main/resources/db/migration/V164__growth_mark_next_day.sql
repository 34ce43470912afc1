-- The lapsed list without a search for each lapse's successor (issue 15): every mark of the status timeline (V162)
-- keeps the day of the same member's next mark of its kind (null: none), so "the member's latest lapse by today" is
-- a lapse in the range whose next_day is null or after today, read from one index. The refresh below is V162's with
-- only its last INSERT changed to write next_day; MemberStatusTimelineTest checks next_day against the marks.

ALTER TABLE member_growth_mark
    ADD COLUMN next_day DATE NULL,
    DROP INDEX ix_member_growth_mark_kind_day,
    ADD INDEX ix_member_growth_mark_kind_day (kind, day, next_day, member_id);

UPDATE member_growth_mark l
    JOIN (SELECT member_id, day, kind, lead(day) OVER (PARTITION BY member_id, kind ORDER BY day) AS next_day
          FROM member_growth_mark) x ON x.member_id = l.member_id AND x.day = l.day AND x.kind = l.kind
SET l.next_day = x.next_day;

DROP PROCEDURE member_timeline_refresh;

DELIMITER //

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
    INSERT INTO member_growth_mark (member_id, day, kind, affiliate_id, marks, next_day)
    SELECT member_id, day, kind, affiliate_id, marks, lead(day) OVER (PARTITION BY member_id, kind ORDER BY day)
    FROM member_growth_mark_new;
    DELETE FROM member_status_span_new;
    DELETE FROM member_growth_mark_new;
    DELETE FROM member_status_change;
END//

DELIMITER ;
