//! A vacancy as its form describes it: the fields, the time slots, and their checks.

use serde::{Deserialize, Serialize};
use time::{Date, Time};

use super::hours::{minutes_between, parse_time};
use super::{Kind, Setting, effective_minimum_age};
use crate::directory::values::{FieldError, MAX_LONG, MAX_SHORT, optional_text, required_text};

/// A time slot of a vacancy: on a date, or every week on a weekday (1 = Monday … 7 = Sunday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub date: Option<Date>,
    pub weekday: Option<u8>,
    pub start: Time,
    pub end: Time,
}

/// The vacancy form as submitted.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct VacancyForm {
    pub organisation: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub kind: String,
    pub setting: String,
    pub capacity: String,
    pub group_min: String,
    pub group_max: String,
    pub min_age: String,
    pub expected_hours: String,
    pub starts_on: String,
    pub ends_on: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub supervisor_name: String,
    pub supervisor_email: String,
    pub supervisor_phone: String,
    /// One slot per line: `2026-11-24 14:00-16:00` or `wo 14:00-16:00`.
    pub slots: String,
    /// Restricted to these schools (ids, repeated fields).
    pub schools: Vec<String>,
    /// `on` when the organisation declares the pupil's tasks (the categories below, possibly
    /// none); otherwise the tasks count as not declared.
    pub tasks_declared: String,
    /// Task categories (codes, repeated fields).
    pub tasks: Vec<String>,
    pub works_with_children: String,
    pub expert_supervision: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VacancyInput {
    pub title: String,
    pub description: String,
    pub category: String,
    pub kind: Kind,
    pub setting: Setting,
    pub capacity: i32,
    pub group_min: Option<i32>,
    pub group_max: Option<i32>,
    pub min_age: i32,
    pub expected_hours: i32,
    pub starts_on: Date,
    pub ends_on: Date,
    pub street: String,
    pub postcode: Option<crate::directory::values::Postcode>,
    pub city: String,
    pub supervisor_name: String,
    pub supervisor_email: Option<crate::directory::values::Email>,
    pub supervisor_phone: String,
    pub slots: Vec<Slot>,
    pub schools: Vec<crate::ids::SchoolId>,
    /// The declared task categories; `None`: not declared (MINORS-RULES.md B11, C9, D6, E8).
    pub tasks: Option<std::collections::BTreeSet<schakel_minors::TaskCategory>>,
    pub works_with_children: bool,
    pub expert_supervision: bool,
}

impl VacancyInput {
    /// The declared tasks as stored (`lifting,cash-handling`), `None` when not declared.
    pub fn tasks_code(&self) -> Option<String> {
        self.tasks.as_ref().map(|t| t.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(","))
    }
}

const WEEKDAYS_NL: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
const WEEKDAYS_EN: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses one slot line: a date or a weekday, then `HH:MM-HH:MM`.
pub fn parse_slot(line: &str) -> Result<Slot, FieldError> {
    let mut parts = line.split_whitespace();
    let day = parts.next().ok_or(FieldError::Slot)?;
    let times = parts.collect::<Vec<_>>().join("");
    let (a, b) = times.split_once(['-', '–']).ok_or(FieldError::Slot)?;
    let (start, end) = (parse_time(a).map_err(|_| FieldError::Slot)?, parse_time(b).map_err(|_| FieldError::Slot)?);
    if minutes_between(start, end).is_none() {
        return Err(FieldError::Slot);
    }
    let lower = day.to_lowercase();
    let weekday = WEEKDAYS_NL
        .iter()
        .position(|d| lower.starts_with(d))
        .or_else(|| WEEKDAYS_EN.iter().position(|d| lower.starts_with(d)));
    match weekday {
        Some(i) => Ok(Slot { date: None, weekday: Some(i as u8 + 1), start, end }),
        None => {
            let date = crate::directory::values::parse_date(day).map_err(|_| FieldError::Slot)?;
            Ok(Slot { date: Some(date), weekday: None, start, end })
        }
    }
}

/// Writes a slot back as the form shows it.
pub fn slot_line(s: &Slot) -> String {
    let day = match (s.date, s.weekday) {
        (Some(d), _) => format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year()),
        (None, Some(w)) => WEEKDAYS_NL.get(usize::from(w).saturating_sub(1)).copied().unwrap_or("ma").to_string(),
        (None, None) => String::new(),
    };
    format!("{day} {:02}:{:02}-{:02}:{:02}", s.start.hour(), s.start.minute(), s.end.hour(), s.end.minute())
}

fn number(raw: &str, range: std::ops::RangeInclusive<i32>) -> Result<i32, FieldError> {
    raw.trim().parse::<i32>().ok().filter(|n| range.contains(n)).ok_or(FieldError::Number)
}

fn optional_number(raw: &str, range: std::ops::RangeInclusive<i32>) -> Result<Option<i32>, FieldError> {
    if raw.trim().is_empty() { Ok(None) } else { number(raw, range).map(Some) }
}

impl VacancyInput {
    pub fn parse(f: &VacancyForm) -> Result<VacancyInput, crate::directory::model::Invalid> {
        use crate::directory::model::Invalid;
        use crate::directory::values::{Email, Postcode, parse_date};
        let mut inv = Invalid::default();
        let title = inv.check("title", required_text(&f.title, MAX_SHORT));
        let description = inv.check("description", required_text(&f.description, MAX_LONG));
        let category = inv.check("category", {
            let c = f.category.trim();
            if crate::directory::model::SECTORS.contains(&c) { Ok(c.to_string()) } else { Err(FieldError::Choice) }
        });
        let kind = inv.check("kind", Kind::from_code(f.kind.trim()).ok_or(FieldError::Choice));
        let setting = inv.check("setting", Setting::from_code(f.setting.trim()).ok_or(FieldError::Choice));
        let capacity = inv.check("capacity", number(&f.capacity, 1..=500));
        let group_min = inv.check("group_min", optional_number(&f.group_min, 1..=200));
        let group_max = inv.check("group_max", optional_number(&f.group_max, 1..=200));
        let min_age = inv.check("min_age", optional_number(&f.min_age, 10..=18));
        let expected_hours = inv.check("expected_hours", number(&f.expected_hours, 1..=400));
        let starts_on = inv.check("starts_on", parse_date(&f.starts_on));
        let ends_on = inv.check("ends_on", parse_date(&f.ends_on));
        let street = inv.check("street", optional_text(&f.street, MAX_SHORT));
        let postcode = inv.check(
            "postcode",
            if f.postcode.trim().is_empty() { Ok(None) } else { Postcode::parse(&f.postcode).map(Some) },
        );
        let city = inv.check("city", optional_text(&f.city, MAX_SHORT));
        let supervisor_name = inv.check("supervisor_name", required_text(&f.supervisor_name, MAX_SHORT));
        let supervisor_email = inv.check(
            "supervisor_email",
            if f.supervisor_email.trim().is_empty() { Ok(None) } else { Email::parse(&f.supervisor_email).map(Some) },
        );
        let supervisor_phone = inv.check("supervisor_phone", optional_text(&f.supervisor_phone, 30));
        let slots = inv.check(
            "slots",
            f.slots.lines().map(str::trim).filter(|l| !l.is_empty()).map(parse_slot).collect::<Result<Vec<_>, _>>(),
        );
        let schools = inv.check(
            "schools",
            f.schools
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| s.trim().parse::<crate::ids::SchoolId>().map_err(|_| FieldError::Choice))
                .collect(),
        );
        let tasks = inv.check(
            "tasks",
            f.tasks
                .iter()
                .filter(|t| !t.trim().is_empty())
                .map(|t| {
                    schakel_minors::TaskCategory::ALL
                        .into_iter()
                        .find(|c| c.as_str() == t.trim())
                        .ok_or(FieldError::Choice)
                })
                .collect::<Result<std::collections::BTreeSet<_>, _>>(),
        );
        // Rules across fields.
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            inv.0.push(("ends_on", FieldError::EndBeforeStart));
        }
        if let (Some(Some(a)), Some(Some(b))) = (group_min, group_max)
            && b < a
        {
            inv.0.push(("group_max", FieldError::Number));
        }
        if let (Some(Some(max)), Some(cap)) = (group_max, capacity)
            && max > cap
        {
            inv.0.push(("group_max", FieldError::GroupAboveCapacity));
        }
        if let (Some(slots), Some(s), Some(e)) = (&slots, starts_on, ends_on)
            && slots.iter().any(|sl| sl.date.is_some_and(|d| d < s || d > e))
        {
            inv.0.push(("slots", FieldError::SlotOutsidePeriod));
        }
        let v = (|| {
            let setting = setting?;
            Some(VacancyInput {
                title: title?,
                description: description?,
                category: category?,
                kind: kind?,
                setting,
                capacity: capacity?,
                group_min: group_min?,
                group_max: group_max?,
                min_age: effective_minimum_age(setting, min_age?),
                expected_hours: expected_hours?,
                starts_on: starts_on?,
                ends_on: ends_on?,
                street: street?,
                postcode: postcode?,
                city: city?,
                supervisor_name: supervisor_name?,
                supervisor_email: supervisor_email?,
                supervisor_phone: supervisor_phone?,
                slots: slots?,
                schools: schools?,
                tasks: if f.tasks_declared == "on" { Some(tasks?) } else { None },
                works_with_children: f.works_with_children == "on",
                expert_supervision: f.expert_supervision == "on",
            })
        })();
        match v {
            Some(v) if inv.0.is_empty() => Ok(v),
            _ => Err(inv),
        }
    }

    pub fn search_text(&self, organisation: &str) -> String {
        crate::directory::model::search_text(&[&self.title, organisation, &self.city, &self.category])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, time};

    #[test]
    fn slots_are_read_in_dutch_and_english() {
        let s = parse_slot("wo 14:00-16:30").expect("weekday");
        assert_eq!((s.weekday, s.start, s.end), (Some(3), time!(14:00), time!(16:30)));
        let d = parse_slot("24-11-2026 9:00 – 12:00").expect("date");
        assert_eq!(d.date, Some(date!(2026 - 11 - 24)));
        assert_eq!(parse_slot("Saturday 10.00-12.00").map(|s| s.weekday), Ok(Some(6)));
        assert_eq!(parse_slot("wo 16:00-14:00"), Err(FieldError::Slot));
        assert_eq!(parse_slot("soms"), Err(FieldError::Slot));
        assert_eq!(slot_line(&s), "wo 14:00-16:30");
    }
}
