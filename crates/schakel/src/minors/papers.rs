//! A placement's paperwork: the agreement's dated signatures, the dated consents, the declared
//! side job, and the warnings someone confirmed.

use std::collections::HashSet;

use sqlx::FromRow;
use time::OffsetDateTime;

use crate::clock::amsterdam;
use crate::db::Conn;
use crate::ids::{PlacementId, UserId};
use crate::with_conn;

/// Who signs the agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    Pupil,
    Parent,
    School,
    Host,
}

impl Party {
    pub const ALL: [Party; 4] = [Party::Host, Party::School, Party::Pupil, Party::Parent];

    pub fn code(self) -> &'static str {
        match self {
            Party::Pupil => "pupil",
            Party::Parent => "parent",
            Party::School => "school",
            Party::Host => "host",
        }
    }

    pub fn from_code(code: &str) -> Option<Party> {
        Party::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// One signature.
#[derive(Clone, Debug, FromRow)]
pub struct Signature {
    pub party: String,
    pub signer_name: String,
    pub signed_at: OffsetDateTime,
}

/// The signatures of one placement.
#[derive(Clone, Debug, Default)]
pub struct Signatures(pub Vec<Signature>);

impl Signatures {
    pub fn of(&self, party: Party) -> Option<&Signature> {
        self.0.iter().find(|s| s.party == party.code())
    }

    /// The day a party signed, in Amsterdam.
    pub fn date(&self, party: Party) -> Option<time::Date> {
        self.of(party).map(|s| amsterdam(s.signed_at).date())
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn signatures(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Signatures> {
    let rows = with_conn!(db, p => sqlx::query_as(
        "SELECT party, signer_name, signed_at FROM agreement_signatures WHERE placement_id = $1 ORDER BY signed_at")
        .bind(placement).fetch_all(p).await)?;
    Ok(Signatures(rows))
}

/// Records a signature: bind placement, party code, signer id, signer name, time. A party signs
/// once; a second signature changes nothing. Callers inside a transaction use it directly.
pub const SIGN_SQL: &str = "INSERT INTO agreement_signatures (placement_id, party, signer_id, signer_name, signed_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (placement_id, party) DO NOTHING";

/// Records a signature; `false` when the party had signed already.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn sign(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
    party: Party,
    by: Option<UserId>,
    name: &str,
) -> sqlx::Result<bool> {
    let db: Conn<'_> = db.into();
    let n = with_conn!(db, p => sqlx::query(SIGN_SQL)
        .bind(placement).bind(party.code()).bind(by).bind(name).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

/// A consent besides the signatures (or another dated paper).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConsentKind {
    /// A parent agrees to Sunday work (13–15).
    ParentSunday,
    /// The pupil agrees to Sunday work (16–17).
    PupilSunday,
    /// A parent agrees to the extended evening hours.
    ExtendedHours,
    /// Not a consent but a dated fact: the pupil is registered in the Personenregister
    /// kinderopvang and linked to the host (F1); recorded by the school.
    ChildcareRegistration,
}

impl ConsentKind {
    pub fn code(self) -> &'static str {
        match self {
            ConsentKind::ParentSunday => "parent-sunday",
            ConsentKind::PupilSunday => "pupil-sunday",
            ConsentKind::ExtendedHours => "extended-hours",
            ConsentKind::ChildcareRegistration => "childcare-registration",
        }
    }
}

#[derive(Clone, Debug, FromRow)]
pub struct GivenConsent {
    pub kind: String,
    pub given_by: String,
    pub given_at: OffsetDateTime,
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn consents(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Vec<GivenConsent>> {
    with_conn!(db, p => sqlx::query_as("SELECT kind, given_by, given_at FROM minor_consents WHERE placement_id = $1")
        .bind(placement).fetch_all(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn give_consent(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
    kind: ConsentKind,
    by: &str,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    record_dated(db, placement, kind, by, db.now()).await
}

/// Records a dated paper as of `at` (a registration's date, say); one per kind.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn record_dated(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
    kind: ConsentKind,
    by: &str,
    at: OffsetDateTime,
) -> sqlx::Result<()> {
    with_conn!(db, p => sqlx::query(
        "INSERT INTO minor_consents (placement_id, kind, given_by, given_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (placement_id, kind) DO NOTHING")
        .bind(placement).bind(kind.code()).bind(by).bind(at).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A side job as declared: none, or minutes and days a week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SideJob {
    #[default]
    Undeclared,
    None,
    Declared {
        minutes_per_week: u32,
        days_per_week: u8,
    },
}

impl SideJob {
    pub fn from_columns(kind: &str, minutes: i32, days: i32) -> SideJob {
        match kind {
            "none" => SideJob::None,
            "declared" => SideJob::Declared {
                minutes_per_week: u32::try_from(minutes).unwrap_or(0),
                days_per_week: u8::try_from(days).unwrap_or(0),
            },
            _ => SideJob::Undeclared,
        }
    }

    pub fn for_rules(self) -> schakel_minors::SideJob {
        match self {
            SideJob::Undeclared => schakel_minors::SideJob::Undeclared,
            SideJob::None => schakel_minors::SideJob::None,
            SideJob::Declared { minutes_per_week, days_per_week } => {
                schakel_minors::SideJob::Declared { minutes_per_week, days_per_week }
            }
        }
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn side_job(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<SideJob> {
    let row: Option<(String, i32, i32)> = with_conn!(db, p => sqlx::query_as(
        "SELECT side_job, side_job_minutes, side_job_days FROM placements WHERE id = $1").bind(placement).fetch_optional(p).await)?;
    Ok(row.map(|(k, m, d)| SideJob::from_columns(&k, m, d)).unwrap_or_default())
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn set_side_job(db: impl Into<Conn<'_>>, placement: PlacementId, job: SideJob) -> sqlx::Result<()> {
    let (kind, minutes, days) = match job {
        SideJob::Undeclared => ("undeclared", 0, 0),
        SideJob::None => ("none", 0, 0),
        SideJob::Declared { minutes_per_week, days_per_week } => {
            ("declared", i32::try_from(minutes_per_week).unwrap_or(i32::MAX), i32::from(days_per_week))
        }
    };
    with_conn!(db, p => sqlx::query("UPDATE placements SET side_job = $1, side_job_minutes = $2, side_job_days = $3 WHERE id = $4")
        .bind(kind).bind(minutes).bind(days).bind(placement).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The key of a warning: rule, check and the first day of its period. A confirmation holds for
/// that warning only; a new warning (another week, another rule) needs its own.
pub type WarningKey = (String, String, time::Date);

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn acknowledged(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<HashSet<WarningKey>> {
    let rows: Vec<(String, String, time::Date)> = with_conn!(db, p => sqlx::query_as(
        "SELECT rule, check_name, period_start FROM minor_acknowledgements WHERE placement_id = $1")
        .bind(placement).fetch_all(p).await)?;
    Ok(rows.into_iter().collect())
}

/// A confirmed warning as the placement page lists it.
#[derive(Clone, Debug, FromRow)]
pub struct Acknowledgement {
    pub rule: String,
    pub check_name: String,
    pub period_start: time::Date,
    pub note: String,
    pub by_name: Option<String>,
    pub at: OffsetDateTime,
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn acknowledgements(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Vec<Acknowledgement>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT a.rule, a.check_name, a.period_start, a.note, u.name AS by_name, a.at
         FROM minor_acknowledgements a LEFT JOIN users u ON u.id = a.by_user
         WHERE a.placement_id = $1 ORDER BY a.at").bind(placement).fetch_all(p).await)
}

/// Records confirmations of warnings (those confirmed before are kept as they were).
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement, by = %by))]
pub async fn acknowledge(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
    keys: &[WarningKey],
    note: &str,
    by: UserId,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        for (rule, check, start) in keys {
            sqlx::query(
                "INSERT INTO minor_acknowledgements (id, placement_id, rule, check_name, period_start, note, by_user, at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                 ON CONFLICT (placement_id, rule, check_name, period_start) DO NOTHING")
                .bind(uuid::Uuid::now_v7()).bind(placement).bind(rule).bind(check).bind(*start).bind(note).bind(by).bind(t)
                .execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

/// Keeps the agreement as it stood, signed, when the placement became active.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn store_agreement(db: impl Into<Conn<'_>>, placement: PlacementId, pdf: &[u8]) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO agreements (placement_id, pdf, created_at) VALUES ($1, $2, $3) ON CONFLICT (placement_id) DO NOTHING")
        .bind(placement).bind(pdf).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The signed agreement kept at activation, if there is one.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn stored_agreement(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Option<Vec<u8>>> {
    with_conn!(db, p => sqlx::query_scalar("SELECT pdf FROM agreements WHERE placement_id = $1")
        .bind(placement).fetch_optional(p).await)
}
