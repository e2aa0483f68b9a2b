//! The policy: the one place that decides who may do what. Handlers ask [`can`] before they act
//! and listing queries take a scope from [`school_scope`] or [`organisation_scope`], so every
//! rule about access is written here and nowhere else.
//!
//! Records outside an actor's scope are reported as "not found" by the handlers, so the answer
//! never reveals that, say, a pupil of another school exists.

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
}

/// Whether `actor` may perform `action` on `resource`.
pub fn can(actor: &Actor, action: Action, resource: Resource) -> bool {
    use Action::*;
    if actor.is_project_leader() {
        // The project leader keeps the overview of the whole network: everything, everywhere.
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
        Resource::Organisation(o) => match action {
            View => sees_all_organisations(actor) || holds(actor, |g| *g == Grant::OrgContact(o)),
            Edit => holds(actor, |g| *g == Grant::OrgContact(o)),
            _ => false,
        },
        Resource::User(u) => action == View && u == actor.user_id,
        Resource::Users | Resource::AuditLog | Resource::Outbox => false,
    }
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
    use crate::ids::{GrantId, MeetingPointId};
    use crate::web::i18n::Lang;

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
    fn several_grants_add_up() {
        let (a, b) = (SchoolId::new(), SchoolId::new());
        let both = actor(vec![Grant::Director(a), Grant::Coordinator(b)]);
        assert!(can(&both, Action::View, Resource::Pupils(b)));
        assert!(!can(&both, Action::View, Resource::Pupils(a)));
        assert!(school_scope(&both, SchoolData::Classes).allows(a.uuid()));
    }
}
