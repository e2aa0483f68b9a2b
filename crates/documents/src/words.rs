//! Numbers, periods and names as the reader writes them, built from [`Texts`].

use time::{Date, Time, Weekday};

use crate::Texts;
use crate::model::{Address, Consent, Contact, PersonalData, PlacementKind};

/// Hours from minutes: `12`, `12,5`, `2,75` (two decimals at most, in the language's notation).
pub(crate) fn hours_number(t: &impl Texts, minutes: u32) -> (String, String) {
    let whole = minutes / 60;
    let rest = minutes % 60;
    if rest == 0 {
        return (whole.to_string(), whole.to_string());
    }
    // Hundredths of an hour, rounded; 1..=59 minutes give 2..=98, never a full hour.
    let hundredths = (rest * 100 + 30) / 60;
    let fraction = format!("{hundredths:02}");
    let fraction = fraction.trim_end_matches('0');
    (format!("{whole}{}{fraction}", t.text("doc-decimal-separator")), format!("{whole}.{fraction}"))
}

/// `12,5 uur` / `12.5 hours`.
pub(crate) fn hours(t: &impl Texts, minutes: u32) -> String {
    let (shown, count) = hours_number(t, minutes);
    t.text_with("doc-hours", &[("hours", shown), ("hourcount", count)])
}

pub(crate) fn time_range(t: &impl Texts, start: Time, end: Time) -> String {
    t.text_with("doc-time-range", &[("start", t.time(start)), ("end", t.time(end))])
}

pub(crate) fn date_range(t: &impl Texts, start: Date, end: Date) -> String {
    t.text_with("doc-date-range", &[("start", t.date(start)), ("end", t.date(end))])
}

pub(crate) fn weekday(t: &impl Texts, day: Weekday) -> String {
    t.text(match day {
        Weekday::Monday => "doc-weekday-monday",
        Weekday::Tuesday => "doc-weekday-tuesday",
        Weekday::Wednesday => "doc-weekday-wednesday",
        Weekday::Thursday => "doc-weekday-thursday",
        Weekday::Friday => "doc-weekday-friday",
        Weekday::Saturday => "doc-weekday-saturday",
        Weekday::Sunday => "doc-weekday-sunday",
    })
}

pub(crate) fn kind(t: &impl Texts, kind: PlacementKind) -> String {
    t.text(match kind {
        PlacementKind::MasIndividual => "doc-kind-mas-individual",
        PlacementKind::MasGroup => "doc-kind-mas-group",
        PlacementKind::ProfessionalStage => "doc-kind-professional",
        PlacementKind::MeetingPointAssignment => "doc-kind-assignment",
    })
}

pub(crate) fn personal_data(t: &impl Texts, item: PersonalData) -> String {
    t.text(match item {
        PersonalData::Name => "doc-data-name",
        PersonalData::DateOfBirth => "doc-data-date-of-birth",
        PersonalData::ContactDetails => "doc-data-contact",
        PersonalData::ParentContact => "doc-data-parent-contact",
        PersonalData::SchoolAndClass => "doc-data-school-class",
        PersonalData::HealthNotes => "doc-data-health",
    })
}

pub(crate) fn consent(t: &impl Texts, consent: &Consent) -> String {
    match consent {
        Consent::NotNeeded => t.text("doc-consent-not-needed"),
        Consent::Requested => t.text("doc-consent-requested"),
        Consent::Given { by, on } => t.text_with("doc-consent-given", &[("name", by.clone()), ("date", t.date(*on))]),
        Consent::Refused { by, on } => {
            t.text_with("doc-consent-refused", &[("name", by.clone()), ("date", t.date(*on))])
        }
    }
}

/// Street on the first line, postcode and city on the second.
pub(crate) fn address(a: &Address) -> String {
    format!("{}\n{}  {}", a.street, a.postcode, a.city)
}

/// `Name, role`.
pub(crate) fn person(t: &impl Texts, c: &Contact) -> String {
    match &c.role {
        Some(role) if !role.trim().is_empty() => {
            t.text_with("doc-person-role", &[("name", c.name.clone()), ("role", role.clone())])
        }
        _ => c.name.clone(),
    }
}

/// `Name, role`, then the phone number and the e-mail address, as far as known: on lines of
/// their own, or on one line separated by dots.
pub(crate) fn contact(t: &impl Texts, c: &Contact, one_line: bool) -> String {
    let name = person(t, c);
    let phone =
        c.phone.as_ref().filter(|p| !p.trim().is_empty()).map(|p| t.text_with("doc-phone", &[("phone", p.clone())]));
    let email = c.email.clone().filter(|e| !e.trim().is_empty());
    let parts: Vec<String> = [Some(name), phone, email].into_iter().flatten().collect();
    parts.join(if one_line { " · " } else { "\n" })
}

/// The text, or "not yet known" when absent or blank.
pub(crate) fn or_unknown(t: &impl Texts, value: Option<&str>) -> String {
    match value {
        Some(v) if !v.trim().is_empty() => v.to_owned(),
        _ => t.text("doc-not-known"),
    }
}

/// The text, or "to be agreed" when absent or blank.
pub(crate) fn or_to_agree(t: &impl Texts, value: Option<&str>) -> String {
    match value {
        Some(v) if !v.trim().is_empty() => v.to_owned(),
        _ => t.text("doc-to-be-agreed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Dutch;
    impl Texts for Dutch {
        fn text(&self, key: &str) -> String {
            if key == "doc-decimal-separator" { ",".into() } else { key.into() }
        }
        fn text_with(&self, key: &str, args: &[(&str, String)]) -> String {
            let args: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("{key}({})", args.join(","))
        }
        fn date(&self, d: Date) -> String {
            d.to_string()
        }
    }

    #[test]
    fn hours_are_written_with_at_most_two_decimals() {
        let shown = |m| hours_number(&Dutch, m);
        assert_eq!(shown(0), ("0".into(), "0".into()));
        assert_eq!(shown(60), ("1".into(), "1".into()));
        assert_eq!(shown(90), ("1,5".into(), "1.5".into()));
        assert_eq!(shown(165), ("2,75".into(), "2.75".into()));
        assert_eq!(shown(20), ("0,33".into(), "0.33".into()));
        assert_eq!(shown(63), ("1,05".into(), "1.05".into()));
        assert_eq!(shown(119), ("1,98".into(), "1.98".into()));
        assert_eq!(hours(&Dutch, 90), "doc-hours(hours=1,5,hourcount=1.5)");
    }
}
