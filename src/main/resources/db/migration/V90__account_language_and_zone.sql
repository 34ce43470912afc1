-- Each person may choose the language Collegium speaks to them in and the time zone it shows times in;
-- NULL means "not chosen": the browser's language, the society's zone.
ALTER TABLE user_account
    ADD COLUMN language VARCHAR(8) NULL,
    ADD COLUMN time_zone VARCHAR(64) NULL;
