//! A pupil's result in plain words, in her language: what she got, and for every choice she
//! ranked higher why it went to someone else. The texts live in `rounds.ftl`.

use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;

use crate::i18n::Lang;
use crate::ids::VacancyId;
use crate::placements::model::NotOpen;
use crate::rounds::engine::{By, Reason, Why};
use crate::rounds::store::results::{Named, ResultRow};

/// What the result page says.
#[derive(Clone, Debug, Default)]
pub struct Explained {
    pub headline: String,
    /// One sentence per choice she ranked above her result.
    pub reasons: Vec<String>,
    /// Remarks: moved by hand, skipped at publishing, what next.
    pub notes: Vec<String>,
}

fn why_key(why: &Why) -> &'static str {
    match why {
        Why::Full { .. } => "round-why-full",
        Why::NoSeats => "round-why-no-seats",
        Why::NotOpen { why: NotOpen::TooYoung } => "round-why-too-young",
        Why::NotOpen { why: NotOpen::OtherSchool } => "round-why-other-school",
        Why::NotOpen { why: NotOpen::Closed } => "round-why-closed",
        Why::NotOpen { why: NotOpen::RulesForMinors } => "round-why-rules",
        Why::AlreadyThere => "round-why-already-there",
        Why::Tie => "round-why-tie",
        Why::RaisesTotalRank => "round-why-raises-total-rank",
        Why::FewerPlaced => "round-why-fewer-placed",
    }
}

/// The key of a one-word label for the coordinator's overview.
pub fn short_key(why: &Why) -> &'static str {
    match why {
        Why::Full { .. } => "round-short-full",
        Why::NoSeats => "round-short-no-seats",
        Why::NotOpen { why: NotOpen::TooYoung } => "round-short-too-young",
        Why::NotOpen { why: NotOpen::OtherSchool } => "round-short-other-school",
        Why::NotOpen { why: NotOpen::Closed } => "round-short-closed",
        Why::NotOpen { why: NotOpen::RulesForMinors } => "round-short-rules",
        Why::AlreadyThere => "round-short-already-there",
        Why::Tie | Why::RaisesTotalRank | Why::FewerPlaced => "round-short-others-better",
    }
}

fn by_key(by: By) -> &'static str {
    match by {
        By::Distance => "round-by-distance",
        By::NoHome => "round-by-no-home",
        By::OwnSchool => "round-by-own-school",
        By::Lottery => "round-by-lottery",
    }
}

/// "eerste", "second": a choice's place in words.
fn nth(lang: Lang, rank: impl Into<FluentValue<'static>>) -> String {
    lang.t_args("round-nth", &[("rank", rank.into())])
}

/// One reason as a sentence.
pub fn reason(lang: Lang, r: &Reason, names: &HashMap<VacancyId, Named>) -> String {
    let title = names.get(&r.vacancy).map(|n| n.title.clone()).unwrap_or_default();
    let mut args: Vec<(&str, FluentValue<'static>)> =
        vec![("nth", nth(lang, r.rank).into()), ("vacancy", title.into())];
    if let Why::Full { seats, by } = r.why {
        args.push(("seats", seats.into()));
        args.push(("by", lang.t(by_key(by)).into()));
    }
    lang.t_args(why_key(&r.why), &args)
}

/// Her whole result. Before publishing the coordinator sees the same words the pupil will.
pub fn explain(lang: Lang, row: &ResultRow, names: &HashMap<VacancyId, Named>) -> Explained {
    let mut out = Explained::default();
    let named = row.vacancy_id.and_then(|v| names.get(&v));
    out.headline = match (named, row.rank) {
        (Some(n), Some(rank)) => lang.t_args(
            "round-result-placed",
            &[
                ("vacancy", n.title.clone().into()),
                ("organisation", n.organisation_name.clone().into()),
                ("nth", nth(lang, rank).into()),
            ],
        ),
        (Some(n), None) => lang.t_args(
            "round-result-placed-unranked",
            &[("vacancy", n.title.clone().into()), ("organisation", n.organisation_name.clone().into())],
        ),
        (None, _) if row.choices == 0 => lang.t("round-result-no-choices"),
        (None, _) => lang.t("round-result-unplaced"),
    };
    if row.moved() {
        // The run's reasons describe the engine's result, not the one she has now.
        out.notes.push(lang.t("round-result-moved"));
    } else {
        out.reasons = row.reasons().iter().map(|r| reason(lang, r, names)).collect();
    }
    if row.skipped()
        && let Some(n) = named
    {
        out.notes.push(lang.t_args("round-result-skipped", &[("vacancy", n.title.clone().into())]));
    }
    if row.vacancy_id.is_none() && row.choices > 0 {
        out.notes.push(lang.t("round-result-next"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{OrganisationId, PupilId};

    fn row(vacancy: Option<VacancyId>, rank: Option<i32>, reasons: &[Reason]) -> ResultRow {
        ResultRow {
            pupil_id: PupilId::new(),
            first_name: "Noor".into(),
            infix: String::new(),
            last_name: "Bakker".into(),
            class_name: None,
            school_name: "Amstel College".into(),
            choices: 3,
            vacancy_id: vacancy,
            vacancy_title: None,
            organisation_name: None,
            rank,
            reasons: Some(serde_json::to_string(reasons).expect("json")),
            moved: Some(false),
            placement_id: None,
            skipped: Some(false),
        }
    }

    fn named(title: &str) -> Named {
        Named {
            id: VacancyId::new(),
            title: title.into(),
            organisation_name: "De Regenboog".into(),
            organisation_id: OrganisationId::new(),
        }
    }

    #[test]
    fn a_full_first_choice_is_explained_in_dutch_and_english() {
        let (first, got) = (named("Dierenverzorging"), named("Voorlezen"));
        let names: HashMap<VacancyId, Named> = [(first.id, first.clone()), (got.id, got.clone())].into_iter().collect();
        let reasons = [Reason { vacancy: first.id, rank: 1, why: Why::Full { seats: 4, by: By::Distance } }];
        let r = row(Some(got.id), Some(2), &reasons);
        let nl = explain(Lang::Nl, &r, &names);
        assert_eq!(nl.headline, "Je bent ingedeeld bij Voorlezen van De Regenboog: je tweede keus.");
        assert_eq!(
            nl.reasons,
            [
                "Je eerste keus (Dierenverzorging) was vol: alle 4 plaatsen gingen naar leerlingen met een hogere prioriteit (dichter bij huis)."
            ]
        );
        let en = explain(Lang::En, &r, &names);
        assert_eq!(en.headline, "You have been placed at Voorlezen of De Regenboog: your second choice.");
        assert_eq!(
            en.reasons,
            [
                "Your first choice (Dierenverzorging) was full: all 4 places went to pupils with a higher priority (living closer to it)."
            ]
        );
        let one = [Reason { vacancy: first.id, rank: 1, why: Why::Full { seats: 1, by: By::Lottery } }];
        let nl = explain(Lang::Nl, &row(None, None, &one), &names);
        assert_eq!(nl.headline, "Je hebt in deze ronde geen plek gekregen.");
        assert!(
            nl.reasons[0].contains("de enige plaats ging naar een leerling met een hogere prioriteit"),
            "{:?}",
            nl.reasons
        );
    }
}
