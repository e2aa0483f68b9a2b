//! Telling people a round was published: every pupil her result (mail and notification, in her
//! language), and every organisation how many candidates the round proposed to it.

use std::collections::BTreeMap;

use crate::db::Conn;
use crate::ids::{OrganisationId, UserId};
use crate::placements::notify::{Arg, Message, Party, tell_message};
use crate::rounds::store::Round;
use crate::rounds::store::results::{outcomes, titles};

pub async fn published(
    db: impl Into<Conn<'_>>,
    public_url: &str,
    round: &Round,
    by: Option<UserId>,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let names = titles(db, round.id).await?;
    let link = format!("/rounds/{}", round.id);
    let mut candidates: BTreeMap<OrganisationId, i64> = BTreeMap::new();
    for (pupil, vacancy, rank, skipped) in outcomes(db, round.id).await? {
        let named = vacancy.and_then(|v| names.get(&v));
        let (key, args) = match named {
            Some(n) if skipped => ("round-skipped", vec![("vacancy", Arg::from(n.title.as_str()))]),
            Some(n) => {
                *candidates.entry(n.organisation_id).or_default() += 1;
                (
                    "round-placed",
                    vec![
                        ("vacancy", Arg::from(n.title.as_str())),
                        ("organisation", Arg::from(n.organisation_name.as_str())),
                        ("rank", Arg::from(rank.unwrap_or(0))),
                    ],
                )
            }
            None => ("round-unplaced", Vec::new()),
        };
        let mut args = args;
        args.push(("round", Arg::from(round.name.as_str())));
        let message = Message { key, args: &args, placement: None, link: &link };
        tell_message(db, public_url, &[Party::Pupil(pupil)], &message, by).await?;
    }
    for (organisation, count) in candidates {
        let args = [("round", Arg::from(round.name.as_str())), ("count", Arg::from(count))];
        let message =
            Message { key: "round-candidates", args: &args, placement: None, link: "/placements?status=proposed" };
        tell_message(db, public_url, &[Party::Host(organisation)], &message, by).await?;
    }
    Ok(())
}
