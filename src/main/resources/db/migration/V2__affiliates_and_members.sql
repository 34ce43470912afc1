-- Affiliate societies, membership types, members and their terms.

CREATE TABLE affiliate (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    short_name       VARCHAR(20)  NOT NULL,
    region           VARCHAR(200),
    website          VARCHAR(300),
    contact_email    VARCHAR(254),
    affiliated_since DATE,
    status           VARCHAR(16)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(254),
    updated_at       DATETIME(6),
    updated_by       VARCHAR(254),
    CONSTRAINT uk_affiliate_name UNIQUE (name),
    CONSTRAINT uk_affiliate_short_name UNIQUE (short_name)
) ENGINE = InnoDB;

-- an affiliate administrator administers one affiliate; a member's login points at their member record
ALTER TABLE user_account
    ADD COLUMN affiliate_id BIGINT NULL,
    ADD COLUMN member_id    BIGINT NULL,
    ADD CONSTRAINT fk_user_account_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliate (id);

CREATE TABLE membership_type (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100)  NOT NULL,
    description       VARCHAR(500),
    dues              DECIMAL(10, 2) NOT NULL,
    term_months       INT           NOT NULL,
    grace_days        INT           NOT NULL,
    approval_required BOOLEAN       NOT NULL,
    active            BOOLEAN       NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(254),
    updated_at        DATETIME(6),
    updated_by        VARCHAR(254),
    CONSTRAINT uk_membership_type_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE member (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_name              VARCHAR(100) NOT NULL,
    last_name               VARCHAR(100) NOT NULL,
    email                   VARCHAR(254) NOT NULL,
    phone                   VARCHAR(40),
    credentials             VARCHAR(100),
    discipline              VARCHAR(40)  NOT NULL,
    licence_state           CHAR(2),
    licence_number          VARCHAR(40),
    practice_name           VARCHAR(200),
    city                    VARCHAR(100),
    state                   VARCHAR(60),
    postal_code             VARCHAR(20),
    country                 VARCHAR(60)  NOT NULL,
    affiliate_id            BIGINT,
    directory_opt_in        BOOLEAN      NOT NULL,
    show_email_in_directory BOOLEAN      NOT NULL,
    notes                   TEXT,
    status                  VARCHAR(16)  NOT NULL,
    membership_type_id      BIGINT,
    current_term_end        DATE,
    closed_status           VARCHAR(16),
    closed_on               DATE,
    version                 BIGINT       NOT NULL DEFAULT 0,
    created_at              DATETIME(6)  NOT NULL,
    created_by              VARCHAR(254),
    updated_at              DATETIME(6),
    updated_by              VARCHAR(254),
    CONSTRAINT uk_member_email UNIQUE (email),
    CONSTRAINT fk_member_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliate (id),
    CONSTRAINT fk_member_type FOREIGN KEY (membership_type_id) REFERENCES membership_type (id)
) ENGINE = InnoDB;

CREATE INDEX ix_member_name ON member (last_name, first_name);
CREATE INDEX ix_member_status ON member (status, last_name);
CREATE INDEX ix_member_affiliate ON member (affiliate_id, status);
CREATE INDEX ix_member_licence ON member (licence_number);

CREATE TABLE membership_term (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id          BIGINT         NOT NULL,
    membership_type_id BIGINT         NOT NULL,
    start_date         DATE           NOT NULL,
    end_date           DATE           NOT NULL,
    grace_days         INT            NOT NULL,
    dues_charged       DECIMAL(10, 2) NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    created_at         DATETIME(6)    NOT NULL,
    created_by         VARCHAR(254),
    updated_at         DATETIME(6),
    updated_by         VARCHAR(254),
    CONSTRAINT fk_membership_term_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_membership_term_type FOREIGN KEY (membership_type_id) REFERENCES membership_type (id)
) ENGINE = InnoDB;

CREATE INDEX ix_membership_term_member ON membership_term (member_id, end_date);
CREATE INDEX ix_membership_term_end ON membership_term (end_date);
