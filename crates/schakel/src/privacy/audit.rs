//! Audit events: who did what, when, to which record. Events name records by id and carry only
//! counts and codes in their detail, never a pupil's name, so the trail itself leaks nothing.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::db::Conn;
use crate::ids::{AuditEventId, PupilId, SchoolId, UserId};
use crate::with_conn;

/// Something worth recording.
#[derive(Clone, Debug)]
pub enum Event {
    SignedIn {
        user: UserId,
    },
    InvitationAccepted {
        user: UserId,
    },
    PasswordChanged {
        user: UserId,
    },
    UserInvited {
        user: UserId,
    },
    UserUpdated {
        user: UserId,
    },
    UserArchived {
        user: UserId,
        archived: bool,
    },
    GrantAdded {
        user: UserId,
        role: &'static str,
    },
    GrantRevoked {
        user: UserId,
    },
    PupilViewed {
        pupil: PupilId,
        school: SchoolId,
    },
    PupilListViewed {
        school: Option<SchoolId>,
        rows: usize,
    },
    PupilCreated {
        pupil: PupilId,
        school: SchoolId,
    },
    PupilUpdated {
        pupil: PupilId,
        school: SchoolId,
    },
    PupilArchived {
        pupil: PupilId,
        school: SchoolId,
        archived: bool,
    },
    PupilsImported {
        school: SchoolId,
        created: usize,
        updated: usize,
    },
    PupilsExported {
        school: Option<SchoolId>,
        rows: usize,
    },
    ClassViewed {
        school: SchoolId,
        class: crate::ids::ClassId,
        rows: usize,
    },
    /// Someone other than the pupil opened a placement (which shows her data).
    PlacementViewed {
        placement: crate::ids::PlacementId,
        school: SchoolId,
    },
    /// A party signed a placement's agreement (`party`: pupil, parent, school, host).
    AgreementSigned {
        placement: crate::ids::PlacementId,
        school: SchoolId,
        party: &'static str,
    },
    /// Someone confirmed warnings of the rules for minors on a placement (detail: rule ids).
    WarningsConfirmed {
        placement: crate::ids::PlacementId,
        school: SchoolId,
        rules: String,
    },
}

impl Event {
    /// (action code, entity kind, entity id, school, detail)
    fn parts(&self) -> (&'static str, &'static str, Option<Uuid>, Option<SchoolId>, String) {
        use Event::*;
        match self {
            SignedIn { user } => ("signed-in", "user", Some(user.uuid()), None, String::new()),
            InvitationAccepted { user } => ("invitation-accepted", "user", Some(user.uuid()), None, String::new()),
            PasswordChanged { user } => ("password-changed", "user", Some(user.uuid()), None, String::new()),
            UserInvited { user } => ("user-invited", "user", Some(user.uuid()), None, String::new()),
            UserUpdated { user } => ("user-updated", "user", Some(user.uuid()), None, String::new()),
            UserArchived { user, archived } => (
                if *archived { "user-archived" } else { "user-restored" },
                "user",
                Some(user.uuid()),
                None,
                String::new(),
            ),
            GrantAdded { user, role } => ("grant-added", "user", Some(user.uuid()), None, (*role).to_string()),
            GrantRevoked { user } => ("grant-revoked", "user", Some(user.uuid()), None, String::new()),
            PupilViewed { pupil, school } => {
                ("pupil-viewed", "pupil", Some(pupil.uuid()), Some(*school), String::new())
            }
            PupilListViewed { school, rows } => ("pupil-list-viewed", "pupil", None, *school, rows.to_string()),
            PupilCreated { pupil, school } => {
                ("pupil-created", "pupil", Some(pupil.uuid()), Some(*school), String::new())
            }
            PupilUpdated { pupil, school } => {
                ("pupil-updated", "pupil", Some(pupil.uuid()), Some(*school), String::new())
            }
            PupilArchived { pupil, school, archived } => (
                if *archived { "pupil-archived" } else { "pupil-restored" },
                "pupil",
                Some(pupil.uuid()),
                Some(*school),
                String::new(),
            ),
            PupilsImported { school, created, updated } => {
                ("pupils-imported", "pupil", None, Some(*school), format!("+{created} ~{updated}"))
            }
            PupilsExported { school, rows } => ("pupils-exported", "pupil", None, *school, rows.to_string()),
            ClassViewed { school, class, rows } => {
                ("class-viewed", "class", Some(class.uuid()), Some(*school), rows.to_string())
            }
            PlacementViewed { placement, school } => {
                ("placement-viewed", "placement", Some(placement.uuid()), Some(*school), String::new())
            }
            AgreementSigned { placement, school, party } => {
                ("agreement-signed", "placement", Some(placement.uuid()), Some(*school), (*party).to_string())
            }
            WarningsConfirmed { placement, school, rules } => {
                ("warnings-confirmed", "placement", Some(placement.uuid()), Some(*school), rules.clone())
            }
        }
    }
}

/// Records `event` by `actor`.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn record(db: impl Into<Conn<'_>>, actor: Option<UserId>, event: Event) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let (action, entity, entity_id, school, detail) = event.parts();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO audit_events (id, at, actor_id, action, entity, entity_id, school_id, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(AuditEventId::new()).bind(db.now()).bind(actor).bind(action).bind(entity).bind(entity_id)
        .bind(school).bind(detail).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// An event as the audit page shows it.
#[derive(Clone, Debug, FromRow)]
pub struct Row {
    pub at: OffsetDateTime,
    pub actor_name: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<Uuid>,
    pub school_name: Option<String>,
    pub detail: String,
}

impl Row {
    pub fn action_key(&self) -> String {
        format!("audit-{}", self.action)
    }

    /// A link to the record, where there is a page for it.
    pub fn link(&self) -> Option<String> {
        let id = self.entity_id?;
        match self.entity.as_str() {
            "pupil" => Some(format!("/pupils/{id}")),
            "user" => Some(format!("/users/{id}")),
            "class" => Some(format!("/classes/{id}")),
            "placement" => Some(format!("/placements/{id}")),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub action: Option<String>,
    pub entity_id: Option<Uuid>,
    pub school: Option<SchoolId>,
}

/// Pushes the conditions of the filter.
fn push_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, f: &Filter)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE TRUE");
    if let Some(a) = &f.action {
        qb.push(" AND a.action = ").push_bind(a.clone());
    }
    if let Some(e) = f.entity_id {
        qb.push(" AND a.entity_id = ").push_bind(e);
    }
    if let Some(s) = f.school {
        qb.push(" AND a.school_id = ").push_bind(s);
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count(db: impl Into<Conn<'_>>, f: &Filter) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM audit_events a");
        push_where(&mut qb, f);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

/// Newest first.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(db: impl Into<Conn<'_>>, f: &Filter, limit: i64, offset: i64) -> sqlx::Result<Vec<Row>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(
            "SELECT a.at, u.name AS actor_name, a.action, a.entity, a.entity_id, s.name AS school_name, a.detail
             FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN schools s ON s.id = a.school_id",
        );
        push_where(&mut qb, f);
        qb.push(" ORDER BY a.at DESC, a.id DESC LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

/// Every action code, for the filter.
pub const ACTIONS: &[&str] = &[
    "signed-in",
    "invitation-accepted",
    "password-changed",
    "user-invited",
    "user-updated",
    "user-archived",
    "user-restored",
    "grant-added",
    "grant-revoked",
    "pupil-viewed",
    "pupil-list-viewed",
    "pupil-created",
    "pupil-updated",
    "pupil-archived",
    "pupil-restored",
    "pupils-imported",
    "pupils-exported",
    "class-viewed",
    "placement-viewed",
];
