-- Issue 17, "system emails": an administrator's own text for one text of a system email (its subject, its body, a
-- variant) in one language, in place of the bundle's. Stored as written, with named fields ("Dear {firstName},");
-- the portal turns the names into the bundle's positional arguments when it reads the row. No row: the default.
CREATE TABLE mail_text_override (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_key  VARCHAR(120)   NOT NULL,
    language     VARCHAR(8)     NOT NULL,
    text         TEXT           NOT NULL,
    version      BIGINT         NOT NULL DEFAULT 0,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(254),
    updated_at   DATETIME(6),
    updated_by   VARCHAR(254),
    CONSTRAINT uk_mail_text_override UNIQUE (message_key, language)
) ENGINE = InnoDB;
