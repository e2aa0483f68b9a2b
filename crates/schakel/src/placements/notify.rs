//! Telling the next person: every step of a placement sends an e-mail (through the outbox) and
//! an in-app notification to whoever acts next, each in her own language.

use crate::db::Db;
use crate::ids::{OrganisationId, PlacementId, PupilId, SchoolId, UserId};
use crate::mail;
use crate::placements::store::notifications;
use crate::web::i18n::Lang;

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
    db: &Db,
    public_url: &str,
    parties: &[Party],
    what: What,
    facts: &Facts<'_>,
    except: Option<UserId>,
) -> sqlx::Result<()> {
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
            let args = [
                ("name", name.clone().into()),
                ("vacancy", facts.vacancy.to_string().into()),
                ("organisation", facts.organisation.to_string().into()),
                ("pupil", facts.pupil_first_name.to_string().into()),
                ("link", format!("{public_url}{}", facts.link).into()),
            ];
            let key = what.key();
            let subject = lang.t_args(&format!("notify-{key}-subject"), &args);
            let body = lang.t_args(&format!("notify-{key}-body"), &args);
            mail::send(db, &email, &subject, &body).await?;
            let short = lang.t_args(&format!("notify-{key}"), &args);
            notifications::add(db, user, Some(facts.placement), &short, &facts.link).await?;
        }
    }
    Ok(())
}

/// Sends a mail to an address without an account (a parent), in Dutch first with English below.
pub async fn mail_outside(db: &Db, to: &str, key: &str, args: &[(&'static str, String)]) -> sqlx::Result<()> {
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
