//! Who is acting: an account with its role grants. No I/O here.

use crate::i18n::Lang;
use crate::ids::{GrantId, MeetingPointId, OrganisationId, PupilId, SchoolId, UserId};

/// A role as stored in the `grants.role` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    ProjectLeader,
    Coordinator,
    Director,
    Teacher,
    OrgContact,
    MeetingPointManager,
    Pupil,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::ProjectLeader,
        Role::Coordinator,
        Role::Director,
        Role::Teacher,
        Role::OrgContact,
        Role::MeetingPointManager,
        Role::Pupil,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::ProjectLeader => "project_leader",
            Role::Coordinator => "coordinator",
            Role::Director => "director",
            Role::Teacher => "teacher",
            Role::OrgContact => "org_contact",
            Role::MeetingPointManager => "meeting_point_manager",
            Role::Pupil => "pupil",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The message key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::ProjectLeader => "role-project_leader",
            Role::Coordinator => "role-coordinator",
            Role::Director => "role-director",
            Role::Teacher => "role-teacher",
            Role::OrgContact => "role-org_contact",
            Role::MeetingPointManager => "role-meeting_point_manager",
            Role::Pupil => "role-pupil",
        }
    }

    /// What the role's scope is: the kind of record a grant of this role must name.
    pub fn scope_kind(self) -> ScopeKind {
        match self {
            Role::ProjectLeader => ScopeKind::Network,
            Role::Coordinator | Role::Director | Role::Teacher => ScopeKind::School,
            Role::OrgContact => ScopeKind::Organisation,
            Role::MeetingPointManager => ScopeKind::MeetingPoint,
            Role::Pupil => ScopeKind::Pupil,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Network,
    School,
    Organisation,
    MeetingPoint,
    Pupil,
}

/// A role with its scope. The variants carry exactly the ids the role is limited to, so a
/// coordinator grant without a school cannot exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grant {
    ProjectLeader,
    Coordinator(SchoolId),
    Director(SchoolId),
    Teacher(SchoolId),
    OrgContact(OrganisationId),
    MeetingPointManager { meeting_point: MeetingPointId, school: SchoolId },
    Pupil { pupil: PupilId, school: SchoolId },
}

impl Grant {
    pub fn role(&self) -> Role {
        match self {
            Grant::ProjectLeader => Role::ProjectLeader,
            Grant::Coordinator(_) => Role::Coordinator,
            Grant::Director(_) => Role::Director,
            Grant::Teacher(_) => Role::Teacher,
            Grant::OrgContact(_) => Role::OrgContact,
            Grant::MeetingPointManager { .. } => Role::MeetingPointManager,
            Grant::Pupil { .. } => Role::Pupil,
        }
    }

    /// The school this grant is bound to, if any.
    pub fn school(&self) -> Option<SchoolId> {
        match *self {
            Grant::Coordinator(s) | Grant::Director(s) | Grant::Teacher(s) => Some(s),
            Grant::MeetingPointManager { school, .. } | Grant::Pupil { school, .. } => Some(school),
            Grant::ProjectLeader | Grant::OrgContact(_) => None,
        }
    }

    /// Builds a grant from the columns of a `grants` row; `None` when the row is inconsistent
    /// (a role without the id its scope needs).
    pub fn from_columns(
        role: &str,
        school: Option<SchoolId>,
        organisation: Option<OrganisationId>,
        meeting_point: Option<MeetingPointId>,
        pupil: Option<PupilId>,
    ) -> Option<Grant> {
        Some(match Role::from_code(role)? {
            Role::ProjectLeader => Grant::ProjectLeader,
            Role::Coordinator => Grant::Coordinator(school?),
            Role::Director => Grant::Director(school?),
            Role::Teacher => Grant::Teacher(school?),
            Role::OrgContact => Grant::OrgContact(organisation?),
            Role::MeetingPointManager => Grant::MeetingPointManager { meeting_point: meeting_point?, school: school? },
            Role::Pupil => Grant::Pupil { pupil: pupil?, school: school? },
        })
    }
}

/// A signed-in person.
#[derive(Clone, Debug)]
pub struct Actor {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub locale: Lang,
    pub grants: Vec<(GrantId, Grant)>,
}

impl Actor {
    pub fn grants(&self) -> impl Iterator<Item = &Grant> {
        self.grants.iter().map(|(_, g)| g)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants().any(|g| g.role() == role)
    }

    pub fn is_project_leader(&self) -> bool {
        self.has_role(Role::ProjectLeader)
    }

    /// The roles held, each once, in the order of [`Role::ALL`].
    pub fn roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.grants().map(Grant::role).collect();
        roles.sort();
        roles.dedup();
        roles
    }

    /// Schools where the actor holds `role`.
    pub fn schools_as(&self, role: Role) -> Vec<SchoolId> {
        let mut out: Vec<SchoolId> = self.grants().filter(|g| g.role() == role).filter_map(Grant::school).collect();
        out.sort();
        out.dedup();
        out
    }

    pub fn organisations(&self) -> Vec<OrganisationId> {
        self.grants()
            .filter_map(|g| match g {
                Grant::OrgContact(o) => Some(*o),
                _ => None,
            })
            .collect()
    }

    pub fn pupil(&self) -> Option<(PupilId, SchoolId)> {
        self.grants().find_map(|g| match g {
            Grant::Pupil { pupil, school } => Some((*pupil, *school)),
            _ => None,
        })
    }

    pub fn meeting_points(&self) -> Vec<(MeetingPointId, SchoolId)> {
        self.grants()
            .filter_map(|g| match g {
                Grant::MeetingPointManager { meeting_point, school } => Some((*meeting_point, *school)),
                _ => None,
            })
            .collect()
    }

    /// Staff are all roles but pupils: the people who work on the network.
    pub fn is_staff(&self) -> bool {
        self.grants().any(|g| g.role() != Role::Pupil)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(Role::from_code("admin"), None);
    }

    #[test]
    fn a_grant_needs_the_id_of_its_scope() {
        let s = SchoolId::new();
        assert_eq!(Grant::from_columns("coordinator", Some(s), None, None, None), Some(Grant::Coordinator(s)));
        assert_eq!(Grant::from_columns("coordinator", None, None, None, None), None);
        assert_eq!(Grant::from_columns("project_leader", None, None, None, None), Some(Grant::ProjectLeader));
    }
}
