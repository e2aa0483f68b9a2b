-- Rules for minors: the rule table and the network's readings of the open questions, school
-- calendars, host checks, what a vacancy's work involves, the agreement's signatures, dated
-- consents, side jobs, and recorded confirmations of warnings.

-- One complete rule set per effective date (NULL: the first set), as schakel-minors' JSON.
CREATE TABLE minor_rule_sets (
    id             UUID PRIMARY KEY,
    effective_from DATE UNIQUE,
    rule_rows      TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMPTZ NOT NULL
);

-- Each change of the options keeps the whole options after the change and why: the latest row
-- is in force, the rows before are the history.
CREATE TABLE minor_option_changes (
    id         UUID PRIMARY KEY,
    options    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    changed_by UUID REFERENCES users (id),
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX minor_option_changes_at ON minor_option_changes (changed_at);

-- A school's lesson times per weekday (1 = Monday … 5 = Friday). No row: unknown; a row
-- without times: no lessons that day.
CREATE TABLE school_lesson_times (
    school_id UUID NOT NULL REFERENCES schools (id),
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    starts_at TIME,
    ends_at   TIME,
    PRIMARY KEY (school_id, weekday)
);

-- A school's own days off (study days, a stage week without lessons, an imported calendar).
CREATE TABLE school_days_off (
    id         UUID PRIMARY KEY,
    school_id  UUID NOT NULL REFERENCES schools (id),
    first_day  DATE NOT NULL,
    last_day   DATE NOT NULL,
    name       TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT 'manual',
    created_by UUID REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX school_days_off_school ON school_days_off (school_id, first_day);

-- Whether the school follows the region's holidays (region Noord for Amsterdam).
ALTER TABLE schools ADD COLUMN region_holidays BOOLEAN NOT NULL DEFAULT TRUE;

-- A host's checks (MINORS-RULES.md section 2). The latest row per organisation and kind is in
-- force; older rows are the history.
CREATE TABLE host_checks (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisations (id),
    kind            TEXT NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    flags           TEXT NOT NULL DEFAULT '',
    valid_from      DATE NOT NULL,
    expires_on      DATE,
    recorded_by     UUID REFERENCES users (id),
    recorded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX host_checks_organisation ON host_checks (organisation_id, kind, recorded_at);

-- What the pupil's work involves: task categories (NULL: not declared), work with children,
-- expert supervision of risky work.
ALTER TABLE vacancies ADD COLUMN tasks TEXT;
ALTER TABLE vacancies ADD COLUMN works_with_children BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE vacancies ADD COLUMN expert_supervision BOOLEAN NOT NULL DEFAULT FALSE;

-- The pupil's side job as declared when applying: 'undeclared', 'none' or 'declared'.
ALTER TABLE placements ADD COLUMN side_job TEXT NOT NULL DEFAULT 'undeclared';
ALTER TABLE placements ADD COLUMN side_job_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE placements ADD COLUMN side_job_days INTEGER NOT NULL DEFAULT 0;

-- The agreement's signatures, one per party: 'pupil', 'parent', 'school', 'host'.
CREATE TABLE agreement_signatures (
    placement_id UUID NOT NULL REFERENCES placements (id),
    party        TEXT NOT NULL,
    signer_id    UUID REFERENCES users (id),
    signer_name  TEXT NOT NULL,
    signed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (placement_id, party)
);

-- The signed agreement as it stood when the placement became active.
CREATE TABLE agreements (
    placement_id UUID PRIMARY KEY REFERENCES placements (id),
    pdf          BYTEA NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

-- Dated consents besides the signatures: 'parent-sunday', 'pupil-sunday', 'extended-hours'.
CREATE TABLE minor_consents (
    placement_id UUID NOT NULL REFERENCES placements (id),
    kind         TEXT NOT NULL,
    given_by     TEXT NOT NULL,
    given_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (placement_id, kind)
);

-- A warning someone confirmed, with who and when: rule, check and the first day of its period.
CREATE TABLE minor_acknowledgements (
    id           UUID PRIMARY KEY,
    placement_id UUID NOT NULL REFERENCES placements (id),
    rule         TEXT NOT NULL,
    check_name   TEXT NOT NULL,
    period_start DATE NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    by_user      UUID REFERENCES users (id),
    at           TIMESTAMPTZ NOT NULL,
    UNIQUE (placement_id, rule, check_name, period_start)
);
