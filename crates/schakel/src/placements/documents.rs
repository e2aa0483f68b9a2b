//! The placement agreement and the certificate as PDFs: our records turned into the
//! `schakel-documents` data, with the words from our translation files.

use fluent_templates::fluent_bundle::FluentValue;
use time::Date;

use crate::db::Conn;
use crate::directory::store::{organisations, schools};
use crate::i18n::Lang;
use crate::ids::PupilId;
use crate::minors::papers::{ConsentKind, Party};
use crate::placements::model::{self, Kind, Setting, Status};
use crate::placements::store::placements::{self as store, Placement};
use crate::placements::store::{notifications, vacancies};
use schakel_documents as doc;

/// The documents' words in one language, from `i18n/<lang>/documents.ftl`.
pub struct Words(pub Lang);

/// Arguments the documents pass as numbers, so plural forms select.
const NUMERIC: [&str; 4] = ["count", "hourcount", "page", "pages"];

impl doc::Texts for Words {
    fn text(&self, key: &str) -> String {
        self.0.t(key)
    }

    fn text_with(&self, key: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, FluentValue<'static>)> = args
            .iter()
            .map(|(k, v)| match (NUMERIC.contains(k), v.parse::<f64>()) {
                (true, Ok(n)) => (*k, FluentValue::from(n)),
                _ => (*k, FluentValue::from(v.clone())),
            })
            .collect();
        self.0.t_args(key, &args)
    }

    fn date(&self, d: Date) -> String {
        self.0.date(d)
    }
}

/// Why a document cannot be made from the records as they are.
#[derive(Debug, thiserror::Error)]
pub enum Missing {
    #[error("the pupil's date of birth is missing")]
    BirthDate,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Document(#[from] doc::DocumentError),
    /// The rendering task failed to finish.
    #[error(transparent)]
    Task(#[from] anyhow::Error),
}

fn kind(v_kind: &str, setting: &str) -> doc::PlacementKind {
    match (Kind::from_code(v_kind), Setting::from_code(setting)) {
        (Some(Kind::Assignment), _) => doc::PlacementKind::MeetingPointAssignment,
        (_, Some(Setting::Internship)) => doc::PlacementKind::ProfessionalStage,
        (Some(Kind::Group), _) => doc::PlacementKind::MasGroup,
        _ => doc::PlacementKind::MasIndividual,
    }
}

fn address(street: &str, postcode: &str, city: &str) -> doc::Address {
    doc::Address { street: street.into(), postcode: postcode.into(), city: city.into() }
}

fn weekday(n: u8) -> time::Weekday {
    match n {
        1 => time::Weekday::Monday,
        2 => time::Weekday::Tuesday,
        3 => time::Weekday::Wednesday,
        4 => time::Weekday::Thursday,
        5 => time::Weekday::Friday,
        6 => time::Weekday::Saturday,
        _ => time::Weekday::Sunday,
    }
}

/// The agreement of a placement as it stands now; with `consenting`, as it will stand once that
/// parent's consent (name, date) is recorded — the copy kept with the consent shows it.
pub async fn agreement(
    db: impl Into<Conn<'_>>,
    p: &Placement,
    lang: Lang,
    today: Date,
    consenting: Option<(&str, Date)>,
) -> Result<doc::Agreement, Missing> {
    let db: Conn<'_> = db.into();
    let birth = p.date_of_birth.ok_or(Missing::BirthDate)?;
    let v = vacancies::vacancy(db, p.vacancy_id).await?.ok_or(Missing::Db(sqlx::Error::RowNotFound))?;
    let slots = vacancies::slots(db, p.vacancy_id).await?;
    let school = schools::school(db, p.school_id).await?.ok_or(Missing::Db(sqlx::Error::RowNotFound))?;
    let org = organisations::organisation(db, p.organisation_id).await?.ok_or(Missing::Db(sqlx::Error::RowNotFound))?;
    let contacts = organisations::contacts(db, p.organisation_id).await?;
    let coordinators = notifications::users_with(db, "coordinator", "school_id", p.school_id.uuid()).await?;
    let coordinator = coordinators
        .first()
        .map(|(_, email, name, _)| doc::Contact {
            name: name.clone(),
            role: None,
            phone: None,
            email: Some(email.clone()),
        })
        .unwrap_or(doc::Contact { name: String::new(), role: None, phone: None, email: None });
    let representative = contacts
        .first()
        .map(|c| doc::Contact {
            name: c.name.clone(),
            role: Some(c.job_title.clone()).filter(|t| !t.is_empty()),
            phone: Some(c.phone.clone()).filter(|t| !t.is_empty()),
            email: Some(c.email.clone()).filter(|t| !t.is_empty()),
        })
        .unwrap_or(doc::Contact { name: v.supervisor_name.clone(), role: None, phone: None, email: None });
    let supervisor = doc::Contact {
        name: v.supervisor_name.clone(),
        role: None,
        phone: Some(v.supervisor_phone.clone()).filter(|t| !t.is_empty()),
        email: Some(v.supervisor_email.clone()).filter(|t| !t.is_empty()),
    };
    let location = (v.street != org.street || v.postcode != org.postcode)
        .then(|| doc::Location { name: None, address: address(&v.street, &v.postcode, &v.city) });
    let sig = crate::minors::papers::signatures(db, p.id).await?;
    let given = crate::minors::papers::consents(db, p.id).await?;
    let consent = match consenting {
        Some((name, on)) => Some((name.to_string(), on)),
        None => store::consent_given(db, p.id).await?.map(|(n, at)| (n, crate::clock::amsterdam(at).date())),
    };
    let parental = match (&consent, p.consent_required) {
        (Some((name, on)), _) => doc::Consent::Given { by: name.clone(), on: *on },
        (None, true) => doc::Consent::Requested,
        (None, false) => doc::Consent::NotNeeded,
    };
    let signed = |party: Party, fallback: String| match sig.of(party) {
        Some(s) => {
            doc::Signature::Signed { by: s.signer_name.clone(), on: crate::clock::amsterdam(s.signed_at).date() }
        }
        None => doc::Signature::Pending { name: Some(fallback).filter(|n| !n.is_empty()) },
    };
    let host_signature = signed(Party::Host, representative.name.clone());
    let school_signature = signed(Party::School, coordinator.name.clone());
    let pupil_signature = signed(Party::Pupil, p.full_name());
    let parent_signature = match (&consent, consenting) {
        (Some((name, on)), Some(_)) => doc::Signature::Signed { by: name.clone(), on: *on },
        _ => signed(Party::Parent, String::new()),
    };
    // A separate consent the schedule asks for: given (by whom, when), asked, or not needed.
    let shifts = crate::minors::check::planned_shifts(&v, &slots, v.starts_on);
    let under_16 = model::consent_needed(p.date_of_birth, p.starts_on);
    let separate =
        |kinds: &[ConsentKind], needed: bool| match given.iter().find(|g| kinds.iter().any(|k| k.code() == g.kind)) {
            Some(g) => doc::Consent::Given { by: g.given_by.clone(), on: crate::clock::amsterdam(g.given_at).date() },
            None if needed => doc::Consent::Requested,
            None => doc::Consent::NotNeeded,
        };
    let sundays = shifts.iter().any(|s| s.date().weekday() == time::Weekday::Sunday);
    let evenings = shifts.iter().any(|s| s.end().minutes() > 19 * 60);
    let sunday_work = separate(&[ConsentKind::ParentSunday, ConsentKind::PupilSunday], sundays);
    let extended_evening_hours = separate(&[ConsentKind::ExtendedHours], evenings && under_16);
    let host_checks = crate::minors::hosts::checks(db, p.organisation_id, today).await?;
    let host_policy = host_checks
        .states
        .iter()
        .find(|(k, _)| *k == crate::minors::hosts::CheckKind::Insurance)
        .and_then(|(_, s)| s.record())
        .filter(|r| !r.reference.is_empty())
        .map(|r| doc::Policy { insurer: r.reference.clone(), number: None });
    let in_amsterdam = v.city.trim().eq_ignore_ascii_case("amsterdam")
        || v.postcode.starts_with("10")
        || v.postcode.starts_with("110");
    let kind = kind(&v.kind, &v.setting);
    Ok(doc::Agreement {
        reference: p.id.to_string()[..8].to_uppercase(),
        drawn_up_on: today,
        title: v.title.clone(),
        kind,
        school: doc::School {
            name: school.name.clone(),
            brin: school.brin.clone(),
            address: address(&school.street, &school.postcode, &school.city),
            coordinator: coordinator.clone(),
        },
        host: doc::Host {
            name: org.name.clone(),
            kvk: org.kvk.clone().unwrap_or_default(),
            address: address(&org.street, &org.postcode, &org.city),
            representative,
            location,
        },
        pupil: doc::Pupil {
            name: p.full_name(),
            date_of_birth: birth,
            class: p.class_name.clone(),
            pupil_number: None,
        },
        parent: p.parent_email.as_ref().filter(|e| !e.is_empty()).map(|e| doc::Contact {
            name: consent.as_ref().map(|(n, _)| n.clone()).unwrap_or_default(),
            role: None,
            phone: None,
            email: Some(e.clone()),
        }),
        schedule: doc::Schedule {
            start: v.starts_on,
            end: v.ends_on,
            weekly: slots
                .iter()
                .filter_map(|s| s.weekday.map(|w| doc::WeeklyTime { weekday: weekday(w), start: s.start, end: s.end }))
                .collect(),
            slots: slots
                .iter()
                .filter_map(|s| s.date.map(|d| doc::TimeSlot { date: d, start: s.start, end: s.end }))
                .collect(),
            total_minutes: u32::try_from(v.expected_hours).ok().map(|h| h * 60),
            minutes_per_week: None,
            note: None,
        },
        tasks: doc::Tasks { description: v.description.clone(), level: None, light_non_industrial: kind.is_mas() },
        supervision: doc::Supervision {
            host_supervisor: supervisor.clone(),
            school_supervisor: Some(coordinator.clone()).filter(|c| !c.name.is_empty()),
            induction: None,
            school_may_visit: true,
            assessed_by: Some(supervisor.name.clone()),
            hours_confirmed_by: Some(supervisor.name),
        },
        safety: doc::Safety { risks: risks(lang, &v, &host_checks), measures: None, parents_informed_on: None },
        insurance: doc::Insurance {
            school_accident: None,
            school_liability: None,
            host_liability: host_policy,
            avv: kind.is_mas() && in_amsterdam,
        },
        conduct: doc::Conduct {
            house_rules: None,
            personal_data: vec![
                doc::PersonalData::Name,
                doc::PersonalData::DateOfBirth,
                doc::PersonalData::SchoolAndClass,
            ],
        },
        absence_note: None,
        consents: doc::Consents { parental, sunday_work, extended_evening_hours },
        signatures: doc::Signatures {
            pupil: pupil_signature,
            parent: (p.consent_required || under_16).then_some(parent_signature),
            school: school_signature,
            host: host_signature,
        },
    })
}

/// The specific dangers of the work, as the host declared them: the location's flags and the
/// task categories of the vacancy.
fn risks(lang: Lang, v: &vacancies::Vacancy, checks: &crate::minors::hosts::Checks) -> Option<String> {
    use crate::minors::hosts::LocationFlag;
    let mut out: Vec<String> = LocationFlag::ALL
        .into_iter()
        .filter(|f| checks.location(*f))
        .map(|f| lang.t(&format!("location-flag-{}", f.code())))
        .collect();
    if let Some(tasks) = crate::minors::check::parse_tasks(v.tasks.as_deref()) {
        out.extend(tasks.iter().map(|t| lang.t(t.message_key())));
    }
    (!out.is_empty()).then(|| out.join("; "))
}

/// The agreement as a PDF in `lang` (see [`agreement`] for `consenting`).
pub async fn agreement_pdf(
    db: impl Into<Conn<'_>>,
    p: &Placement,
    lang: Lang,
    today: Date,
    consenting: Option<(&str, Date)>,
) -> Result<Vec<u8>, Missing> {
    let a = agreement(db, p, lang, today, consenting).await?;
    Ok(crate::flow::blocking(move || doc::agreement_pdf(&a, &Words(lang))).await??)
}

/// A pupil's certificate: her completed placements with their approved hours.
pub async fn certificate_pdf(
    db: impl Into<Conn<'_>>,
    pupil: PupilId,
    lang: Lang,
    today: Date,
    code: &str,
) -> Result<Vec<u8>, Missing> {
    let db: Conn<'_> = db.into();
    let placements = store::of_pupil(db, pupil).await?;
    // Every placement with approved hours counts, running ones too: the certificate's total is
    // the total the pupil's home page, her placement page and her class's progress show.
    let mut done: Vec<&Placement> =
        placements.iter().filter(|p| p.status == Status::Completed || p.approved_minutes > 0).collect();
    done.sort_by_key(|p| p.status != Status::Completed);
    let first = placements.first();
    let pupil_name = first.map(Placement::full_name).unwrap_or_default();
    let school_id = first.map(|p| p.school_id);
    let coordinator_name = match school_id {
        Some(s) => notifications::users_with(db, "coordinator", "school_id", s.uuid())
            .await?
            .first()
            .map(|u| u.2.clone())
            .unwrap_or_default(),
        None => String::new(),
    };
    let c = doc::Certificate {
        pupil_name,
        school_name: first.map(|p| p.school_name.clone()).unwrap_or_default(),
        school_year: crate::directory::values::SchoolYear::containing(today).to_string(),
        placements: done
            .iter()
            .map(|p| doc::CompletedPlacement {
                organisation: p.organisation_name.clone(),
                title: p.vacancy_title.clone(),
                kind: kind(&p.kind, &p.setting),
                start: p.starts_on,
                end: p.ends_on,
                approved_minutes: u32::try_from(p.approved_minutes).unwrap_or(0),
            })
            .collect(),
        required_minutes: first.and_then(|p| u32::try_from(p.required_hours).ok()).map(|h| h * 60),
        issued_on: today,
        coordinator_name,
        verification_code: code.to_string(),
        verification_url: None,
    };
    Ok(crate::flow::blocking(move || doc::certificate_pdf(&c, &Words(lang))).await??)
}
