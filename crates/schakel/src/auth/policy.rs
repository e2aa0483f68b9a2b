//! The policy: the one place that decides who may do what. Flows and handlers call [`require`]
//! before they act (it gives a [`Permit`] or a [`Denied`]), pages ask [`can`] which buttons to
//! show, and listing queries take a scope from [`school_scope`] or [`organisation_scope`], so
//! every rule about access is written here and nowhere else.
//!
//! A [`Denied`] is answered as "not found", so the answer never reveals that, say, a pupil of
//! another school exists.

use crate::auth::model::{Actor, Grant, Role};
use crate::db::SqlScope;
use crate::ids::{OrganisationId, PupilId, SchoolId, UserId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    View,
    Create,
    Edit,
    Archive,
    Import,
    Export,
    /// A pupil applies to a vacancy.
    Apply,
    /// The organisation accepts or declines a candidate.
    Decide,
    /// The school confirms a placement (or places a group).
    Confirm,
    /// Stop a placement, with a reason.
    Cancel,
    /// The pupil logs her hours.
    LogHours,
    /// The organisation approves or rejects hours, and evaluates.
    Assess,
    /// The pupil writes her reflection.
    Reflect,
    /// A party signs the placement agreement: the pupil, the host, or the school, each for
    /// itself (a parent signs through the mailed link).
    Sign,
    /// A pupil ranks the vacancies of a round she is in.
    Rank,
    /// Run a round, move pupils by hand, preview what-ifs.
    Match,
    /// Turn a round's matches into proposed placements.
    Publish,
    /// Decide an organisation's vetting status (and see the vetting fields).
    Vet,
}

/// What an action is about. Collections name the school or organisation whose records they hold,
/// so a decision never needs the records themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resource {
    /// The list of schools, or creating one.
    Schools,
    School(SchoolId),
    /// The classes of a school.
    Classes(SchoolId),
    /// The pupils of a school (list, create, import, export).
    Pupils(SchoolId),
    Pupil {
        school: SchoolId,
        pupil: PupilId,
    },
    /// The list of organisations, or creating one.
    Organisations,
    Organisation(OrganisationId),
    /// User accounts and their grants.
    Users,
    User(UserId),
    AuditLog,
    Outbox,
    /// The list of vacancies, or creating one for an organisation.
    Vacancies,
    /// A vacancy of an organisation; `open` when pupils can see it.
    Vacancy {
        organisation: OrganisationId,
        open: bool,
    },
    /// Placements in bulk: the lists, and confirming a class at a time.
    Placements,
    /// A placement: the pupil, her school and the vacancy's organisation.
    Placement {
        pupil: PupilId,
        school: SchoolId,
        organisation: OrganisationId,
    },
    /// The rules for minors: the rule table and the network's readings of the open questions.
    MinorsRules,
    /// A school's calendar (lesson times, days off).
    SchoolCalendar(SchoolId),
    /// A host organisation's checks (insurance, risk declaration, VOG policy, …).
    HostChecks(OrganisationId),
    /// Which hosts lack which checks, across the network.
    HostOverview,
    /// The list of matching rounds, or creating one.
    Rounds,
    /// A matching round of one school, or of the whole network (`None`).
    Round(Option<SchoolId>),
    /// A pupil's own part in a round: her ranking and her result.
    RoundEntry(PupilId),
}

/// Proof that the policy allowed an action. Only [`require`] makes one, so a function that takes
/// a `Permit` cannot be reached without the check.
#[derive(Clone, Copy, Debug)]
pub struct Permit(());

/// The policy does not allow the action. Callers answer "not found": a refusal reveals nothing
/// about what exists outside the actor's scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not permitted")]
pub struct Denied;

/// A permit for `action` on `resource`, or [`Denied`].
pub fn require(actor: &Actor, action: Action, resource: Resource) -> Result<Permit, Denied> {
    if can(actor, action, resource) { Ok(Permit(())) } else { Err(Denied) }
}

/// Whether `actor` may perform `action` on `resource`.
pub fn can(actor: &Actor, action: Action, resource: Resource) -> bool {
    use Action::*;
    // The project leader keeps the overview of the whole network: everything, everywhere —
    // except what only a pupil does herself (applying, ranking, logging her hours, reflecting)
    // and signing an agreement, which only its parties do.
    if actor.is_project_leader() && !matches!(action, Apply | Rank | LogHours | Reflect | Sign) {
        return true;
    }
    match resource {
        Resource::Schools => action == View && actor.is_staff(),
        Resource::School(s) => match action {
            View => actor.is_staff(),
            Edit => holds(actor, |g| *g == Grant::Coordinator(s)),
            _ => false,
        },
        Resource::Classes(s) => match action {
            View => {
                holds(actor, |g| matches!(*g, Grant::Coordinator(x) | Grant::Director(x) | Grant::Teacher(x) if x == s))
            }
            Create | Edit | Archive => holds(actor, |g| *g == Grant::Coordinator(s)),
            _ => false,
        },
        Resource::Pupils(s) => holds(actor, |g| *g == Grant::Coordinator(s)),
        Resource::Pupil { school, pupil } => match action {
            View => holds(actor, |g| {
                *g == Grant::Coordinator(school) || matches!(*g, Grant::Pupil { pupil: p, .. } if p == pupil)
            }),
            Edit | Archive => holds(actor, |g| *g == Grant::Coordinator(school)),
            _ => false,
        },
        Resource::Organisations => match action {
            // Org contacts see only their own organisation; see `organisation_scope`.
            View => actor.is_staff(),
            Create => actor.has_role(Role::Coordinator) || actor.has_role(Role::MeetingPointManager),
            _ => false,
        },
        // Vetting is the project leader's alone (granted above).
        Resource::Organisation(o) => match action {
            View => sees_all_organisations(actor) || holds(actor, |g| *g == Grant::OrgContact(o)),
            Edit => holds(actor, |g| *g == Grant::OrgContact(o)),
            _ => false,
        },
        Resource::User(u) => action == View && u == actor.user_id,
        Resource::Users | Resource::AuditLog | Resource::Outbox => false,
        Resource::Vacancies => match action {
            // Pupils search open vacancies; staff manage them (scoped in `vacancy_scope`).
            View => true,
            Create => manages_vacancies_for_any(actor),
            _ => false,
        },
        Resource::Vacancy { organisation, open } => match action {
            View => open || manages_vacancies_of(actor, organisation),
            Create | Edit | Archive => manages_vacancies_of(actor, organisation),
            Apply => open && actor.pupil().is_some(),
            // Placing a group is the school's confirmation, for any coordinator (of the pupils of
            // her own schools: see `placing_schools`).
            Confirm => open && actor.has_role(Role::Coordinator),
            // Registering a group's sessions credits approved hours: the host's.
            Assess => holds(actor, |g| *g == Grant::OrgContact(organisation)),
            _ => false,
        },
        // The parties list their placements (which ones: `placement_scope`); coordinators
        // confirm in bulk and hosts review hours in bulk, each placement checked on its own
        // (`Resource::Placement`).
        Resource::Placements => match action {
            View => actor.has_role(Role::Coordinator) || actor.has_role(Role::OrgContact) || actor.pupil().is_some(),
            Confirm => actor.has_role(Role::Coordinator),
            // A host reviews the hours of all her placements in one list.
            Assess => actor.has_role(Role::OrgContact),
            _ => false,
        },
        Resource::Placement { pupil, school, organisation } => {
            let is_pupil = holds(actor, |g| matches!(*g, Grant::Pupil { pupil: p, .. } if p == pupil));
            let is_host = holds(actor, |g| *g == Grant::OrgContact(organisation));
            let is_school = holds(actor, |g| *g == Grant::Coordinator(school));
            match action {
                View | Cancel => is_pupil || is_host || is_school,
                Decide | Assess => is_host,
                Confirm => is_school,
                LogHours | Reflect => is_pupil,
                Export => is_pupil || is_school,
                Sign => is_pupil || is_host || is_school,
                _ => false,
            }
        }
        // Anyone on staff may read the rules; only the project leader changes the options.
        Resource::MinorsRules => action == View && actor.is_staff(),
        Resource::SchoolCalendar(s) => match action {
            View => {
                holds(actor, |g| matches!(*g, Grant::Coordinator(x) | Grant::Director(x) | Grant::Teacher(x) if x == s))
            }
            Edit | Import => holds(actor, |g| *g == Grant::Coordinator(s)),
            _ => false,
        },
        // A host keeps its own checks; coordinators read them (they decide on confirmation).
        Resource::HostChecks(o) => match action {
            View => actor.has_role(Role::Coordinator) || holds(actor, |g| *g == Grant::OrgContact(o)),
            Create => holds(actor, |g| *g == Grant::OrgContact(o)),
            _ => false,
        },
        Resource::HostOverview => false,
        // Coordinators run their school's rounds; pupils see the rounds they are in (which rounds
        // those are is data: the listing query and the round's membership decide).
        Resource::Rounds => match action {
            View => actor.has_role(Role::Coordinator) || actor.pupil().is_some(),
            Create => actor.has_role(Role::Coordinator),
            _ => false,
        },
        // A network round is the project leader's alone.
        Resource::Round(school) => {
            matches!(action, View | Create | Edit | Match | Publish)
                && school.is_some_and(|s| holds(actor, |g| *g == Grant::Coordinator(s)))
        }
        Resource::RoundEntry(pupil) => {
            matches!(action, View | Rank) && holds(actor, |g| matches!(*g, Grant::Pupil { pupil: p, .. } if p == pupil))
        }
    }
}

/// The schools whose pupils `actor` places (in a group, in a round) and whose placements she
/// confirms: those she coordinates.
pub fn placing_schools(actor: &Actor) -> Vec<SchoolId> {
    actor.schools_as(Role::Coordinator)
}

/// The party `actor` signs a placement's agreement for, if any: the pupil herself, a contact of
/// the host, or a coordinator of the pupil's school. (A parent signs through the mailed link.)
pub fn signing_party(
    actor: &Actor,
    p: &crate::placements::store::placements::Placement,
) -> Option<crate::minors::papers::Party> {
    use crate::minors::papers::Party;
    if actor.pupil().is_some_and(|(id, _)| id == p.pupil_id) {
        Some(Party::Pupil)
    } else if holds(actor, |g| *g == Grant::OrgContact(p.organisation_id)) {
        Some(Party::Host)
    } else if holds(actor, |g| *g == Grant::Coordinator(p.school_id)) {
        Some(Party::School)
    } else {
        None
    }
}

/// Which rounds a staff listing shows: all (project leader), or those of the schools she
/// coordinates (network rounds are the project leader's).
pub fn round_scope(actor: &Actor) -> SqlScope {
    if actor.is_project_leader() {
        SqlScope::All
    } else {
        SqlScope::Only(actor.schools_as(Role::Coordinator).into_iter().map(SchoolId::uuid).collect())
    }
}

/// Who manages vacancies on an organisation's behalf: its own contacts, and the network's
/// coordinators (DESIGN.md: "the project leader and coordinators can manage vacancies on an
/// organisation's behalf").
fn manages_vacancies_of(actor: &Actor, organisation: OrganisationId) -> bool {
    actor.has_role(Role::Coordinator) || holds(actor, |g| *g == Grant::OrgContact(organisation))
}

fn manages_vacancies_for_any(actor: &Actor) -> bool {
    actor.has_role(Role::Coordinator) || actor.has_role(Role::OrgContact)
}

/// Which vacancies a listing shows an actor besides the open ones: all (project leader,
/// coordinators), her organisations' (contacts), or none (pupils and others see open ones only).
pub fn vacancy_scope(actor: &Actor) -> SqlScope {
    if actor.is_project_leader() || actor.has_role(Role::Coordinator) {
        SqlScope::All
    } else {
        SqlScope::Only(actor.organisations().into_iter().map(OrganisationId::uuid).collect())
    }
}

/// Which placements an actor may list: by school (coordinators), by organisation (contacts), or
/// her own (pupils). Each part is a scope on one column; a placement is listed when any part
/// allows it.
pub struct PlacementScope {
    pub schools: SqlScope,
    pub organisations: SqlScope,
    pub pupil: Option<PupilId>,
}

pub fn placement_scope(actor: &Actor) -> PlacementScope {
    if actor.is_project_leader() {
        return PlacementScope { schools: SqlScope::All, organisations: SqlScope::All, pupil: None };
    }
    PlacementScope {
        schools: SqlScope::Only(actor.schools_as(Role::Coordinator).into_iter().map(SchoolId::uuid).collect()),
        organisations: SqlScope::Only(actor.organisations().into_iter().map(OrganisationId::uuid).collect()),
        pupil: actor.pupil().map(|(p, _)| p),
    }
}

/// What an organisation may see of a candidate: until the school has confirmed the placement,
/// her first name, age, school and motivation only (DESIGN.md, privacy of minors).
pub fn host_sees_full_pupil(status: crate::placements::model::Status) -> bool {
    use crate::placements::model::Status::*;
    matches!(status, Confirmed | Active | Completed)
}

/// Whether `actor` sees a placement's pupil in full (name, contact details, the agreement that
/// names her): the school side (the project leader, her school's coordinator, the pupil herself)
/// always; a host once the school has confirmed.
pub fn sees_full_pupil(actor: &Actor, p: &crate::placements::store::placements::Placement) -> bool {
    actor.is_project_leader()
        || holds(actor, |g| *g == Grant::Coordinator(p.school_id))
        || actor.pupil().is_some_and(|(id, _)| id == p.pupil_id)
        || host_sees_full_pupil(p.status)
}

fn holds(actor: &Actor, pred: impl Fn(&Grant) -> bool) -> bool {
    actor.grants().any(pred)
}

/// Staff who work with organisations across the network (finding placements, the CRM) see every
/// organisation; an organisation's own contact sees only her own.
fn sees_all_organisations(actor: &Actor) -> bool {
    actor.grants().any(|g| {
        matches!(
            g,
            Grant::ProjectLeader
                | Grant::Coordinator(_)
                | Grant::Director(_)
                | Grant::Teacher(_)
                | Grant::MeetingPointManager { .. }
        )
    })
}

/// What kind of school records a listing is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchoolData {
    Classes,
    Pupils,
}

/// The schools whose `data` the actor may list.
pub fn school_scope(actor: &Actor, data: SchoolData) -> SqlScope {
    if actor.is_project_leader() {
        return SqlScope::All;
    }
    let mut schools: Vec<uuid::Uuid> = actor
        .grants()
        .filter_map(|g| match (data, g) {
            (SchoolData::Pupils, Grant::Coordinator(s)) => Some(s.uuid()),
            (SchoolData::Classes, Grant::Coordinator(s) | Grant::Director(s) | Grant::Teacher(s)) => Some(s.uuid()),
            _ => None,
        })
        .collect();
    schools.sort();
    schools.dedup();
    SqlScope::Only(schools)
}

/// The organisations the actor may list.
pub fn organisation_scope(actor: &Actor) -> SqlScope {
    if sees_all_organisations(actor) {
        SqlScope::All
    } else {
        SqlScope::Only(actor.organisations().into_iter().map(OrganisationId::uuid).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ids::{GrantId, MeetingPointId};

    fn actor(grants: Vec<Grant>) -> Actor {
        Actor {
            user_id: UserId::new(),
            name: "Test".into(),
            email: "t@example.nl".into(),
            locale: Lang::Nl,
            grants: grants.into_iter().map(|g| (GrantId::new(), g)).collect(),
        }
    }

    #[test]
    fn a_coordinator_sees_only_her_own_schools_pupils() {
        let (a, b) = (SchoolId::new(), SchoolId::new());
        let c = actor(vec![Grant::Coordinator(a)]);
        assert!(can(&c, Action::View, Resource::Pupils(a)));
        assert!(can(&c, Action::Import, Resource::Pupils(a)));
        assert!(!can(&c, Action::View, Resource::Pupils(b)));
        assert!(!can(&c, Action::View, Resource::Pupil { school: b, pupil: PupilId::new() }));
        assert_eq!(school_scope(&c, SchoolData::Pupils), SqlScope::Only(vec![a.uuid()]));
    }

    #[test]
    fn a_pupil_sees_herself_and_nobody_else() {
        let s = SchoolId::new();
        let me = PupilId::new();
        let p = actor(vec![Grant::Pupil { pupil: me, school: s }]);
        assert!(can(&p, Action::View, Resource::Pupil { school: s, pupil: me }));
        assert!(!can(&p, Action::View, Resource::Pupil { school: s, pupil: PupilId::new() }));
        assert!(!can(&p, Action::Edit, Resource::Pupil { school: s, pupil: me }));
        assert!(!can(&p, Action::View, Resource::Pupils(s)));
        assert!(!can(&p, Action::View, Resource::Organisations));
        assert!(school_scope(&p, SchoolData::Pupils).is_empty());
    }

    #[test]
    fn teachers_and_directors_see_classes_but_no_pupil_records() {
        let s = SchoolId::new();
        for g in [Grant::Teacher(s), Grant::Director(s)] {
            let a = actor(vec![g]);
            assert!(can(&a, Action::View, Resource::Classes(s)));
            assert!(!can(&a, Action::Edit, Resource::Classes(s)));
            assert!(!can(&a, Action::View, Resource::Pupils(s)));
        }
    }

    #[test]
    fn an_organisation_contact_sees_only_her_organisation() {
        let (mine, other) = (OrganisationId::new(), OrganisationId::new());
        let c = actor(vec![Grant::OrgContact(mine)]);
        assert!(can(&c, Action::View, Resource::Organisation(mine)));
        assert!(can(&c, Action::Edit, Resource::Organisation(mine)));
        assert!(!can(&c, Action::View, Resource::Organisation(other)));
        assert!(!can(&c, Action::Archive, Resource::Organisation(mine)));
        assert_eq!(organisation_scope(&c), SqlScope::Only(vec![mine.uuid()]));
    }

    #[test]
    fn only_the_project_leader_manages_users_and_reads_the_audit_log() {
        let s = SchoolId::new();
        let pl = actor(vec![Grant::ProjectLeader]);
        let others = [
            Grant::Coordinator(s),
            Grant::Director(s),
            Grant::Teacher(s),
            Grant::OrgContact(OrganisationId::new()),
            Grant::MeetingPointManager { meeting_point: MeetingPointId::new(), school: s },
        ];
        assert!(can(&pl, Action::View, Resource::AuditLog));
        assert!(can(&pl, Action::Create, Resource::Users));
        for g in others {
            let a = actor(vec![g]);
            assert!(!can(&a, Action::View, Resource::AuditLog), "{g:?}");
            assert!(!can(&a, Action::View, Resource::Users), "{g:?}");
        }
    }

    #[test]
    fn only_the_parties_of_a_placement_see_it_and_each_does_her_own_step() {
        let (school, other_school) = (SchoolId::new(), SchoolId::new());
        let (org, other_org) = (OrganisationId::new(), OrganisationId::new());
        let pupil = PupilId::new();
        let p = Resource::Placement { pupil, school, organisation: org };
        let me = actor(vec![Grant::Pupil { pupil, school }]);
        let host = actor(vec![Grant::OrgContact(org)]);
        let coord = actor(vec![Grant::Coordinator(school)]);
        let strangers = [
            actor(vec![Grant::Pupil { pupil: PupilId::new(), school }]),
            actor(vec![Grant::OrgContact(other_org)]),
            actor(vec![Grant::Coordinator(other_school)]),
            actor(vec![Grant::Teacher(school)]),
        ];
        for a in [&me, &host, &coord] {
            assert!(can(a, Action::View, p));
        }
        for a in &strangers {
            assert!(!can(a, Action::View, p), "{:?}", a.grants);
        }
        assert!(can(&host, Action::Decide, p) && !can(&coord, Action::Decide, p) && !can(&me, Action::Decide, p));
        assert!(can(&coord, Action::Confirm, p) && !can(&host, Action::Confirm, p));
        assert!(can(&me, Action::LogHours, p) && !can(&host, Action::LogHours, p));
        assert!(can(&host, Action::Assess, p) && !can(&me, Action::Assess, p));
    }

    #[test]
    fn nobody_but_the_pupil_logs_her_hours_or_reflects() {
        let (pupil, school, org) = (PupilId::new(), SchoolId::new(), OrganisationId::new());
        let p = Resource::Placement { pupil, school, organisation: org };
        let pl = actor(vec![Grant::ProjectLeader]);
        assert!(can(&pl, Action::View, p) && can(&pl, Action::Confirm, p));
        assert!(!can(&pl, Action::LogHours, p) && !can(&pl, Action::Reflect, p));
        assert!(!can(&pl, Action::Apply, Resource::Vacancy { organisation: org, open: true }));
    }

    #[test]
    fn drafts_are_seen_by_their_organisation_and_coordinators_only() {
        let org = OrganisationId::new();
        let draft = Resource::Vacancy { organisation: org, open: false };
        let pupil = actor(vec![Grant::Pupil { pupil: PupilId::new(), school: SchoolId::new() }]);
        assert!(!can(&pupil, Action::View, draft));
        assert!(can(&pupil, Action::View, Resource::Vacancy { organisation: org, open: true }));
        assert!(can(&pupil, Action::Apply, Resource::Vacancy { organisation: org, open: true }));
        assert!(!can(&pupil, Action::Apply, draft));
        assert!(can(&actor(vec![Grant::OrgContact(org)]), Action::Edit, draft));
        assert!(!can(&actor(vec![Grant::OrgContact(OrganisationId::new())]), Action::View, draft));
        assert!(can(&actor(vec![Grant::Coordinator(SchoolId::new())]), Action::Edit, draft));
    }

    #[test]
    fn a_coordinator_runs_her_own_schools_rounds_and_a_pupil_ranks_only_for_herself() {
        let (a, b) = (SchoolId::new(), SchoolId::new());
        let coord = actor(vec![Grant::Coordinator(a)]);
        for action in [Action::View, Action::Edit, Action::Match, Action::Publish] {
            assert!(can(&coord, action, Resource::Round(Some(a))), "{action:?}");
            assert!(!can(&coord, action, Resource::Round(Some(b))), "{action:?}");
            assert!(!can(&coord, action, Resource::Round(None)), "{action:?}: network rounds");
        }
        assert!(can(&coord, Action::Create, Resource::Rounds));
        assert_eq!(round_scope(&coord), SqlScope::Only(vec![a.uuid()]));
        let me = PupilId::new();
        let pupil = actor(vec![Grant::Pupil { pupil: me, school: a }]);
        assert!(can(&pupil, Action::Rank, Resource::RoundEntry(me)));
        assert!(!can(&pupil, Action::Rank, Resource::RoundEntry(PupilId::new())));
        assert!(!can(&pupil, Action::Match, Resource::Round(Some(a))));
        assert!(!can(&pupil, Action::Create, Resource::Rounds));
        let pl = actor(vec![Grant::ProjectLeader]);
        assert!(can(&pl, Action::Publish, Resource::Round(None)));
        assert!(!can(&pl, Action::Rank, Resource::RoundEntry(me)), "nobody ranks for a pupil");
        for other in [Grant::Teacher(a), Grant::Director(a), Grant::OrgContact(OrganisationId::new())] {
            let o = actor(vec![other]);
            assert!(!can(&o, Action::View, Resource::Rounds) && !can(&o, Action::View, Resource::Round(Some(a))));
        }
    }

    #[test]
    fn several_grants_add_up() {
        let (a, b) = (SchoolId::new(), SchoolId::new());
        let both = actor(vec![Grant::Director(a), Grant::Coordinator(b)]);
        assert!(can(&both, Action::View, Resource::Pupils(b)));
        assert!(!can(&both, Action::View, Resource::Pupils(a)));
        assert!(school_scope(&both, SchoolData::Classes).allows(a.uuid()));
    }
}
