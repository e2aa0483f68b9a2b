//! Validated values of the directory: a value of these types is known to be well-formed, so
//! nothing downstream checks again (parse, don't validate). Errors are message keys of the
//! translation files, so the form can say what is wrong in the user's language.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a field's value was refused; `key()` is the message key in the translation files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    #[error("required")]
    Required,
    #[error("too long")]
    TooLong,
    #[error("invalid BRIN code")]
    Brin,
    #[error("invalid KvK number")]
    Kvk,
    #[error("invalid postcode")]
    Postcode,
    #[error("invalid e-mail address")]
    Email,
    #[error("invalid school year")]
    SchoolYear,
    #[error("invalid date")]
    Date,
    #[error("no such date")]
    NoSuchDate,
    #[error("implausible date of birth")]
    BirthDate,
    #[error("invalid year of study")]
    YearOfStudy,
    #[error("invalid number")]
    Number,
    #[error("invalid choice")]
    Choice,
    #[error("invalid pupil number")]
    PupilNumber,
    #[error("invalid gender")]
    Gender,
    #[error("invalid coordinate")]
    Coordinate,
    #[error("invalid phone number")]
    Phone,
    #[error("invalid time")]
    Time,
    #[error("invalid time slot")]
    Slot,
    #[error("end before start")]
    EndBeforeStart,
    #[error("group larger than the capacity")]
    GroupAboveCapacity,
    #[error("time slot outside the period")]
    SlotOutsidePeriod,
}

impl FieldError {
    pub fn key(self) -> &'static str {
        match self {
            FieldError::Required => "err-required",
            FieldError::TooLong => "err-too-long",
            FieldError::Brin => "err-brin",
            FieldError::Kvk => "err-kvk",
            FieldError::Postcode => "err-postcode",
            FieldError::Email => "err-email",
            FieldError::SchoolYear => "err-school-year",
            FieldError::Date => "err-date",
            FieldError::NoSuchDate => "err-no-such-date",
            FieldError::BirthDate => "err-birth-date",
            FieldError::YearOfStudy => "err-year-of-study",
            FieldError::Number => "err-number",
            FieldError::Choice => "err-choice",
            FieldError::PupilNumber => "err-pupil-number",
            FieldError::Gender => "err-gender",
            FieldError::Coordinate => "err-coordinate",
            FieldError::Phone => "err-phone",
            FieldError::Time => "err-time",
            FieldError::Slot => "err-slot",
            FieldError::EndBeforeStart => "err-end-before-start",
            FieldError::GroupAboveCapacity => "err-group-above-capacity",
            FieldError::SlotOutsidePeriod => "err-slot-outside-period",
        }
    }
}

/// Longest free-text field we accept (names, titles): longer input is refused, not cut.
pub const MAX_SHORT: usize = 120;
/// Longest description-like field.
pub const MAX_LONG: usize = 4000;

/// Trims `raw` and refuses it when empty or longer than `max` characters.
pub fn required_text(raw: &str, max: usize) -> Result<String, FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        Err(FieldError::Required)
    } else if s.chars().count() > max {
        Err(FieldError::TooLong)
    } else {
        Ok(s.to_string())
    }
}

/// Trims `raw`; empty is fine, longer than `max` characters is not.
pub fn optional_text(raw: &str, max: usize) -> Result<String, FieldError> {
    let s = raw.trim();
    if s.chars().count() > max { Err(FieldError::TooLong) } else { Ok(s.to_string()) }
}

macro_rules! string_value {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = FieldError;
            fn try_from(s: String) -> Result<Self, FieldError> {
                $name::parse(&s)
            }
        }
    };
}

string_value!(
    /// A school's BRIN code: four characters (two digits and two letters, e.g. `27KJ`) and
    /// optionally a two-digit location number (`27KJ00`). Stored upper-case.
    Brin
);

impl Brin {
    pub fn parse(raw: &str) -> Result<Brin, FieldError> {
        let s: String = raw.trim().to_ascii_uppercase();
        let b = s.as_bytes();
        let ok = (b.len() == 4 || b.len() == 6)
            && b[..2].iter().all(u8::is_ascii_digit)
            && b[2..4].iter().all(u8::is_ascii_alphanumeric)
            && b[4..].iter().all(u8::is_ascii_digit);
        if ok { Ok(Brin(s)) } else { Err(FieldError::Brin) }
    }
}

string_value!(
    /// A Chamber of Commerce (KvK) number: eight digits.
    Kvk
);

impl Kvk {
    pub fn parse(raw: &str) -> Result<Kvk, FieldError> {
        let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if s.len() == 8 && s.bytes().all(|c| c.is_ascii_digit()) { Ok(Kvk(s)) } else { Err(FieldError::Kvk) }
    }
}

string_value!(
    /// A Dutch postcode, normalised to `1234 AB`.
    Postcode
);

impl Postcode {
    pub fn parse(raw: &str) -> Result<Postcode, FieldError> {
        let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let b = s.as_bytes();
        let ok = b.len() == 6
            && b[0] != b'0'
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4..].iter().all(u8::is_ascii_uppercase);
        if ok { Ok(Postcode(format!("{} {}", &s[..4], &s[4..]))) } else { Err(FieldError::Postcode) }
    }

    /// The four-digit area, e.g. 1053.
    pub fn area(&self) -> u16 {
        self.0[..4].parse().unwrap_or(0)
    }
}

string_value!(
    /// An e-mail address, trimmed and lower-cased. The check is deliberately modest (one `@`,
    /// a dot in the domain, no spaces): the only real test of an address is a mail that arrives.
    Email
);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, FieldError> {
        let s = raw.trim().to_lowercase();
        if s.chars().count() > 254 {
            return Err(FieldError::TooLong);
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err(FieldError::Email);
        };
        let ok = !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == ';');
        if ok { Ok(Email(s)) } else { Err(FieldError::Email) }
    }
}

/// A school year, 1 August to 31 July, written `2026/2027`; held as its first calendar year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchoolYear(i32);

impl SchoolYear {
    pub fn parse(raw: &str) -> Result<SchoolYear, FieldError> {
        let s = raw.trim();
        let (a, b) = s.split_once('/').or_else(|| s.split_once('-')).ok_or(FieldError::SchoolYear)?;
        let a: i32 = a.trim().parse().map_err(|_| FieldError::SchoolYear)?;
        let b: i32 = b.trim().parse().map_err(|_| FieldError::SchoolYear)?;
        if b == a + 1 && (2000..=2100).contains(&a) { Ok(SchoolYear(a)) } else { Err(FieldError::SchoolYear) }
    }

    /// The school year that contains `date`.
    pub fn containing(date: time::Date) -> SchoolYear {
        if date.month() as u8 >= 8 { SchoolYear(date.year()) } else { SchoolYear(date.year() - 1) }
    }

    pub fn start_year(self) -> i32 {
        self.0
    }
}

impl fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0, self.0 + 1)
    }
}

/// A pupil's gender, optional, used only in aggregate reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
    Other,
}

impl Gender {
    /// Accepts the codes of Magister and Somtoday exports (`V`, `M`, `X`, `O`) and the words.
    pub fn parse(raw: &str) -> Result<Option<Gender>, FieldError> {
        match raw.trim().to_lowercase().as_str() {
            "" => Ok(None),
            "v" | "vrouw" | "f" | "female" | "meisje" => Ok(Some(Gender::Female)),
            "m" | "man" | "male" | "jongen" => Ok(Some(Gender::Male)),
            "x" | "o" | "anders" | "other" | "onbekend" | "nvt" => Ok(Some(Gender::Other)),
            _ => Err(FieldError::Gender),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Gender::Female => "f",
            Gender::Male => "m",
            Gender::Other => "x",
        }
    }

    pub fn from_code(code: &str) -> Option<Gender> {
        match code {
            "f" => Some(Gender::Female),
            "m" => Some(Gender::Male),
            "x" => Some(Gender::Other),
            _ => None,
        }
    }
}

/// How a parent or guardian is related to the pupil.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Parent,
    Mother,
    Father,
    Guardian,
    Foster,
    Other,
}

impl Relation {
    pub const ALL: [Relation; 6] =
        [Relation::Parent, Relation::Mother, Relation::Father, Relation::Guardian, Relation::Foster, Relation::Other];

    /// Accepts the codes and the words school systems export (`Moeder`, `Vader`, `Voogd`, …);
    /// a word we do not know is kept as "other", not refused: the address matters more.
    pub fn parse(raw: &str) -> Option<Relation> {
        Some(match raw.trim().to_lowercase().as_str() {
            "" => return None,
            "parent" | "ouder" | "ouder/verzorger" => Relation::Parent,
            "mother" | "moeder" => Relation::Mother,
            "father" | "vader" => Relation::Father,
            "guardian" | "voogd" | "verzorger" | "verzorgster" => Relation::Guardian,
            "foster" | "pleegouder" | "pleegmoeder" | "pleegvader" => Relation::Foster,
            _ => Relation::Other,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Relation::Parent => "parent",
            Relation::Mother => "mother",
            Relation::Father => "father",
            Relation::Guardian => "guardian",
            Relation::Foster => "foster",
            Relation::Other => "other",
        }
    }
}

/// A phone number as people write it (`06-12345678`, `+31 6 1234 5678`, `020 123 4567`):
/// kept as written, with 8 to 15 digits and nothing but digits, spaces, `+`, `-`, `.` and
/// brackets.
pub fn parse_phone(raw: &str) -> Result<String, FieldError> {
    let s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let allowed = s.chars().all(|c| c.is_ascii_digit() || " +-.()".contains(c));
    if allowed && (8..=15).contains(&digits) && s.len() <= 25 { Ok(s) } else { Err(FieldError::Phone) }
}

/// Parses a date as the Dutch school systems write it: `31-12-2011`, `31/12/2011`, `31.12.2011`,
/// `2011-12-31`, with or without leading zeros.
pub fn parse_date(raw: &str) -> Result<time::Date, FieldError> {
    let s = raw.trim();
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    if parts.len() != 3 {
        return Err(FieldError::Date);
    }
    let n = |p: &str| p.trim().parse::<i32>().map_err(|_| FieldError::Date);
    let (y, m, d) = if parts[0].len() == 4 {
        (n(parts[0])?, n(parts[1])?, n(parts[2])?)
    } else if parts[2].len() == 4 {
        (n(parts[2])?, n(parts[1])?, n(parts[0])?)
    } else {
        return Err(FieldError::Date);
    };
    let month = time::Month::try_from(u8::try_from(m).map_err(|_| FieldError::Date)?).map_err(|_| FieldError::Date)?;
    let day = u8::try_from(d).ok().filter(|d| (1..=31).contains(d)).ok_or(FieldError::Date)?;
    // A day the month does not have (31 February): the format was right, the date is not.
    time::Date::from_calendar_date(y, month, day).map_err(|_| FieldError::NoSuchDate)
}

/// A pupil's date of birth: a valid date that makes her between 8 and 25 years old today. The
/// range is wide on purpose (late and early school careers); it catches typing errors such as a
/// year of 2201 or 1911.
pub fn parse_birth_date(raw: &str, today: time::Date) -> Result<time::Date, FieldError> {
    let d = parse_date(raw)?;
    let age = age_on(d, today);
    if (8..=25).contains(&age) { Ok(d) } else { Err(FieldError::BirthDate) }
}

/// Age in whole years on `day`.
pub fn age_on(birth: time::Date, day: time::Date) -> i32 {
    let mut age = day.year() - birth.year();
    if (day.month() as u8, day.day()) < (birth.month() as u8, birth.day()) {
        age -= 1;
    }
    age
}

/// A year of study (leerjaar): 1 to 6.
pub fn parse_year_of_study(raw: &str) -> Result<Option<i32>, FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i32>() {
        Ok(n) if (1..=6).contains(&n) => Ok(Some(n)),
        _ => Err(FieldError::YearOfStudy),
    }
}

/// A pupil number as the school system issues it (leerlingnummer / stamnummer): kept as text,
/// because leading zeros matter; letters, digits and `-` only.
pub fn parse_pupil_number(raw: &str) -> Result<String, FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    if s.len() > 20 {
        return Err(FieldError::TooLong);
    }
    if s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(s.to_string())
    } else {
        Err(FieldError::PupilNumber)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn brin_codes() {
        assert_eq!(Brin::parse(" 27kj00 ").map(|b| b.0), Ok("27KJ00".into()));
        assert_eq!(Brin::parse("27KJ").map(|b| b.0), Ok("27KJ".into()));
        assert_eq!(Brin::parse("27KJ0"), Err(FieldError::Brin));
        assert_eq!(Brin::parse("AB1234"), Err(FieldError::Brin));
    }

    #[test]
    fn postcodes_normalise_and_refuse_nonsense() {
        assert_eq!(Postcode::parse("1053ab").map(|p| p.0), Ok("1053 AB".into()));
        assert_eq!(Postcode::parse("1053 AB").map(|p| p.area()), Ok(1053));
        assert_eq!(Postcode::parse("0153 AB"), Err(FieldError::Postcode));
        assert_eq!(Postcode::parse("1053"), Err(FieldError::Postcode));
    }

    #[test]
    fn emails() {
        assert_eq!(Email::parse(" Anna@School.NL ").map(|e| e.0), Ok("anna@school.nl".into()));
        assert_eq!(Email::parse("anna@school"), Err(FieldError::Email));
        assert_eq!(Email::parse("an na@school.nl"), Err(FieldError::Email));
        assert_eq!(Email::parse("@school.nl"), Err(FieldError::Email));
    }

    #[test]
    fn kvk_numbers_are_eight_digits() {
        assert!(Kvk::parse("3412 3456").is_ok());
        assert_eq!(Kvk::parse("1234567"), Err(FieldError::Kvk));
    }

    #[test]
    fn school_years_run_from_august() {
        assert_eq!(SchoolYear::containing(date!(2026 - 07 - 31)).to_string(), "2025/2026");
        assert_eq!(SchoolYear::containing(date!(2026 - 08 - 01)).to_string(), "2026/2027");
        assert_eq!(SchoolYear::parse("2026/2027").map(|y| y.start_year()), Ok(2026));
        assert_eq!(SchoolYear::parse("2026/2028"), Err(FieldError::SchoolYear));
    }

    #[test]
    fn phone_numbers_as_people_write_them() {
        assert_eq!(parse_phone(" 06-12345678 "), Ok("06-12345678".into()));
        assert_eq!(parse_phone("+31  6 1234 5678"), Ok("+31 6 1234 5678".into()));
        assert_eq!(parse_phone("020 123 4567"), Ok("020 123 4567".into()));
        assert_eq!(parse_phone("06-1234"), Err(FieldError::Phone));
        assert_eq!(parse_phone("=HYPERLINK(\"x\")"), Err(FieldError::Phone));
        assert_eq!(Relation::parse("Moeder"), Some(Relation::Mother));
        assert_eq!(Relation::parse("oma"), Some(Relation::Other));
        assert_eq!(Relation::parse(" "), None);
    }

    #[test]
    fn dates_in_dutch_and_iso_notation() {
        assert_eq!(parse_date("3-2-2012"), Ok(date!(2012 - 02 - 03)));
        assert_eq!(parse_date("03/02/2012"), Ok(date!(2012 - 02 - 03)));
        assert_eq!(parse_date("2012-02-03"), Ok(date!(2012 - 02 - 03)));
        assert_eq!(parse_date("31-02-2012"), Err(FieldError::NoSuchDate), "the format is right, the day is not");
        assert_eq!(parse_date("29-02-2024"), Ok(date!(2024 - 02 - 29)));
        assert_eq!(parse_date("29-02-2026"), Err(FieldError::NoSuchDate));
        assert_eq!(parse_date("32-01-2012"), Err(FieldError::Date));
        assert_eq!(parse_date("12-02-03"), Err(FieldError::Date));
    }

    #[test]
    fn birth_dates_must_be_plausible_for_a_pupil() {
        let today = date!(2026 - 11 - 22);
        assert!(parse_birth_date("01-01-2013", today).is_ok());
        assert_eq!(parse_birth_date("01-01-1911", today), Err(FieldError::BirthDate));
        assert_eq!(parse_birth_date("01-01-2201", today), Err(FieldError::BirthDate));
    }

    #[test]
    fn age_changes_on_the_birthday() {
        let birth = date!(2012 - 11 - 22);
        assert_eq!(age_on(birth, date!(2026 - 11 - 21)), 13);
        assert_eq!(age_on(birth, date!(2026 - 11 - 22)), 14);
    }

    #[test]
    fn text_limits() {
        assert_eq!(required_text("  ", 5), Err(FieldError::Required));
        assert_eq!(required_text("abcdef", 5), Err(FieldError::TooLong));
        assert_eq!(required_text(" Ab ", 5), Ok("Ab".into()));
        assert_eq!(optional_text("", 5), Ok(String::new()));
    }

    #[test]
    fn pupil_numbers_keep_leading_zeros() {
        assert_eq!(parse_pupil_number(" 000123 "), Ok("000123".into()));
        assert_eq!(parse_pupil_number("12 34"), Err(FieldError::PupilNumber));
    }

    #[test]
    fn genders_from_school_exports() {
        assert_eq!(Gender::parse("V"), Ok(Some(Gender::Female)));
        assert_eq!(Gender::parse(""), Ok(None));
        assert_eq!(Gender::parse("q"), Err(FieldError::Gender));
    }
}
