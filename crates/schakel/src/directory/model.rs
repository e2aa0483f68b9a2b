//! The directory's types and rules: schools, classes, pupils, organisations and their contacts.
//! Forms arrive as strings and leave as validated inputs; no I/O here.

use serde::{Deserialize, Serialize};

use crate::directory::values::{
    Brin, Email, FieldError, Gender, Kvk, MAX_LONG, MAX_SHORT, Postcode, Relation, SchoolYear, optional_text,
    parse_birth_date, parse_phone, parse_pupil_number, parse_year_of_study, required_text,
};
use crate::geo::{self, Point};
use crate::ids::ClassId;

/// The field errors of a form that did not parse.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Invalid(pub Vec<(&'static str, FieldError)>);

impl Invalid {
    pub(crate) fn check<T>(&mut self, field: &'static str, r: Result<T, FieldError>) -> Option<T> {
        r.map_err(|e| self.0.push((field, e))).ok()
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, Invalid> {
        match value {
            Some(v) if self.0.is_empty() => Ok(v),
            _ => Err(self),
        }
    }
}

/// School levels (onderwijssoorten).
pub const LEVELS: &[&str] = &["pro", "vmbo", "havo", "vwo", "mbo", "hbo"];

/// Organisation kinds.
pub const ORG_KINDS: &[&str] = &["company", "nonprofit", "public", "school", "institution"];

/// Sectors an organisation works in; the same words are the categories of placements.
pub const SECTORS: &[&str] = &[
    "zorg",
    "welzijn",
    "sport",
    "natuur",
    "cultuur",
    "onderwijs",
    "techniek",
    "ict",
    "media",
    "horeca",
    "detailhandel",
    "logistiek",
    "bouw",
    "overheid",
    "financieel",
    "dienstverlening",
];

/// Where an organisation stands in the project leader's vetting. Stored as its code; a value
/// the database holds that is none of these is an error when read, never a default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum VettingStatus {
    Pending,
    Approved,
    Rejected,
}

impl VettingStatus {
    pub const ALL: [VettingStatus; 3] = [VettingStatus::Pending, VettingStatus::Approved, VettingStatus::Rejected];

    pub fn code(self) -> &'static str {
        match self {
            VettingStatus::Pending => "pending",
            VettingStatus::Approved => "approved",
            VettingStatus::Rejected => "rejected",
        }
    }

    pub fn from_code(code: &str) -> Option<VettingStatus> {
        VettingStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl std::fmt::Display for VettingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Where an uploaded pupil file stands: waiting for the coordinator's confirmation, or applied.
/// Stored as its code; an unknown value read from the database is an error, never a default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum ImportStatus {
    Pending,
    Applied,
}

impl ImportStatus {
    pub const ALL: [ImportStatus; 2] = [ImportStatus::Pending, ImportStatus::Applied];

    pub fn code(self) -> &'static str {
        match self {
            ImportStatus::Pending => "pending",
            ImportStatus::Applied => "applied",
        }
    }

    pub fn from_code(code: &str) -> Option<ImportStatus> {
        ImportStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl std::fmt::Display for ImportStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

fn choice(raw: &str, allowed: &[&str]) -> Result<String, FieldError> {
    let s = raw.trim();
    if allowed.contains(&s) { Ok(s.to_string()) } else { Err(FieldError::Choice) }
}

fn optional_postcode(raw: &str) -> Result<Option<Postcode>, FieldError> {
    if raw.trim().is_empty() { Ok(None) } else { Postcode::parse(raw).map(Some) }
}

fn optional_email(raw: &str) -> Result<Option<Email>, FieldError> {
    if raw.trim().is_empty() { Ok(None) } else { Email::parse(raw).map(Some) }
}

/// The approximate location of a postcode (Amsterdam areas only, see `geo`).
pub fn locate(postcode: Option<&Postcode>) -> Option<Point> {
    postcode.and_then(|p| geo::area_centroid(p.area()))
}

// ---- schools -------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SchoolForm {
    pub brin: String,
    pub name: String,
    /// Checked levels: one `levels` pair per box.
    pub levels: Vec<String>,
    pub profiles: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SchoolInput {
    pub brin: Brin,
    pub name: String,
    pub levels: Vec<String>,
    pub profiles: String,
    pub street: String,
    pub postcode: Option<Postcode>,
    pub city: String,
}

impl SchoolInput {
    pub fn parse(f: &SchoolForm) -> Result<SchoolInput, Invalid> {
        let mut inv = Invalid::default();
        let brin = inv.check("brin", Brin::parse(&f.brin));
        let name = inv.check("name", required_text(&f.name, MAX_SHORT));
        let levels: Vec<String> =
            LEVELS.iter().filter(|l| f.levels.iter().any(|x| x == *l)).map(|l| l.to_string()).collect();
        if f.levels.iter().any(|l| !LEVELS.contains(&l.as_str())) {
            inv.0.push(("levels", FieldError::Choice));
        }
        let profiles = inv.check("profiles", optional_text(&f.profiles, MAX_SHORT));
        let street = inv.check("street", optional_text(&f.street, MAX_SHORT));
        let postcode = inv.check("postcode", optional_postcode(&f.postcode));
        let city = inv.check("city", optional_text(&f.city, MAX_SHORT));
        let v = (|| {
            Some(SchoolInput {
                brin: brin?,
                name: name?,
                levels,
                profiles: profiles?,
                street: street?,
                postcode: postcode?,
                city: city?,
            })
        })();
        inv.finish(v)
    }
}

// ---- classes -------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClassForm {
    pub school: String,
    pub name: String,
    pub school_year: String,
    pub year_of_study: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassInput {
    pub name: String,
    pub school_year: SchoolYear,
    pub year_of_study: Option<i32>,
}

impl ClassInput {
    pub fn parse(f: &ClassForm) -> Result<ClassInput, Invalid> {
        let mut inv = Invalid::default();
        let name = inv.check("name", required_text(&f.name, 20));
        let year = inv.check("school_year", SchoolYear::parse(&f.school_year));
        let yos = inv.check("year_of_study", parse_year_of_study(&f.year_of_study));
        let v = (|| Some(ClassInput { name: name?, school_year: year?, year_of_study: yos? }))();
        inv.finish(v)
    }
}

// ---- pupils --------------------------------------------------------------------------------

/// Hours of maatschappelijke stage a pupil needs when the school sets nothing else.
pub const DEFAULT_REQUIRED_HOURS: i32 = 30;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PupilForm {
    pub school: String,
    pub number: String,
    pub first_name: String,
    pub infix: String,
    pub last_name: String,
    pub class: String,
    pub year_of_study: String,
    pub date_of_birth: String,
    pub gender: String,
    pub postcode: String,
    pub email: String,
    pub required_hours: String,
    /// The first and second parent or guardian.
    pub g1_name: String,
    pub g1_relation: String,
    pub g1_email: String,
    pub g1_phone: String,
    pub g2_name: String,
    pub g2_relation: String,
    pub g2_email: String,
    pub g2_phone: String,
}

/// A parent or guardian of a pupil: at least a name, an address or a phone number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuardianInput {
    /// 1 or 2.
    pub position: i32,
    pub name: String,
    pub relation: Option<Relation>,
    pub email: Option<Email>,
    pub phone: String,
}

impl GuardianInput {
    /// Reads guardian `position` (fields `g1_…` or `g2_…`); `None` when all its fields are blank.
    fn parse(
        inv: &mut Invalid,
        position: i32,
        name: &str,
        relation: &str,
        email: &str,
        phone: &str,
    ) -> Option<Option<GuardianInput>> {
        if [name, relation, email, phone].iter().all(|v| v.trim().is_empty()) {
            return Some(None);
        }
        let (fname, femail, fphone) =
            if position == 1 { ("g1_name", "g1_email", "g1_phone") } else { ("g2_name", "g2_email", "g2_phone") };
        let name = inv.check(fname, optional_text(name, MAX_SHORT));
        let email = inv.check(femail, optional_email(email));
        let phone = if phone.trim().is_empty() { Some(String::new()) } else { inv.check(fphone, parse_phone(phone)) };
        Some(Some(GuardianInput {
            position,
            name: name?,
            relation: Relation::parse(relation),
            email: email?,
            phone: phone?,
        }))
    }
}

/// A pupil as entered by hand or imported; `class` is resolved by the store.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PupilInput {
    pub number: String,
    pub first_name: String,
    pub infix: String,
    pub last_name: String,
    pub class: Option<ClassId>,
    pub year_of_study: Option<i32>,
    pub date_of_birth: Option<time::Date>,
    pub gender: Option<Gender>,
    pub postcode: Option<Postcode>,
    pub email: Option<Email>,
    pub required_hours: i32,
    /// Her parents or guardians as entered; an import without their columns leaves them alone.
    #[serde(default)]
    pub guardians: Vec<GuardianInput>,
}

impl PupilInput {
    pub fn parse(f: &PupilForm, today: time::Date) -> Result<PupilInput, Invalid> {
        let mut inv = Invalid::default();
        let number = inv.check("number", parse_pupil_number(&f.number));
        let first = inv.check("first_name", required_text(&f.first_name, MAX_SHORT));
        let infix = inv.check("infix", optional_text(&f.infix, 20));
        let last = inv.check("last_name", required_text(&f.last_name, MAX_SHORT));
        let class = if f.class.trim().is_empty() {
            Some(None)
        } else {
            inv.check("class", f.class.trim().parse::<ClassId>().map(Some).map_err(|_| FieldError::Choice))
        };
        let yos = inv.check("year_of_study", parse_year_of_study(&f.year_of_study));
        let dob = if f.date_of_birth.trim().is_empty() {
            Some(None)
        } else {
            inv.check("date_of_birth", parse_birth_date(&f.date_of_birth, today).map(Some))
        };
        let gender = inv.check("gender", Gender::parse(&f.gender));
        let postcode = inv.check("postcode", optional_postcode(&f.postcode));
        let email = inv.check("email", optional_email(&f.email));
        let hours = if f.required_hours.trim().is_empty() {
            Some(DEFAULT_REQUIRED_HOURS)
        } else {
            inv.check(
                "required_hours",
                f.required_hours.trim().parse::<i32>().ok().filter(|h| (0..=500).contains(h)).ok_or(FieldError::Number),
            )
        };
        let g1 = GuardianInput::parse(&mut inv, 1, &f.g1_name, &f.g1_relation, &f.g1_email, &f.g1_phone);
        let g2 = GuardianInput::parse(&mut inv, 2, &f.g2_name, &f.g2_relation, &f.g2_email, &f.g2_phone);
        let v = (|| {
            Some(PupilInput {
                guardians: [g1?, g2?].into_iter().flatten().collect(),
                number: number?,
                first_name: first?,
                infix: infix?,
                last_name: last?,
                class: class?,
                year_of_study: yos?,
                date_of_birth: dob?,
                gender: gender?,
                postcode: postcode?,
                email: email?,
                required_hours: hours?,
            })
        })();
        inv.finish(v)
    }

    /// The lower-case text a search matches: names and number.
    pub fn search_text(&self) -> String {
        search_text(&[&self.first_name, &self.infix, &self.last_name, &self.number])
    }
}

/// Lower-cased words joined by spaces, for `LIKE` searches that behave the same on both backends.
pub fn search_text(parts: &[&str]) -> String {
    parts.iter().filter(|p| !p.is_empty()).map(|p| p.to_lowercase()).collect::<Vec<_>>().join(" ")
}

/// A pupil's full name as Dutch lists write it: first name, infix, last name.
pub fn full_name(first: &str, infix: &str, last: &str) -> String {
    [first, infix, last].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ")
}

// ---- organisations -------------------------------------------------------------------------

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub kvk: String,
    pub name: String,
    pub kind: String,
    pub sector: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub website: String,
    pub description: String,
    pub vetting_status: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrganisationInput {
    pub kvk: Option<Kvk>,
    pub name: String,
    pub kind: String,
    pub sector: String,
    pub street: String,
    pub postcode: Option<Postcode>,
    pub city: String,
    pub website: String,
    pub description: String,
    pub vetting_status: VettingStatus,
}

impl OrganisationInput {
    /// `may_vet`: whether the actor decides the vetting status (the project leader); others keep
    /// the current one (`current_vetting`).
    pub fn parse(
        f: &OrganisationForm,
        may_vet: bool,
        current_vetting: VettingStatus,
    ) -> Result<OrganisationInput, Invalid> {
        let mut inv = Invalid::default();
        let kvk = if f.kvk.trim().is_empty() { Some(None) } else { inv.check("kvk", Kvk::parse(&f.kvk).map(Some)) };
        let name = inv.check("name", required_text(&f.name, MAX_SHORT));
        let kind = inv.check("kind", choice(&f.kind, ORG_KINDS));
        let sector = if f.sector.trim().is_empty() {
            Some(String::new())
        } else {
            inv.check("sector", choice(&f.sector, SECTORS))
        };
        let street = inv.check("street", optional_text(&f.street, MAX_SHORT));
        let postcode = inv.check("postcode", optional_postcode(&f.postcode));
        let city = inv.check("city", optional_text(&f.city, MAX_SHORT));
        let website = inv.check(
            "website",
            optional_text(&f.website, 200).and_then(|w| {
                if w.is_empty() || w.starts_with("https://") || w.starts_with("http://") {
                    Ok(w)
                } else {
                    Err(FieldError::Choice)
                }
            }),
        );
        let description = inv.check("description", optional_text(&f.description, MAX_LONG));
        let vetting = if may_vet {
            inv.check("vetting_status", VettingStatus::from_code(f.vetting_status.trim()).ok_or(FieldError::Choice))
        } else {
            Some(current_vetting)
        };
        let v = (|| {
            Some(OrganisationInput {
                kvk: kvk?,
                name: name?,
                kind: kind?,
                sector: sector?,
                street: street?,
                postcode: postcode?,
                city: city?,
                website: website?,
                description: description?,
                vetting_status: vetting?,
            })
        })();
        inv.finish(v)
    }

    pub fn search_text(&self) -> String {
        search_text(&[&self.name, &self.city, self.kvk.as_ref().map(Kvk::as_str).unwrap_or("")])
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub job_title: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ContactInput {
    pub name: String,
    pub email: Option<Email>,
    pub phone: String,
    pub job_title: String,
}

impl ContactInput {
    pub fn parse(f: &ContactForm) -> Result<ContactInput, Invalid> {
        let mut inv = Invalid::default();
        let name = inv.check("name", required_text(&f.name, MAX_SHORT));
        let email = inv.check("email", optional_email(&f.email));
        let phone = inv.check(
            "phone",
            optional_text(&f.phone, 30).and_then(|p| {
                if p.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) {
                    Ok(p)
                } else {
                    Err(FieldError::Number)
                }
            }),
        );
        let job = inv.check("job_title", optional_text(&f.job_title, MAX_SHORT));
        let v = (|| Some(ContactInput { name: name?, email: email?, phone: phone?, job_title: job? }))();
        inv.finish(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn pupil_form() -> PupilForm {
        PupilForm {
            number: "123456".into(),
            first_name: "Noor".into(),
            last_name: "Bakker".into(),
            date_of_birth: "14-03-2012".into(),
            postcode: "1053ab".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_pupil_form_parses_into_clean_values() {
        let p = PupilInput::parse(&pupil_form(), date!(2026 - 11 - 22)).expect("valid");
        assert_eq!(p.postcode.as_ref().map(Postcode::as_str), Some("1053 AB"));
        assert_eq!(p.required_hours, DEFAULT_REQUIRED_HOURS);
        assert_eq!(p.search_text(), "noor bakker 123456");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let f = PupilForm {
            number: "".into(),
            first_name: "x".repeat(200),
            date_of_birth: "31-02-2012".into(),
            email: "noor@".into(),
            ..pupil_form()
        };
        let Err(Invalid(errs)) = PupilInput::parse(&f, date!(2026 - 11 - 22)) else { panic!("should fail") };
        let fields: Vec<&str> = errs.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["number", "first_name", "date_of_birth", "email"]);
        assert!(errs.contains(&("first_name", FieldError::TooLong)));
    }

    #[test]
    fn organisations_need_a_known_kind_and_a_web_address_with_scheme() {
        let f = OrganisationForm {
            name: "Bakkerij De Wit".into(),
            kind: "bakery".into(),
            website: "dewit.nl".into(),
            ..Default::default()
        };
        let Err(Invalid(errs)) = OrganisationInput::parse(&f, false, VettingStatus::Pending) else {
            panic!("should fail")
        };
        assert_eq!(errs.iter().map(|(f, _)| *f).collect::<Vec<_>>(), vec!["kind", "website"]);
        let ok = OrganisationForm { kind: "company".into(), website: "https://dewit.nl".into(), ..f };
        assert_eq!(
            OrganisationInput::parse(&ok, false, VettingStatus::Approved).map(|o| o.vetting_status),
            Ok(VettingStatus::Approved)
        );
    }

    #[test]
    fn statuses_read_back_from_their_codes() {
        for s in VettingStatus::ALL {
            assert_eq!(VettingStatus::from_code(s.code()), Some(s));
        }
        for s in ImportStatus::ALL {
            assert_eq!(ImportStatus::from_code(&s.to_string()), Some(s));
        }
        assert_eq!(VettingStatus::from_code("vetted"), None);
    }

    #[test]
    fn school_levels_keep_their_canonical_order() {
        let f = SchoolForm {
            brin: "27KJ00".into(),
            name: "Bredero College".into(),
            levels: vec!["vwo".into(), "vmbo".into()],
            ..Default::default()
        };
        assert_eq!(SchoolInput::parse(&f).map(|s| s.levels), Ok(vec!["vmbo".to_string(), "vwo".to_string()]));
    }

    #[test]
    fn full_names_skip_an_empty_infix() {
        assert_eq!(full_name("Sem", "", "Jansen"), "Sem Jansen");
        assert_eq!(full_name("Sem", "de", "Vries"), "Sem de Vries");
    }
}
