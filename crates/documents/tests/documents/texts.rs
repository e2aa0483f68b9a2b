//! `Texts` over the app's Fluent files, as the app does it (isolation marks off, numbers as
//! numbers), recording every key asked for and every key or argument that was missing.

use std::cell::RefCell;
use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use schakel_documents::Texts;
use time::Date;
use unic_langid::LanguageIdentifier;

pub const NL: &str = include_str!("../../../schakel/i18n/nl/documents.ftl");
pub const EN: &str = include_str!("../../../schakel/i18n/en/documents.ftl");

pub struct Fluent {
    bundle: FluentBundle<FluentResource>,
    dutch: bool,
    pub used: RefCell<BTreeSet<String>>,
    pub problems: RefCell<Vec<String>>,
}

impl Fluent {
    pub fn nl() -> Fluent {
        Fluent::new(NL, "nl", true)
    }

    pub fn en() -> Fluent {
        Fluent::new(EN, "en", false)
    }

    fn new(source: &str, lang: &str, dutch: bool) -> Fluent {
        let id: LanguageIdentifier = lang.parse().expect("language id");
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source.to_owned()).expect("the .ftl file parses");
        bundle.add_resource(resource).expect("no duplicate keys");
        Fluent { bundle, dutch, used: RefCell::default(), problems: RefCell::default() }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        self.used.borrow_mut().insert(key.to_owned());
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            self.problems.borrow_mut().push(format!("missing key {key}"));
            return format!("[{key}]");
        };
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        for e in errors {
            self.problems.borrow_mut().push(format!("{key}: {e:?}"));
        }
        text
    }
}

/// A number if the argument is one (digits with at most one '.'), as the app should pass it.
fn value(v: &str) -> FluentValue<'static> {
    let numeric = !v.is_empty() && v.chars().all(|c| c.is_ascii_digit() || c == '.') && v.matches('.').count() <= 1;
    match v.parse::<f64>() {
        Ok(n) if numeric => FluentValue::from(n),
        _ => FluentValue::from(v.to_owned()),
    }
}

impl Texts for Fluent {
    fn text(&self, key: &str) -> String {
        self.format(key, None)
    }

    fn text_with(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(k.to_string(), value(v));
        }
        self.format(key, Some(&fluent_args))
    }

    /// `22 nov. 2026` / `22 Nov 2026`, like the app.
    fn date(&self, d: Date) -> String {
        const NL: [&str; 12] =
            ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];
        const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let months = if self.dutch { NL } else { EN };
        format!("{} {} {}", d.day(), months[d.month() as usize - 1], d.year())
    }
}
