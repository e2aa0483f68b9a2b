-- Matching rounds: a coordinator's (one school) or the project leader's (the network) round over
-- chosen vacancies and pupils; the pupils' rankings; the result of a run per pupil, with its
-- explanation; publishing links each result to the proposed placement it made.
-- SQLite: ids are UUID blobs, timestamps ISO-8601 text in UTC.

CREATE TABLE rounds (
    id           BLOB PRIMARY KEY NOT NULL,
    school_id    BLOB REFERENCES schools (id),
    name         TEXT NOT NULL,
    choices      INTEGER NOT NULL CHECK (choices BETWEEN 1 AND 10),
    priority     TEXT NOT NULL,
    seed         BIGINT NOT NULL,
    closes_at    TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'draft',
    mode         TEXT,
    summary      TEXT NOT NULL DEFAULT '',
    follows      BLOB REFERENCES rounds (id),
    created_by   BLOB REFERENCES users (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    closed_at    TEXT,
    ran_at       TEXT,
    published_at TEXT,
    published_by BLOB REFERENCES users (id)
);
CREATE INDEX rounds_school ON rounds (school_id, created_at);

CREATE TABLE round_vacancies (
    round_id   BLOB NOT NULL REFERENCES rounds (id),
    vacancy_id BLOB NOT NULL REFERENCES vacancies (id),
    -- The places the last run could fill (capacity minus places already held).
    seats      INTEGER,
    PRIMARY KEY (round_id, vacancy_id)
);
CREATE INDEX round_vacancies_vacancy ON round_vacancies (vacancy_id);

-- A pupil in a round.
CREATE TABLE round_pupils (
    round_id  BLOB NOT NULL REFERENCES rounds (id),
    pupil_id  BLOB NOT NULL REFERENCES pupils (id),
    ranked_at TEXT,
    PRIMARY KEY (round_id, pupil_id)
);
CREATE INDEX round_pupils_pupil ON round_pupils (pupil_id);

-- The last run's result per pupil (rewritten by every run), with the reasons as JSON; publishing
-- links it to the placement it made, or marks it skipped.
CREATE TABLE round_results (
    round_id     BLOB NOT NULL,
    pupil_id     BLOB NOT NULL,
    vacancy_id   BLOB,
    rank         INTEGER,
    reasons      TEXT NOT NULL DEFAULT '',
    moved        BOOLEAN NOT NULL DEFAULT 0,
    placement_id BLOB REFERENCES placements (id),
    skipped      BOOLEAN NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, pupil_id),
    FOREIGN KEY (round_id, pupil_id) REFERENCES round_pupils (round_id, pupil_id),
    FOREIGN KEY (round_id, vacancy_id) REFERENCES round_vacancies (round_id, vacancy_id)
);
CREATE INDEX round_results_vacancy ON round_results (round_id, vacancy_id);

-- A pupil's ranking: her choices, best first.
CREATE TABLE round_choices (
    round_id   BLOB NOT NULL,
    pupil_id   BLOB NOT NULL,
    rank       INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 10),
    vacancy_id BLOB NOT NULL,
    PRIMARY KEY (round_id, pupil_id, rank),
    UNIQUE (round_id, pupil_id, vacancy_id),
    FOREIGN KEY (round_id, pupil_id) REFERENCES round_pupils (round_id, pupil_id),
    FOREIGN KEY (round_id, vacancy_id) REFERENCES round_vacancies (round_id, vacancy_id)
);
