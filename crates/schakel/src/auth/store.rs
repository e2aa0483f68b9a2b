//! SQL of accounts: users, role grants, sessions, invitations and login throttling.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::auth::model::{Actor, Grant, Role};
use crate::auth::throttle;
use crate::db::Conn;
use crate::directory::values::Email;
use crate::i18n::Lang;
use crate::ids::{GrantId, InvitationId, MeetingPointId, OrganisationId, PupilId, SchoolId, UserId};
use crate::with_conn;

type Result<T> = std::result::Result<T, sqlx::Error>;

/// How long a session lives: it ends after `idle` without requests, and after `absolute` in any
/// case, so a forgotten session on a school computer does not stay open for days.
#[derive(Clone, Copy, Debug)]
pub struct SessionPolicy {
    pub idle: Duration,
    pub absolute: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy { idle: Duration::hours(2), absolute: Duration::hours(12) }
    }
}

#[derive(FromRow)]
struct LoginRow {
    id: UserId,
    password_hash: Option<String>,
}

/// The account an e-mail address signs in to, if it is active: its id and password hash (none
/// until the invitation has been accepted).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn login_candidate(db: impl Into<Conn<'_>>, email: &Email) -> Result<Option<(UserId, Option<String>)>> {
    let row: Option<LoginRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT id, password_hash FROM users WHERE email = $1 AND archived_at IS NULL")
        .bind(email.as_str()).fetch_optional(p).await)?;
    Ok(row.map(|r| (r.id, r.password_hash)))
}

/// Starts a session for `user`, stored by the digest of its token.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn create_session(
    db: impl Into<Conn<'_>>,
    user: UserId,
    token_digest: &[u8],
    policy: SessionPolicy,
) -> Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)")
            .bind(token_digest).bind(user).bind(t).bind(t + policy.idle).execute(&mut *tx).await?;
        sqlx::query("UPDATE users SET last_login_at = $1 WHERE id = $2").bind(t).bind(user).execute(&mut *tx).await?;
        // Sweep expired sessions of this user while we are here.
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND expires_at < $2").bind(user).bind(t).execute(&mut *tx).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn delete_session(db: impl Into<Conn<'_>>, token_digest: &[u8]) -> Result<()> {
    with_conn!(db, p => sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_digest).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(FromRow)]
struct SessionRow {
    id: UserId,
    name: String,
    email: String,
    locale: String,
    created_at: OffsetDateTime,
    last_seen_at: OffsetDateTime,
}

/// The signed-in actor of a session token, if the session is live; refreshes its idle timeout.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn session_actor(
    db: impl Into<Conn<'_>>,
    token_digest: &[u8],
    policy: SessionPolicy,
) -> Result<Option<Actor>> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let row: Option<SessionRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT u.id, u.name, u.email, u.locale, s.created_at, s.last_seen_at
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.archived_at IS NULL")
        .bind(token_digest).bind(t).fetch_optional(p).await)?;
    let Some(row) = row else { return Ok(None) };
    // Refresh at most once a minute: a page with many requests costs one write, not many.
    if t - row.last_seen_at > Duration::minutes(1) {
        let expires = (t + policy.idle).min(row.created_at + policy.absolute);
        with_conn!(db, p => sqlx::query("UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE token_hash = $3")
            .bind(t).bind(expires).bind(token_digest).execute(p).await.map(|r| r.rows_affected()))?;
    }
    let grants = grants_of(db, row.id).await?;
    Ok(Some(Actor {
        user_id: row.id,
        name: row.name,
        email: row.email,
        locale: Lang::from_code(&row.locale).unwrap_or_default(),
        grants,
    }))
}

/// The actor a user is, with her live grants, if the account is active: for steps the product
/// takes on someone's behalf (the demo generator, the command line).
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn actor(db: impl Into<Conn<'_>>, user: UserId) -> Result<Option<Actor>> {
    let db: Conn<'_> = db.into();
    let row: Option<(String, String, String)> = with_conn!(db, c => sqlx::query_as(
        "SELECT name, email, locale FROM users WHERE id = $1 AND archived_at IS NULL")
        .bind(user).fetch_optional(&mut *c).await)?;
    let Some((name, email, locale)) = row else { return Ok(None) };
    let grants = grants_of(db, user).await?;
    Ok(Some(Actor { user_id: user, name, email, locale: Lang::from_code(&locale).unwrap_or_default(), grants }))
}

#[derive(FromRow)]
struct GrantRow {
    id: GrantId,
    role: String,
    school_id: Option<SchoolId>,
    organisation_id: Option<OrganisationId>,
    meeting_point_id: Option<MeetingPointId>,
    pupil_id: Option<PupilId>,
}

/// The live grants of a user. A pupil grant ends when the pupil is archived.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn grants_of(db: impl Into<Conn<'_>>, user: UserId) -> Result<Vec<(GrantId, Grant)>> {
    let rows: Vec<GrantRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT g.id, g.role, g.school_id, g.organisation_id, g.meeting_point_id, g.pupil_id
         FROM grants g LEFT JOIN pupils pu ON pu.id = g.pupil_id
         WHERE g.user_id = $1 AND (g.pupil_id IS NULL OR pu.archived_at IS NULL)
         ORDER BY g.created_at, g.id")
        .bind(user).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let g = Grant::from_columns(&r.role, r.school_id, r.organisation_id, r.meeting_point_id, r.pupil_id);
            if g.is_none() {
                tracing::warn!(grant = %r.id, "ignoring an inconsistent grant row");
            }
            g.map(|g| (r.id, g))
        })
        .collect())
}

// ---- login throttling ----------------------------------------------------------------------

#[derive(FromRow)]
struct ThrottleRow {
    failures: i32,
    first_failure: OffsetDateTime,
    blocked_until: Option<OffsetDateTime>,
}

/// Seconds to wait before another attempt for any of `keys`, if one is blocked.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn throttle_wait(db: impl Into<Conn<'_>>, keys: &[String]) -> Result<Option<i64>> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let mut wait = 0i64;
    for key in keys {
        let row: Option<ThrottleRow> = with_conn!(db, p => sqlx::query_as(
            "SELECT failures, first_failure, blocked_until FROM login_throttle WHERE key = $1")
            .bind(key).fetch_optional(p).await)?;
        if let Some(until) = row.and_then(|r| r.blocked_until)
            && until > t
        {
            wait = wait.max((until - t).whole_seconds() + 1);
        }
    }
    Ok((wait > 0).then_some(wait))
}

/// Counts a failed sign-in against each key.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn record_failure(db: impl Into<Conn<'_>>, keys: &[(throttle::Kind, String)]) -> Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        for (kind, key) in keys {
            let row: Option<ThrottleRow> = sqlx::query_as(
                "SELECT failures, first_failure, blocked_until FROM login_throttle WHERE key = $1")
                .bind(key).fetch_optional(&mut *tx).await?;
            let (failures, first) = row.map(|r| (r.failures, r.first_failure)).unwrap_or((0, t));
            let (failures, first, blocked) = throttle::after_failure(*kind, failures, first, t);
            sqlx::query(
                "INSERT INTO login_throttle (key, failures, first_failure, blocked_until) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (key) DO UPDATE SET failures = $2, first_failure = $3, blocked_until = $4")
                .bind(key).bind(failures).bind(first).bind(blocked).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

/// Forgets the failures of `keys` (after a successful sign-in).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn clear_failures(db: impl Into<Conn<'_>>, keys: &[String]) -> Result<()> {
    let db: Conn<'_> = db.into();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        for key in keys {
            sqlx::query("DELETE FROM login_throttle WHERE key = $1").bind(key).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

// ---- users, grants, invitations ------------------------------------------------------------

/// A user as the user pages show it.
#[derive(Clone, Debug, FromRow)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub locale: String,
    pub has_password: bool,
    pub archived_at: Option<OffsetDateTime>,
    pub last_login_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
}

const USER_COLUMNS: &str = "u.id, u.email, u.name, u.locale, (u.password_hash IS NOT NULL) AS has_password, \
     u.archived_at, u.last_login_at, u.created_at";

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn user(db: impl Into<Conn<'_>>, id: UserId) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn user_by_email(db: impl Into<Conn<'_>>, email: &Email) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.email = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(email.as_str()).fetch_optional(p).await)
}

/// A filter on the user list.
#[derive(Clone, Debug, Default)]
pub struct UserFilter {
    /// Lower-case text to find in the name or e-mail address.
    pub text: Option<String>,
    pub role: Option<Role>,
    pub school: Option<SchoolId>,
    pub archived: bool,
}

/// Pushes the conditions of the user list: archived or not, and the filter.
fn push_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, filter: &UserFilter)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
    &'a str: Encode<'a, DB> + Type<DB>,
{
    qb.push(if filter.archived { " WHERE u.archived_at IS NOT NULL" } else { " WHERE u.archived_at IS NULL" });
    if let Some(t) = &filter.text {
        let pattern = format!("%{}%", like_escape(t));
        qb.push(" AND (LOWER(u.name) LIKE ").push_bind(pattern.clone()).push(" ESCAPE '\\'");
        qb.push(" OR u.email LIKE ").push_bind(pattern).push(" ESCAPE '\\')");
    }
    if let Some(r) = filter.role {
        qb.push(" AND EXISTS (SELECT 1 FROM grants g WHERE g.user_id = u.id AND g.role = ")
            .push_bind(r.code())
            .push(")");
    }
    if let Some(s) = filter.school {
        qb.push(" AND EXISTS (SELECT 1 FROM grants g WHERE g.user_id = u.id AND g.school_id = ").push_bind(s).push(")");
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_users(db: impl Into<Conn<'_>>, filter: &UserFilter) -> Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM users u");
        push_where(&mut qb, filter);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn list_users(db: impl Into<Conn<'_>>, filter: &UserFilter, limit: i64, offset: i64) -> Result<Vec<User>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(format!("SELECT {USER_COLUMNS} FROM users u"));
        push_where(&mut qb, filter);
        qb.push(" ORDER BY u.name, u.id LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern, so a search for "50%" means it.
pub fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Why a user could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("e-mail address already in use")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn create_user(
    db: impl Into<Conn<'_>>,
    email: &Email,
    name: &str,
    locale: Lang,
) -> std::result::Result<UserId, UserError> {
    let db: Conn<'_> = db.into();
    if user_by_email(db, email).await?.is_some() {
        return Err(UserError::EmailTaken);
    }
    let id = UserId::new();
    let t = db.now();
    let res = with_conn!(db, p => sqlx::query(
        "INSERT INTO users (id, email, name, locale, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)")
        .bind(id).bind(email.as_str()).bind(name).bind(locale.code()).bind(t).execute(p).await.map(|r| r.rows_affected()));
    match res {
        Ok(_) => Ok(id),
        Err(e) if is_unique_violation(&e) => Err(UserError::EmailTaken),
        Err(e) => Err(e.into()),
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn update_user(
    db: impl Into<Conn<'_>>,
    id: UserId,
    email: &Email,
    name: &str,
    locale: Lang,
) -> std::result::Result<(), UserError> {
    let db: Conn<'_> = db.into();
    if let Some(other) = user_by_email(db, email).await?
        && other.id != id
    {
        return Err(UserError::EmailTaken);
    }
    let res = with_conn!(db, p => sqlx::query("UPDATE users SET email = $1, name = $2, locale = $3, updated_at = $4 WHERE id = $5")
        .bind(email.as_str()).bind(name).bind(locale.code()).bind(db.now()).bind(id).execute(p).await.map(|r| r.rows_affected()));
    match res {
        Ok(_) => Ok(()),
        Err(e) if is_unique_violation(&e) => Err(UserError::EmailTaken),
        Err(e) => Err(e.into()),
    }
}

/// Whether `e` is a unique-constraint violation (on either backend).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.kind() == sqlx::error::ErrorKind::UniqueViolation)
}

/// Archives a user or brings her back; archiving ends her sessions at once.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_user_archived(db: impl Into<Conn<'_>>, id: UserId, archived: bool) -> Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query("UPDATE users SET archived_at = $1, updated_at = $2 WHERE id = $3")
            .bind(archived.then_some(t)).bind(t).bind(id).execute(&mut *tx).await?;
        if archived {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

/// Sets the language a user sees after signing in.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_locale(db: impl Into<Conn<'_>>, id: UserId, locale: Lang) -> Result<()> {
    with_conn!(db, p => sqlx::query("UPDATE users SET locale = $1 WHERE id = $2").bind(locale.code()).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Sets a new password and ends every other session of the user.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_password(db: impl Into<Conn<'_>>, id: UserId, phc: &str, keep_session: Option<&[u8]>) -> Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(phc).bind(t).bind(id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(id).bind(keep_session.unwrap_or(&[])).execute(&mut *tx).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn password_hash(db: impl Into<Conn<'_>>, id: UserId) -> Result<Option<String>> {
    let h: Option<Option<String>> = with_conn!(db, p => sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
        .bind(id).fetch_optional(p).await)?;
    Ok(h.flatten())
}

/// Adds a grant unless the user holds it already. Grants scoped to a meeting point or a pupil
/// also record the school, so the policy never needs a join to know it.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn add_grant(db: impl Into<Conn<'_>>, user: UserId, grant: Grant, by: Option<UserId>) -> Result<GrantId> {
    let db: Conn<'_> = db.into();
    if let Some((id, _)) = grants_of(db, user).await?.into_iter().find(|(_, g)| *g == grant) {
        return Ok(id);
    }
    let id = GrantId::new();
    let (school, org, mp, pupil) = match grant {
        Grant::ProjectLeader => (None, None, None, None),
        Grant::Coordinator(s) | Grant::Director(s) | Grant::Teacher(s) => (Some(s), None, None, None),
        Grant::OrgContact(o) => (None, Some(o), None, None),
        Grant::MeetingPointManager { meeting_point, school } => (Some(school), None, Some(meeting_point), None),
        Grant::Pupil { pupil, school } => (Some(school), None, None, Some(pupil)),
    };
    with_conn!(db, p => sqlx::query(
        "INSERT INTO grants (id, user_id, role, school_id, organisation_id, meeting_point_id, pupil_id, granted_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(id).bind(user).bind(grant.role().code()).bind(school).bind(org).bind(mp).bind(pupil).bind(by).bind(db.now())
        .execute(p).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// Removes a grant of `user`; false when she had no such grant.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user, grant = %grant))]
pub async fn revoke_grant(db: impl Into<Conn<'_>>, user: UserId, grant: GrantId) -> Result<bool> {
    let r = with_conn!(db, p => sqlx::query("DELETE FROM grants WHERE id = $1 AND user_id = $2")
        .bind(grant).bind(user).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(r == 1)
}

/// Creates an invitation valid for `valid`, replacing the user's unused ones.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn create_invitation(
    db: impl Into<Conn<'_>>,
    user: UserId,
    by: Option<UserId>,
    token_digest: &[u8],
    valid: Duration,
) -> Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query("DELETE FROM invitations WHERE user_id = $1 AND used_at IS NULL").bind(user).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO invitations (id, token_hash, user_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(InvitationId::new()).bind(token_digest).bind(user).bind(by).bind(t).bind(t + valid).execute(&mut *tx).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

/// The state of an invitation link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invitation {
    /// Usable: for this user.
    Open {
        user: UserId,
        name: String,
        email: String,
    },
    Used,
    Expired,
    Unknown,
}

#[derive(FromRow)]
struct InvitationRow {
    user_id: UserId,
    name: String,
    email: String,
    expires_at: OffsetDateTime,
    used_at: Option<OffsetDateTime>,
    archived_at: Option<OffsetDateTime>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn invitation(db: impl Into<Conn<'_>>, token_digest: &[u8]) -> Result<Invitation> {
    let db: Conn<'_> = db.into();
    let row: Option<InvitationRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT i.user_id, u.name, u.email, i.expires_at, i.used_at, u.archived_at
         FROM invitations i JOIN users u ON u.id = i.user_id WHERE i.token_hash = $1")
        .bind(token_digest).fetch_optional(p).await)?;
    Ok(match row {
        None => Invitation::Unknown,
        Some(r) if r.archived_at.is_some() => Invitation::Unknown,
        Some(r) if r.used_at.is_some() => Invitation::Used,
        Some(r) if r.expires_at <= db.now() => Invitation::Expired,
        Some(r) => Invitation::Open { user: r.user_id, name: r.name, email: r.email },
    })
}

/// Uses an invitation: sets the password, once. Returns the user, or `None` when the link was
/// used (or expired) in the meantime, e.g. by a second click racing the first.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn accept_invitation(db: impl Into<Conn<'_>>, token_digest: &[u8], phc: &str) -> Result<Option<UserId>> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    let user: Option<UserId> = with_conn!(&atomic, tx => {
        let user: Option<UserId> = sqlx::query_scalar(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id")
            .bind(t).bind(token_digest).fetch_optional(&mut *tx).await?;
        if let Some(u) = user {
            sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3 AND archived_at IS NULL")
                .bind(phc).bind(t).bind(u).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(u).execute(&mut *tx).await?;
        }
        Ok::<_, sqlx::Error>(user)
    })?;
    atomic.finish().await?;
    Ok(user)
}

/// A grant with the names of what it is scoped to, for the user pages.
#[derive(Clone, Debug, FromRow)]
pub struct GrantView {
    pub id: GrantId,
    pub role: String,
    pub school_name: Option<String>,
    pub organisation_name: Option<String>,
    pub meeting_point_name: Option<String>,
    pub pupil_number: Option<String>,
}

impl GrantView {
    pub fn role_key(&self) -> &'static str {
        Role::from_code(&self.role).map(Role::label_key).unwrap_or("role-unknown")
    }

    /// What the grant is limited to, for display.
    pub fn scope_label(&self) -> String {
        [&self.meeting_point_name, &self.school_name, &self.organisation_name, &self.pupil_number]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub async fn grant_views(db: impl Into<Conn<'_>>, user: UserId) -> Result<Vec<GrantView>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT g.id, g.role, s.name AS school_name, o.name AS organisation_name, m.name AS meeting_point_name,
                pu.number AS pupil_number
         FROM grants g
         LEFT JOIN schools s ON s.id = g.school_id
         LEFT JOIN organisations o ON o.id = g.organisation_id
         LEFT JOIN meeting_points m ON m.id = g.meeting_point_id
         LEFT JOIN pupils pu ON pu.id = g.pupil_id
         WHERE g.user_id = $1 ORDER BY g.created_at, g.id")
        .bind(user).fetch_all(p).await)
}
