-- Foundation: directory (schools, classes, pupils, organisations, contacts), accounts with role
-- grants, sessions, invitations, login throttling, audit events, import batches, the outbox.
-- SQLite: ids are UUID blobs, timestamps ISO-8601 text in UTC, dates ISO text.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
);

CREATE TABLE schools (
    id          BLOB PRIMARY KEY NOT NULL,
    brin        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    levels      TEXT NOT NULL DEFAULT '',
    profiles    TEXT NOT NULL DEFAULT '',
    street      TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    lat         REAL,
    lon         REAL,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX schools_name ON schools (name);

CREATE TABLE meeting_points (
    id          BLOB PRIMARY KEY NOT NULL,
    school_id   BLOB NOT NULL REFERENCES schools (id),
    name        TEXT NOT NULL,
    archived_at TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX meeting_points_school ON meeting_points (school_id);

CREATE TABLE classes (
    id            BLOB PRIMARY KEY NOT NULL,
    school_id     BLOB NOT NULL REFERENCES schools (id),
    name          TEXT NOT NULL,
    school_year   TEXT NOT NULL,
    year_of_study INTEGER,
    archived_at   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (school_id, school_year, name)
);

CREATE TABLE pupils (
    id             BLOB PRIMARY KEY NOT NULL,
    school_id      BLOB NOT NULL REFERENCES schools (id),
    class_id       BLOB REFERENCES classes (id),
    number         TEXT NOT NULL,
    first_name     TEXT NOT NULL,
    infix          TEXT NOT NULL DEFAULT '',
    last_name      TEXT NOT NULL,
    search_text    TEXT NOT NULL,
    year_of_study  INTEGER,
    date_of_birth  TEXT,
    gender         TEXT,
    postcode       TEXT,
    lat            REAL,
    lon            REAL,
    email          TEXT,
    required_hours INTEGER NOT NULL DEFAULT 30,
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (school_id, number)
);
CREATE INDEX pupils_class ON pupils (class_id);
CREATE INDEX pupils_school_name ON pupils (school_id, last_name, first_name);

CREATE TABLE organisations (
    id             BLOB PRIMARY KEY NOT NULL,
    kvk            TEXT UNIQUE,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    sector         TEXT NOT NULL DEFAULT '',
    street         TEXT NOT NULL DEFAULT '',
    postcode       TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    lat            REAL,
    lon            REAL,
    website        TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    vetting_status TEXT NOT NULL DEFAULT 'pending',
    search_text    TEXT NOT NULL,
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX organisations_name ON organisations (name);

CREATE TABLE contacts (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations (id),
    name            TEXT NOT NULL,
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    job_title       TEXT NOT NULL DEFAULT '',
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX contacts_organisation ON contacts (organisation_id);

CREATE TABLE users (
    id            BLOB PRIMARY KEY NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    password_hash TEXT,
    locale        TEXT NOT NULL DEFAULT 'nl',
    archived_at   TEXT,
    last_login_at TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE grants (
    id               BLOB PRIMARY KEY NOT NULL,
    user_id          BLOB NOT NULL REFERENCES users (id),
    role             TEXT NOT NULL,
    school_id        BLOB REFERENCES schools (id),
    organisation_id  BLOB REFERENCES organisations (id),
    meeting_point_id BLOB REFERENCES meeting_points (id),
    pupil_id         BLOB REFERENCES pupils (id),
    granted_by       BLOB REFERENCES users (id),
    created_at       TEXT NOT NULL
);
CREATE INDEX grants_user ON grants (user_id);
CREATE INDEX grants_school ON grants (school_id);
CREATE INDEX grants_organisation ON grants (organisation_id);
CREATE INDEX grants_pupil ON grants (pupil_id);

CREATE TABLE sessions (
    token_hash   BLOB PRIMARY KEY NOT NULL,
    user_id      BLOB NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE invitations (
    id         BLOB PRIMARY KEY NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    user_id    BLOB NOT NULL REFERENCES users (id),
    created_by BLOB REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
CREATE INDEX invitations_user ON invitations (user_id);

CREATE TABLE login_throttle (
    key           TEXT PRIMARY KEY NOT NULL,
    failures      INTEGER NOT NULL,
    first_failure TEXT NOT NULL,
    blocked_until TEXT
);

CREATE TABLE audit_events (
    id        BLOB PRIMARY KEY NOT NULL,
    at        TEXT NOT NULL,
    actor_id  BLOB REFERENCES users (id),
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id BLOB,
    school_id BLOB REFERENCES schools (id),
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_entity ON audit_events (entity_id);

CREATE TABLE import_batches (
    id         BLOB PRIMARY KEY NOT NULL,
    school_id  BLOB NOT NULL REFERENCES schools (id),
    created_by BLOB NOT NULL REFERENCES users (id),
    file_name  TEXT NOT NULL,
    payload    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending',
    created_at TEXT NOT NULL,
    applied_at TEXT
);

CREATE TABLE outbox (
    id         BLOB PRIMARY KEY NOT NULL,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at    TEXT
);
