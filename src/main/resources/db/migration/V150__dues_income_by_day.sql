-- Dues income summed ahead (issue 15): the recorded payments per day paid, membership type of the term paid for
-- (0: not for a term) and member's affiliate (0: none), kept by triggers in the same transaction as every change to
-- a payment, to a member's affiliate and to a term's type, whichever code makes it. The income report's dues and
-- the home page's income read it (reports/service/DuesIncome) instead of every payment of the range.
-- DuesIncomeSummaryTest checks on random histories that it equals the payments summed.
-- A trigger changes the summary only when its payment's contribution (day, amount, type, affiliate) changes, so an
-- edit of a note or reference takes no lock on it.
CREATE TABLE dues_income_day
(
    paid_on            DATE           NOT NULL,
    membership_type_id BIGINT         NOT NULL,
    affiliate_id       BIGINT         NOT NULL,
    amount             DECIMAL(16, 2) NOT NULL,
    payments           BIGINT         NOT NULL,
    PRIMARY KEY (paid_on, membership_type_id, affiliate_id)
) ENGINE = InnoDB;

INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
SELECT p.paid_on, coalesce(mt.membership_type_id, 0), coalesce(m.affiliate_id, 0), sum(p.amount), count(*)
FROM payment p
JOIN member m ON m.id = p.member_id
LEFT JOIN membership_term mt ON mt.id = p.membership_term_id
GROUP BY p.paid_on, coalesce(mt.membership_type_id, 0), coalesce(m.affiliate_id, 0);

CREATE TRIGGER tr_dues_income_payment_insert AFTER INSERT ON payment FOR EACH ROW
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    VALUES (NEW.paid_on,
            coalesce((SELECT t.membership_type_id FROM membership_term t WHERE t.id = NEW.membership_term_id), 0),
            coalesce((SELECT m.affiliate_id FROM member m WHERE m.id = NEW.member_id), 0), NEW.amount, 1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_dues_income_payment_delete AFTER DELETE ON payment FOR EACH ROW
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    VALUES (OLD.paid_on,
            coalesce((SELECT t.membership_type_id FROM membership_term t WHERE t.id = OLD.membership_term_id), 0),
            coalesce((SELECT m.affiliate_id FROM member m WHERE m.id = OLD.member_id), 0), -OLD.amount, -1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_dues_income_payment_update_old AFTER UPDATE ON payment FOR EACH ROW
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    SELECT OLD.paid_on,
           coalesce((SELECT t.membership_type_id FROM membership_term t WHERE t.id = OLD.membership_term_id), 0),
           coalesce((SELECT m.affiliate_id FROM member m WHERE m.id = OLD.member_id), 0), -OLD.amount, -1
    FROM DUAL
    WHERE NOT (OLD.paid_on <=> NEW.paid_on AND OLD.amount <=> NEW.amount AND OLD.member_id <=> NEW.member_id
               AND OLD.membership_term_id <=> NEW.membership_term_id)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

CREATE TRIGGER tr_dues_income_payment_update_new AFTER UPDATE ON payment FOR EACH ROW
    FOLLOWS tr_dues_income_payment_update_old
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    SELECT NEW.paid_on,
           coalesce((SELECT t.membership_type_id FROM membership_term t WHERE t.id = NEW.membership_term_id), 0),
           coalesce((SELECT m.affiliate_id FROM member m WHERE m.id = NEW.member_id), 0), NEW.amount, 1
    FROM DUAL
    WHERE NOT (OLD.paid_on <=> NEW.paid_on AND OLD.amount <=> NEW.amount AND OLD.member_id <=> NEW.member_id
               AND OLD.membership_term_id <=> NEW.membership_term_id)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), payments = payments + VALUES(payments);

-- A member moved to another affiliate takes their payments with them (the report counts a member's income under
-- their affiliate now).
CREATE TRIGGER tr_dues_income_member_move_old AFTER UPDATE ON member FOR EACH ROW
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    SELECT x.paid_on, x.type_id, coalesce(OLD.affiliate_id, 0), -x.amount, -x.payments
    FROM (SELECT p.paid_on, coalesce(t.membership_type_id, 0) AS type_id, sum(p.amount) AS amount,
                 count(*) AS payments
          FROM payment p LEFT JOIN membership_term t ON t.id = p.membership_term_id
          WHERE p.member_id = OLD.id AND NOT (OLD.affiliate_id <=> NEW.affiliate_id)
          GROUP BY p.paid_on, coalesce(t.membership_type_id, 0)) x
    ORDER BY x.paid_on, x.type_id
    ON DUPLICATE KEY UPDATE amount = dues_income_day.amount + VALUES(amount),
                            payments = dues_income_day.payments + VALUES(payments);

CREATE TRIGGER tr_dues_income_member_move_new AFTER UPDATE ON member FOR EACH ROW
    FOLLOWS tr_dues_income_member_move_old
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    SELECT x.paid_on, x.type_id, coalesce(NEW.affiliate_id, 0), x.amount, x.payments
    FROM (SELECT p.paid_on, coalesce(t.membership_type_id, 0) AS type_id, sum(p.amount) AS amount,
                 count(*) AS payments
          FROM payment p LEFT JOIN membership_term t ON t.id = p.membership_term_id
          WHERE p.member_id = NEW.id AND NOT (OLD.affiliate_id <=> NEW.affiliate_id)
          GROUP BY p.paid_on, coalesce(t.membership_type_id, 0)) x
    ORDER BY x.paid_on, x.type_id
    ON DUPLICATE KEY UPDATE amount = dues_income_day.amount + VALUES(amount),
                            payments = dues_income_day.payments + VALUES(payments);

-- A term changed to another type takes its payments with it.
CREATE TRIGGER tr_dues_income_term_type_old AFTER UPDATE ON membership_term FOR EACH ROW
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    SELECT x.paid_on, OLD.membership_type_id, x.affiliate_id, -x.amount, -x.payments
    FROM (SELECT p.paid_on, coalesce(m.affiliate_id, 0) AS affiliate_id, sum(p.amount) AS amount,
                 count(*) AS payments
          FROM payment p JOIN member m ON m.id = p.member_id
          WHERE p.membership_term_id = OLD.id AND NOT (OLD.membership_type_id <=> NEW.membership_type_id)
          GROUP BY p.paid_on, coalesce(m.affiliate_id, 0)) x
    ORDER BY x.paid_on, x.affiliate_id
    ON DUPLICATE KEY UPDATE amount = dues_income_day.amount + VALUES(amount),
                            payments = dues_income_day.payments + VALUES(payments);

CREATE TRIGGER tr_dues_income_term_type_new AFTER UPDATE ON membership_term FOR EACH ROW
    FOLLOWS tr_dues_income_term_type_old
    INSERT INTO dues_income_day (paid_on, membership_type_id, affiliate_id, amount, payments)
    SELECT x.paid_on, NEW.membership_type_id, x.affiliate_id, x.amount, x.payments
    FROM (SELECT p.paid_on, coalesce(m.affiliate_id, 0) AS affiliate_id, sum(p.amount) AS amount,
                 count(*) AS payments
          FROM payment p JOIN member m ON m.id = p.member_id
          WHERE p.membership_term_id = NEW.id AND NOT (OLD.membership_type_id <=> NEW.membership_type_id)
          GROUP BY p.paid_on, coalesce(m.affiliate_id, 0)) x
    ORDER BY x.paid_on, x.affiliate_id
    ON DUPLICATE KEY UPDATE amount = dues_income_day.amount + VALUES(amount),
                            payments = dues_income_day.payments + VALUES(payments);
