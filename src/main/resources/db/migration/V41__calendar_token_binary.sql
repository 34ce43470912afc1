-- A calendar feed address is a bearer secret: it must match exactly. Under the table's case-insensitive collation
-- an address differing only in case found the same feed (and made guessing easier); a binary collation does not.
ALTER TABLE calendar_token MODIFY token VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
