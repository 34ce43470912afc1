-- Issue 16: what a credential requires (requirement profiles, defined by administrators), the credentials members
-- hold, and the reminders sent before a cycle ends. A credential carries its current cycle and its progress in it
-- (hours that count, hours missing), refreshed from ce_hours whenever the ledger or the credential changes and
-- nightly, so the board's shortfall report is an indexed read however many members and hours there are.
CREATE TABLE requirement_profile (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(120)   NOT NULL,
    cycle_months  INT            NOT NULL,
    cycle_start   VARCHAR(16)    NOT NULL,
    -- FIXED_DATE profiles: the first day of one of their cycles (cycles repeat every cycle_months from it)
    fixed_start   DATE,
    total_hours   DECIMAL(6, 2)  NOT NULL,
    -- when set, only hours with this topic count (CGP counts group psychotherapy CE)
    only_topic    VARCHAR(24),
    version       BIGINT         NOT NULL DEFAULT 0,
    created_at    DATETIME(6)    NOT NULL,
    created_by    VARCHAR(254),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(254),
    CONSTRAINT uk_requirement_profile_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE requirement_rule (
    profile_id  BIGINT        NOT NULL,
    category    VARCHAR(24)   NOT NULL,
    bound       VARCHAR(8)    NOT NULL,
    hours       DECIMAL(6, 2) NOT NULL,
    PRIMARY KEY (profile_id, category, bound),
    CONSTRAINT fk_requirement_rule_profile FOREIGN KEY (profile_id) REFERENCES requirement_profile (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE member_credential (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id      BIGINT         NOT NULL,
    profile_id     BIGINT         NOT NULL,
    number         VARCHAR(60),
    issued_on      DATE,
    birth_month    INT,
    cycle_start    DATE           NOT NULL,
    cycle_end      DATE           NOT NULL,
    counted_hours  DECIMAL(8, 2)  NOT NULL DEFAULT 0,
    missing_hours  DECIMAL(8, 2)  NOT NULL DEFAULT 0,
    is_short       BOOLEAN        NOT NULL DEFAULT FALSE,
    version        BIGINT         NOT NULL DEFAULT 0,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(254),
    updated_at     DATETIME(6),
    updated_by     VARCHAR(254),
    CONSTRAINT uk_member_credential UNIQUE (member_id, profile_id),
    CONSTRAINT fk_member_credential_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_member_credential_profile FOREIGN KEY (profile_id) REFERENCES requirement_profile (id),
    INDEX ix_member_credential_short (is_short, cycle_end, id),
    INDEX ix_member_credential_short_member (is_short, member_id),
    INDEX ix_member_credential_profile (profile_id),
    INDEX ix_member_credential_cycle (cycle_end)
) ENGINE = InnoDB;

-- Each reminder once per credential, cycle and point (days before the end): the key makes a rerun skip it.
CREATE TABLE credential_reminder (
    credential_id  BIGINT       NOT NULL,
    cycle_end      DATE         NOT NULL,
    days_before    INT          NOT NULL,
    sent_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (credential_id, cycle_end, days_before),
    CONSTRAINT fk_credential_reminder FOREIGN KEY (credential_id) REFERENCES member_credential (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;
