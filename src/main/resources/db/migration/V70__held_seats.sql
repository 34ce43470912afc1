-- Held seats (issues 11 and 13): a place kept for someone for a limited time and counted in seats_taken until it
-- is confirmed, claimed or lapses. A guest's registration waits for the emailed link (PENDING, or
-- PENDING_WAITLIST when the event was full); a freed seat may be offered to the first person on the waitlist
-- (OFFERED). Only the SHA-256 of the link's token is stored. An event either gives a freed seat on at once
-- (offer_hours NULL, as before) or offers it for that many hours.
ALTER TABLE registration ADD COLUMN hold_until DATETIME(6) NULL;
ALTER TABLE registration ADD COLUMN hold_remind_at DATETIME(6) NULL;
ALTER TABLE registration ADD COLUMN hold_reminded BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE registration ADD COLUMN hold_token_hash CHAR(64) NULL;
CREATE UNIQUE INDEX ux_registration_hold_token ON registration (hold_token_hash);
CREATE INDEX ix_registration_hold ON registration (status, hold_until);
ALTER TABLE event ADD COLUMN offer_hours INT NULL;
ALTER TABLE event ADD CONSTRAINT ck_event_offer_hours CHECK (offer_hours IS NULL OR offer_hours BETWEEN 1 AND 336);
