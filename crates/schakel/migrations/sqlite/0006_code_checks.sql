-- Every status and code column accepts exactly the values its Rust enum knows; a value the
-- application cannot read is refused when it is written, not found when it is read.
--
--   placements.status, placement_events.status  placements::model::Status
--   placements.side_job                         minors::papers::SideJob
--   hours_entries.status                        placements::model::HoursStatus
--   vacancies.status, .kind, .setting           placements::model::{VacancyStatus, Kind, Setting}
--   rounds.status, .priority, .mode             rounds::model::{Status, Priority}, schakel_match::Mode
--   organisations.vetting_status, .kind         directory::model::{VETTING, ORG_KINDS}
--   import_batches.status                       directory::store::imports ('pending', 'applied')
--   grants.role                                 auth::model::Role
--   agreement_signatures.party                  minors::papers::Party
--   host_checks.kind                            minors::hosts::CheckKind
--   minor_consents.kind                         minors::papers::ConsentKind
--
-- The constraints carry the names PostgreSQL gives a column's CHECK (`<table>_<column>_check`),
-- as in the PostgreSQL migration of this version.
--
-- SQLite cannot add a constraint to a table, so each table is rebuilt (sqlite.org/lang_altertable.html,
-- "making other kinds of table schema changes"): a new table with the same columns (type,
-- default, NOT NULL, keys, references) and the CHECKs, the rows copied, the old table dropped,
-- the new one renamed, its indexes made again. Foreign keys are off while this runs: sqlx runs
-- every SQLite migration inside one transaction (0.8 ignores `-- no-transaction` on SQLite),
-- where `PRAGMA foreign_keys` cannot change, so `Db::migrate` opens the migration's connection
-- with foreign keys off. The last statements check every reference before the transaction
-- commits. Run with foreign keys on (by another tool), the first DROP TABLE fails and nothing
-- changes.
--
-- The triggers of vacancy_schools (0005) read vacancies: SQLite refuses to rename a table while
-- a trigger names a table that does not exist, so they are dropped first and made again, as
-- they were, once vacancies is back.

DROP TRIGGER vacancy_schools_restrict;
DROP TRIGGER vacancy_schools_unrestrict;
DROP TRIGGER vacancy_schools_move;

CREATE TABLE organisations_new (
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
    updated_at     TEXT NOT NULL,
    CONSTRAINT organisations_kind_check CHECK (kind IN ('company', 'nonprofit', 'public', 'school', 'institution')),
    CONSTRAINT organisations_vetting_status_check CHECK (vetting_status IN ('pending', 'approved', 'rejected'))
);
INSERT INTO organisations_new (id, kvk, name, kind, sector, street, postcode, city, lat, lon, website, description,
                               vetting_status, search_text, archived_at, created_at, updated_at)
    SELECT id, kvk, name, kind, sector, street, postcode, city, lat, lon, website, description,
           vetting_status, search_text, archived_at, created_at, updated_at
    FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;
CREATE INDEX organisations_name ON organisations (name);

CREATE TABLE grants_new (
    id               BLOB PRIMARY KEY NOT NULL,
    user_id          BLOB NOT NULL REFERENCES users (id),
    role             TEXT NOT NULL,
    school_id        BLOB REFERENCES schools (id),
    organisation_id  BLOB REFERENCES organisations (id),
    meeting_point_id BLOB REFERENCES meeting_points (id),
    pupil_id         BLOB REFERENCES pupils (id),
    granted_by       BLOB REFERENCES users (id),
    created_at       TEXT NOT NULL,
    CONSTRAINT grants_role_check CHECK (role IN ('project_leader', 'coordinator', 'director', 'teacher', 'org_contact',
                                                 'meeting_point_manager', 'pupil'))
);
INSERT INTO grants_new (id, user_id, role, school_id, organisation_id, meeting_point_id, pupil_id, granted_by, created_at)
    SELECT id, user_id, role, school_id, organisation_id, meeting_point_id, pupil_id, granted_by, created_at
    FROM grants;
DROP TABLE grants;
ALTER TABLE grants_new RENAME TO grants;
CREATE INDEX grants_user ON grants (user_id);
CREATE INDEX grants_school ON grants (school_id);
CREATE INDEX grants_organisation ON grants (organisation_id);
CREATE INDEX grants_pupil ON grants (pupil_id);

CREATE TABLE import_batches_new (
    id         BLOB PRIMARY KEY NOT NULL,
    school_id  BLOB NOT NULL REFERENCES schools (id),
    created_by BLOB NOT NULL REFERENCES users (id),
    file_name  TEXT NOT NULL,
    payload    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending',
    created_at TEXT NOT NULL,
    applied_at TEXT,
    CONSTRAINT import_batches_status_check CHECK (status IN ('pending', 'applied'))
);
INSERT INTO import_batches_new (id, school_id, created_by, file_name, payload, status, created_at, applied_at)
    SELECT id, school_id, created_by, file_name, payload, status, created_at, applied_at
    FROM import_batches;
DROP TABLE import_batches;
ALTER TABLE import_batches_new RENAME TO import_batches;

CREATE TABLE vacancies_new (
    id                  BLOB PRIMARY KEY NOT NULL,
    organisation_id     BLOB NOT NULL REFERENCES organisations (id),
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    category            TEXT NOT NULL,
    kind                TEXT NOT NULL,
    setting             TEXT NOT NULL,
    capacity            INTEGER NOT NULL CHECK (capacity > 0),
    group_min           INTEGER,
    group_max           INTEGER,
    min_age             INTEGER NOT NULL,
    expected_hours      INTEGER NOT NULL,
    starts_on           TEXT NOT NULL,
    ends_on             TEXT NOT NULL,
    street              TEXT NOT NULL DEFAULT '',
    postcode            TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    lat                 REAL,
    lon                 REAL,
    supervisor_name     TEXT NOT NULL,
    supervisor_email    TEXT NOT NULL DEFAULT '',
    supervisor_phone    TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'draft',
    search_text         TEXT NOT NULL,
    created_by          BLOB REFERENCES users (id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    tasks               TEXT,
    works_with_children BOOLEAN NOT NULL DEFAULT 0,
    expert_supervision  BOOLEAN NOT NULL DEFAULT 0,
    restricted          BOOLEAN NOT NULL DEFAULT 0,
    CONSTRAINT vacancies_kind_check CHECK (kind IN ('individual', 'group', 'assignment')),
    CONSTRAINT vacancies_setting_check CHECK (setting IN ('mas_outside', 'mas_inside', 'internship')),
    CONSTRAINT vacancies_status_check CHECK (status IN ('draft', 'open', 'closed', 'archived'))
);
INSERT INTO vacancies_new (id, organisation_id, title, description, category, kind, setting, capacity, group_min,
                           group_max, min_age, expected_hours, starts_on, ends_on, street, postcode, city, lat, lon,
                           supervisor_name, supervisor_email, supervisor_phone, status, search_text, created_by,
                           created_at, updated_at, tasks, works_with_children, expert_supervision, restricted)
    SELECT id, organisation_id, title, description, category, kind, setting, capacity, group_min,
           group_max, min_age, expected_hours, starts_on, ends_on, street, postcode, city, lat, lon,
           supervisor_name, supervisor_email, supervisor_phone, status, search_text, created_by,
           created_at, updated_at, tasks, works_with_children, expert_supervision, restricted
    FROM vacancies;
DROP TABLE vacancies;
ALTER TABLE vacancies_new RENAME TO vacancies;
CREATE INDEX vacancies_organisation ON vacancies (organisation_id);
CREATE INDEX vacancies_status ON vacancies (status, starts_on);
CREATE INDEX vacancies_search ON vacancies
    (status, ends_on, starts_on, min_age, lat, lon, expected_hours, kind, category, search_text, restricted, id);

CREATE TABLE placements_new (
    id               BLOB PRIMARY KEY NOT NULL,
    vacancy_id       BLOB NOT NULL REFERENCES vacancies (id),
    pupil_id         BLOB NOT NULL REFERENCES pupils (id),
    status           TEXT NOT NULL,
    motivation       TEXT NOT NULL DEFAULT '',
    reason           TEXT NOT NULL DEFAULT '',
    consent_required BOOLEAN NOT NULL DEFAULT 0,
    group_ref        BLOB,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    side_job         TEXT NOT NULL DEFAULT 'undeclared',
    side_job_minutes INTEGER NOT NULL DEFAULT 0,
    side_job_days    INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT placements_status_check CHECK (status IN ('proposed', 'accepted', 'confirmed', 'active', 'completed',
                                                         'declined', 'cancelled')),
    CONSTRAINT placements_side_job_check CHECK (side_job IN ('undeclared', 'none', 'declared'))
);
INSERT INTO placements_new (id, vacancy_id, pupil_id, status, motivation, reason, consent_required, group_ref,
                            created_at, updated_at, side_job, side_job_minutes, side_job_days)
    SELECT id, vacancy_id, pupil_id, status, motivation, reason, consent_required, group_ref,
           created_at, updated_at, side_job, side_job_minutes, side_job_days
    FROM placements;
DROP TABLE placements;
ALTER TABLE placements_new RENAME TO placements;
CREATE INDEX placements_vacancy ON placements (vacancy_id, status);
CREATE INDEX placements_pupil ON placements (pupil_id);
-- One live placement per pupil and vacancy: applying twice is refused by the database too.
CREATE UNIQUE INDEX placements_live_once ON placements (vacancy_id, pupil_id) WHERE status NOT IN ('declined', 'cancelled');

CREATE TABLE placement_events_new (
    id           BLOB PRIMARY KEY NOT NULL,
    placement_id BLOB NOT NULL REFERENCES placements (id),
    at           TEXT NOT NULL,
    actor_id     BLOB REFERENCES users (id),
    status       TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    CONSTRAINT placement_events_status_check CHECK (status IN ('proposed', 'accepted', 'confirmed', 'active',
                                                               'completed', 'declined', 'cancelled'))
);
INSERT INTO placement_events_new (id, placement_id, at, actor_id, status, note)
    SELECT id, placement_id, at, actor_id, status, note
    FROM placement_events;
DROP TABLE placement_events;
ALTER TABLE placement_events_new RENAME TO placement_events;
CREATE INDEX placement_events_placement ON placement_events (placement_id, at);

CREATE TABLE hours_entries_new (
    id             BLOB PRIMARY KEY NOT NULL,
    placement_id   BLOB NOT NULL REFERENCES placements (id),
    on_date        TEXT NOT NULL,
    starts_at      TEXT NOT NULL,
    ends_at        TEXT NOT NULL,
    minutes        INTEGER NOT NULL CHECK (minutes > 0),
    activity       TEXT NOT NULL,
    status         TEXT NOT NULL,
    review_comment TEXT NOT NULL DEFAULT '',
    reviewed_by    BLOB REFERENCES users (id),
    reviewed_at    TEXT,
    corrects       BLOB REFERENCES hours_entries (id),
    session_id     BLOB,
    created_by     BLOB REFERENCES users (id),
    created_at     TEXT NOT NULL,
    CONSTRAINT hours_entries_status_check CHECK (status IN ('submitted', 'approved', 'rejected', 'superseded'))
);
INSERT INTO hours_entries_new (id, placement_id, on_date, starts_at, ends_at, minutes, activity, status, review_comment,
                               reviewed_by, reviewed_at, corrects, session_id, created_by, created_at)
    SELECT id, placement_id, on_date, starts_at, ends_at, minutes, activity, status, review_comment,
           reviewed_by, reviewed_at, corrects, session_id, created_by, created_at
    FROM hours_entries;
DROP TABLE hours_entries;
ALTER TABLE hours_entries_new RENAME TO hours_entries;
CREATE INDEX hours_entries_placement ON hours_entries (placement_id, status);

CREATE TABLE host_checks_new (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations (id),
    kind            TEXT NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    flags           TEXT NOT NULL DEFAULT '',
    valid_from      TEXT NOT NULL,
    expires_on      TEXT,
    recorded_by     BLOB REFERENCES users (id),
    recorded_at     TEXT NOT NULL,
    CONSTRAINT host_checks_kind_check CHECK (kind IN ('supervisor', 'insurance', 'risk-declaration', 'vog-policy',
                                                      'location'))
);
INSERT INTO host_checks_new (id, organisation_id, kind, reference, flags, valid_from, expires_on, recorded_by, recorded_at)
    SELECT id, organisation_id, kind, reference, flags, valid_from, expires_on, recorded_by, recorded_at
    FROM host_checks;
DROP TABLE host_checks;
ALTER TABLE host_checks_new RENAME TO host_checks;
CREATE INDEX host_checks_organisation ON host_checks (organisation_id, kind, recorded_at);

CREATE TABLE agreement_signatures_new (
    placement_id BLOB NOT NULL REFERENCES placements (id),
    party        TEXT NOT NULL,
    signer_id    BLOB REFERENCES users (id),
    signer_name  TEXT NOT NULL,
    signed_at    TEXT NOT NULL,
    PRIMARY KEY (placement_id, party),
    CONSTRAINT agreement_signatures_party_check CHECK (party IN ('pupil', 'parent', 'school', 'host'))
);
INSERT INTO agreement_signatures_new (placement_id, party, signer_id, signer_name, signed_at)
    SELECT placement_id, party, signer_id, signer_name, signed_at
    FROM agreement_signatures;
DROP TABLE agreement_signatures;
ALTER TABLE agreement_signatures_new RENAME TO agreement_signatures;

CREATE TABLE minor_consents_new (
    placement_id BLOB NOT NULL REFERENCES placements (id),
    kind         TEXT NOT NULL,
    given_by     TEXT NOT NULL,
    given_at     TEXT NOT NULL,
    PRIMARY KEY (placement_id, kind),
    CONSTRAINT minor_consents_kind_check CHECK (kind IN ('parent-sunday', 'pupil-sunday', 'extended-hours',
                                                         'childcare-registration'))
);
INSERT INTO minor_consents_new (placement_id, kind, given_by, given_at)
    SELECT placement_id, kind, given_by, given_at
    FROM minor_consents;
DROP TABLE minor_consents;
ALTER TABLE minor_consents_new RENAME TO minor_consents;

CREATE TABLE rounds_new (
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
    published_by BLOB REFERENCES users (id),
    CONSTRAINT rounds_priority_check CHECK (priority IN ('distance', 'lottery', 'own_school')),
    CONSTRAINT rounds_status_check CHECK (status IN ('draft', 'open', 'closed', 'matched', 'published')),
    -- NULL until the round has run; a CHECK lets NULL through.
    CONSTRAINT rounds_mode_check CHECK (mode IN ('stable', 'optimal'))
);
INSERT INTO rounds_new (id, school_id, name, choices, priority, seed, closes_at, status, mode, summary, follows,
                        created_by, created_at, updated_at, closed_at, ran_at, published_at, published_by)
    SELECT id, school_id, name, choices, priority, seed, closes_at, status, mode, summary, follows,
           created_by, created_at, updated_at, closed_at, ran_at, published_at, published_by
    FROM rounds;
DROP TABLE rounds;
ALTER TABLE rounds_new RENAME TO rounds;
CREATE INDEX rounds_school ON rounds (school_id, created_at);

CREATE TRIGGER vacancy_schools_restrict AFTER INSERT ON vacancy_schools
BEGIN
    UPDATE vacancies SET restricted = 1 WHERE id = NEW.vacancy_id AND NOT restricted;
END;

CREATE TRIGGER vacancy_schools_unrestrict AFTER DELETE ON vacancy_schools
BEGIN
    UPDATE vacancies SET restricted = EXISTS (SELECT 1 FROM vacancy_schools WHERE vacancy_id = OLD.vacancy_id)
    WHERE id = OLD.vacancy_id;
END;

CREATE TRIGGER vacancy_schools_move AFTER UPDATE OF vacancy_id ON vacancy_schools
BEGIN
    UPDATE vacancies SET restricted = 1 WHERE id = NEW.vacancy_id AND NOT restricted;
    UPDATE vacancies SET restricted = EXISTS (SELECT 1 FROM vacancy_schools WHERE vacancy_id = OLD.vacancy_id)
    WHERE id = OLD.vacancy_id;
END;

-- No reference may point nowhere (PRAGMA foreign_key_check finds none): a violation stops the
-- migration here, before its transaction commits.
CREATE TEMP TABLE migration_0006_foreign_keys (
    violations INTEGER NOT NULL CONSTRAINT foreign_key_check_finds_nothing CHECK (violations = 0)
);
INSERT INTO migration_0006_foreign_keys SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE migration_0006_foreign_keys;
