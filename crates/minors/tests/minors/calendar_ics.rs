//! The iCalendar reader and the default calendar data.

use schakel_minors::ics::{self, ErrorKind, SkipReason};

use crate::support::*;

const FEED: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Example school//Jaarplanner//NL\r\n\
BEGIN:VTIMEZONE\r\n\
TZID:Europe/Amsterdam\r\n\
BEGIN:STANDARD\r\n\
DTSTART:19701025T030000\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n\
BEGIN:VEVENT\r\n\
UID:herfst-2026@example\r\n\
DTSTAMP:20260601T120000Z\r\n\
DTSTART;VALUE=DATE:20261010\r\n\
DTEND;VALUE=DATE:20261019\r\n\
SUMMARY:Herfstvakantie\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:studiedag@example\r\n\
DTSTART;VALUE=DATE:20261125\r\n\
SUMMARY:Studiedag\\, leerlingen vrij\r\n\
BEGIN:VALARM\r\n\
ACTION:DISPLAY\r\n\
TRIGGER:-PT15M\r\n\
DESCRIPTION:Herinnering\r\n\
END:VALARM\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:kerst@example\r\n\
DTSTART:20261219\r\n\
DURATION:P16D\r\n\
SUMMARY:Kerst\r\n \
vakantie\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:ouderavond@example\r\n\
DTSTART;TZID=Europe/Amsterdam:20261103T193000\r\n\
DTEND;TZID=Europe/Amsterdam:20261103T210000\r\n\
SUMMARY:Ouderavond\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:jaar@example\r\n\
DTSTART;VALUE=DATE:20260817\r\n\
DTEND;VALUE=DATE:20270710\r\n\
SUMMARY:Schooljaar 2026-2027\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

#[test]
fn a_school_feed_gives_holiday_ranges() {
    let cal = ics::parse(FEED).unwrap();
    let events: Vec<(&str, Date, Date)> = cal.events.iter().map(|e| (e.summary.as_str(), e.first, e.last)).collect();
    assert_eq!(
        events,
        [
            ("Herfstvakantie", date!(2026 - 10 - 10), date!(2026 - 10 - 18)),
            ("Studiedag, leerlingen vrij", date!(2026 - 11 - 25), date!(2026 - 11 - 25)),
            ("Kerstvakantie", date!(2026 - 12 - 19), date!(2027 - 01 - 03)),
        ]
    );
    let skipped: Vec<(&str, SkipReason)> = cal.skipped.iter().map(|s| (s.summary.as_str(), s.reason)).collect();
    assert_eq!(skipped, [("Ouderavond", SkipReason::Timed), ("Schooljaar 2026-2027", SkipReason::TooLong)]);
    // Into a school calendar: the study day is no longer a school day.
    let school = SchoolCalendar::new([lessons("08:30", "15:00"); 5]).with_days_off(cal.days_off());
    assert!(!school.is_school_day(date!(2026 - 11 - 25)));
    assert!(!school.is_school_week(IsoWeek::of(date!(2026 - 10 - 14))));
    // Line endings, a byte order mark and bytes.
    let lf = FEED.replace("\r\n", "\n");
    assert_eq!(ics::parse(&lf).unwrap(), cal);
    let bom = format!("\u{feff}{FEED}");
    assert_eq!(ics::parse_bytes(bom.as_bytes()).unwrap(), cal);
}

fn event(props: &str) -> String {
    format!("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n{props}\nEND:VEVENT\nEND:VCALENDAR\n")
}

#[test]
fn malformed_input_is_refused_with_a_line_number() {
    let cases: Vec<(String, usize, ErrorKind)> = vec![
        (String::new(), 1, ErrorKind::Empty),
        ("BEGIN:VEVENT\nEND:VEVENT\n".into(), 1, ErrorKind::NotACalendar),
        (" folded\n".into(), 1, ErrorKind::ContinuationFirst),
        ("BEGIN:VCALENDAR\nnonsense\nEND:VCALENDAR\n".into(), 2, ErrorKind::BadContentLine),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\n".into(),
            3,
            ErrorKind::MismatchedEnd { expected: "VEVENT".into(), found: "VTODO".into() },
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261010\nSUMMARY:x\nEND:VEVENT\n".into(),
            5,
            ErrorKind::Unclosed("VCALENDAR".into()),
        ),
        ("BEGIN:VCALENDAR\nEND:VCALENDAR\nSUMMARY:late\n".into(), 3, ErrorKind::ContentAfterEnd),
        ("BEGIN:VCALENDAR\nBEGIN:VTODO\nBEGIN:VEVENT\n".into(), 3, ErrorKind::MisplacedEvent),
        (event("SUMMARY:x"), 3, ErrorKind::Missing("DTSTART")),
        (event("DTSTART;VALUE=DATE:20261010"), 3, ErrorKind::Missing("SUMMARY")),
        (event("DTSTART;VALUE=DATE:20261310\nSUMMARY:x"), 4, ErrorKind::BadDate("20261310".into())),
        (
            event("DTSTART;VALUE=DATE:20261010\nDTSTART;VALUE=DATE:20261011\nSUMMARY:x"),
            5,
            ErrorKind::Duplicate("DTSTART".into()),
        ),
        (event("DTSTART;VALUE=DATE:20261010\nDTEND:20261011T100000\nSUMMARY:x"), 3, ErrorKind::MixedValueTypes),
        (event("DTSTART;VALUE=DATE:20261010\nDTEND;VALUE=DATE:20261010\nSUMMARY:x"), 3, ErrorKind::EndNotAfterStart),
        (event("DTSTART;VALUE=DATE:20261010\nDURATION:PT2H\nSUMMARY:x"), 5, ErrorKind::BadDuration("PT2H".into())),
        (
            event("DTSTART;VALUE=DATE:20261010\nDTEND;VALUE=DATE:20261012\nDURATION:P1D\nSUMMARY:x"),
            3,
            ErrorKind::EndAndDuration,
        ),
        (event("DTSTART;VALUE=DATE:20261010\nRRULE:FREQ=YEARLY\nSUMMARY:x"), 5, ErrorKind::Recurrence("RRULE".into())),
        (event("DTSTART;VALUE=DATE:20261010\nSUMMARY:a\\qb"), 5, ErrorKind::BadEscape),
    ];
    for (input, line, kind) in cases {
        let err = ics::parse(&input).unwrap_err();
        assert_eq!((err.line, &err.kind), (line, &kind), "{input:?}");
        assert!(err.to_string().starts_with(&format!("line {line}: ")));
    }
    assert_eq!(ics::parse_bytes(b"BEGIN:VCALENDAR\n\xff\n").unwrap_err().kind, ErrorKind::NotUtf8);
}

#[test]
fn cancelled_events_and_weeks_of_duration_are_understood() {
    let cal = ics::parse(&event("DTSTART;VALUE=DATE:20261010\nDURATION:P1W\nSUMMARY:Herfst")).unwrap();
    assert_eq!((cal.events[0].first, cal.events[0].last), (date!(2026 - 10 - 10), date!(2026 - 10 - 16)));
    let cal = ics::parse(&event("DTSTART;VALUE=DATE:20261010\nSTATUS:CANCELLED\nSUMMARY:Afgelast")).unwrap();
    assert!(cal.events.is_empty());
    assert_eq!(cal.skipped[0].reason, SkipReason::Cancelled);
    // Quoted parameter values may hold colons.
    let cal =
        ics::parse(&event("DTSTART;VALUE=DATE:20261010\nSUMMARY;ALTREP=\"https://example.org/a:b\":Vrij")).unwrap();
    assert_eq!(cal.events[0].summary, "Vrij");
}

#[test]
fn the_region_noord_data_is_marked_as_unverified() {
    const { assert!(!REGION_NOORD_VERIFIED) };
    let noord = SchoolCalendar::region_noord();
    assert!(!noord.is_school_week(IsoWeek::of(date!(2025 - 10 - 22))), "autumn 2025");
    assert!(!noord.is_school_week(IsoWeek::of(date!(2026 - 07 - 22))), "summer 2026");
    assert!(noord.is_school_day(date!(2026 - 09 - 01)));
    assert_eq!(noord.lessons_on(date!(2026 - 09 - 01)), LessonDay::Unknown);
}
