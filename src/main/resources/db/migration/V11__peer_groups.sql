-- Peer-consultation groups: the group and its schedule, facilitators, the roster, weekly sessions and attendance.

CREATE TABLE peer_group (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(150)  NOT NULL,
    kind                VARCHAR(30)   NOT NULL,
    description         VARCHAR(2000),
    day_of_week         VARCHAR(10)   NOT NULL,
    start_time          TIME          NOT NULL,
    duration_minutes    INT           NOT NULL,
    -- 1: every week; 4: every fourth week (a "monthly" group), counted from starts_on
    interval_weeks      INT           NOT NULL DEFAULT 1,
    starts_on           DATE          NOT NULL,
    format              VARCHAR(16)   NOT NULL,
    location            VARCHAR(300),
    capacity            INT           NOT NULL,
    members_only        BOOLEAN       NOT NULL,
    lock_minutes        INT           NOT NULL,
    language            VARCHAR(60)   NOT NULL,
    cost                VARCHAR(16)   NOT NULL,
    cost_note           VARCHAR(200),
    accessibility_notes VARCHAR(1000),
    understandings      TEXT          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(254),
    updated_at          DATETIME(6),
    updated_by          VARCHAR(254),
    CONSTRAINT uk_peer_group_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE peer_group_facilitator (
    group_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, member_id),
    CONSTRAINT fk_pgf_group FOREIGN KEY (group_id) REFERENCES peer_group (id),
    CONSTRAINT fk_pgf_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE INDEX ix_pgf_member ON peer_group_facilitator (member_id);

-- one row per member and group: a member who left and asks again reuses it
CREATE TABLE group_membership (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id        BIGINT      NOT NULL,
    member_id       BIGINT      NOT NULL,
    status          VARCHAR(16) NOT NULL,
    requested_at    DATETIME(6) NOT NULL,
    acknowledged_at DATETIME(6) NOT NULL,
    decided_at      DATETIME(6),
    decided_by      VARCHAR(254),
    version         BIGINT      NOT NULL DEFAULT 0,
    created_at      DATETIME(6) NOT NULL,
    created_by      VARCHAR(254),
    updated_at      DATETIME(6),
    updated_by      VARCHAR(254),
    CONSTRAINT uk_group_membership UNIQUE (group_id, member_id),
    CONSTRAINT fk_gm_group FOREIGN KEY (group_id) REFERENCES peer_group (id),
    CONSTRAINT fk_gm_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE INDEX ix_gm_member ON group_membership (member_id, status);

CREATE TABLE group_session (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id           BIGINT        NOT NULL,
    -- the society's calendar date the session belongs to (generated sessions: one per group and date)
    session_date       DATE          NOT NULL,
    starts_at          DATETIME(6)   NOT NULL,
    ends_at            DATETIME(6)   NOT NULL,
    extra              BOOLEAN       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    cancel_reason      VARCHAR(500),
    meeting_link       VARCHAR(500),
    invitation_sent_at DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(254),
    updated_at         DATETIME(6),
    updated_by         VARCHAR(254),
    CONSTRAINT uk_group_session_start UNIQUE (group_id, starts_at),
    CONSTRAINT fk_gs_group FOREIGN KEY (group_id) REFERENCES peer_group (id)
) ENGINE = InnoDB;

CREATE INDEX ix_gs_starts ON group_session (starts_at, status);

CREATE TABLE group_attendance (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    joined_at  DATETIME(6),
    source     VARCHAR(16) NOT NULL,
    recorded_by VARCHAR(254),
    CONSTRAINT uk_group_attendance UNIQUE (session_id, member_id),
    CONSTRAINT fk_ga_session FOREIGN KEY (session_id) REFERENCES group_session (id),
    CONSTRAINT fk_ga_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE INDEX ix_ga_member ON group_attendance (member_id);
