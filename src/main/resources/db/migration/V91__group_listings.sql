-- Issue 18: "Find a group", the public directory of the groups members run. A listing belongs to one member (its
-- facilitator, whose name and credentials are read from their record when shown); the board publishes it after
-- review. Enquiries from the public are kept for a set number of days (collegium.listings.enquiry-retention-days);
-- the listing keeps how many it had (enquiry_count, written only by an increment so an edit never loses one).
CREATE TABLE group_listing (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_member_id      BIGINT         NOT NULL,
    title                VARCHAR(150)   NOT NULL,
    focus                VARCHAR(1000)  NOT NULL,
    audience             VARCHAR(500),
    approach             VARCHAR(1000),
    format               VARCHAR(16)    NOT NULL,
    city                 VARCHAR(100),
    state                CHAR(2),
    -- an online group: the states it may serve, two-letter codes separated by commas (",NY,NJ,": found by LIKE)
    served_states        VARCHAR(200),
    -- language codes separated by commas, with a comma at each end (",en,es,")
    languages            VARCHAR(100)   NOT NULL,
    fee                  DECIMAL(10, 2),
    sliding_scale        BOOLEAN        NOT NULL DEFAULT FALSE,
    free                 BOOLEAN        NOT NULL DEFAULT FALSE,
    insurance            VARCHAR(300),
    step_free            BOOLEAN        NOT NULL DEFAULT FALSE,
    captioning           BOOLEAN        NOT NULL DEFAULT FALSE,
    interpreters         BOOLEAN        NOT NULL DEFAULT FALSE,
    transport_notes      VARCHAR(500),
    schedule             VARCHAR(300)   NOT NULL,
    intake               VARCHAR(16)    NOT NULL,
    screening_call       BOOLEAN        NOT NULL DEFAULT FALSE,
    status               VARCHAR(16)    NOT NULL,
    review_note          VARCHAR(1000),
    reviewed_by          VARCHAR(254),
    reviewed_at          DATETIME(6),
    enquiry_count        INT            NOT NULL DEFAULT 0,
    version              BIGINT         NOT NULL DEFAULT 0,
    created_at           DATETIME(6)    NOT NULL,
    created_by           VARCHAR(254),
    updated_at           DATETIME(6),
    updated_by           VARCHAR(254),
    CONSTRAINT fk_group_listing_owner FOREIGN KEY (owner_member_id) REFERENCES member (id),
    INDEX ix_group_listing_status (status, owner_member_id)
) ENGINE = InnoDB;

CREATE TABLE listing_enquiry (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    listing_id   BIGINT         NOT NULL,
    name         VARCHAR(150)   NOT NULL,
    email        VARCHAR(254)   NOT NULL,
    client_ip    VARCHAR(64),
    message      VARCHAR(2000)  NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    CONSTRAINT fk_listing_enquiry_listing FOREIGN KEY (listing_id) REFERENCES group_listing (id) ON DELETE CASCADE,
    INDEX ix_listing_enquiry_created (created_at),
    INDEX ix_listing_enquiry_email (email, created_at),
    INDEX ix_listing_enquiry_ip (client_ip, created_at)
) ENGINE = InnoDB;
