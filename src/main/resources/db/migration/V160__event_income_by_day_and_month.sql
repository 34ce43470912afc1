-- Event income summed coarser (issue 15): each event's quarter-hour rows of event_income_bucket (V151) added up per
-- UTC day and per UTC month, so the home page's income this month and this year reads the months and days that
-- lie wholly inside the range and the quarter hours only at its partial edges (reports/service/EventIncome.amounts),
-- a few thousand rows rather than every quarter hour of the year, with exactly the same sums. Kept by triggers on
-- event_income_bucket itself, so in the same transaction as every registration change that moves a bucket; per
-- event, as the buckets are, so the rows one registration changes stay guarded by the event's lock.
-- ReportSummariesTest checks on random histories that both equal the buckets summed.
CREATE TABLE event_income_day
(
    day      DATE           NOT NULL,
    event_id BIGINT         NOT NULL,
    amount   DECIMAL(16, 2) NOT NULL,
    payments BIGINT         NOT NULL,
    PRIMARY KEY (day, event_id)
) ENGINE = InnoDB;

CREATE TABLE event_income_month
(
    month    DATE           NOT NULL, -- the month's first day (UTC)
    event_id BIGINT         NOT NULL,
    amount   DECIMAL(16, 2) NOT NULL,
    payments BIGINT         NOT NULL,
    PRIMARY KEY (month, event_id)
) ENGINE = InnoDB;

INSERT INTO event_income_day (day, event_id, amount, payments)
SELECT cast(bucket AS DATE), event_id, sum(amount), sum(payments)
FROM event_income_bucket
GROUP BY 1, 2;

INSERT INTO event_income_month (month, event_id, amount, payments)
SELECT day - INTERVAL (dayofmonth(day) - 1) DAY, event_id, sum(amount), sum(payments)
FROM event_income_day
GROUP BY 1, 2;

DELIMITER //

CREATE TRIGGER tr_event_income_day_insert AFTER INSERT ON event_income_bucket FOR EACH ROW
BEGIN
    INSERT INTO event_income_day (day, event_id, amount, payments)
    VALUES (cast(NEW.bucket AS DATE), NEW.event_id, NEW.amount, NEW.payments)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);
    INSERT INTO event_income_month (month, event_id, amount, payments)
    VALUES (cast(NEW.bucket AS DATE) - INTERVAL (dayofmonth(NEW.bucket) - 1) DAY, NEW.event_id, NEW.amount,
            NEW.payments)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);
END//

CREATE TRIGGER tr_event_income_day_delete AFTER DELETE ON event_income_bucket FOR EACH ROW
BEGIN
    INSERT INTO event_income_day (day, event_id, amount, payments)
    VALUES (cast(OLD.bucket AS DATE), OLD.event_id, -OLD.amount, -OLD.payments)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);
    INSERT INTO event_income_month (month, event_id, amount, payments)
    VALUES (cast(OLD.bucket AS DATE) - INTERVAL (dayofmonth(OLD.bucket) - 1) DAY, OLD.event_id, -OLD.amount,
            -OLD.payments)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);
END//

-- The registrations' triggers only add to a bucket's amount and payments (its key stays); a change of key is
-- handled too, as a delete and an insert, in key order.
CREATE TRIGGER tr_event_income_day_update AFTER UPDATE ON event_income_bucket FOR EACH ROW
BEGIN
    INSERT INTO event_income_day (day, event_id, amount, payments)
    SELECT x.day, x.event_id, x.amount, x.payments
    FROM (SELECT cast(OLD.bucket AS DATE) AS day, OLD.event_id AS event_id, -OLD.amount AS amount,
                 -OLD.payments AS payments
          UNION ALL
          SELECT cast(NEW.bucket AS DATE), NEW.event_id, NEW.amount, NEW.payments) x
    ORDER BY x.day, x.event_id
    ON DUPLICATE KEY UPDATE amount = event_income_day.amount + VALUES(amount),
                            payments = event_income_day.payments + VALUES(payments);
    INSERT INTO event_income_month (month, event_id, amount, payments)
    SELECT x.month, x.event_id, x.amount, x.payments
    FROM (SELECT cast(OLD.bucket AS DATE) - INTERVAL (dayofmonth(OLD.bucket) - 1) DAY AS month,
                 OLD.event_id AS event_id, -OLD.amount AS amount, -OLD.payments AS payments
          UNION ALL
          SELECT cast(NEW.bucket AS DATE) - INTERVAL (dayofmonth(NEW.bucket) - 1) DAY, NEW.event_id, NEW.amount,
                 NEW.payments) x
    ORDER BY x.month, x.event_id
    ON DUPLICATE KEY UPDATE amount = event_income_month.amount + VALUES(amount),
                            payments = event_income_month.payments + VALUES(payments);
END//

DELIMITER ;
