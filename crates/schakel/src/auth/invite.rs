//! Invitations: a single-use link, valid for a limited time, with which a new user sets her own
//! password. The link goes out by e-mail (the outbox); nobody ever types a password for someone
//! else.

use crate::auth::{store, token};
use crate::db::Tx;
use crate::env::Env;
use crate::i18n::Lang;
use crate::ids::UserId;
use crate::mail;
use crate::privacy::audit;

/// Creates a fresh invitation for `user` (replacing older unused ones), mails it in her language
/// and returns the link, inside the caller's transaction: the invitation, the mail and the
/// audit event are kept together or not at all, so a link nobody received never exists.
pub async fn send(app: &Env, tx: &Tx, user: UserId, by: Option<UserId>) -> anyhow::Result<String> {
    let u = store::user(tx, user).await?.ok_or_else(|| anyhow::anyhow!("inviting an unknown user"))?;
    let tok = token::random_token();
    store::create_invitation(tx, user, by, &token::digest(&tok), app.config.invitation_valid).await?;
    let link = format!("{}/invite/{tok}", app.config.public_url);
    let lang = Lang::from_code(&u.locale).unwrap_or_default();
    let days = app.config.invitation_valid.whole_days();
    let subject = lang.t("mail-invite-subject");
    let body = lang.t_args(
        "mail-invite-body",
        &[("name", u.name.clone().into()), ("link", link.clone().into()), ("days", days.into())],
    );
    mail::send(tx, &u.email, &subject, &body).await?;
    audit::record(tx, by, audit::Event::UserInvited { user }).await?;
    Ok(link)
}
