-- Join requests from the public page, and members' renewal requests, waiting for the board.

CREATE TABLE membership_application (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(16)  NOT NULL,
    member_id          BIGINT,
    first_name         VARCHAR(100) NOT NULL,
    last_name          VARCHAR(100) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    phone              VARCHAR(40),
    credentials        VARCHAR(100),
    discipline         VARCHAR(40)  NOT NULL,
    licence_state      CHAR(2),
    licence_number     VARCHAR(40),
    practice_name      VARCHAR(200),
    city               VARCHAR(100),
    state              VARCHAR(60),
    postal_code        VARCHAR(20),
    country            VARCHAR(60)  NOT NULL,
    affiliate_id       BIGINT,
    membership_type_id BIGINT       NOT NULL,
    message            VARCHAR(2000),
    status             VARCHAR(16)  NOT NULL,
    decision_note      VARCHAR(2000),
    decided_at         DATETIME(6),
    decided_by         VARCHAR(254),
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(254),
    updated_at         DATETIME(6),
    updated_by         VARCHAR(254),
    CONSTRAINT fk_application_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_application_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliate (id),
    CONSTRAINT fk_application_type FOREIGN KEY (membership_type_id) REFERENCES membership_type (id)
) ENGINE = InnoDB;

CREATE INDEX ix_application_status ON membership_application (status, created_at);
CREATE INDEX ix_application_email ON membership_application (email, status);
