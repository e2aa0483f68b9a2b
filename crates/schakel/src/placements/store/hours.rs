//! Hours entries: logged by the pupil, approved or rejected by the organisation. A correction is
//! a new entry that supersedes the old one, so the history stays; group sessions credit every
//! pupil marked present.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::{Date, OffsetDateTime, Time};
use uuid::Uuid;

use crate::db::{Conn, SqlScope};
use crate::ids::{HoursEntryId, PlacementId, SessionId, UserId, VacancyId};
use crate::placements::model::HoursStatus;
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Entry {
    pub id: HoursEntryId,
    pub placement_id: PlacementId,
    pub on_date: Date,
    pub starts_at: Time,
    pub ends_at: Time,
    pub minutes: i32,
    pub activity: String,
    pub status: HoursStatus,
    pub review_comment: String,
    pub reviewer_name: Option<String>,
    pub reviewed_at: Option<OffsetDateTime>,
    pub corrects: Option<HoursEntryId>,
    pub session_id: Option<SessionId>,
    pub created_at: OffsetDateTime,
}

const ENTRY_SELECT: &str =
    "SELECT h.id, h.placement_id, h.on_date, h.starts_at, h.ends_at, h.minutes, h.activity, h.status,
        h.review_comment, u.name AS reviewer_name, h.reviewed_at, h.corrects, h.session_id, h.created_at
     FROM hours_entries h LEFT JOIN users u ON u.id = h.reviewed_by";

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn entries(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Vec<Entry>> {
    let sql = format!(
        "{ENTRY_SELECT} WHERE h.placement_id = $1 ORDER BY h.on_date DESC, h.starts_at DESC, h.created_at DESC"
    );
    with_conn!(db, p => sqlx::query_as(&sql).bind(placement).fetch_all(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn entry(db: impl Into<Conn<'_>>, id: HoursEntryId) -> sqlx::Result<Option<Entry>> {
    let sql = format!("{ENTRY_SELECT} WHERE h.id = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

/// A new entry to log.
pub struct NewEntry<'a> {
    pub date: Date,
    pub start: Time,
    pub end: Time,
    pub minutes: i32,
    pub activity: &'a str,
}

/// Logs an entry. With `corrects`, the corrected entry (still submitted or rejected) becomes
/// superseded in the same transaction; an approved entry cannot be corrected by the pupil.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement, by = %by))]
pub async fn add(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
    e: &NewEntry<'_>,
    by: UserId,
    corrects: Option<HoursEntryId>,
) -> sqlx::Result<Option<HoursEntryId>> {
    let db: Conn<'_> = db.into();
    let id = HoursEntryId::new();
    let t = db.now();
    let atomic = db.atomic().await?;
    let done = with_conn!(&atomic, tx => {
        let mut ok = true;
        if let Some(old) = corrects {
            let n = sqlx::query(
                "UPDATE hours_entries SET status = 'superseded' WHERE id = $1 AND placement_id = $2 AND status IN ('submitted', 'rejected')")
                .bind(old).bind(placement).execute(&mut *tx).await?.rows_affected();
            ok = n == 1;
        }
        if ok {
            sqlx::query(
                "INSERT INTO hours_entries (id, placement_id, on_date, starts_at, ends_at, minutes, activity, status, corrects, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $9, $10)")
                .bind(id).bind(placement).bind(e.date).bind(e.start).bind(e.end).bind(e.minutes).bind(e.activity)
                .bind(corrects).bind(by).bind(t).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(ok)
    })?;
    atomic.finish().await?;
    Ok(done.then_some(id))
}

/// Approves or rejects a submitted entry; false when it was not waiting (reviewed already).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn review(
    db: impl Into<Conn<'_>>,
    id: HoursEntryId,
    approve: bool,
    comment: &str,
    by: Option<UserId>,
) -> sqlx::Result<bool> {
    let db: Conn<'_> = db.into();
    let status = if approve { HoursStatus::Approved } else { HoursStatus::Rejected };
    let n = with_conn!(db, p => sqlx::query(
        "UPDATE hours_entries SET status = $1, review_comment = $2, reviewed_by = $3, reviewed_at = $4 WHERE id = $5 AND status = 'submitted'")
        .bind(status).bind(comment).bind(by).bind(db.now()).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Approves every submitted entry of a placement; returns how many.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement, by = %by))]
pub async fn approve_all(db: impl Into<Conn<'_>>, placement: PlacementId, by: UserId) -> sqlx::Result<u64> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query(
        "UPDATE hours_entries SET status = 'approved', reviewed_by = $1, reviewed_at = $2 WHERE placement_id = $3 AND status = 'submitted'")
        .bind(by).bind(db.now()).bind(placement).execute(p).await.map(|r| r.rows_affected()))
}

/// Registers a group session and credits its hours, approved, to each placement marked present.
#[tracing::instrument(level = "debug", skip_all, fields(vacancy = %vacancy, by = %by))]
pub async fn group_session(
    db: impl Into<Conn<'_>>,
    vacancy: VacancyId,
    e: &NewEntry<'_>,
    present: &[PlacementId],
    by: UserId,
) -> sqlx::Result<SessionId> {
    let db: Conn<'_> = db.into();
    let id = SessionId::new();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query(
            "INSERT INTO group_sessions (id, vacancy_id, on_date, starts_at, ends_at, activity, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(id).bind(vacancy).bind(e.date).bind(e.start).bind(e.end).bind(e.activity).bind(by).bind(t)
            .execute(&mut *tx).await?;
        for placement in present {
            sqlx::query(
                "INSERT INTO hours_entries (id, placement_id, on_date, starts_at, ends_at, minutes, activity, status,
                     reviewed_by, reviewed_at, session_id, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'approved', $8, $9, $10, $8, $9)")
                .bind(HoursEntryId::new()).bind(*placement).bind(e.date).bind(e.start).bind(e.end).bind(e.minutes)
                .bind(e.activity).bind(by).bind(t).bind(id).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(id)
}

/// An entry waiting for the host's review, with what she needs to judge it: the pupil's first
/// name (a host needs no more) and the vacancy.
#[derive(Clone, Debug, FromRow)]
pub struct Pending {
    pub id: HoursEntryId,
    pub placement_id: PlacementId,
    pub on_date: Date,
    pub starts_at: Time,
    pub ends_at: Time,
    pub minutes: i32,
    pub activity: String,
    pub first_name: String,
    pub vacancy_title: String,
}

fn push_pending<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, organisations: &SqlScope)
where
    Uuid: Encode<'a, DB> + Type<DB>,
{
    qb.push(
        " FROM hours_entries h JOIN placements pl ON pl.id = h.placement_id
          JOIN vacancies v ON v.id = pl.vacancy_id JOIN pupils pu ON pu.id = pl.pupil_id
          WHERE h.status = 'submitted' AND ",
    );
    organisations.push(qb, "v.organisation_id");
}

/// How many entries wait for review at these organisations.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_pending(db: impl Into<Conn<'_>>, organisations: &SqlScope) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*)");
        push_pending(&mut qb, organisations);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

/// The entries waiting for review at these organisations, the oldest work first.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn pending(
    db: impl Into<Conn<'_>>,
    organisations: &SqlScope,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Pending>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(
            "SELECT h.id, h.placement_id, h.on_date, h.starts_at, h.ends_at, h.minutes, h.activity,
                pu.first_name, v.title AS vacancy_title",
        );
        push_pending(&mut qb, organisations);
        qb.push(" ORDER BY h.on_date, h.starts_at, h.id LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}
