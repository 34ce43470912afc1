-- Issue 16: one ledger of the CE hours that count for a member, whatever they came from (an event's attendance,
-- external CE the board verified, logged supervision, peer-group attendance). Each source writes and withdraws its
-- own rows through CeLedger in the same transaction as its change, so progress towards a credential is one query.
CREATE TABLE ce_hours (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT         NOT NULL,
    source      VARCHAR(16)    NOT NULL,
    -- the row's id in its source (ce_credit.id, an external record's id, ...): one ledger row per source row
    source_ref  BIGINT         NOT NULL,
    earned_on   DATE           NOT NULL,
    hours       DECIMAL(6, 2)  NOT NULL,
    formality   VARCHAR(12)    NOT NULL,
    delivery    VARCHAR(12)    NOT NULL,
    title       VARCHAR(300)   NOT NULL,
    provider    VARCHAR(200),
    CONSTRAINT uk_ce_hours_source UNIQUE (source, source_ref),
    CONSTRAINT fk_ce_hours_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_ce_hours_positive CHECK (hours > 0)
) ENGINE = InnoDB;

CREATE INDEX ix_ce_hours_member ON ce_hours (member_id, earned_on);

CREATE TABLE ce_hours_topic (
    ce_hours_id BIGINT      NOT NULL,
    topic       VARCHAR(24) NOT NULL,
    PRIMARY KEY (ce_hours_id, topic),
    CONSTRAINT fk_ce_hours_topic FOREIGN KEY (ce_hours_id) REFERENCES ce_hours (id) ON DELETE CASCADE
) ENGINE = InnoDB;
