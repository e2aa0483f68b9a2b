//! Placements: applying, the lifecycle steps with their history, the capacity invariant,
//! group placement, parental consent, and the lists each party works from.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::auth::policy::PlacementScope;
use crate::db::{Backend, Conn, Tx, push_in};
use crate::directory::model::full_name;
use crate::directory::store::contains_pattern;
use crate::ids::{ClassId, ConsentId, OrganisationId, PlacementId, PupilId, SchoolId, UserId, VacancyId};
use crate::minors::papers::{self, Party};
use crate::placements::model::{self, Status, Step, StepError};
use crate::with_conn;

/// Why a change to placements did not happen.
#[derive(Debug, thiserror::Error)]
pub enum PlacementError {
    #[error(transparent)]
    Step(#[from] StepError),
    /// Every place of the vacancy is taken.
    #[error("the vacancy is full")]
    Full,
    /// The pupil has a live placement at this vacancy already.
    #[error("applied already")]
    AlreadyApplied,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl PlacementError {
    pub fn key(&self) -> &'static str {
        match self {
            PlacementError::Step(e) => e.key(),
            PlacementError::Full => "placement-err-full",
            PlacementError::AlreadyApplied => "placement-err-applied",
            PlacementError::NotFound => "error-not-found",
            PlacementError::Db(_) => "error-internal",
        }
    }
}

/// A placement with what its pages show.
#[derive(Clone, Debug, FromRow)]
pub struct Placement {
    pub id: PlacementId,
    pub vacancy_id: VacancyId,
    pub vacancy_title: String,
    pub kind: String,
    pub setting: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub expected_hours: i32,
    pub organisation_id: OrganisationId,
    pub organisation_name: String,
    pub pupil_id: PupilId,
    pub first_name: String,
    pub infix: String,
    pub last_name: String,
    pub date_of_birth: Option<Date>,
    pub pupil_email: Option<String>,
    pub parent_email: Option<String>,
    pub required_hours: i32,
    pub school_id: SchoolId,
    pub school_name: String,
    pub class_id: Option<ClassId>,
    pub class_name: Option<String>,
    pub status: Status,
    pub motivation: String,
    pub reason: String,
    pub consent_required: bool,
    pub approved_minutes: i64,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

impl Placement {
    pub fn full_name(&self) -> String {
        full_name(&self.first_name, &self.infix, &self.last_name)
    }

    /// Age on the first day (or today, once it has started).
    pub fn age(&self, today: Date) -> Option<i32> {
        self.date_of_birth.map(|b| crate::directory::values::age_on(b, self.starts_on.max(today)))
    }
}

const PLACEMENT_SELECT: &str = "SELECT pl.id, pl.vacancy_id, v.title AS vacancy_title, v.kind, v.setting, v.starts_on, v.ends_on,
        v.expected_hours, v.organisation_id, o.name AS organisation_name, pl.pupil_id, pu.first_name, pu.infix,
        pu.last_name, pu.date_of_birth, pu.email AS pupil_email, (SELECT g.email FROM guardians g WHERE g.pupil_id = pu.id AND g.email IS NOT NULL AND g.email <> ''
          ORDER BY g.position LIMIT 1) AS parent_email, pu.required_hours, pu.school_id,
        s.name AS school_name, pu.class_id, c.name AS class_name, pl.status, pl.motivation, pl.reason,
        pl.consent_required,
        CAST(COALESCE((SELECT SUM(h.minutes) FROM hours_entries h WHERE h.placement_id = pl.id AND h.status = 'approved'), 0) AS BIGINT)
            AS approved_minutes,
        pl.created_at, pl.updated_at
     FROM placements pl
     JOIN vacancies v ON v.id = pl.vacancy_id
     JOIN organisations o ON o.id = v.organisation_id
     JOIN pupils pu ON pu.id = pl.pupil_id
     JOIN schools s ON s.id = pu.school_id
     LEFT JOIN classes c ON c.id = pu.class_id";

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn placement(db: impl Into<Conn<'_>>, id: PlacementId) -> sqlx::Result<Option<Placement>> {
    let sql = format!("{PLACEMENT_SELECT} WHERE pl.id = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

/// Locks a placement's row until the transaction ends (PostgreSQL; SQLite's `BEGIN IMMEDIATE`
/// holds the whole database already) and reads it: a flow reads what it decides on under the
/// lock, so two steps on one placement happen one after the other.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn placement_for_update(tx: &Tx, id: PlacementId) -> sqlx::Result<Option<Placement>> {
    let lock = match tx.backend() {
        Backend::Postgres => "FOR UPDATE OF pl",
        Backend::Sqlite => "",
    };
    let sql = format!("{PLACEMENT_SELECT} WHERE pl.id = $1 {lock}");
    with_conn!(tx, c => sqlx::query_as(&sql).bind(id).fetch_optional(&mut *c).await)
}

/// A placement to propose: a pupil's application, or a matching round's result.
pub struct Proposal<'a> {
    pub id: PlacementId,
    pub vacancy: VacancyId,
    pub pupil: PupilId,
    pub motivation: &'a str,
    pub by: Option<UserId>,
    /// The history's first line (a round's name, say).
    pub note: &'a str,
}

/// Inserts a `proposed` placement with the first event of its history, and gives whether it was
/// made: `false` when the pupil holds a live placement at the vacancy already. The unique index
/// on live placements decides, so two requests at once make one placement, and a skipped pair
/// does not abort the transaction. Applying and publishing a matching round both propose through
/// this.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn propose(db: impl Into<Conn<'_>>, p: &Proposal<'_>) -> sqlx::Result<bool> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    let made = with_conn!(&atomic, c => {
        let made = sqlx::query(
            "INSERT INTO placements (id, vacancy_id, pupil_id, status, motivation, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6)
             ON CONFLICT (vacancy_id, pupil_id) WHERE status NOT IN ('declined', 'cancelled') DO NOTHING")
            .bind(p.id).bind(p.vacancy).bind(p.pupil).bind(Status::Proposed).bind(p.motivation).bind(t)
            .execute(&mut *c).await?.rows_affected() == 1;
        if made {
            sqlx::query("INSERT INTO placement_events (id, placement_id, at, actor_id, status, note) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(uuid::Uuid::now_v7()).bind(p.id).bind(t).bind(p.by).bind(Status::Proposed).bind(p.note)
                .execute(&mut *c).await?;
        }
        Ok::<_, sqlx::Error>(made)
    })?;
    atomic.finish().await?;
    Ok(made)
}

/// The SQL that counts the places a vacancy has given (bind the vacancy).
fn holding_sql() -> String {
    let holding = Status::HOLDING_A_PLACE.iter().map(|s| format!("'{}'", s.code())).collect::<Vec<_>>().join(", ");
    format!("SELECT COUNT(*) FROM placements WHERE vacancy_id = $1 AND status IN ({holding})")
}

/// The places a vacancy has left, read while its row is locked (`FOR UPDATE` on PostgreSQL,
/// the write lock on SQLite) until the transaction ends: concurrent confirmations of the last
/// place cannot both see it free.
async fn places_left(tx: &Tx, vacancy: VacancyId) -> sqlx::Result<i64> {
    let conn = Conn::from(tx);
    let lock = format!("SELECT capacity FROM vacancies WHERE id = $1 {}", conn.for_update());
    let count = holding_sql();
    with_conn!(tx, c => {
        let capacity: i32 = sqlx::query_scalar(&lock).bind(vacancy).fetch_one(&mut *c).await?;
        let taken: i64 = sqlx::query_scalar(&count).bind(vacancy).fetch_one(&mut *c).await?;
        Ok::<_, sqlx::Error>(i64::from(capacity) - taken)
    })
}

/// Takes `step` on a placement: reads its status under a lock, checks the step against the
/// lifecycle, enforces the vacancy's capacity on confirmation, writes the new status and a
/// history event. Returns the new status. Runs in the caller's transaction (a flow's), or in one
/// of its own.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn take_step(
    db: impl Into<Conn<'_>>,
    id: PlacementId,
    step: Step,
    actor: Option<UserId>,
    note: &str,
) -> Result<Status, PlacementError> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    let tx = atomic.tx();
    let row: Option<(Status, VacancyId)> = with_conn!(tx, c => {
        let sql = format!("SELECT status, vacancy_id FROM placements WHERE id = $1 {}", Conn::from(tx).for_update());
        sqlx::query_as(&sql).bind(id).fetch_optional(&mut *c).await
    })?;
    let Some((from, vacancy)) = row else { return Err(PlacementError::NotFound) };
    let to = model::next(from, step)?;
    if matches!(step, Step::Confirm { .. }) && places_left(tx, vacancy).await? <= 0 {
        return Err(PlacementError::Full);
    }
    let reason_update = matches!(step, Step::Decline | Step::Cancel);
    let consent = matches!(step, Step::Confirm { consent_needed: true });
    with_conn!(tx, c => {
        sqlx::query(
            "UPDATE placements SET status = $1, updated_at = $2, reason = CASE WHEN $3 THEN $4 ELSE reason END,
                consent_required = CASE WHEN $5 THEN TRUE ELSE consent_required END WHERE id = $6")
            .bind(to).bind(t).bind(reason_update).bind(note).bind(consent).bind(id)
            .execute(&mut *c).await?;
        sqlx::query("INSERT INTO placement_events (id, placement_id, at, actor_id, status, note) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(uuid::Uuid::now_v7()).bind(id).bind(t).bind(actor).bind(to).bind(note)
            .execute(&mut *c).await.map(|_| ())
    })?;
    atomic.finish().await?;
    Ok(to)
}

/// Places pupils into a group vacancy in one step: every pupil or none. The school's placing is
/// its confirmation and its signature; each placement then waits for the other signatures.
/// `pupils` pairs each pupil with whether a parent is asked to sign.
#[tracing::instrument(level = "debug", skip_all, fields(vacancy = %vacancy, by = %by))]
pub async fn place_group(
    tx: &Tx,
    vacancy: VacancyId,
    pupils: &[(PupilId, bool)],
    by: UserId,
    signer_name: &str,
) -> Result<Vec<PlacementId>, PlacementError> {
    let t = tx.now();
    let group = uuid::Uuid::now_v7();
    if places_left(tx, vacancy).await? < pupils.len() as i64 {
        return Err(PlacementError::Full);
    }
    let mut ids = Vec::with_capacity(pupils.len());
    for (pupil, consent) in pupils {
        let id = PlacementId::new();
        let inserted = with_conn!(tx, c => sqlx::query(
            "INSERT INTO placements (id, vacancy_id, pupil_id, status, consent_required, group_ref, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7)")
            .bind(id).bind(vacancy).bind(*pupil).bind(Status::Confirmed).bind(*consent).bind(group).bind(t)
            .execute(&mut *c).await.map(|_| ()));
        match inserted {
            Ok(_) => {}
            Err(e) if crate::auth::store::is_unique_violation(&e) => return Err(PlacementError::AlreadyApplied),
            Err(e) => return Err(e.into()),
        }
        with_conn!(tx, c => sqlx::query(
            "INSERT INTO placement_events (id, placement_id, at, actor_id, status, note) VALUES ($1, $2, $3, $4, $5, 'group')")
            .bind(uuid::Uuid::now_v7()).bind(id).bind(t).bind(by).bind(Status::Confirmed)
            .execute(&mut *c).await.map(|_| ()))?;
        papers::sign(tx, id, Party::School, Some(by), signer_name).await?;
        ids.push(id);
    }
    Ok(ids)
}

/// One step in a placement's history.
#[derive(Clone, Debug, FromRow)]
pub struct Event {
    pub at: OffsetDateTime,
    pub actor_name: Option<String>,
    /// Whether the pupil of the placement took this step herself.
    pub by_pupil: bool,
    pub status: Status,
    pub note: String,
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn events(db: impl Into<Conn<'_>>, id: PlacementId) -> sqlx::Result<Vec<Event>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT e.at, u.name AS actor_name,
                EXISTS (SELECT 1 FROM grants g WHERE g.user_id = e.actor_id AND g.role = 'pupil' AND g.pupil_id = pl.pupil_id) AS by_pupil,
                e.status, e.note
         FROM placement_events e JOIN placements pl ON pl.id = e.placement_id LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.placement_id = $1 ORDER BY e.at, e.id")
        .bind(id).fetch_all(p).await)
}

/// A filter on placement lists.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub status: Option<Status>,
    pub vacancy: Option<VacancyId>,
    pub class: Option<ClassId>,
    /// Only pupils of this school (one school's panel of a coordinator of several).
    pub school: Option<SchoolId>,
    pub pupil: Option<PupilId>,
    pub text: Option<String>,
    /// Only these placements (a bulk step's summary), when given.
    pub ids: Option<Vec<PlacementId>>,
    /// Only placements waiting for a parent's consent in this way.
    pub waiting: Option<Waiting>,
}

/// How a placement waits for a parent's consent, for the coordinator's work queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waiting {
    /// No parent's e-mail address is known, so nobody could be asked.
    ParentUnknown,
    /// Asked before this moment, and not given yet.
    AskedBefore(OffsetDateTime),
}

impl Waiting {
    /// How long a consent may wait before the coordinator's queue calls it late.
    pub const LATE: time::Duration = time::Duration::days(3);

    /// Asked more than [`Waiting::LATE`] before `now`.
    pub fn late(now: OffsetDateTime) -> Waiting {
        Waiting::AskedBefore(now - Waiting::LATE)
    }

    /// From a list's `waiting` parameter: `parent` or `late` (as of `now`).
    pub fn from_param(code: &str, now: OffsetDateTime) -> Option<Waiting> {
        match code {
            "parent" => Some(Waiting::ParentUnknown),
            "late" => Some(Waiting::late(now)),
            _ => None,
        }
    }
}

/// The conditions of [`Waiting`], on a placement `pl`.
const WAITING_PARENT_UNKNOWN: &str = " AND pl.status = 'confirmed' AND pl.consent_required
    AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.pupil_id = pl.pupil_id AND g.email IS NOT NULL AND g.email <> '')";
const WAITING_ASKED_BEFORE: &str = " AND pl.status = 'confirmed' AND pl.consent_required
    AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.placement_id = pl.id AND c.given_at IS NOT NULL)
    AND EXISTS (SELECT 1 FROM consents c WHERE c.placement_id = pl.id AND c.sent_at <= ";

/// Pushes the conditions of a placement list: the actor's scope (her schools' pupils, her
/// organisations' vacancies, or herself as the pupil) and the filter.
fn push_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, scope: &PlacementScope, f: &Filter)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
    &'a str: Encode<'a, DB> + Type<DB>,
    OffsetDateTime: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE (");
    scope.schools.push(qb, "pu.school_id");
    qb.push(" OR ");
    scope.organisations.push(qb, "v.organisation_id");
    if let Some(p) = scope.pupil {
        qb.push(" OR pl.pupil_id = ").push_bind(p);
    }
    qb.push(")");
    if let Some(v) = f.vacancy {
        qb.push(" AND pl.vacancy_id = ").push_bind(v);
    }
    if let Some(c) = f.class {
        qb.push(" AND pu.class_id = ").push_bind(c);
    }
    if let Some(s) = f.school {
        qb.push(" AND pu.school_id = ").push_bind(s);
    }
    if let Some(p) = f.pupil {
        qb.push(" AND pl.pupil_id = ").push_bind(p);
    }
    if let Some(s) = f.status {
        qb.push(" AND pl.status = ").push_bind(s.code());
    }
    match f.waiting {
        Some(Waiting::ParentUnknown) => {
            qb.push(WAITING_PARENT_UNKNOWN);
        }
        Some(Waiting::AskedBefore(at)) => {
            qb.push(WAITING_ASKED_BEFORE).push_bind(at).push(")");
        }
        None => {}
    }
    if let Some(ids) = &f.ids {
        if ids.is_empty() {
            // `IN ()` is not SQL: an empty choice matches nothing.
            qb.push(" AND 1 = 0");
        } else {
            push_in(qb.push(" AND "), "pl.id", ids.iter().map(|id| id.uuid()));
        }
    }
    if let Some(t) = &f.text {
        let pattern = contains_pattern(t);
        qb.push(" AND (LOWER(v.title) LIKE ").push_bind(pattern.clone()).push(" ESCAPE '\\'");
        qb.push(" OR pu.search_text LIKE ").push_bind(pattern).push(" ESCAPE '\\')");
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count(db: impl Into<Conn<'_>>, scope: &PlacementScope, f: &Filter) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(
            "SELECT COUNT(*) FROM placements pl JOIN vacancies v ON v.id = pl.vacancy_id JOIN pupils pu ON pu.id = pl.pupil_id",
        );
        push_where(&mut qb, scope, f);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(
    db: impl Into<Conn<'_>>,
    scope: &PlacementScope,
    f: &Filter,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Placement>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(PLACEMENT_SELECT);
        push_where(&mut qb, scope, f);
        qb.push(
            " ORDER BY (CASE pl.status WHEN 'proposed' THEN 0 WHEN 'accepted' THEN 1 WHEN 'confirmed' THEN 2 WHEN 'active' THEN 3
                   WHEN 'completed' THEN 4 ELSE 5 END), pl.updated_at DESC, pl.id LIMIT ",
        );
        qb.push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

// ---- parental consent ----------------------------------------------------------------------

/// Records a consent request; earlier open requests for the placement stop working.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn create_consent(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
    token_digest: &[u8],
    parent_email: &str,
    valid: time::Duration,
) -> sqlx::Result<ConsentId> {
    let db: Conn<'_> = db.into();
    let id = ConsentId::new();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query("UPDATE consents SET expires_at = $1 WHERE placement_id = $2 AND given_at IS NULL AND expires_at > $1")
            .bind(t).bind(placement).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO consents (id, placement_id, token_hash, parent_email, sent_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id).bind(placement).bind(token_digest).bind(parent_email).bind(t).bind(t + valid)
            .execute(&mut *tx).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(id)
}

/// The state of a consent link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Consent {
    Open { placement: PlacementId, parent_email: String },
    Given { placement: PlacementId, name: String, at: OffsetDateTime },
    Expired,
    Unknown,
}

#[derive(FromRow)]
struct ConsentRow {
    placement_id: PlacementId,
    parent_email: String,
    expires_at: OffsetDateTime,
    given_at: Option<OffsetDateTime>,
    given_by_name: Option<String>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn consent(db: impl Into<Conn<'_>>, token_digest: &[u8]) -> sqlx::Result<Consent> {
    let db: Conn<'_> = db.into();
    let row: Option<ConsentRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT placement_id, parent_email, expires_at, given_at, given_by_name FROM consents WHERE token_hash = $1")
        .bind(token_digest).fetch_optional(p).await)?;
    Ok(match row {
        None => Consent::Unknown,
        Some(r) => match r.given_at {
            Some(at) => Consent::Given { placement: r.placement_id, name: r.given_by_name.unwrap_or_default(), at },
            None if r.expires_at <= db.now() => Consent::Expired,
            None => Consent::Open { placement: r.placement_id, parent_email: r.parent_email },
        },
    })
}

/// A parent consents: the consent is recorded with the agreement as it was shown, and it is the
/// parent's signature on the agreement — once. A second use of the link changes nothing.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn give_consent(
    db: impl Into<Conn<'_>>,
    token_digest: &[u8],
    name: &str,
    agreement_pdf: &[u8],
) -> Result<PlacementId, PlacementError> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    let placement: Option<PlacementId> = with_conn!(&atomic, tx => {
        let placement: Option<PlacementId> = sqlx::query_scalar(
            "UPDATE consents SET given_at = $1, given_by_name = $2, agreement_pdf = $3
             WHERE token_hash = $4 AND given_at IS NULL AND expires_at > $1
               AND placement_id IN (SELECT id FROM placements WHERE status = 'confirmed')
             RETURNING placement_id")
            .bind(t).bind(name).bind(agreement_pdf).bind(token_digest).fetch_optional(&mut *tx).await?;
        if let Some(p) = placement {
            sqlx::query(papers::SIGN_SQL).bind(p).bind(Party::Parent.code()).bind(None::<UserId>).bind(name).bind(t)
                .execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(placement)
    })?;
    atomic.finish().await?;
    placement.ok_or(PlacementError::Step(StepError::NotConfirmed))
}

/// The agreement a parent consented to, as it was shown then.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn consented_agreement(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Option<Vec<u8>>> {
    let pdf: Option<Option<Vec<u8>>> = with_conn!(db, p => sqlx::query_scalar(
        "SELECT agreement_pdf FROM consents WHERE placement_id = $1 AND given_at IS NOT NULL ORDER BY given_at DESC LIMIT 1")
        .bind(placement).fetch_optional(p).await)?;
    Ok(pdf.flatten())
}

/// The latest request for consent that has no answer, if one was sent.
#[derive(Clone, Debug, FromRow)]
pub struct ConsentAsked {
    pub parent_email: String,
    pub sent_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    /// Whether the link had expired when this was read.
    #[sqlx(skip)]
    pub expired: bool,
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn consent_asked(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Option<ConsentAsked>> {
    let db: Conn<'_> = db.into();
    let asked: Option<ConsentAsked> = with_conn!(db, p => sqlx::query_as(
        "SELECT parent_email, sent_at, expires_at FROM consents WHERE placement_id = $1 AND given_at IS NULL
         ORDER BY sent_at DESC LIMIT 1")
        .bind(placement).fetch_optional(p).await)?;
    Ok(asked.map(|a| ConsentAsked { expired: a.expires_at <= db.now(), ..a }))
}

/// When the parent consented, if she did.
#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn consent_given(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
) -> sqlx::Result<Option<(String, OffsetDateTime)>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT given_by_name, given_at FROM consents WHERE placement_id = $1 AND given_at IS NOT NULL ORDER BY given_at DESC LIMIT 1")
        .bind(placement).fetch_optional(p).await)
}

// ---- evaluation and reflection -------------------------------------------------------------

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement, by = %by))]
pub async fn set_evaluation(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
    e: &EvaluationInput<'_>,
    by: UserId,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO evaluations (placement_id, assessment, by_user, at, is_final, early_reason) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (placement_id) DO UPDATE SET assessment = excluded.assessment, by_user = excluded.by_user,
           at = excluded.at, is_final = excluded.is_final, early_reason = excluded.early_reason")
        .bind(placement).bind(e.text).bind(by).bind(db.now()).bind(e.is_final).bind(e.early_reason)
        .execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// What the host writes: the text, whether it is her final word (which completes the
/// placement), and why it ends before its end date, when it does.
pub struct EvaluationInput<'a> {
    pub text: &'a str,
    pub is_final: bool,
    pub early_reason: &'a str,
}

/// An evaluation as kept.
#[derive(Clone, Debug, FromRow)]
pub struct Evaluation {
    pub assessment: String,
    pub at: OffsetDateTime,
    pub is_final: bool,
    pub early_reason: String,
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn evaluation(db: impl Into<Conn<'_>>, placement: PlacementId) -> sqlx::Result<Option<Evaluation>> {
    with_conn!(db, p => sqlx::query_as("SELECT assessment, at, is_final, early_reason FROM evaluations WHERE placement_id = $1")
        .bind(placement).fetch_optional(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn set_reflection(db: impl Into<Conn<'_>>, placement: PlacementId, text: &str) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO reflections (placement_id, text, at) VALUES ($1, $2, $3)
         ON CONFLICT (placement_id) DO UPDATE SET text = excluded.text, at = excluded.at")
        .bind(placement).bind(text).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(placement = %placement))]
pub async fn reflection(
    db: impl Into<Conn<'_>>,
    placement: PlacementId,
) -> sqlx::Result<Option<(String, OffsetDateTime)>> {
    with_conn!(db, p => sqlx::query_as("SELECT text, at FROM reflections WHERE placement_id = $1").bind(placement).fetch_optional(p).await)
}

/// Approved minutes of a pupil over all her placements.
#[tracing::instrument(level = "debug", skip_all, fields(pupil = %pupil))]
pub async fn pupil_approved_minutes(db: impl Into<Conn<'_>>, pupil: PupilId) -> sqlx::Result<i64> {
    with_conn!(db, p => sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(h.minutes), 0) AS BIGINT) FROM hours_entries h JOIN placements pl ON pl.id = h.placement_id
         WHERE pl.pupil_id = $1 AND h.status = 'approved'")
        .bind(pupil).fetch_one(p).await)
}

/// A pupil's placements (for her home page and certificate).
#[tracing::instrument(level = "debug", skip_all, fields(pupil = %pupil))]
pub async fn of_pupil(db: impl Into<Conn<'_>>, pupil: PupilId) -> sqlx::Result<Vec<Placement>> {
    let sql = format!("{PLACEMENT_SELECT} WHERE pl.pupil_id = $1 ORDER BY v.starts_on DESC, pl.id");
    with_conn!(db, p => sqlx::query_as(&sql).bind(pupil).fetch_all(p).await)
}

/// How each pupil of a class stands, for the coordinator's overview.
#[derive(Clone, Debug, FromRow)]
pub struct PupilProgress {
    pub pupil_id: PupilId,
    pub first_name: String,
    pub infix: String,
    pub last_name: String,
    pub number: String,
    pub required_hours: i32,
    pub approved_minutes: i64,
    pub submitted_minutes: i64,
    /// Live placements, worst stage first (`proposed`, `accepted`, `confirmed`, `active`), and
    /// completed ones.
    pub live: i64,
    pub waiting_host: i64,
    pub waiting_school: i64,
    pub waiting_consent: i64,
    pub active: i64,
    pub completed: i64,
}

impl PupilProgress {
    pub fn name(&self) -> String {
        full_name(&self.first_name, &self.infix, &self.last_name)
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(class = %class))]
pub async fn class_progress(db: impl Into<Conn<'_>>, class: ClassId) -> sqlx::Result<Vec<PupilProgress>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT pu.id AS pupil_id, pu.first_name, pu.infix, pu.last_name, pu.number, pu.required_hours,
            CAST(COALESCE((SELECT SUM(h.minutes) FROM hours_entries h JOIN placements pl ON pl.id = h.placement_id
                  WHERE pl.pupil_id = pu.id AND h.status = 'approved'), 0) AS BIGINT) AS approved_minutes,
            CAST(COALESCE((SELECT SUM(h.minutes) FROM hours_entries h JOIN placements pl ON pl.id = h.placement_id
                  WHERE pl.pupil_id = pu.id AND h.status = 'submitted'), 0) AS BIGINT) AS submitted_minutes,
            (SELECT COUNT(*) FROM placements pl WHERE pl.pupil_id = pu.id AND pl.status NOT IN ('declined', 'cancelled')) AS live,
            (SELECT COUNT(*) FROM placements pl WHERE pl.pupil_id = pu.id AND pl.status = 'proposed') AS waiting_host,
            (SELECT COUNT(*) FROM placements pl WHERE pl.pupil_id = pu.id AND pl.status = 'accepted') AS waiting_school,
            (SELECT COUNT(*) FROM placements pl WHERE pl.pupil_id = pu.id AND pl.status = 'confirmed') AS waiting_consent,
            (SELECT COUNT(*) FROM placements pl WHERE pl.pupil_id = pu.id AND pl.status = 'active') AS active,
            (SELECT COUNT(*) FROM placements pl WHERE pl.pupil_id = pu.id AND pl.status = 'completed') AS completed
         FROM pupils pu WHERE pu.class_id = $1 AND pu.archived_at IS NULL ORDER BY pu.last_name, pu.first_name, pu.id")
        .bind(class).fetch_all(p).await)
}
