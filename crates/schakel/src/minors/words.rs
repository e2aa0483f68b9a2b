//! The engine's findings in the reader's language (`i18n/<lang>/minors.ftl`).

use fluent_templates::fluent_bundle::FluentValue;
use schakel_minors::{Arg, Message, Violation};

use crate::minors::check::{Findings, key};
use crate::minors::papers::WarningKey;
use crate::web::i18n::Lang;

/// A finding as a page shows it.
#[derive(Clone, Debug)]
pub struct Shown {
    /// What a confirmation form sends back (`B7|latest-end|2026-11-24`).
    pub key: String,
    pub rule: &'static str,
    pub title: String,
    pub text: String,
    pub block: bool,
    pub acknowledged: bool,
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
    let (rule, check, start) = key(v);
    Shown {
        key: format!("{rule}|{check}|{start}"),
        rule: v.rule.as_str(),
        title: lang.t(v.rule.title_key()),
        text: render(lang, &v.message_with(|d| lang.date(d))),
        block: v.is_block(),
        acknowledged,
    }
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
            acknowledged: false,
        });
    }
    let mut items: Vec<Shown> =
        f.violations.iter().map(|v| show(lang, v, !v.is_block() && f.acknowledged.contains(&key(v)))).collect();
    items.sort_by_key(|s| !s.block);
    out.extend(items);
    out
}

/// Reads a key sent back by a confirmation form.
pub fn parse_key(raw: &str) -> Option<WarningKey> {
    let mut parts = raw.split('|');
    let rule = parts.next()?.to_string();
    let check = parts.next()?.to_string();
    let start = crate::directory::values::parse_date(parts.next()?).ok()?;
    Some((rule, check, start))
}
