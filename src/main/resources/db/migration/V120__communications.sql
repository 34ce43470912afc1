-- Issue 17: the board speaks to its members. The outbox gains an optional HTML part, extra headers (List-Unsubscribe)
-- and a tag naming what the email belongs to; communications, their recipients (one row per member and message:
-- nothing is prepared or sent twice) and members' opt-outs of optional mail.

ALTER TABLE outbox_message
    ADD COLUMN html_body MEDIUMTEXT   NULL,
    ADD COLUMN headers   TEXT         NULL,
    ADD COLUMN tag       VARCHAR(100) NULL;

CREATE INDEX ix_outbox_tag ON outbox_message (tag);

CREATE TABLE communication (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    created_at              DATETIME(6)  NOT NULL,
    created_by              VARCHAR(254),
    updated_at              DATETIME(6),
    updated_by              VARCHAR(254),
    author                  VARCHAR(254) NOT NULL,
    kind                    VARCHAR(32)  NOT NULL,
    subject                 VARCHAR(300) NOT NULL,
    body                    MEDIUMTEXT   NOT NULL,
    segment_type            VARCHAR(16)  NOT NULL,
    segment_status          VARCHAR(16),
    segment_type_id         BIGINT,
    segment_affiliate_id    BIGINT,
    segment_discipline      VARCHAR(40),
    segment_state           VARCHAR(64),
    segment_event_id        BIGINT,
    segment_registration    VARCHAR(32),
    segment_group_id        BIGINT,
    rate_per_minute         INT          NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    send_at                 DATETIME(6),
    prepared                INT          NOT NULL DEFAULT 0,
    expected                INT          NOT NULL DEFAULT 0,
    released                INT          NOT NULL DEFAULT 0,
    dispatch_started_at     DATETIME(6),
    finished_at             DATETIME(6)
) ENGINE = InnoDB;

CREATE INDEX ix_communication_status ON communication (status, send_at);

CREATE TABLE communication_recipient (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    communication_id  BIGINT       NOT NULL,
    member_id         BIGINT       NOT NULL,
    email             VARCHAR(254) NOT NULL,
    first_name        VARCHAR(100),
    last_name         VARCHAR(100),
    term_ends         DATE,
    status            VARCHAR(16)  NOT NULL,
    outbox_message_id BIGINT,
    error             VARCHAR(500),
    CONSTRAINT uq_communication_recipient UNIQUE (communication_id, member_id),
    CONSTRAINT fk_communication_recipient FOREIGN KEY (communication_id) REFERENCES communication (id)
) ENGINE = InnoDB;

CREATE INDEX ix_communication_recipient_queue ON communication_recipient (communication_id, status, outbox_message_id, id);

CREATE TABLE mail_opt_out (
    member_id    BIGINT      NOT NULL,
    kind         VARCHAR(32) NOT NULL,
    opted_out_at DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, kind)
) ENGINE = InnoDB;

-- the key of the unsubscribe links' signatures, made once per database
CREATE TABLE communication_key (
    id     INT          NOT NULL PRIMARY KEY,
    secret VARBINARY(32) NOT NULL
) ENGINE = InnoDB;

INSERT INTO communication_key (id, secret) VALUES (1, RANDOM_BYTES(32));
