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
-- The names are PostgreSQL's own for a column's CHECK (`<table>_<column>_check`); the SQLite
-- migration of this version gives its constraints the same names. One ALTER TABLE per table
-- checks the existing rows against all of its new constraints in one pass.

ALTER TABLE organisations
    ADD CONSTRAINT organisations_kind_check CHECK (kind IN ('company', 'nonprofit', 'public', 'school', 'institution')),
    ADD CONSTRAINT organisations_vetting_status_check CHECK (vetting_status IN ('pending', 'approved', 'rejected'));

ALTER TABLE grants
    ADD CONSTRAINT grants_role_check CHECK (role IN ('project_leader', 'coordinator', 'director', 'teacher', 'org_contact',
                                                     'meeting_point_manager', 'pupil'));

ALTER TABLE import_batches
    ADD CONSTRAINT import_batches_status_check CHECK (status IN ('pending', 'applied'));

ALTER TABLE vacancies
    ADD CONSTRAINT vacancies_kind_check CHECK (kind IN ('individual', 'group', 'assignment')),
    ADD CONSTRAINT vacancies_setting_check CHECK (setting IN ('mas_outside', 'mas_inside', 'internship')),
    ADD CONSTRAINT vacancies_status_check CHECK (status IN ('draft', 'open', 'closed', 'archived'));

ALTER TABLE placements
    ADD CONSTRAINT placements_status_check CHECK (status IN ('proposed', 'accepted', 'confirmed', 'active', 'completed',
                                                             'declined', 'cancelled')),
    ADD CONSTRAINT placements_side_job_check CHECK (side_job IN ('undeclared', 'none', 'declared'));

ALTER TABLE placement_events
    ADD CONSTRAINT placement_events_status_check CHECK (status IN ('proposed', 'accepted', 'confirmed', 'active',
                                                                   'completed', 'declined', 'cancelled'));

ALTER TABLE hours_entries
    ADD CONSTRAINT hours_entries_status_check CHECK (status IN ('submitted', 'approved', 'rejected', 'superseded'));

ALTER TABLE host_checks
    ADD CONSTRAINT host_checks_kind_check CHECK (kind IN ('supervisor', 'insurance', 'risk-declaration', 'vog-policy',
                                                          'location'));

ALTER TABLE agreement_signatures
    ADD CONSTRAINT agreement_signatures_party_check CHECK (party IN ('pupil', 'parent', 'school', 'host'));

ALTER TABLE minor_consents
    ADD CONSTRAINT minor_consents_kind_check CHECK (kind IN ('parent-sunday', 'pupil-sunday', 'extended-hours',
                                                             'childcare-registration'));

ALTER TABLE rounds
    ADD CONSTRAINT rounds_priority_check CHECK (priority IN ('distance', 'lottery', 'own_school')),
    ADD CONSTRAINT rounds_status_check CHECK (status IN ('draft', 'open', 'closed', 'matched', 'published')),
    -- NULL until the round has run; a CHECK lets NULL through.
    ADD CONSTRAINT rounds_mode_check CHECK (mode IN ('stable', 'optimal'));
