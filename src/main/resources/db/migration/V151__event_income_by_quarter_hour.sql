-- Event registrations' income summed ahead (issue 15): per event, the registrations that count as income
-- (CONFIRMED, ATTENDED, NO_SHOW with a price above 0) by the quarter hour of registered_at (UTC as stored), so
-- that any society's midnight falls on a bucket's edge and the report still counts each payment on the society's
-- calendar day (reports/service/EventIncome). Kept by triggers in the same transaction as every change to a
-- registration, whichever code makes it; a cancelled event's rows stay and the report leaves them out by the
-- event's status, as it does the registrations. Per event, so that the rows one registration changes are guarded
-- by the event's lock every registration path takes first (events/service/Seating): no new lock order between
-- events. EventIncomeSummaryTest checks on random histories that it equals the registrations summed.
CREATE TABLE event_income_bucket
(
    bucket   DATETIME       NOT NULL,
    event_id BIGINT         NOT NULL,
    amount   DECIMAL(16, 2) NOT NULL,
    payments BIGINT         NOT NULL,
    PRIMARY KEY (bucket, event_id)
) ENGINE = InnoDB;

INSERT INTO event_income_bucket (bucket, event_id, amount, payments)
SELECT cast(date_format(registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
           + INTERVAL (minute(registered_at) DIV 15 * 15) MINUTE, event_id, sum(price), count(*)
FROM registration
WHERE status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND price > 0
GROUP BY 1, 2;

CREATE TRIGGER tr_event_income_registration_insert AFTER INSERT ON registration FOR EACH ROW
    INSERT INTO event_income_bucket (bucket, event_id, amount, payments)
    SELECT cast(date_format(NEW.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
               + INTERVAL (minute(NEW.registered_at) DIV 15 * 15) MINUTE, NEW.event_id, NEW.price, 1
    FROM DUAL WHERE NEW.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND NEW.price > 0
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_event_income_registration_delete AFTER DELETE ON registration FOR EACH ROW
    INSERT INTO event_income_bucket (bucket, event_id, amount, payments)
    SELECT cast(date_format(OLD.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
               + INTERVAL (minute(OLD.registered_at) DIV 15 * 15) MINUTE, OLD.event_id, -OLD.price, -1
    FROM DUAL WHERE OLD.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND OLD.price > 0
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

-- An update changes the summary only when the registration's contribution changes: confirmed to attended (check-in)
-- or a renamed person leave it (and its lock) alone.
CREATE TRIGGER tr_event_income_registration_update_old AFTER UPDATE ON registration FOR EACH ROW
    INSERT INTO event_income_bucket (bucket, event_id, amount, payments)
    SELECT cast(date_format(OLD.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
               + INTERVAL (minute(OLD.registered_at) DIV 15 * 15) MINUTE, OLD.event_id, -OLD.price, -1
    FROM DUAL WHERE OLD.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND OLD.price > 0
      AND NOT ((NEW.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW')) AND OLD.price <=> NEW.price
               AND OLD.registered_at <=> NEW.registered_at AND OLD.event_id <=> NEW.event_id)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_event_income_registration_update_new AFTER UPDATE ON registration FOR EACH ROW
    FOLLOWS tr_event_income_registration_update_old
    INSERT INTO event_income_bucket (bucket, event_id, amount, payments)
    SELECT cast(date_format(NEW.registered_at, '%Y-%m-%d %H:00:00') AS DATETIME)
               + INTERVAL (minute(NEW.registered_at) DIV 15 * 15) MINUTE, NEW.event_id, NEW.price, 1
    FROM DUAL WHERE NEW.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') AND NEW.price > 0
      AND NOT ((OLD.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW')) AND OLD.price <=> NEW.price
               AND OLD.registered_at <=> NEW.registered_at AND OLD.event_id <=> NEW.event_id)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);
