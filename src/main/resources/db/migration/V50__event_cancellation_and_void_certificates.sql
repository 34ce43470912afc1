-- A registration the organiser cancelled (the event, or one person's place from check-in) reads as such in
-- My registrations; a certificate voided because its event was cancelled after attendance keeps its number
-- and says why it is void.
ALTER TABLE registration ADD COLUMN cancelled_by_organiser BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE ce_credit ADD COLUMN void_reason VARCHAR(300);
