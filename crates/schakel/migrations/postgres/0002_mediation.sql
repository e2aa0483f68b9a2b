-- Placement mediation: vacancies with time slots, placements and their history, parental
-- consent, hours, evaluations and reflections, group sessions, in-app notifications.

ALTER TABLE pupils ADD COLUMN parent_email TEXT;

CREATE TABLE vacancies (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisations (id),
    title            TEXT NOT NULL,
    description      TEXT NOT NULL,
    category         TEXT NOT NULL,
    kind             TEXT NOT NULL,
    setting          TEXT NOT NULL,
    capacity         INTEGER NOT NULL CHECK (capacity > 0),
    group_min        INTEGER,
    group_max        INTEGER,
    min_age          INTEGER NOT NULL,
    expected_hours   INTEGER NOT NULL,
    starts_on        DATE NOT NULL,
    ends_on          DATE NOT NULL,
    street           TEXT NOT NULL DEFAULT '',
    postcode         TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    supervisor_name  TEXT NOT NULL,
    supervisor_email TEXT NOT NULL DEFAULT '',
    supervisor_phone TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft',
    search_text      TEXT NOT NULL,
    created_by       UUID REFERENCES users (id),
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX vacancies_organisation ON vacancies (organisation_id);
CREATE INDEX vacancies_status ON vacancies (status, starts_on);

CREATE TABLE vacancy_slots (
    id         UUID PRIMARY KEY,
    vacancy_id UUID NOT NULL REFERENCES vacancies (id),
    on_date    DATE,
    weekday    INTEGER,
    starts_at  TIME NOT NULL,
    ends_at    TIME NOT NULL
);
CREATE INDEX vacancy_slots_vacancy ON vacancy_slots (vacancy_id);

CREATE TABLE vacancy_schools (
    vacancy_id UUID NOT NULL REFERENCES vacancies (id),
    school_id  UUID NOT NULL REFERENCES schools (id),
    PRIMARY KEY (vacancy_id, school_id)
);

CREATE TABLE placements (
    id               UUID PRIMARY KEY,
    vacancy_id       UUID NOT NULL REFERENCES vacancies (id),
    pupil_id         UUID NOT NULL REFERENCES pupils (id),
    status           TEXT NOT NULL,
    motivation       TEXT NOT NULL DEFAULT '',
    reason           TEXT NOT NULL DEFAULT '',
    consent_required BOOLEAN NOT NULL DEFAULT FALSE,
    group_ref        UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX placements_vacancy ON placements (vacancy_id, status);
CREATE INDEX placements_pupil ON placements (pupil_id);
-- One live placement per pupil and vacancy: applying twice is refused by the database too.
CREATE UNIQUE INDEX placements_live_once ON placements (vacancy_id, pupil_id) WHERE status NOT IN ('declined', 'cancelled');

CREATE TABLE placement_events (
    id           UUID PRIMARY KEY,
    placement_id UUID NOT NULL REFERENCES placements (id),
    at           TIMESTAMPTZ NOT NULL,
    actor_id     UUID REFERENCES users (id),
    status       TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX placement_events_placement ON placement_events (placement_id, at);

CREATE TABLE consents (
    id            UUID PRIMARY KEY,
    placement_id  UUID NOT NULL REFERENCES placements (id),
    token_hash    BYTEA NOT NULL UNIQUE,
    parent_email  TEXT NOT NULL,
    sent_at       TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    given_at      TIMESTAMPTZ,
    given_by_name TEXT,
    agreement_pdf BYTEA
);
CREATE INDEX consents_placement ON consents (placement_id);

CREATE TABLE hours_entries (
    id             UUID PRIMARY KEY,
    placement_id   UUID NOT NULL REFERENCES placements (id),
    on_date        DATE NOT NULL,
    starts_at      TIME NOT NULL,
    ends_at        TIME NOT NULL,
    minutes        INTEGER NOT NULL CHECK (minutes > 0),
    activity       TEXT NOT NULL,
    status         TEXT NOT NULL,
    review_comment TEXT NOT NULL DEFAULT '',
    reviewed_by    UUID REFERENCES users (id),
    reviewed_at    TIMESTAMPTZ,
    corrects       UUID REFERENCES hours_entries (id),
    session_id     UUID,
    created_by     UUID REFERENCES users (id),
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX hours_entries_placement ON hours_entries (placement_id, status);

CREATE TABLE evaluations (
    placement_id UUID PRIMARY KEY REFERENCES placements (id),
    assessment   TEXT NOT NULL,
    by_user      UUID REFERENCES users (id),
    at           TIMESTAMPTZ NOT NULL
);

CREATE TABLE reflections (
    placement_id UUID PRIMARY KEY REFERENCES placements (id),
    text         TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);

CREATE TABLE group_sessions (
    id         UUID PRIMARY KEY,
    vacancy_id UUID NOT NULL REFERENCES vacancies (id),
    on_date    DATE NOT NULL,
    starts_at  TIME NOT NULL,
    ends_at    TIME NOT NULL,
    activity   TEXT NOT NULL,
    created_by UUID REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE notifications (
    id           UUID PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES users (id),
    placement_id UUID REFERENCES placements (id),
    message      TEXT NOT NULL,
    link         TEXT NOT NULL DEFAULT '',
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);
