//! The engine's findings in the reader's language (`i18n/<lang>/minors.ftl`).

use fluent_templates::fluent_bundle::FluentValue;
use schakel_minors::{Arg, Message, Violation};

use crate::i18n::Lang;
use crate::minors::check::{Findings, key};
use crate::minors::papers::WarningKey;

/// A finding as a page shows it. The same rule and check on several days or weeks shows once,
/// with the first occurrence's text and how many more there are.
#[derive(Clone, Debug)]
pub struct Shown {
    /// What a confirmation form sends back: the keys of every occurrence
    /// (`B7|latest-end|2026-11-24;B7|latest-end|2026-12-01`).
    pub key: String,
    pub rule: &'static str,
    pub title: String,
    pub text: String,
    pub block: bool,
    /// A block that a signature or a consent lifts: not yet given, rather than not allowed.
    pub to_sign: bool,
    pub acknowledged: bool,
    /// Further occurrences of the same rule and check.
    pub more: usize,
    /// The days (or first days of the weeks) of every occurrence, the first one included.
    pub dates: Vec<time::Date>,
}

fn form_key(v: &Violation) -> String {
    let (rule, check, start) = key(v);
    format!("{rule}|{check}|{start}")
}

/// A message with its arguments in `lang`.
pub fn render(lang: Lang, m: &Message) -> String {
    let args: Vec<(&str, FluentValue<'static>)> = m
        .args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Text(t) => FluentValue::from(t.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            (*k, value)
        })
        .collect();
    lang.t_args(m.key, &args)
}

pub fn show(lang: Lang, v: &Violation, acknowledged: bool) -> Shown {
    Shown {
        key: form_key(v),
        rule: v.rule.as_str(),
        title: lang.t(v.rule.title_key()),
        text: render(lang, &v.message_with(|d| lang.date(d))),
        block: v.is_block(),
        to_sign: v.is_block() && SIGNATURES.contains(&v.check.as_str()),
        acknowledged,
        more: 0,
        dates: vec![v.period.start()],
    }
}

/// The checks a signature or a dated consent satisfies.
const SIGNATURES: [&str; 5] =
    ["agreement", "parent-signature", "pupil-signature", "parent-sunday-consent", "extended-hours-consent"];

/// Folds findings of the same rule, check and severity into the first one.
pub fn fold(items: Vec<(Shown, &'static str)>) -> Vec<Shown> {
    let mut out: Vec<(Shown, &'static str)> = Vec::new();
    for (item, check) in items {
        match out.iter_mut().find(|(s, c)| s.rule == item.rule && *c == check && s.block == item.block) {
            Some((first, _)) => {
                first.more += 1;
                first.dates.extend(item.dates);
                first.key = format!("{};{}", first.key, item.key);
                first.acknowledged &= item.acknowledged;
            }
            None => out.push((item, check)),
        }
    }
    out.into_iter().map(|(s, _)| s).collect()
}

/// Every finding, blocks first; a missing date of birth is a block of its own.
pub fn shown(lang: Lang, f: &Findings) -> Vec<Shown> {
    let mut out = Vec::new();
    if f.birth_unknown {
        out.push(Shown {
            key: String::new(),
            rule: "",
            title: lang.t("minors-birth-unknown-title"),
            text: lang.t("minors-birth-unknown"),
            block: true,
            to_sign: false,
            acknowledged: false,
            more: 0,
            dates: Vec::new(),
        });
    }
    let mut items: Vec<(Shown, &'static str)> = f
        .violations
        .iter()
        .map(|v| (show(lang, v, !v.is_block() && f.acknowledged.contains(&key(v))), v.check.as_str()))
        .collect();
    items.sort_by_key(|(s, _)| !s.block);
    out.extend(fold(items));
    out
}

/// Reads the keys sent back by a confirmation form (one finding may stand for several).
pub fn parse_keys(raw: &str) -> Vec<WarningKey> {
    raw.split(';')
        .filter_map(|one| {
            let mut parts = one.split('|');
            let rule = parts.next()?.to_string();
            let check = parts.next()?.to_string();
            let start = crate::directory::values::parse_date(parts.next()?).ok()?;
            Some((rule, check, start))
        })
        .collect()
}
