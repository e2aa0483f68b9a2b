//! Telling the next person: every step of a placement sends an e-mail (through the outbox) and
//! an in-app notification to whoever acts next, each in her own language.

use fluent_templates::fluent_bundle::FluentValue;

use crate::db::Conn;
use crate::i18n::Lang;
use crate::ids::{OrganisationId, PlacementId, PupilId, SchoolId, UserId};
use crate::mail;
use crate::placements::store::notifications;

/// Who to tell.
#[derive(Clone, Copy, Debug)]
pub enum Party {
    /// The contacts of the host organisation.
    Host(OrganisationId),
    /// The school's coordinators.
    School(SchoolId),
    /// The pupil herself (if she has an account).
    Pupil(PupilId),
}

/// What happened, with the message key of its mail and notification (`notify-<key>-subject`,
/// `notify-<key>-body`, `notify-<key>`).
#[derive(Clone, Copy, Debug)]
pub enum What {
    Applied,
    Accepted,
    Declined,
    Confirmed,
    ConsentAsked,
    ConsentGiven,
    Activated,
    Cancelled,
    HoursSubmitted,
    HoursReviewed,
    Evaluated,
    Completed,
}

impl What {
    fn key(self) -> &'static str {
        match self {
            What::Applied => "applied",
            What::Accepted => "accepted",
            What::Declined => "declined",
            What::Confirmed => "confirmed",
            What::ConsentAsked => "consent-asked",
            What::ConsentGiven => "consent-given",
            What::Activated => "activated",
            What::Cancelled => "cancelled",
            What::HoursSubmitted => "hours-submitted",
            What::HoursReviewed => "hours-reviewed",
            What::Evaluated => "evaluated",
            What::Completed => "completed",
        }
    }
}

/// The facts a message may mention. Organisations see only the pupil's first name until the
/// school confirms, so messages to hosts use `pupil_first_name` only.
pub struct Facts<'a> {
    pub placement: PlacementId,
    pub vacancy: &'a str,
    pub organisation: &'a str,
    pub pupil_first_name: &'a str,
    /// A link to follow (absolute in mails, made from the public URL).
    pub link: String,
}

/// Sends `what` to every user of each party, skipping `except` (who did it).
pub async fn tell(
    db: impl Into<Conn<'_>>,
    public_url: &str,
    parties: &[Party],
    what: What,
    facts: &Facts<'_>,
    except: Option<UserId>,
) -> sqlx::Result<()> {
    let args = [
        ("vacancy", Arg::from(facts.vacancy)),
        ("organisation", Arg::from(facts.organisation)),
        ("pupil", Arg::from(facts.pupil_first_name)),
    ];
    let message = Message { key: what.key(), args: &args, placement: Some(facts.placement), link: &facts.link };
    tell_message(db, public_url, parties, &message, except).await
}

/// An argument of a message: text, or a number (which messages may choose their words by).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl Arg {
    fn value(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => s.clone().into(),
            Arg::Number(n) => (*n).into(),
        }
    }
}

/// A message to send: `notify-<key>-subject`, `notify-<key>-body` (the mail) and `notify-<key>`
/// (the in-app notification), with `args` besides `name` (the recipient's) and `link`.
pub struct Message<'a> {
    pub key: &'a str,
    pub args: &'a [(&'static str, Arg)],
    pub placement: Option<PlacementId>,
    /// A path on this site; mails get it absolute.
    pub link: &'a str,
}

/// Sends `message` to every user of each party, each in her own language, skipping `except`.
pub async fn tell_message(
    db: impl Into<Conn<'_>>,
    public_url: &str,
    parties: &[Party],
    message: &Message<'_>,
    except: Option<UserId>,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    for party in parties {
        let (role, column, id) = match *party {
            Party::Host(o) => ("org_contact", "organisation_id", o.uuid()),
            Party::School(s) => ("coordinator", "school_id", s.uuid()),
            Party::Pupil(p) => ("pupil", "pupil_id", p.uuid()),
        };
        for (user, email, name, locale) in notifications::users_with(db, role, column, id).await? {
            if Some(user) == except {
                continue;
            }
            let lang = Lang::from_code(&locale).unwrap_or_default();
            let (subject, body, short) = {
                let mut args: Vec<(&str, FluentValue<'static>)> =
                    vec![("name", name.clone().into()), ("link", format!("{public_url}{}", message.link).into())];
                args.extend(message.args.iter().map(|(k, v)| (*k, v.value())));
                let key = message.key;
                (
                    lang.t_args(&format!("notify-{key}-subject"), &args),
                    lang.t_args(&format!("notify-{key}-body"), &args),
                    lang.t_args(&format!("notify-{key}"), &args),
                )
            };
            mail::send(db, &email, &subject, &body).await?;
            notifications::add(db, user, message.placement, &short, message.link).await?;
        }
    }
    Ok(())
}

/// Sends a mail to an address without an account (a parent), in Dutch first with English below.
pub async fn mail_outside(
    db: impl Into<Conn<'_>>,
    to: &str,
    key: &str,
    args: &[(&'static str, String)],
) -> sqlx::Result<()> {
    let args: Vec<(&str, fluent_templates::fluent_bundle::FluentValue<'static>)> =
        args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
    let subject = format!(
        "{} / {}",
        Lang::Nl.t_args(&format!("{key}-subject"), &args),
        Lang::En.t_args(&format!("{key}-subject"), &args)
    );
    let body = format!(
        "{}\n\n--\n\n{}",
        Lang::Nl.t_args(&format!("{key}-body"), &args),
        Lang::En.t_args(&format!("{key}-body"), &args)
    );
    mail::send(db, to, &subject, &body).await?;
    Ok(())
}
