-- Walking skeleton: settings, accounts, password links, audit trail, mail outbox, scheduler locks.

CREATE TABLE society_settings (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    society_name VARCHAR(200) NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(254),
    updated_at   DATETIME(6),
    updated_by   VARCHAR(254)
) ENGINE = InnoDB;

INSERT INTO society_settings (society_name, time_zone, version, created_at, created_by)
VALUES ('Collegium Society of Group Psychotherapy', 'America/New_York', 0, UTC_TIMESTAMP(6), 'system');

CREATE TABLE user_account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(100) NOT NULL,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_login_count INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6),
    last_login_at      DATETIME(6),
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(254),
    updated_at         DATETIME(6),
    updated_by         VARCHAR(254),
    CONSTRAINT uk_user_account_email UNIQUE (email)
) ENGINE = InnoDB;

CREATE INDEX ix_user_account_display_name ON user_account (display_name);

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE password_reset_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT uk_password_reset_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64),
    summary     VARCHAR(500)
) ENGINE = InnoDB;

CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);

CREATE TABLE audit_change (
    entry_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    field     VARCHAR(100) NOT NULL,
    old_value VARCHAR(500),
    new_value VARCHAR(500),
    PRIMARY KEY (entry_id, position),
    CONSTRAINT fk_audit_change_entry FOREIGN KEY (entry_id) REFERENCES audit_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    last_error      VARCHAR(1000)
) ENGINE = InnoDB;

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient);

-- ShedLock: one row per scheduled job, so two instances on one database run each job once
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB;
