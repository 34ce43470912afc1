-- CE credits awarded for attendance (one per registration; withdrawn, not deleted, when attendance is undone,
-- so that marking it again brings back the same certificate number), and members' secret calendar-feed tokens.

CREATE TABLE ce_credit (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration_id     BIGINT        NOT NULL,
    member_id           BIGINT,
    hours               DECIMAL(5, 2) NOT NULL,
    ce_type             VARCHAR(16)   NOT NULL,
    certificate_number  VARCHAR(20),
    awarded_on          DATE          NOT NULL,
    withdrawn           BOOLEAN       NOT NULL DEFAULT FALSE,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(254),
    updated_at          DATETIME(6),
    updated_by          VARCHAR(254),
    CONSTRAINT uk_ce_credit_registration UNIQUE (registration_id),
    CONSTRAINT uk_ce_credit_certificate UNIQUE (certificate_number),
    CONSTRAINT fk_ce_credit_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_ce_credit_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE INDEX ix_ce_credit_member ON ce_credit (member_id, awarded_on);

CREATE TABLE calendar_token (
    member_id   BIGINT      NOT NULL PRIMARY KEY,
    token       VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_calendar_token UNIQUE (token),
    CONSTRAINT fk_calendar_token_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;
