-- Rules for minors: the rule table and the network's readings of the open questions, school
-- calendars, host checks, what a vacancy's work involves, the agreement's signatures, dated
-- consents, side jobs, and recorded confirmations of warnings.

-- One complete rule set per effective date (NULL: the first set), as schakel-minors' JSON.
CREATE TABLE minor_rule_sets (
    id             BLOB PRIMARY KEY NOT NULL,
    effective_from TEXT UNIQUE,
    rule_rows      TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);

-- Each change of the options keeps the whole options after the change and why: the latest row
-- is in force, the rows before are the history.
CREATE TABLE minor_option_changes (
    id         BLOB PRIMARY KEY NOT NULL,
    options    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    changed_by BLOB REFERENCES users (id),
    changed_at TEXT NOT NULL
);
CREATE INDEX minor_option_changes_at ON minor_option_changes (changed_at);

-- A school's lesson times per weekday (1 = Monday … 5 = Friday). No row: unknown; a row
-- without times: no lessons that day.
CREATE TABLE school_lesson_times (
    school_id BLOB NOT NULL REFERENCES schools (id),
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    starts_at TEXT,
    ends_at   TEXT,
    PRIMARY KEY (school_id, weekday)
);

-- A school's own days off (study days, a stage week without lessons, an imported calendar).
CREATE TABLE school_days_off (
    id         BLOB PRIMARY KEY NOT NULL,
    school_id  BLOB NOT NULL REFERENCES schools (id),
    first_day  TEXT NOT NULL,
    last_day   TEXT NOT NULL,
    name       TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT 'manual',
    created_by BLOB REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX school_days_off_school ON school_days_off (school_id, first_day);

-- Whether the school follows the region's holidays (region Noord for Amsterdam).
ALTER TABLE schools ADD COLUMN region_holidays BOOLEAN NOT NULL DEFAULT 1;

-- A host's checks (MINORS-RULES.md section 2). The latest row per organisation and kind is in
-- force; older rows are the history.
CREATE TABLE host_checks (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations (id),
    kind            TEXT NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    flags           TEXT NOT NULL DEFAULT '',
    valid_from      TEXT NOT NULL,
    expires_on      TEXT,
    recorded_by     BLOB REFERENCES users (id),
    recorded_at     TEXT NOT NULL
);
CREATE INDEX host_checks_organisation ON host_checks (organisation_id, kind, recorded_at);

-- What the pupil's work involves: task categories (NULL: not declared), work with children,
-- expert supervision of risky work.
ALTER TABLE vacancies ADD COLUMN tasks TEXT;
ALTER TABLE vacancies ADD COLUMN works_with_children BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE vacancies ADD COLUMN expert_supervision BOOLEAN NOT NULL DEFAULT 0;

-- The pupil's side job as declared when applying: 'undeclared', 'none' or 'declared'.
ALTER TABLE placements ADD COLUMN side_job TEXT NOT NULL DEFAULT 'undeclared';
ALTER TABLE placements ADD COLUMN side_job_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE placements ADD COLUMN side_job_days INTEGER NOT NULL DEFAULT 0;

-- The agreement's signatures, one per party: 'pupil', 'parent', 'school', 'host'.
CREATE TABLE agreement_signatures (
    placement_id BLOB NOT NULL REFERENCES placements (id),
    party        TEXT NOT NULL,
    signer_id    BLOB REFERENCES users (id),
    signer_name  TEXT NOT NULL,
    signed_at    TEXT NOT NULL,
    PRIMARY KEY (placement_id, party)
);

-- The signed agreement as it stood when the placement became active.
CREATE TABLE agreements (
    placement_id BLOB PRIMARY KEY NOT NULL REFERENCES placements (id),
    pdf          BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

-- Dated consents besides the signatures: 'parent-sunday', 'pupil-sunday', 'extended-hours'.
CREATE TABLE minor_consents (
    placement_id BLOB NOT NULL REFERENCES placements (id),
    kind         TEXT NOT NULL,
    given_by     TEXT NOT NULL,
    given_at     TEXT NOT NULL,
    PRIMARY KEY (placement_id, kind)
);

-- A warning someone confirmed, with who and when: rule, check and the first day of its period.
CREATE TABLE minor_acknowledgements (
    id           BLOB PRIMARY KEY NOT NULL,
    placement_id BLOB NOT NULL REFERENCES placements (id),
    rule         TEXT NOT NULL,
    check_name   TEXT NOT NULL,
    period_start TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    by_user      BLOB REFERENCES users (id),
    at           TEXT NOT NULL,
    UNIQUE (placement_id, rule, check_name, period_start)
);
