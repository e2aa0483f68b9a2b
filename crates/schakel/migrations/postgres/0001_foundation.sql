-- Foundation: directory (schools, classes, pupils, organisations, contacts), accounts with role
-- grants, sessions, invitations, login throttling, audit events, import batches, the outbox.
-- PostgreSQL: native UUID, TIMESTAMPTZ, DATE and DOUBLE PRECISION columns.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value BYTEA NOT NULL
);

CREATE TABLE schools (
    id          UUID PRIMARY KEY,
    brin        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    levels      TEXT NOT NULL DEFAULT '',
    profiles    TEXT NOT NULL DEFAULT '',
    street      TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    archived_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX schools_name ON schools (name);

CREATE TABLE meeting_points (
    id          UUID PRIMARY KEY,
    school_id   UUID NOT NULL REFERENCES schools (id),
    name        TEXT NOT NULL,
    archived_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_points_school ON meeting_points (school_id);

CREATE TABLE classes (
    id            UUID PRIMARY KEY,
    school_id     UUID NOT NULL REFERENCES schools (id),
    name          TEXT NOT NULL,
    school_year   TEXT NOT NULL,
    year_of_study INTEGER,
    archived_at   TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (school_id, school_year, name)
);

CREATE TABLE pupils (
    id             UUID PRIMARY KEY,
    school_id      UUID NOT NULL REFERENCES schools (id),
    class_id       UUID REFERENCES classes (id),
    number         TEXT NOT NULL,
    first_name     TEXT NOT NULL,
    infix          TEXT NOT NULL DEFAULT '',
    last_name      TEXT NOT NULL,
    search_text    TEXT NOT NULL,
    year_of_study  INTEGER,
    date_of_birth  DATE,
    gender         TEXT,
    postcode       TEXT,
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    email          TEXT,
    required_hours INTEGER NOT NULL DEFAULT 30,
    archived_at    TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (school_id, number)
);
CREATE INDEX pupils_class ON pupils (class_id);
CREATE INDEX pupils_school_name ON pupils (school_id, last_name, first_name);

CREATE TABLE organisations (
    id             UUID PRIMARY KEY,
    kvk            TEXT UNIQUE,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    sector         TEXT NOT NULL DEFAULT '',
    street         TEXT NOT NULL DEFAULT '',
    postcode       TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    website        TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    vetting_status TEXT NOT NULL DEFAULT 'pending',
    search_text    TEXT NOT NULL,
    archived_at    TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX organisations_name ON organisations (name);

CREATE TABLE contacts (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisations (id),
    name            TEXT NOT NULL,
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    job_title       TEXT NOT NULL DEFAULT '',
    archived_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX contacts_organisation ON contacts (organisation_id);

CREATE TABLE users (
    id            UUID PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    password_hash TEXT,
    locale        TEXT NOT NULL DEFAULT 'nl',
    archived_at   TIMESTAMPTZ,
    last_login_at TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE grants (
    id               UUID PRIMARY KEY,
    user_id          UUID NOT NULL REFERENCES users (id),
    role             TEXT NOT NULL,
    school_id        UUID REFERENCES schools (id),
    organisation_id  UUID REFERENCES organisations (id),
    meeting_point_id UUID REFERENCES meeting_points (id),
    pupil_id         UUID REFERENCES pupils (id),
    granted_by       UUID REFERENCES users (id),
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX grants_user ON grants (user_id);
CREATE INDEX grants_school ON grants (school_id);
CREATE INDEX grants_organisation ON grants (organisation_id);
CREATE INDEX grants_pupil ON grants (pupil_id);

CREATE TABLE sessions (
    token_hash   BYTEA PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES users (id),
    created_at   TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE invitations (
    id         UUID PRIMARY KEY,
    token_hash BYTEA NOT NULL UNIQUE,
    user_id    UUID NOT NULL REFERENCES users (id),
    created_by UUID REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX invitations_user ON invitations (user_id);

CREATE TABLE login_throttle (
    key           TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    first_failure TIMESTAMPTZ NOT NULL,
    blocked_until TIMESTAMPTZ
);

CREATE TABLE audit_events (
    id        UUID PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    actor_id  UUID REFERENCES users (id),
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id UUID,
    school_id UUID REFERENCES schools (id),
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_entity ON audit_events (entity_id);

CREATE TABLE import_batches (
    id         UUID PRIMARY KEY,
    school_id  UUID NOT NULL REFERENCES schools (id),
    created_by UUID NOT NULL REFERENCES users (id),
    file_name  TEXT NOT NULL,
    payload    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending',
    created_at TIMESTAMPTZ NOT NULL,
    applied_at TIMESTAMPTZ
);

CREATE TABLE outbox (
    id         UUID PRIMARY KEY,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ
);
