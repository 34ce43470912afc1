-- Each renewal reminder is sent once per member, term end and kind: the unique key makes a second sender
-- (another instance, a rerun) skip it.
CREATE TABLE renewal_reminder (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id  BIGINT      NOT NULL,
    term_end   DATE        NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_renewal_reminder UNIQUE (member_id, term_end, kind),
    CONSTRAINT fk_renewal_reminder_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE INDEX ix_member_term_end ON member (current_term_end, status);
