-- Conferences and trainings: events, their sessions, and registrations for either.
-- Times are instants stored in UTC (DATETIME(6), hibernate.jdbc.time_zone=UTC); forms and pages convert them
-- to and from the society's time zone.

CREATE TABLE event (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                 VARCHAR(16)    NOT NULL,
    title                VARCHAR(200)   NOT NULL,
    description          VARCHAR(4000),
    starts_at            DATETIME(6)    NOT NULL,
    ends_at              DATETIME(6)    NOT NULL,
    format               VARCHAR(16)    NOT NULL,
    venue                VARCHAR(300),
    online_link          VARCHAR(500),
    capacity             INT            NOT NULL,
    -- confirmed, attended and no-show registrations: kept on the row that is locked while seats are given out
    seats_taken          INT            NOT NULL DEFAULT 0,
    member_price         DECIMAL(10, 2) NOT NULL,
    non_member_price     DECIMAL(10, 2) NOT NULL,
    early_bird_price     DECIMAL(10, 2),
    early_bird_until     DATETIME(6),
    registration_opens   DATETIME(6),
    registration_closes  DATETIME(6),
    cancel_cutoff_hours  INT            NOT NULL DEFAULT 48,
    ce_hours             DECIMAL(5, 2)  NOT NULL DEFAULT 0,
    ce_type              VARCHAR(16),
    affiliate_id         BIGINT,
    status               VARCHAR(16)    NOT NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    created_at           DATETIME(6)    NOT NULL,
    created_by           VARCHAR(254),
    updated_at           DATETIME(6),
    updated_by           VARCHAR(254),
    CONSTRAINT fk_event_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliate (id),
    CONSTRAINT ck_event_capacity CHECK (capacity >= 0 AND seats_taken >= 0 AND seats_taken <= capacity)
) ENGINE = InnoDB;

CREATE INDEX ix_event_starts ON event (starts_at);
CREATE INDEX ix_event_status_starts ON event (status, starts_at);
CREATE INDEX ix_event_affiliate_starts ON event (affiliate_id, starts_at);
CREATE INDEX ix_event_kind_starts ON event (kind, starts_at);

CREATE TABLE event_session (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    starts_at    DATETIME(6)   NOT NULL,
    ends_at      DATETIME(6)   NOT NULL,
    capacity     INT           NOT NULL,
    seats_taken  INT           NOT NULL DEFAULT 0,
    ce_hours     DECIMAL(5, 2) NOT NULL DEFAULT 0,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254),
    updated_at   DATETIME(6),
    updated_by   VARCHAR(254),
    CONSTRAINT fk_event_session_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT ck_event_session_capacity CHECK (capacity >= 0 AND seats_taken >= 0 AND seats_taken <= capacity)
) ENGINE = InnoDB;

CREATE INDEX ix_event_session_event ON event_session (event_id, starts_at);

-- One person's place at an event (session_id null) or at one session of it. The id is the arrival order:
-- rows are inserted while the event's or session's row is locked, so the waitlist is first-in-first-out by id.
CREATE TABLE registration (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT         NOT NULL,
    session_id      BIGINT,
    member_id       BIGINT,
    first_name      VARCHAR(100)   NOT NULL,
    last_name       VARCHAR(100)   NOT NULL,
    email           VARCHAR(254)   NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    price           DECIMAL(10, 2) NOT NULL,
    price_kind      VARCHAR(16)    NOT NULL,
    registered_at   DATETIME(6)    NOT NULL,
    status_at       DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(254),
    updated_at      DATETIME(6),
    updated_by      VARCHAR(254),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES event_session (id),
    CONSTRAINT fk_registration_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE INDEX ix_registration_event ON registration (event_id, session_id, status, id);
CREATE INDEX ix_registration_member ON registration (member_id, id);
CREATE INDEX ix_registration_email ON registration (email, event_id);
