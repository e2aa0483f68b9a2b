//! Signing in, accepting an invitation, changing a password, and managing who has which role:
//! each writes its rows (session, password, throttle counts, grants, invitation mail, audit
//! event) in one transaction. Hashing and verifying a password
//! is slow on purpose (argon2id), so it runs on the blocking pool before that transaction opens,
//! never while it holds the database's write lock.

use crate::auth::model::{Actor, Grant};
use crate::auth::policy::{self, Action, Denied, Resource};
use crate::auth::store::{self, Invitation, UserError};
use crate::auth::{invite, password, throttle, token};
use crate::directory::values::Email;
use crate::env::Env;
use crate::flow::{Outcome, Stop, blocking, refuse};
use crate::i18n::Lang;
use crate::ids::{GrantId, UserId};
use crate::privacy::audit;

/// Why a step on an account did not happen.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Too many failed attempts: wait this many seconds.
    Throttled(i64),
    /// The address and password do not belong together (we do not say which is wrong).
    WrongPassword,
    /// The invitation link was used, expired or never existed.
    Invitation(Invitation),
    /// Fields of the form: field and message key.
    Invalid(Vec<(&'static str, &'static str)>),
    /// The project leader's own last project-leader grant stays.
    OwnLastLeaderGrant,
    /// The account is archived: restore it first.
    Archived,
    /// Nobody archives her own account.
    ArchivingSelf,
}

/// A new session: the user and the token for her cookie (only its digest is stored).
pub struct Session {
    pub user: UserId,
    pub token: String,
}

/// Starts a session for `user` and records the event, in `tx`.
async fn start_session(env: &Env, tx: &crate::db::Tx, user: UserId) -> sqlx::Result<Session> {
    let token = token::random_token();
    store::create_session(tx, user, &token::digest(&token), env.config.session).await?;
    Ok(Session { user, token })
}

/// Signs in with an e-mail address and a password, from `address` (the client's). Failures
/// count against the account, the address, and the pair; an address that cannot be valid goes
/// through the same steps, so the answer (and its timing) never tells whether an account exists.
#[tracing::instrument(skip_all)]
pub async fn sign_in(env: &Env, email: &str, pass: &str, address: &str) -> Outcome<Session, Refused> {
    let email_key = email.trim().to_lowercase();
    let keys = [throttle::Kind::AccountAddress, throttle::Kind::Account, throttle::Kind::Address]
        .map(|k| (k, k.key(&email_key, address)));
    let key_names: Vec<String> = keys.iter().map(|(_, k)| k.clone()).collect();
    if let Some(wait) = store::throttle_wait(&env.db, &key_names).await? {
        tracing::warn!(wait, "sign-in throttled");
        return refuse(Refused::Throttled(wait));
    }
    let candidate = match Email::parse(email) {
        Ok(e) => store::login_candidate(&env.db, &e).await?,
        Err(_) => None,
    };
    let phc = candidate.as_ref().and_then(|(_, h)| h.clone());
    let pw = pass.to_string();
    let ok =
        blocking(move || pw.chars().count() <= password::MAX_LENGTH && password::verify(&pw, phc.as_deref())).await?;
    let tx = env.db.begin().await?;
    let user = match (ok, candidate) {
        (true, Some((user, _))) => user,
        _ => {
            store::record_failure(&tx, &keys).await?;
            tx.commit().await?;
            tracing::info!("sign-in failed");
            return refuse(Refused::WrongPassword);
        }
    };
    store::clear_failures(&tx, &key_names[..2]).await?;
    let session = start_session(env, &tx, user).await?;
    audit::record(&tx, Some(user), audit::Event::SignedIn { user }).await?;
    tx.commit().await?;
    tracing::info!(user = %user, "signed in");
    Ok(session)
}

/// Sets the password of an invited user through her single-use link, and signs her in.
#[tracing::instrument(skip_all)]
pub async fn accept_invitation(env: &Env, token_digest: &[u8], pass: &str, repeat: &str) -> Outcome<Session, Refused> {
    let state = store::invitation(&env.db, token_digest).await?;
    if !matches!(state, Invitation::Open { .. }) {
        return refuse(Refused::Invitation(state));
    }
    if let Err(e) = password::check_new(pass, repeat) {
        return refuse(Refused::Invalid(vec![("password", e.key())]));
    }
    let pw = pass.to_string();
    let phc = blocking(move || password::hash(&pw)).await??;
    let tx = env.db.begin().await?;
    let Some(user) = store::accept_invitation(&tx, token_digest, &phc).await? else {
        // Used by a second click in the meantime.
        return refuse(Refused::Invitation(store::invitation(&tx, token_digest).await?));
    };
    audit::record(&tx, Some(user), audit::Event::InvitationAccepted { user }).await?;
    let session = start_session(env, &tx, user).await?;
    tx.commit().await?;
    Ok(session)
}

/// Changes the actor's password; every other session of hers ends (`keep` is the one she uses).
#[tracing::instrument(skip_all)]
pub async fn change_password(
    env: &Env,
    actor: &Actor,
    current: &str,
    new: &str,
    repeat: &str,
    keep: Option<&[u8]>,
) -> Outcome<(), Refused> {
    let phc = store::password_hash(&env.db, actor.user_id).await?;
    let current = current.to_string();
    let mut invalid = Vec::new();
    if !blocking(move || password::verify(&current, phc.as_deref())).await? {
        invalid.push(("current", "err-current-password"));
    }
    if let Err(e) = password::check_new(new, repeat) {
        invalid.push(("password", e.key()));
    }
    if !invalid.is_empty() {
        return refuse(Refused::Invalid(invalid));
    }
    let pw = new.to_string();
    let phc = blocking(move || password::hash(&pw)).await??;
    let tx = env.db.begin().await?;
    store::set_password(&tx, actor.user_id, &phc, keep).await?;
    audit::record(&tx, Some(actor.user_id), audit::Event::PasswordChanged { user: actor.user_id }).await?;
    tx.commit().await?;
    Ok(())
}

/// Who manages an account: a signed-in person (the policy decides), or the operator at the
/// command line (who holds the server, so the policy has nothing to add).
#[derive(Clone, Copy)]
pub enum Manager<'a> {
    Actor(&'a Actor),
    Operator,
}

impl Manager<'_> {
    fn require(self, action: Action) -> Result<Option<UserId>, Denied> {
        match self {
            Manager::Actor(a) => policy::require(a, action, Resource::Users).map(|_| Some(a.user_id)),
            Manager::Operator => Ok(None),
        }
    }
}

/// What granting access did.
pub struct Granted {
    pub user: UserId,
    /// The account was made now (rather than found by its address).
    pub fresh: bool,
    /// The invitation link mailed (none when she has a password already).
    pub invitation: Option<String>,
}

/// Gives `email` the role `grant`: on her existing account (one person, one account, however
/// many roles), or on a new one; someone without a password gets an invitation.
#[tracing::instrument(skip_all)]
pub async fn grant_access(
    env: &Env,
    by: Manager<'_>,
    email: &Email,
    name: &str,
    locale: Lang,
    grant: Grant,
) -> Outcome<Granted, Refused> {
    let by = by.require(Action::Create)?;
    let tx = env.db.begin().await?;
    let granted = grant_in(env, &tx, by, email, name, locale, grant).await?;
    tx.commit().await?;
    Ok(granted)
}

/// [`grant_access`] inside the caller's transaction, after the caller's policy check (a pupil's
/// account is her school's to give, see `directory::flow::invite_pupil`).
pub(crate) async fn grant_in(
    env: &Env,
    tx: &crate::db::Tx,
    by: Option<UserId>,
    email: &Email,
    name: &str,
    locale: Lang,
    grant: Grant,
) -> anyhow::Result<Granted> {
    let (user, fresh) = match store::user_by_email(tx, email).await? {
        Some(u) => (u.id, false),
        None => (store::create_user(tx, email, name, locale).await?, true),
    };
    store::add_grant(tx, user, grant, by).await?;
    audit::record(tx, by, audit::Event::GrantAdded { user, role: grant.role().code() }).await?;
    let has_password = store::user(tx, user).await?.is_some_and(|u| u.has_password);
    let invitation = if has_password { None } else { Some(invite::send(env, tx, user, by).await?) };
    Ok(Granted { user, fresh, invitation })
}

/// Changes a user's name, address and language.
#[tracing::instrument(skip_all, fields(user = %id))]
pub async fn update_user(
    env: &Env,
    actor: &Actor,
    id: UserId,
    email: &Email,
    name: &str,
    locale: Lang,
) -> Outcome<(), Refused> {
    let by = Manager::Actor(actor).require(Action::Edit)?;
    let tx = env.db.begin().await?;
    store::user(&tx, id).await?.ok_or(Stop::NotFound)?;
    match store::update_user(&tx, id, email, name, locale).await {
        Ok(()) => {}
        Err(UserError::EmailTaken) => return refuse(Refused::Invalid(vec![("email", "err-email-taken")])),
        Err(UserError::Db(e)) => return Err(e.into()),
    }
    audit::record(&tx, by, audit::Event::UserUpdated { user: id }).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a role to an existing user.
#[tracing::instrument(skip_all, fields(user = %id))]
pub async fn add_grant(env: &Env, actor: &Actor, id: UserId, grant: Grant) -> Outcome<(), Refused> {
    let by = Manager::Actor(actor).require(Action::Edit)?;
    let tx = env.db.begin().await?;
    store::user(&tx, id).await?.ok_or(Stop::NotFound)?;
    store::add_grant(&tx, id, grant, by).await?;
    audit::record(&tx, by, audit::Event::GrantAdded { user: id, role: grant.role().code() }).await?;
    tx.commit().await?;
    Ok(())
}

/// Takes a role away. The project leader cannot take away her own last project-leader grant:
/// somebody must keep the overview.
#[tracing::instrument(skip_all, fields(user = %id))]
pub async fn revoke_grant(env: &Env, actor: &Actor, id: UserId, grant: GrantId) -> Outcome<(), Refused> {
    let by = Manager::Actor(actor).require(Action::Edit)?;
    let tx = env.db.begin().await?;
    if actor.user_id == id {
        let mine = store::grants_of(&tx, id).await?;
        let leader_grants = mine.iter().filter(|(_, g)| *g == Grant::ProjectLeader).count();
        if leader_grants == 1 && mine.iter().any(|(gid, g)| *gid == grant && *g == Grant::ProjectLeader) {
            return refuse(Refused::OwnLastLeaderGrant);
        }
    }
    if !store::revoke_grant(&tx, id, grant).await? {
        return Err(Stop::NotFound);
    }
    audit::record(&tx, by, audit::Event::GrantRevoked { user: id }).await?;
    tx.commit().await?;
    Ok(())
}

/// Mails a user a fresh invitation (the old links stop working).
#[tracing::instrument(skip_all, fields(user = %id))]
pub async fn reinvite(env: &Env, actor: &Actor, id: UserId) -> Outcome<(), Refused> {
    let by = Manager::Actor(actor).require(Action::Edit)?;
    let tx = env.db.begin().await?;
    let user = store::user(&tx, id).await?.ok_or(Stop::NotFound)?;
    if user.archived_at.is_some() {
        return refuse(Refused::Archived);
    }
    invite::send(env, &tx, id, by).await?;
    tx.commit().await?;
    Ok(())
}

/// Archives a user (her sessions end at once) or brings her back. Nobody archives herself.
#[tracing::instrument(skip_all, fields(user = %id))]
pub async fn set_archived(env: &Env, actor: &Actor, id: UserId, archived: bool) -> Outcome<(), Refused> {
    let by = Manager::Actor(actor).require(Action::Archive)?;
    let tx = env.db.begin().await?;
    store::user(&tx, id).await?.ok_or(Stop::NotFound)?;
    if archived && actor.user_id == id {
        return refuse(Refused::ArchivingSelf);
    }
    store::set_user_archived(&tx, id, archived).await?;
    audit::record(&tx, by, audit::Event::UserArchived { user: id, archived }).await?;
    tx.commit().await?;
    Ok(())
}
