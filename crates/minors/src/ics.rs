//! A small, strict reader for the iCalendar (RFC 5545) subset that schools publish for their
//! holidays: `VEVENT`s with all-day `DTSTART`/`DTEND` (or `DURATION`) and a `SUMMARY`.
//!
//! Pure: text in, events out. What it accepts and what it does with it:
//! * Lines end in CRLF or LF; folded lines (a line starting with a space or tab continues the
//!   previous one) are unfolded; blank lines are ignored; a UTF-8 byte order mark is skipped.
//! * The text is one `VCALENDAR`; components must nest and close properly. Properties outside
//!   a component, content after the calendar, and unclosed components are errors.
//! * Of a `VEVENT`, `DTSTART` (required), `DTEND` or `DURATION`, `SUMMARY` (required) and
//!   `STATUS` are read; other properties and nested components (`VALARM`) are ignored, as are
//!   `VTIMEZONE`, `VTODO` and other components.
//! * All-day values are `DTSTART;VALUE=DATE:20251018` (an 8-digit value without `VALUE=DATE`
//!   is accepted too). `DTEND` is exclusive (RFC 5545 3.6.1): `DTEND;VALUE=DATE:20251027` ends
//!   on 26 October. Without `DTEND` or `DURATION` the event is one day. `DURATION` takes
//!   `PnD` or `PnW`.
//! * Events with a time of day are not holidays: they are skipped and listed in
//!   [`Calendar::skipped`], as are cancelled events and events longer than nine weeks (no
//!   Dutch school holiday is; such an event is more likely "school year" or "term").
//! * Recurrence (`RRULE`, `RDATE`, `EXDATE`, `RECURRENCE-ID`) is an error: ignoring it would
//!   silently drop or misplace days off.
//!
//! Every all-day event becomes a day-off range. A feed may hold all-day events that are not days
//! off (a test week, say); the app should let the coordinator confirm the list before using it.

use serde::Serialize;
use time::{Date, Duration, Month};

use crate::calendar::DayOff;

/// The longest all-day event read as a holiday, in days.
pub const MAX_EVENT_DAYS: i64 = 63;

/// An all-day event: a range of days, both ends included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    pub summary: String,
    pub first: Date,
    pub last: Date,
    /// The line the event starts on.
    pub line: usize,
}

/// Why an event was not read as a holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// It has a time of day.
    Timed,
    /// `STATUS:CANCELLED`.
    Cancelled,
    /// Longer than [`MAX_EVENT_DAYS`].
    TooLong,
}

/// An event that was read but not taken as a holiday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub line: usize,
    pub summary: String,
    pub reason: SkipReason,
}

/// The all-day events of a calendar, in date order, and what was skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Calendar {
    pub events: Vec<Event>,
    pub skipped: Vec<Skipped>,
}

impl Calendar {
    /// The events as days off for a [`SchoolCalendar`](crate::SchoolCalendar).
    pub fn days_off(&self) -> Vec<DayOff> {
        self.events.iter().filter_map(|e| DayOff::new(e.summary.clone(), e.first, e.last).ok()).collect()
    }
}

/// Malformed input, with the (physical, 1-based) line where it was found.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {kind}")]
pub struct Error {
    pub line: usize,
    pub kind: ErrorKind,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    #[error("the file is empty")]
    Empty,
    #[error("the file does not start with BEGIN:VCALENDAR")]
    NotACalendar,
    #[error("a continuation line has no line to continue")]
    ContinuationFirst,
    #[error("not a content line (NAME;PARAM=VALUE:VALUE)")]
    BadContentLine,
    #[error("END:{found} where END:{expected} was expected")]
    MismatchedEnd { expected: String, found: String },
    #[error("END:{0} without a matching BEGIN")]
    UnexpectedEnd(String),
    #[error("BEGIN:{0} is never closed")]
    Unclosed(String),
    #[error("content after END:VCALENDAR")]
    ContentAfterEnd,
    #[error("a VEVENT must sit directly in the VCALENDAR")]
    MisplacedEvent,
    #[error("the event has no {0}")]
    Missing(&'static str),
    #[error("{0} appears twice in one event")]
    Duplicate(String),
    #[error("not a date or date-time: {0:?}")]
    BadDate(String),
    #[error("DTSTART and DTEND must both be dates or both be date-times")]
    MixedValueTypes,
    #[error("the event ends before it starts")]
    EndNotAfterStart,
    #[error("an event cannot have both DTEND and DURATION")]
    EndAndDuration,
    #[error("not a whole-day duration (PnD or PnW): {0:?}")]
    BadDuration(String),
    #[error("{0} (recurring events) is not supported")]
    Recurrence(String),
    #[error("a backslash escape other than \\\\, \\;, \\, or \\n")]
    BadEscape,
}

/// Reads a calendar from bytes, which must be UTF-8.
pub fn parse_bytes(input: &[u8]) -> Result<Calendar, Error> {
    let text = std::str::from_utf8(input).map_err(|e| {
        let line = input.get(..e.valid_up_to()).map_or(0, |ok| ok.iter().filter(|b| **b == b'\n').count()) + 1;
        Error { line, kind: ErrorKind::NotUtf8 }
    })?;
    parse(text)
}

/// Reads a calendar from text.
pub fn parse(input: &str) -> Result<Calendar, Error> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let lines = unfold(input)?;
    let Some(first) = lines.first() else { return Err(Error { line: 1, kind: ErrorKind::Empty }) };
    let mut stack: Vec<String> = Vec::new();
    let mut event: Option<EventBuilder> = None;
    let mut out = Calendar::default();
    let mut closed = false;
    let first_line = first.0;
    for (index, (line, text)) in lines.into_iter().enumerate() {
        let err = |kind| Error { line, kind };
        if closed {
            return Err(err(ErrorKind::ContentAfterEnd));
        }
        let prop = parse_line(&text).ok_or(err(ErrorKind::BadContentLine))?;
        if index == 0 && !(prop.name == "BEGIN" && prop.value.eq_ignore_ascii_case("VCALENDAR")) {
            return Err(Error { line: first_line, kind: ErrorKind::NotACalendar });
        }
        match prop.name.as_str() {
            "BEGIN" => {
                let name = prop.value.to_ascii_uppercase();
                if name == "VEVENT" {
                    if stack.len() != 1 {
                        return Err(err(ErrorKind::MisplacedEvent));
                    }
                    event = Some(EventBuilder { line, ..EventBuilder::default() });
                }
                stack.push(name);
            }
            "END" => {
                let name = prop.value.to_ascii_uppercase();
                let Some(open) = stack.pop() else { return Err(err(ErrorKind::UnexpectedEnd(name))) };
                if open != name {
                    return Err(err(ErrorKind::MismatchedEnd { expected: open, found: name }));
                }
                if name == "VEVENT"
                    && let Some(builder) = event.take()
                {
                    builder.finish(&mut out)?;
                }
                closed = stack.is_empty();
            }
            _ => match (stack.last().map(String::as_str), event.as_mut()) {
                // Only reachable after the calendar closed, which is caught above.
                (None, _) => return Err(err(ErrorKind::ContentAfterEnd)),
                (Some("VEVENT"), Some(builder)) => builder.take(prop, line)?,
                _ => {}
            },
        }
    }
    if let Some(open) = stack.pop() {
        let line = input.lines().count().max(1);
        return Err(Error { line, kind: ErrorKind::Unclosed(open) });
    }
    out.events.sort_by(|a, b| (a.first, a.last, &a.summary, a.line).cmp(&(b.first, b.last, &b.summary, b.line)));
    Ok(out)
}

/// Logical lines with the physical line number they start on.
fn unfold(input: &str) -> Result<Vec<(usize, String)>, Error> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, raw) in input.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            match out.last_mut() {
                Some(last) => last.1.push_str(rest),
                None => return Err(Error { line: i + 1, kind: ErrorKind::ContinuationFirst }),
            }
        } else if !raw.is_empty() {
            out.push((i + 1, raw.to_owned()));
        }
    }
    Ok(out)
}

struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Property {
    fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// `NAME *(";" PARAM "=" VALUE *("," VALUE)) ":" VALUE`; parameter values may be quoted.
fn parse_line(line: &str) -> Option<Property> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let name_end = line.find(|c: char| !is_name(c))?;
    let (name, mut rest) = line.split_at(name_end);
    if name.is_empty() {
        return None;
    }
    let mut params = Vec::new();
    while let Some(after) = rest.strip_prefix(';') {
        let eq = after.find('=')?;
        let (pname, mut pvals) = (after.get(..eq)?, after.get(eq + 1..)?);
        if pname.is_empty() || !pname.chars().all(is_name) {
            return None;
        }
        let mut values = Vec::new();
        loop {
            let (value, tail) = if let Some(quoted) = pvals.strip_prefix('"') {
                let close = quoted.find('"')?;
                (quoted.get(..close)?, quoted.get(close + 1..)?)
            } else {
                let end = pvals.find([';', ':', ','])?;
                (pvals.get(..end)?, pvals.get(end..)?)
            };
            values.push(value.to_owned());
            match tail.strip_prefix(',') {
                Some(more) => pvals = more,
                None => {
                    rest = tail;
                    break;
                }
            }
        }
        params.push((pname.to_ascii_uppercase(), values.join(",")));
    }
    let value = rest.strip_prefix(':')?;
    Some(Property { name: name.to_ascii_uppercase(), params, value: value.to_owned() })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Value {
    Date(Date),
    DateTime,
}

fn parse_value(prop: &Property, line: usize) -> Result<Value, Error> {
    let bad = || Error { line, kind: ErrorKind::BadDate(prop.value.clone()) };
    let v = prop.value.trim();
    let kind = prop.param("VALUE").map(str::to_ascii_uppercase);
    let date = |s: &str| -> Option<Date> {
        if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = Month::try_from(s.get(4..6)?.parse::<u8>().ok()?).ok()?;
        Date::from_calendar_date(year, month, s.get(6..8)?.parse().ok()?).ok()
    };
    match kind.as_deref() {
        Some("DATE") => date(v).map(Value::Date).ok_or_else(bad),
        Some("DATE-TIME") | None if v.len() > 8 => {
            let (d, t) = v.split_once('T').ok_or_else(bad)?;
            let t = t.strip_suffix('Z').unwrap_or(t);
            let ok = date(d).is_some() && t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit());
            if ok { Ok(Value::DateTime) } else { Err(bad()) }
        }
        None => date(v).map(Value::Date).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// `P3D`, `P1W`, `+P2W`: a whole number of days.
fn parse_duration(value: &str) -> Option<i64> {
    let v = value.trim();
    let v = v.strip_prefix('+').unwrap_or(v).strip_prefix('P')?;
    let (n, unit) = v.split_at(v.len().checked_sub(1)?);
    let n: i64 = n.parse().ok().filter(|n: &i64| *n > 0 && *n < 10_000)?;
    match unit {
        "D" => Some(n),
        "W" => Some(n * 7),
        _ => None,
    }
}

fn unescape(text: &str, line: usize) -> Result<String, Error> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some(';') => out.push(';'),
            Some(',') => out.push(','),
            Some('n' | 'N') => out.push('\n'),
            _ => return Err(Error { line, kind: ErrorKind::BadEscape }),
        }
    }
    Ok(out)
}

#[derive(Default)]
struct EventBuilder {
    line: usize,
    start: Option<Value>,
    end: Option<Value>,
    duration: Option<(String, usize)>,
    summary: Option<String>,
    cancelled: bool,
    seen: Vec<String>,
}

impl EventBuilder {
    fn take(&mut self, prop: Property, line: usize) -> Result<(), Error> {
        let err = |kind| Error { line, kind };
        if matches!(prop.name.as_str(), "RRULE" | "RDATE" | "EXDATE" | "RECURRENCE-ID") {
            return Err(err(ErrorKind::Recurrence(prop.name)));
        }
        if matches!(prop.name.as_str(), "DTSTART" | "DTEND" | "DURATION" | "SUMMARY" | "STATUS") {
            if self.seen.contains(&prop.name) {
                return Err(err(ErrorKind::Duplicate(prop.name)));
            }
            self.seen.push(prop.name.clone());
        }
        match prop.name.as_str() {
            "DTSTART" => self.start = Some(parse_value(&prop, line)?),
            "DTEND" => self.end = Some(parse_value(&prop, line)?),
            "DURATION" => self.duration = Some((prop.value, line)),
            "SUMMARY" => self.summary = Some(unescape(&prop.value, line)?.trim().to_owned()),
            "STATUS" => self.cancelled = prop.value.trim().eq_ignore_ascii_case("CANCELLED"),
            _ => {}
        }
        Ok(())
    }

    fn finish(self, out: &mut Calendar) -> Result<(), Error> {
        let err = |kind| Error { line: self.line, kind };
        let start = self.start.ok_or(err(ErrorKind::Missing("DTSTART")))?;
        let summary = self.summary.filter(|s| !s.is_empty()).ok_or(err(ErrorKind::Missing("SUMMARY")))?;
        if self.end.is_some() && self.duration.is_some() {
            return Err(err(ErrorKind::EndAndDuration));
        }
        let skip = |reason| Skipped { line: self.line, summary: summary.clone(), reason };
        let first = match (start, self.end) {
            (Value::DateTime, None | Some(Value::DateTime)) => {
                out.skipped.push(skip(SkipReason::Timed));
                return Ok(());
            }
            (Value::Date(_), Some(Value::DateTime)) | (Value::DateTime, Some(Value::Date(_))) => {
                return Err(err(ErrorKind::MixedValueTypes));
            }
            (Value::Date(d), _) => d,
        };
        let days = match (self.end, &self.duration) {
            (Some(Value::Date(end)), _) => (end - first).whole_days(),
            (_, Some((text, line))) => {
                parse_duration(text).ok_or(Error { line: *line, kind: ErrorKind::BadDuration(text.clone()) })?
            }
            _ => 1,
        };
        if days < 1 {
            return Err(err(ErrorKind::EndNotAfterStart));
        }
        if self.cancelled {
            out.skipped.push(skip(SkipReason::Cancelled));
        } else if days > MAX_EVENT_DAYS {
            out.skipped.push(skip(SkipReason::TooLong));
        } else {
            let last = first + Duration::days(days - 1);
            out.events.push(Event { summary, first, last, line: self.line });
        }
        Ok(())
    }
}
