-- Payments are recorded, not processed: what a member paid, how, and the receipt it was given.

CREATE TABLE payment (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id          BIGINT         NOT NULL,
    membership_term_id BIGINT         NULL,
    amount             DECIMAL(10, 2) NOT NULL,
    method             VARCHAR(20)    NOT NULL,
    reference          VARCHAR(100),
    paid_on            DATE           NOT NULL,
    receipt_number     VARCHAR(20)    NOT NULL,
    note               VARCHAR(500),
    version            BIGINT         NOT NULL DEFAULT 0,
    created_at         DATETIME(6)    NOT NULL,
    created_by         VARCHAR(254),
    updated_at         DATETIME(6),
    updated_by         VARCHAR(254),
    CONSTRAINT uk_payment_receipt_number UNIQUE (receipt_number),
    CONSTRAINT fk_payment_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_payment_membership_term FOREIGN KEY (membership_term_id) REFERENCES membership_term (id),
    CONSTRAINT ck_payment_amount CHECK (amount >= 0 AND amount <= 100000)
) ENGINE = InnoDB;

CREATE INDEX ix_payment_member ON payment (member_id, paid_on);
CREATE INDEX ix_payment_paid_on ON payment (paid_on);

-- One row per year: the last receipt number issued that year (R-2026-000123). A payment takes the next number
-- inside its own transaction, holding the row's lock until it commits: numbers never repeat, and a payment
-- that rolls back leaves no gap.
CREATE TABLE receipt_counter (
    receipt_year INT    NOT NULL PRIMARY KEY,
    last_number  BIGINT NOT NULL
) ENGINE = InnoDB;
