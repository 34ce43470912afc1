-- Likely duplicate members on a society of 100,000 (DuplicateService, timed by ./mvnw -Pbench verify).
--
-- Each rule of "likely the same person" is a key the database keeps on the row (a stored generated column,
-- recomputed by MariaDB whenever the row changes) with an index on it. Finding duplicates is then counting
-- each key's members in its index and joining the few keys shared by two to five members with themselves,
-- instead of computing the keys of every member and comparing them in a join without an index.
-- The collation (utf8mb4_unicode_ci) already ignores case and accents when keys are compared. A key is null
-- (and never matches) when a part of it is missing: concat() of a null is null.

ALTER TABLE member
    -- the same email once "+tags" are ignored: name+work@x.org and name@x.org
    ADD COLUMN dup_email_key VARCHAR(254) AS (concat(substring_index(substring_index(email, '@', 1), '+', 1), '@',
        substring_index(email, '@', -1))) PERSISTENT,
    -- the same licence number and the same first and last name
    ADD COLUMN dup_licence_key VARCHAR(250) AS (concat(licence_number, '|', last_name, '|', first_name)) PERSISTENT,
    -- names that sound alike (Soundex of the last and of the first name) in the same state: the licence's state,
    -- or else the address's. (rtrim: MariaDB indexes no expression over a CHAR column whose value could depend
    -- on the session's padding mode.)
    ADD COLUMN dup_similar_key VARCHAR(300) AS (concat(coalesce(rtrim(licence_state), state), '|',
        soundex(last_name), '|', soundex(first_name))) PERSISTENT,
    -- with the name, in which the pairs are listed: the join reads the first member's name from the index
    ADD INDEX ix_member_dup_email (dup_email_key, last_name, first_name),
    ADD INDEX ix_member_dup_licence (dup_licence_key, last_name, first_name),
    ADD INDEX ix_member_dup_similar (dup_similar_key, last_name, first_name);
