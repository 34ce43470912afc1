-- Income summed ahead, for the home page's income this month and this year (society-wide): each source's amount
-- and payments per bucket, kept by triggers in the same transaction as every change to a payment or a
-- registration, whichever code makes it. DUES: payments by the day paid (bucket = paid_on at 00:00).
-- EVENTS: registrations that count as income (CONFIRMED, ATTENDED, NO_SHOW, price > 0) by the quarter hour of
-- registered_at (UTC as stored), so that any society's midnight falls on a bucket's edge. A cancelled event's
-- registrations are subtracted when read (IncomeSummary): its registrations are cancelled with it. An update
-- that changes none of status, price and registered_at leaves the buckets (and their locks) alone.
-- IncomeSummaryTest checks on random histories that the buckets equal the raw rows.
CREATE TABLE income_summary
(
    source   VARCHAR(16)    NOT NULL,
    bucket   DATETIME       NOT NULL,
    amount   DECIMAL(16, 2) NOT NULL,
    payments BIGINT         NOT NULL,
    PRIMARY KEY (source, bucket)
);

INSERT INTO income_summary (source, bucket, amount, payments)
SELECT 'DUES', paid_on, sum(amount), count(*) FROM payment GROUP BY paid_on;

INSERT INTO income_summary (source, bucket, amount, payments)
SELECT 'EVENTS', cast(date_format(registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
                     + INTERVAL (minute(registered_at) DIV 15 * 15) MINUTE, sum(price), count(*)
FROM registration
WHERE status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND price > 0
GROUP BY 2;

CREATE TRIGGER tr_income_payment_insert AFTER INSERT ON payment FOR EACH ROW
    INSERT INTO income_summary (source, bucket, amount, payments)
    VALUES ('DUES', NEW.paid_on, NEW.amount, 1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_income_payment_delete AFTER DELETE ON payment FOR EACH ROW
    INSERT INTO income_summary (source, bucket, amount, payments)
    VALUES ('DUES', OLD.paid_on, -OLD.amount, -1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_income_payment_update_old AFTER UPDATE ON payment FOR EACH ROW
    INSERT INTO income_summary (source, bucket, amount, payments)
    VALUES ('DUES', OLD.paid_on, -OLD.amount, -1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_income_payment_update_new AFTER UPDATE ON payment FOR EACH ROW FOLLOWS tr_income_payment_update_old
    INSERT INTO income_summary (source, bucket, amount, payments)
    VALUES ('DUES', NEW.paid_on, NEW.amount, 1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_income_registration_insert AFTER INSERT ON registration FOR EACH ROW
    INSERT INTO income_summary (source, bucket, amount, payments)
    SELECT 'EVENTS', cast(date_format(NEW.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
                         + INTERVAL (minute(NEW.registered_at) DIV 15 * 15) MINUTE, NEW.price, 1
    FROM DUAL WHERE NEW.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND NEW.price > 0
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_income_registration_delete AFTER DELETE ON registration FOR EACH ROW
    INSERT INTO income_summary (source, bucket, amount, payments)
    SELECT 'EVENTS', cast(date_format(OLD.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
                         + INTERVAL (minute(OLD.registered_at) DIV 15 * 15) MINUTE, -OLD.price, -1
    FROM DUAL WHERE OLD.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND OLD.price > 0
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_income_registration_update_old AFTER UPDATE ON registration FOR EACH ROW
    INSERT INTO income_summary (source, bucket, amount, payments)
    SELECT 'EVENTS', cast(date_format(OLD.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
                         + INTERVAL (minute(OLD.registered_at) DIV 15 * 15) MINUTE, -OLD.price, -1
    FROM DUAL WHERE OLD.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND OLD.price > 0
      AND NOT (OLD.status <=> NEW.status AND OLD.price <=> NEW.price AND OLD.registered_at <=> NEW.registered_at)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_income_registration_update_new AFTER UPDATE ON registration FOR EACH ROW
    FOLLOWS tr_income_registration_update_old
    INSERT INTO income_summary (source, bucket, amount, payments)
    SELECT 'EVENTS', cast(date_format(NEW.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
                         + INTERVAL (minute(NEW.registered_at) DIV 15 * 15) MINUTE, NEW.price, 1
    FROM DUAL WHERE NEW.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND NEW.price > 0
      AND NOT (OLD.status <=> NEW.status AND OLD.price <=> NEW.price AND OLD.registered_at <=> NEW.registered_at)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);
