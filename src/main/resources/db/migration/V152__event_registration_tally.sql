-- Each event's registrations counted ahead (issue 15): per event, whether for one of its sessions (a conference's
-- sessions, included in its price) or the event itself, and status, how many registrations and the CE hours of
-- their credits not withdrawn. The events report and the home page's upcoming events read it
-- (reports/service/EventReports) instead of every registration of the events in range. Kept by triggers in the
-- same transaction as every change to a registration or a CE credit, whichever code makes it; per event, so the
-- rows a change takes are guarded by the event's lock every registration path takes first (events/service/Seating).
-- EventTallyTest checks on random histories that it equals the registrations and credits counted.
CREATE TABLE event_registration_tally
(
    event_id      BIGINT         NOT NULL,
    in_session    BOOLEAN        NOT NULL,
    status        VARCHAR(16)    NOT NULL,
    registrations BIGINT         NOT NULL,
    ce_hours      DECIMAL(12, 2) NOT NULL,
    PRIMARY KEY (event_id, in_session, status)
) ENGINE = InnoDB;

INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
SELECT r.event_id, r.session_id IS NOT NULL, r.status, count(*), coalesce(sum(c.hours), 0)
FROM registration r
LEFT JOIN ce_credit c ON c.registration_id = r.id AND NOT c.withdrawn
GROUP BY r.event_id, r.session_id IS NOT NULL, r.status;

CREATE TRIGGER tr_event_tally_registration_insert AFTER INSERT ON registration FOR EACH ROW
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    VALUES (NEW.event_id, NEW.session_id IS NOT NULL, NEW.status, 1,
            coalesce((SELECT sum(c.hours) FROM ce_credit c WHERE c.registration_id = NEW.id AND NOT c.withdrawn), 0))
    ON DUPLICATE KEY UPDATE registrations = registrations + VALUES(registrations),
                            ce_hours = ce_hours + VALUES(ce_hours);

CREATE TRIGGER tr_event_tally_registration_delete AFTER DELETE ON registration FOR EACH ROW
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    VALUES (OLD.event_id, OLD.session_id IS NOT NULL, OLD.status, -1,
            -coalesce((SELECT sum(c.hours) FROM ce_credit c WHERE c.registration_id = OLD.id AND NOT c.withdrawn), 0))
    ON DUPLICATE KEY UPDATE registrations = registrations + VALUES(registrations),
                            ce_hours = ce_hours + VALUES(ce_hours);

-- only a change of event, of event-or-session or of status moves a registration (a rename or a hold's times do not)
CREATE TRIGGER tr_event_tally_registration_update_old AFTER UPDATE ON registration FOR EACH ROW
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    SELECT OLD.event_id, OLD.session_id IS NOT NULL, OLD.status, -1,
           -coalesce((SELECT sum(c.hours) FROM ce_credit c WHERE c.registration_id = OLD.id AND NOT c.withdrawn), 0)
    FROM DUAL
    WHERE NOT (OLD.event_id <=> NEW.event_id AND (OLD.session_id IS NULL) <=> (NEW.session_id IS NULL)
               AND OLD.status <=> NEW.status)
    ON DUPLICATE KEY UPDATE registrations = registrations + VALUES(registrations),
                            ce_hours = ce_hours + VALUES(ce_hours);

CREATE TRIGGER tr_event_tally_registration_update_new AFTER UPDATE ON registration FOR EACH ROW
    FOLLOWS tr_event_tally_registration_update_old
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    SELECT NEW.event_id, NEW.session_id IS NOT NULL, NEW.status, 1,
           coalesce((SELECT sum(c.hours) FROM ce_credit c WHERE c.registration_id = NEW.id AND NOT c.withdrawn), 0)
    FROM DUAL
    WHERE NOT (OLD.event_id <=> NEW.event_id AND (OLD.session_id IS NULL) <=> (NEW.session_id IS NULL)
               AND OLD.status <=> NEW.status)
    ON DUPLICATE KEY UPDATE registrations = registrations + VALUES(registrations),
                            ce_hours = ce_hours + VALUES(ce_hours);

-- a credit's hours count under its registration's event, session-ness and status while not withdrawn
CREATE TRIGGER tr_event_tally_credit_insert AFTER INSERT ON ce_credit FOR EACH ROW
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    SELECT r.event_id, r.session_id IS NOT NULL, r.status, 0, NEW.hours
    FROM registration r WHERE r.id = NEW.registration_id AND NOT NEW.withdrawn
    ON DUPLICATE KEY UPDATE ce_hours = event_registration_tally.ce_hours + VALUES(ce_hours);

CREATE TRIGGER tr_event_tally_credit_delete AFTER DELETE ON ce_credit FOR EACH ROW
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    SELECT r.event_id, r.session_id IS NOT NULL, r.status, 0, -OLD.hours
    FROM registration r WHERE r.id = OLD.registration_id AND NOT OLD.withdrawn
    ON DUPLICATE KEY UPDATE ce_hours = event_registration_tally.ce_hours + VALUES(ce_hours);

CREATE TRIGGER tr_event_tally_credit_update_old AFTER UPDATE ON ce_credit FOR EACH ROW
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    SELECT r.event_id, r.session_id IS NOT NULL, r.status, 0, -OLD.hours
    FROM registration r
    WHERE r.id = OLD.registration_id AND NOT OLD.withdrawn
      AND NOT (OLD.registration_id <=> NEW.registration_id AND OLD.hours <=> NEW.hours
               AND OLD.withdrawn <=> NEW.withdrawn)
    ON DUPLICATE KEY UPDATE ce_hours = event_registration_tally.ce_hours + VALUES(ce_hours);

CREATE TRIGGER tr_event_tally_credit_update_new AFTER UPDATE ON ce_credit FOR EACH ROW
    FOLLOWS tr_event_tally_credit_update_old
    INSERT INTO event_registration_tally (event_id, in_session, status, registrations, ce_hours)
    SELECT r.event_id, r.session_id IS NOT NULL, r.status, 0, NEW.hours
    FROM registration r
    WHERE r.id = NEW.registration_id AND NOT NEW.withdrawn
      AND NOT (OLD.registration_id <=> NEW.registration_id AND OLD.hours <=> NEW.hours
               AND OLD.withdrawn <=> NEW.withdrawn)
    ON DUPLICATE KEY UPDATE ce_hours = event_registration_tally.ce_hours + VALUES(ce_hours);
