-- Issue 16: CE a member earned elsewhere (with its certificate file, for the board to verify) and the supervision
-- hours a member logs. Each writes its hours to the CE ledger (ce_hours, source EXTERNAL / SUPERVISION, source_ref
-- = the row's id here): external CE once the board verifies it, supervision when it is logged.
CREATE TABLE external_ce (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id          BIGINT        NOT NULL,
    provider           VARCHAR(200)  NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    earned_on          DATE          NOT NULL,
    hours              DECIMAL(6, 2) NOT NULL,
    formality          VARCHAR(12)   NOT NULL,
    delivery           VARCHAR(12)   NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    review_note        VARCHAR(1000),
    reviewed_by        VARCHAR(254),
    reviewed_at        DATETIME(6),
    certificate_name   VARCHAR(255)  NOT NULL,
    certificate_type   VARCHAR(12)   NOT NULL,
    certificate_size   INT           NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(254),
    updated_at         DATETIME(6),
    updated_by         VARCHAR(254),
    CONSTRAINT fk_external_ce_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_external_ce_hours CHECK (hours > 0 AND hours <= 24)
) ENGINE = InnoDB;

CREATE INDEX ix_external_ce_member ON external_ce (member_id, earned_on);
CREATE INDEX ix_external_ce_queue ON external_ce (status, created_at, id);

CREATE TABLE external_ce_topic (
    external_ce_id BIGINT      NOT NULL,
    topic          VARCHAR(24) NOT NULL,
    PRIMARY KEY (external_ce_id, topic),
    CONSTRAINT fk_external_ce_topic FOREIGN KEY (external_ce_id) REFERENCES external_ce (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- the certificate's bytes, apart from the record so that lists never read them; kept in the database like every
-- other file people hand the portal (nothing uploaded is kept on a node's disk)
CREATE TABLE external_ce_certificate (
    external_ce_id BIGINT   NOT NULL PRIMARY KEY,
    content        LONGBLOB NOT NULL,
    CONSTRAINT fk_external_ce_certificate FOREIGN KEY (external_ce_id) REFERENCES external_ce (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE supervision_log (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id            BIGINT        NOT NULL,
    held_on              DATE          NOT NULL,
    hours                DECIMAL(6, 2) NOT NULL,
    member_role          VARCHAR(12)   NOT NULL,
    supervisor_name      VARCHAR(200),
    supervisor_credential VARCHAR(100),
    delivery             VARCHAR(12)   NOT NULL,
    group_focus          BOOLEAN       NOT NULL DEFAULT FALSE,
    notes                VARCHAR(1000),
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(254),
    updated_at           DATETIME(6),
    updated_by           VARCHAR(254),
    CONSTRAINT fk_supervision_log_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_supervision_log_hours CHECK (hours > 0 AND hours <= 24)
) ENGINE = InnoDB;

CREATE INDEX ix_supervision_log_member ON supervision_log (member_id, held_on);
