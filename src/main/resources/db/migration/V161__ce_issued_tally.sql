-- CE issued counted ahead (issue 15): the CE issued report's figures per month, quarter and year, per CE type, for
-- the whole society (host 0) and for each hosting affiliate (the affiliate of the credit's event): certificates,
-- hours and distinct people (a member, or a non-member's registration), as reports/service/CeReports counts them
-- from the credits not withdrawn. ce_issued_person holds each person's credits per period, so that the people
-- counted change only when a person's first credit of a period comes or their last goes. Kept by triggers in the
-- same transaction as every change to a credit, to a registration's event and to an event's host, whichever code
-- makes it. ReportSummariesTest checks on random histories that both equal the credits counted.
CREATE TABLE ce_issued_person
(
    kind    CHAR(1)     NOT NULL, -- M, Q or Y
    host    BIGINT      NOT NULL, -- 0: every credit; else the hosting affiliate's id
    period  VARCHAR(8)  NOT NULL, -- '2026-03', '2026-Q1', '2026': as the report names it
    ce_type VARCHAR(16) NOT NULL,
    person  BIGINT      NOT NULL, -- the member's id, or minus the registration's for a non-member
    credits BIGINT      NOT NULL,
    PRIMARY KEY (kind, host, period, ce_type, person)
) ENGINE = InnoDB;

CREATE TABLE ce_issued_tally
(
    kind         CHAR(1)        NOT NULL,
    host         BIGINT         NOT NULL,
    period       VARCHAR(8)     NOT NULL,
    ce_type      VARCHAR(16)    NOT NULL,
    certificates BIGINT         NOT NULL,
    people       BIGINT         NOT NULL,
    hours        DECIMAL(16, 2) NOT NULL,
    PRIMARY KEY (kind, host, period, ce_type)
) ENGINE = InnoDB;

-- Each credit not withdrawn, once for the society (host 0) and once more for its event's hosting affiliate, if any,
-- in each of the three kinds of period.
INSERT INTO ce_issued_person (kind, host, period, ce_type, person, credits)
SELECT k.kind, if(h.scoped, e.affiliate_id, 0),
       CASE k.kind WHEN 'M' THEN date_format(c.awarded_on, '%Y-%m')
                   WHEN 'Q' THEN concat(year(c.awarded_on), '-Q', quarter(c.awarded_on))
                   ELSE cast(year(c.awarded_on) AS CHAR) END,
       c.ce_type, coalesce(c.member_id, -c.registration_id), count(*)
FROM ce_credit c
JOIN registration r ON r.id = c.registration_id
JOIN event e ON e.id = r.event_id
CROSS JOIN (SELECT 'M' AS kind UNION ALL SELECT 'Q' UNION ALL SELECT 'Y') k
CROSS JOIN (SELECT FALSE AS scoped UNION ALL SELECT TRUE) h
WHERE NOT c.withdrawn AND (NOT h.scoped OR e.affiliate_id IS NOT NULL)
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO ce_issued_tally (kind, host, period, ce_type, certificates, people, hours)
SELECT k.kind, if(h.scoped, e.affiliate_id, 0),
       CASE k.kind WHEN 'M' THEN date_format(c.awarded_on, '%Y-%m')
                   WHEN 'Q' THEN concat(year(c.awarded_on), '-Q', quarter(c.awarded_on))
                   ELSE cast(year(c.awarded_on) AS CHAR) END,
       c.ce_type, count(*), count(DISTINCT coalesce(c.member_id, -c.registration_id)), sum(c.hours)
FROM ce_credit c
JOIN registration r ON r.id = c.registration_id
JOIN event e ON e.id = r.event_id
CROSS JOIN (SELECT 'M' AS kind UNION ALL SELECT 'Q' UNION ALL SELECT 'Y') k
CROSS JOIN (SELECT FALSE AS scoped UNION ALL SELECT TRUE) h
WHERE NOT c.withdrawn AND (NOT h.scoped OR e.affiliate_id IS NOT NULL)
GROUP BY 1, 2, 3, 4;

DELIMITER //

-- One credit (sign 1) or its removal (sign -1) in one period and host: the person's credits, and the period's
-- certificates, hours and people (a person counted while they have a credit in it).
CREATE PROCEDURE ce_issued_add(p_kind CHAR(1), p_host BIGINT, p_period VARCHAR(8), p_type VARCHAR(16),
                               p_person BIGINT, p_hours DECIMAL(5, 2), p_sign INT)
BEGIN
    DECLARE left_credits BIGINT;
    IF p_sign > 0 THEN
        INSERT INTO ce_issued_person (kind, host, period, ce_type, person, credits)
        VALUES (p_kind, p_host, p_period, p_type, p_person, 1)
        ON DUPLICATE KEY UPDATE credits = credits + 1;
    ELSE
        UPDATE ce_issued_person SET credits = credits - 1
        WHERE kind = p_kind AND host = p_host AND period = p_period AND ce_type = p_type AND person = p_person;
    END IF;
    SET left_credits = (SELECT credits FROM ce_issued_person
                        WHERE kind = p_kind AND host = p_host AND period = p_period AND ce_type = p_type
                          AND person = p_person);
    IF left_credits = 0 THEN
        DELETE FROM ce_issued_person
        WHERE kind = p_kind AND host = p_host AND period = p_period AND ce_type = p_type AND person = p_person;
    END IF;
    INSERT INTO ce_issued_tally (kind, host, period, ce_type, certificates, people, hours)
    VALUES (p_kind, p_host, p_period, p_type, p_sign,
            CASE WHEN p_sign > 0 AND left_credits = 1 THEN 1 WHEN p_sign < 0 AND left_credits = 0 THEN -1 ELSE 0 END,
            p_sign * p_hours)
    ON DUPLICATE KEY UPDATE certificates = certificates + VALUES(certificates), people = people + VALUES(people),
                            hours = hours + VALUES(hours);
END//

-- A credit (or its removal) in its month, quarter and year: for the society when p_society, and for its host
-- affiliate when there is one.
CREATE PROCEDURE ce_issued_apply(p_awarded DATE, p_type VARCHAR(16), p_society BOOLEAN, p_host BIGINT,
                                 p_person BIGINT, p_hours DECIMAL(5, 2), p_sign INT)
BEGIN
    IF p_society THEN
        CALL ce_issued_add('M', 0, date_format(p_awarded, '%Y-%m'), p_type, p_person, p_hours, p_sign);
        CALL ce_issued_add('Q', 0, concat(year(p_awarded), '-Q', quarter(p_awarded)), p_type, p_person, p_hours,
                           p_sign);
        CALL ce_issued_add('Y', 0, cast(year(p_awarded) AS CHAR), p_type, p_person, p_hours, p_sign);
    END IF;
    IF p_host IS NOT NULL THEN
        CALL ce_issued_add('M', p_host, date_format(p_awarded, '%Y-%m'), p_type, p_person, p_hours, p_sign);
        CALL ce_issued_add('Q', p_host, concat(year(p_awarded), '-Q', quarter(p_awarded)), p_type, p_person,
                           p_hours, p_sign);
        CALL ce_issued_add('Y', p_host, cast(year(p_awarded) AS CHAR), p_type, p_person, p_hours, p_sign);
    END IF;
END//

CREATE TRIGGER tr_ce_issued_credit_insert AFTER INSERT ON ce_credit FOR EACH ROW
BEGIN
    IF NOT NEW.withdrawn THEN
        CALL ce_issued_apply(NEW.awarded_on, NEW.ce_type, TRUE,
                             (SELECT e.affiliate_id FROM registration r JOIN event e ON e.id = r.event_id
                              WHERE r.id = NEW.registration_id),
                             coalesce(NEW.member_id, -NEW.registration_id), NEW.hours, 1);
    END IF;
END//

-- The credit's registration still exists (the foreign key has no cascade): its event's host is still found.
CREATE TRIGGER tr_ce_issued_credit_delete AFTER DELETE ON ce_credit FOR EACH ROW
BEGIN
    IF NOT OLD.withdrawn THEN
        CALL ce_issued_apply(OLD.awarded_on, OLD.ce_type, TRUE,
                             (SELECT e.affiliate_id FROM registration r JOIN event e ON e.id = r.event_id
                              WHERE r.id = OLD.registration_id),
                             coalesce(OLD.member_id, -OLD.registration_id), OLD.hours, -1);
    END IF;
END//

-- A change the report sees (withdrawn, day, type, hours, person, registration) takes the old credit out and puts
-- the new one in; a void reason or a new version leaves the summary alone.
CREATE TRIGGER tr_ce_issued_credit_update AFTER UPDATE ON ce_credit FOR EACH ROW
BEGIN
    IF NOT (OLD.withdrawn <=> NEW.withdrawn AND OLD.awarded_on <=> NEW.awarded_on AND OLD.ce_type <=> NEW.ce_type
            AND OLD.hours <=> NEW.hours AND OLD.member_id <=> NEW.member_id
            AND OLD.registration_id <=> NEW.registration_id) THEN
        IF NOT OLD.withdrawn THEN
            CALL ce_issued_apply(OLD.awarded_on, OLD.ce_type, TRUE,
                                 (SELECT e.affiliate_id FROM registration r JOIN event e ON e.id = r.event_id
                                  WHERE r.id = OLD.registration_id),
                                 coalesce(OLD.member_id, -OLD.registration_id), OLD.hours, -1);
        END IF;
        IF NOT NEW.withdrawn THEN
            CALL ce_issued_apply(NEW.awarded_on, NEW.ce_type, TRUE,
                                 (SELECT e.affiliate_id FROM registration r JOIN event e ON e.id = r.event_id
                                  WHERE r.id = NEW.registration_id),
                                 coalesce(NEW.member_id, -NEW.registration_id), NEW.hours, 1);
        END IF;
    END IF;
END//

-- A registration moved to an event of another host moves its credit between the hosts (the society's figures
-- stay).
CREATE TRIGGER tr_ce_issued_registration_update AFTER UPDATE ON registration FOR EACH ROW
BEGIN
    DECLARE old_host BIGINT;
    DECLARE new_host BIGINT;
    IF NOT (OLD.event_id <=> NEW.event_id) THEN
        SET old_host = (SELECT affiliate_id FROM event WHERE id = OLD.event_id);
        SET new_host = (SELECT affiliate_id FROM event WHERE id = NEW.event_id);
        IF NOT (old_host <=> new_host) THEN
            BEGIN
                DECLARE done BOOLEAN DEFAULT FALSE;
                DECLARE c_awarded DATE;
                DECLARE c_type VARCHAR(16);
                DECLARE c_person BIGINT;
                DECLARE c_hours DECIMAL(5, 2);
                DECLARE moved CURSOR FOR
                    SELECT c.awarded_on, c.ce_type, coalesce(c.member_id, -c.registration_id), c.hours
                    FROM ce_credit c WHERE c.registration_id = NEW.id AND NOT c.withdrawn;
                DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
                OPEN moved;
                moving: LOOP
                    FETCH moved INTO c_awarded, c_type, c_person, c_hours;
                    IF done THEN
                        LEAVE moving;
                    END IF;
                    CALL ce_issued_apply(c_awarded, c_type, FALSE, old_host, c_person, c_hours, -1);
                    CALL ce_issued_apply(c_awarded, c_type, FALSE, new_host, c_person, c_hours, 1);
                END LOOP;
                CLOSE moved;
            END;
        END IF;
    END IF;
END//

-- An event given another host (or none) moves its credits between the hosts.
CREATE TRIGGER tr_ce_issued_event_update AFTER UPDATE ON event FOR EACH ROW
BEGIN
    IF NOT (OLD.affiliate_id <=> NEW.affiliate_id) THEN
        BEGIN
            DECLARE done BOOLEAN DEFAULT FALSE;
            DECLARE c_awarded DATE;
            DECLARE c_type VARCHAR(16);
            DECLARE c_person BIGINT;
            DECLARE c_hours DECIMAL(5, 2);
            DECLARE moved CURSOR FOR
                SELECT c.awarded_on, c.ce_type, coalesce(c.member_id, -c.registration_id), c.hours
                FROM registration r JOIN ce_credit c ON c.registration_id = r.id
                WHERE r.event_id = NEW.id AND NOT c.withdrawn
                ORDER BY c.id;
            DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
            OPEN moved;
            moving: LOOP
                FETCH moved INTO c_awarded, c_type, c_person, c_hours;
                IF done THEN
                    LEAVE moving;
                END IF;
                CALL ce_issued_apply(c_awarded, c_type, FALSE, OLD.affiliate_id, c_person, c_hours, -1);
                CALL ce_issued_apply(c_awarded, c_type, FALSE, NEW.affiliate_id, c_person, c_hours, 1);
            END LOOP;
            CLOSE moved;
        END;
    END IF;
END//

DELIMITER ;
