//! Translations (Fluent files under `i18n/`, compiled into the binary), language choice, and the
//! formatting of dates and times as people in the Netherlands read them (`22 nov. 2026`).

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use time::{Date, OffsetDateTime};
use unic_langid::{LanguageIdentifier, langid};

static_loader! {
    static LOCALES = {
        locales: "./i18n",
        fallback_language: "nl",
        // Fluent wraps arguments in Unicode isolation marks by default; in HTML they only add
        // invisible characters to copied text and to tests.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static NL: LanguageIdentifier = langid!("nl");
static EN: LanguageIdentifier = langid!("en");

/// The languages of the interface; Dutch first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first supported language in an `Accept-Language` header, Dutch when none is.
    pub fn from_accept_language(header: &str) -> Lang {
        header
            .split(',')
            .filter_map(|part| part.split(';').next())
            .filter_map(|tag| tag.trim().split('-').next())
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }

    /// The text of `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.id(), key)
    }

    /// The text of `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| (Cow::Owned((*k).to_string()), v.clone())).collect();
        LOCALES.lookup_with_args(self.id(), key, &map)
    }

    /// Whether this language's own file defines `key` (no fallback to the other language; a
    /// message that needs arguments counts as defined).
    pub fn has(self, key: &str) -> bool {
        static KEYS: std::sync::OnceLock<[std::collections::HashSet<&'static str>; 2]> = std::sync::OnceLock::new();
        let keys = KEYS.get_or_init(|| [defined_keys(NL_SOURCES), defined_keys(EN_SOURCES)]);
        keys[self as usize].contains(key)
    }

    /// `22 nov. 2026` / `22 Nov 2026`.
    pub fn date(self, d: Date) -> String {
        let m = d.month() as usize - 1;
        match self {
            Lang::Nl => format!("{} {} {}", d.day(), MONTHS_NL[m], d.year()),
            Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
        }
    }

    /// `22 nov. 2026 14:05`, in Amsterdam time.
    pub fn datetime(self, t: OffsetDateTime) -> String {
        let local = crate::clock::amsterdam(t);
        format!("{} {:02}:{:02}", self.date(local.date()), local.hour(), local.minute())
    }
}

/// Every Fluent file of each language (the loader reads the same folders).
const NL_SOURCES: &[&str] = &[
    include_str!("../i18n/nl/main.ftl"),
    include_str!("../i18n/nl/mediation.ftl"),
    include_str!("../i18n/nl/documents.ftl"),
    include_str!("../i18n/nl/minors.ftl"),
    include_str!("../i18n/nl/minors-web.ftl"),
    include_str!("../i18n/nl/rounds.ftl"),
];
const EN_SOURCES: &[&str] = &[
    include_str!("../i18n/en/main.ftl"),
    include_str!("../i18n/en/mediation.ftl"),
    include_str!("../i18n/en/documents.ftl"),
    include_str!("../i18n/en/minors.ftl"),
    include_str!("../i18n/en/minors-web.ftl"),
    include_str!("../i18n/en/rounds.ftl"),
];

/// The message ids Fluent files define: lines of the form `id = …` at the start of a line.
fn defined_keys(sources: &'static [&'static str]) -> std::collections::HashSet<&'static str> {
    sources
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
        .collect()
}

const MONTHS_NL: [&str; 12] =
    ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];
const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn dates_read_as_in_the_design() {
        assert_eq!(Lang::Nl.date(date!(2026 - 11 - 22)), "22 nov. 2026");
        assert_eq!(Lang::En.date(date!(2026 - 11 - 22)), "22 Nov 2026");
        assert_eq!(Lang::Nl.date(date!(2026 - 05 - 01)), "1 mei 2026");
    }

    #[test]
    fn datetimes_read_in_amsterdam_time() {
        assert_eq!(Lang::Nl.datetime(datetime!(2026-11-22 13:05 UTC)), "22 nov. 2026 14:05");
        assert_eq!(Lang::Nl.datetime(datetime!(2026-07-01 13:05 UTC)), "1 jul. 2026 15:05");
    }

    #[test]
    fn accept_language_picks_the_first_supported() {
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9,nl;q=0.8"), Lang::En);
        assert_eq!(Lang::from_accept_language("de-DE,nl;q=0.5"), Lang::Nl);
        assert_eq!(Lang::from_accept_language("fr"), Lang::Nl);
    }

    #[test]
    fn has_sees_each_language_on_its_own() {
        assert!(Lang::Nl.has("save") && Lang::En.has("save"));
        assert!(Lang::Nl.has("pager-summary"), "a message with arguments exists");
        assert!(!Lang::En.has("no-such-key"));
    }

    #[test]
    fn messages_take_arguments() {
        let s = Lang::En.t_args("pager-summary", &[("from", 1.into()), ("to", 25.into()), ("total", 300.into())]);
        assert_eq!(s, "1–25 of 300");
    }
}
