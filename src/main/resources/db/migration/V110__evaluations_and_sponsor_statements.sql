-- Issue 16, "the sponsor's side": an evaluation form per event, filled in once by each attendee after the event,
-- with anonymous answers; and the sponsor's approval statement per CE type, printed on certificates.

-- An event's evaluation: whether its certificates wait for the evaluation. Its questions are the default set
-- (copied in when the form is first needed) or the editor's own; they are fixed once anyone has answered.
CREATE TABLE evaluation_form (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id            BIGINT        NOT NULL,
    certificate_waits   BOOLEAN       NOT NULL DEFAULT FALSE,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(254),
    updated_at          DATETIME(6),
    updated_by          VARCHAR(254),
    CONSTRAINT uk_evaluation_form_event UNIQUE (event_id),
    CONSTRAINT fk_evaluation_form_event FOREIGN KEY (event_id) REFERENCES event (id)
) ENGINE = InnoDB;

-- kind RATING (1 to 5) or COMMENT (free text); preset names a default question (its words come from the
-- reader's language) unless the editor wrote their own text
CREATE TABLE evaluation_question (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    form_id   BIGINT        NOT NULL,
    position  INT           NOT NULL,
    kind      VARCHAR(12)   NOT NULL,
    preset    VARCHAR(24),
    text      VARCHAR(500),
    CONSTRAINT fk_evaluation_question_form FOREIGN KEY (form_id) REFERENCES evaluation_form (id) ON DELETE CASCADE,
    CONSTRAINT ck_evaluation_question_words CHECK (preset IS NOT NULL OR text IS NOT NULL)
) ENGINE = InnoDB;

CREATE INDEX ix_evaluation_question_form ON evaluation_question (form_id, position);

-- The fact that a member submitted (for "once" and for releasing the certificate). It is never joined to the
-- answers: nothing links a submission to a response.
CREATE TABLE evaluation_submission (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT        NOT NULL,
    member_id     BIGINT        NOT NULL,
    submitted_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_evaluation_submission UNIQUE (event_id, member_id),
    CONSTRAINT fk_evaluation_submission_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_evaluation_submission_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

-- The answers, anonymous: a random key (no insertion order to match against the submissions' ids or times), no
-- member, no time.
CREATE TABLE evaluation_response (
    id        CHAR(36)      NOT NULL PRIMARY KEY,
    event_id  BIGINT        NOT NULL,
    CONSTRAINT fk_evaluation_response_event FOREIGN KEY (event_id) REFERENCES event (id)
) ENGINE = InnoDB;

CREATE INDEX ix_evaluation_response_event ON evaluation_response (event_id);

CREATE TABLE evaluation_answer (
    response_id  CHAR(36)       NOT NULL,
    question_id  BIGINT         NOT NULL,
    rating       INT,
    comment      VARCHAR(2000),
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_evaluation_answer_response FOREIGN KEY (response_id) REFERENCES evaluation_response (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_answer_question FOREIGN KEY (question_id) REFERENCES evaluation_question (id),
    CONSTRAINT ck_evaluation_answer_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
) ENGINE = InnoDB;

CREATE INDEX ix_evaluation_answer_question ON evaluation_answer (question_id);

-- The sponsor's approval statement for each CE type (APA, ASWB, NBCC, OTHER), as approved (in its own words and
-- language); an administrator edits it. Empty: the certificate prints none.
CREATE TABLE ce_sponsor_statement (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ce_type     VARCHAR(16)    NOT NULL,
    statement   VARCHAR(2000),
    version     BIGINT         NOT NULL DEFAULT 0,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254),
    updated_at  DATETIME(6),
    updated_by  VARCHAR(254),
    CONSTRAINT uk_ce_sponsor_statement UNIQUE (ce_type)
) ENGINE = InnoDB;

INSERT INTO ce_sponsor_statement (ce_type, statement, created_at, created_by)
VALUES ('APA', NULL, NOW(6), 'V110'), ('ASWB', NULL, NOW(6), 'V110'), ('NBCC', NULL, NOW(6), 'V110'),
       ('OTHER', NULL, NOW(6), 'V110');
