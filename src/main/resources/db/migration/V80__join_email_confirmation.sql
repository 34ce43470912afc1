-- Issue 11: a membership type granted at once is granted only after the applicant confirms their email. Until then
-- the application is UNCONFIRMED (fits the status column) and holds the SHA-256 of a random single-use token
-- emailed to them, and when that token stops working. Only the hash is stored; confirming or deciding clears it.
ALTER TABLE membership_application
    ADD COLUMN confirmation_token_hash CHAR(64) NULL,
    ADD COLUMN confirmation_expires_at DATETIME(6) NULL,
    ADD CONSTRAINT uk_application_confirmation UNIQUE (confirmation_token_hash);
