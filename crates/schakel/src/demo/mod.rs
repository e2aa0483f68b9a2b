//! The demo network: Amsterdam's schools, pupils in classes, organisations with contacts, and
//! one account per role. Everything except timestamps follows from the seed, so two runs with
//! the same seed make the same network (ids included).

mod mediation;
mod minors;
mod names;
mod rounds;

use std::collections::HashSet;
use std::fmt::Write as _;
use std::time::Instant;

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use time::{Date, Duration, Month};
use uuid::Uuid;

use crate::auth::model::Grant;
use crate::auth::{password, store as auth_store};
use crate::cli::DemoSize;
use crate::db::Db;
use crate::db::bulk::{self, Val};
use crate::directory::model::{full_name, search_text};
use crate::directory::values::SchoolYear;
use crate::env::Env;
use crate::geo::{self, Point};
use crate::i18n::Lang;
use crate::ids::{MeetingPointId, OrganisationId, PupilId, SchoolId, UserId};
use crate::with_conn;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "schakel-demo";

struct Sizes {
    schools: usize,
    pupils_per_school: usize,
    organisations: usize,
    meeting_points: usize,
}

impl Sizes {
    fn of(size: DemoSize) -> Sizes {
        match size {
            DemoSize::Full => Sizes { schools: 60, pupils_per_school: 500, organisations: 3000, meeting_points: 16 },
            DemoSize::Small => Sizes { schools: 4, pupils_per_school: 75, organisations: 60, meeting_points: 2 },
        }
    }
}

fn id(rng: &mut ChaCha8Rng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    // The lists are constants and never empty.
    items.choose(rng).unwrap_or(&items[0])
}

/// A postcode in `area` with two letters, as `1053 AB`.
fn postcode(rng: &mut ChaCha8Rng, area: u16) -> String {
    // PostNL uses neither F, I, O, Q, U nor Y in a postcode's letters, nor the pairs SA, SD
    // and SS.
    const LETTERS: &[u8] = b"ABCDEGHJKLMNPRSTVWXZ";
    loop {
        let pair: String = [*pick(rng, LETTERS) as char, *pick(rng, LETTERS) as char].iter().collect();
        if !matches!(pair.as_str(), "SA" | "SD" | "SS") {
            return format!("{area} {pair}");
        }
    }
}

/// A pupil's parents as a school's records hold them: most have one with an address, about half
/// a second one (with a phone number at least), a few none yet.
fn guardians(rng: &mut ChaCha8Rng, pupil: Uuid, infix: &str, last: &str, t: time::OffsetDateTime) -> Vec<Vec<Val>> {
    let mut out = Vec::new();
    if rng.random_bool(0.08) {
        return out;
    }
    let second = rng.random_bool(0.45);
    let first_is_mother = rng.random_bool(0.6);
    for position in 1..=if second { 2 } else { 1 } {
        let mother = (position == 1) == first_is_mother;
        let relation = if rng.random_bool(0.06) {
            "guardian"
        } else if mother {
            "mother"
        } else {
            "father"
        };
        let first = *pick(rng, if mother { names::GIRLS } else { names::BOYS });
        let name = full_name(first, infix, last);
        let email = (position == 1 || rng.random_bool(0.7))
            .then(|| format!("{}.{}{}@ouders.example.nl", slug(first), slug(last), rng.random_range(1..100)));
        let phone = format!("06-{:08}", rng.random_range(10_000_000..100_000_000));
        out.push(vec![
            Val::Id(id(rng)),
            Val::Id(pupil),
            Val::Int(Some(position)),
            Val::Text(name),
            Val::Text(relation.into()),
            Val::OptText(email),
            Val::Text(phone),
            Val::Time(Some(t)),
            Val::Time(Some(t)),
        ]);
    }
    out
}

/// An area near `home` most of the time, anywhere in the city otherwise: pupils mostly live
/// near their school, organisations near their customers.
fn area_near(rng: &mut ChaCha8Rng, home: u16, areas: &[u16]) -> u16 {
    if rng.random_bool(0.65) {
        let near: Vec<u16> = areas.iter().copied().filter(|a| a.abs_diff(home) <= 4).collect();
        if !near.is_empty() {
            return *pick(rng, &near);
        }
    }
    *pick(rng, areas)
}

/// A point near the centroid of `area`, so not every address in an area sits on one spot.
fn jitter(rng: &mut ChaCha8Rng, area: u16) -> Option<Point> {
    geo::area_centroid(area)
        .map(|p| Point { lat: p.lat + rng.random_range(-0.004..0.004), lon: p.lon + rng.random_range(-0.006..0.006) })
}

fn slug(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' => c,
            'ë' | 'é' | 'è' => 'e',
            'ö' | 'ó' => 'o',
            'ü' => 'u',
            'ı' | 'ï' => 'i',
            'ç' => 'c',
            'ş' => 's',
            _ => '-',
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

struct School {
    id: Uuid,
    name: String,
    brin: String,
    area: u16,
    levels: String,
}

/// Generates the demo network into an empty database and returns the text to print: what was
/// made, how long it took, and the demo accounts.
/// Every date follows from the clock of `env`'s database: the demo made on another day is the
/// same network, moved in time.
pub async fn generate(env: &Env, size: DemoSize, seed: u64) -> anyhow::Result<String> {
    let db = &env.db;
    let started = Instant::now();
    let existing: i64 = with_conn!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM schools").fetch_one(p).await)?;
    if existing > 0 {
        anyhow::bail!("the database holds data already; start from an empty one (`schakel demo --fresh` for SQLite)");
    }
    let sizes = Sizes::of(size);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let t = db.clock().now();
    let areas: Vec<u16> = geo::known_areas().collect();
    let year = SchoolYear::containing(db.clock().today());

    // Schools: the network's own, then generated ones up to the size.
    let mut schools: Vec<School> = Vec::new();
    let mut brins = HashSet::new();
    let mut names_taken = HashSet::new();
    while schools.len() < sizes.schools {
        let (name, area, levels) = if let Some((n, a, l)) = names::SCHOOLS.get(schools.len()) {
            (n.to_string(), *a, l.to_string())
        } else {
            let (kind, levels) = pick(&mut rng, names::SCHOOL_KINDS);
            let base = pick(&mut rng, names::SCHOOL_NAMES);
            let name = if *kind == "Scholengemeenschap" { format!("{kind} {base}") } else { format!("{base} {kind}") };
            (name, *pick(&mut rng, &areas), levels.to_string())
        };
        if !names_taken.insert(name.clone()) {
            continue;
        }
        let brin = loop {
            let b = format!(
                "{:02}{}{}00",
                rng.random_range(10..99),
                rng.random_range(b'A'..=b'Z') as char,
                rng.random_range(b'A'..=b'Z') as char
            );
            if brins.insert(b.clone()) {
                break b;
            }
        };
        schools.push(School { id: id(&mut rng), name, brin, area, levels });
    }
    let mut rows = Vec::new();
    for s in &schools {
        let at = jitter(&mut rng, s.area);
        rows.push(vec![
            Val::Id(s.id),
            Val::Text(s.brin.clone()),
            Val::Text(s.name.clone()),
            Val::Text(s.levels.clone()),
            Val::Text(if s.levels.contains("vmbo") && rng.random_bool(0.2) { "MVI".into() } else { String::new() }),
            Val::Text(format!("{} {}", pick(&mut rng, names::STREETS), rng.random_range(1..200))),
            Val::Text(postcode(&mut rng, s.area)),
            Val::Text("Amsterdam".into()),
            Val::Real(at.map(|p| p.lat)),
            Val::Real(at.map(|p| p.lon)),
            Val::Time(Some(t)),
            Val::Time(Some(t)),
        ]);
    }
    bulk::insert(
        db,
        "schools",
        &[
            "id",
            "brin",
            "name",
            "levels",
            "profiles",
            "street",
            "postcode",
            "city",
            "lat",
            "lon",
            "created_at",
            "updated_at",
        ],
        &rows,
    )
    .await?;

    let mut meeting_points = Vec::new();
    let mut rows = Vec::new();
    for s in schools.iter().take(sizes.meeting_points) {
        let mp = id(&mut rng);
        meeting_points.push((mp, s.id));
        rows.push(vec![Val::Id(mp), Val::Id(s.id), Val::Text(format!("Meeting point {}", s.name)), Val::Time(Some(t))]);
    }
    bulk::insert(db, "meeting_points", &["id", "school_id", "name", "created_at"], &rows).await?;

    // Classes and pupils.
    let mut class_rows = Vec::new();
    let mut pupil_rows = Vec::new();
    let mut guardian_rows = Vec::new();
    // Parents come from a stream of their own, so adding them left the rest of the network as
    // it was.
    let mut parents_rng = ChaCha8Rng::seed_from_u64(0x0ade);
    let mut first_pupil: Option<(Uuid, String, String)> = None;
    let mut made_pupils: Vec<mediation::Pupil> = Vec::new();
    let today = db.clock().today();
    for s in &schools {
        let top_year: i32 = if s.levels.contains("vwo") {
            6
        } else if s.levels.contains("havo") {
            5
        } else {
            4
        };
        let per_year = sizes.pupils_per_school / top_year as usize;
        let hours: i32 = if rng.random_bool(0.3) { 40 } else { 30 };
        let domain = format!("leerling.{}.nl", slug(&s.name).replace('-', ""));
        let mut number = 100_000 + rng.random_range(0..800_000);
        for yos in 1..=top_year {
            let classes = per_year.div_ceil(26).max(1);
            for c in 0..classes {
                let class_id = id(&mut rng);
                let class_name = format!("{yos}{}", (b'A' + c as u8) as char);
                class_rows.push(vec![
                    Val::Id(class_id),
                    Val::Id(s.id),
                    Val::Text(class_name),
                    Val::Text(year.to_string()),
                    Val::Int(Some(yos)),
                    Val::Time(Some(t)),
                    Val::Time(Some(t)),
                ]);
                let in_class = per_year / classes + usize::from(c < per_year % classes);
                for _ in 0..in_class {
                    number += rng.random_range(1..7);
                    let girl = rng.random_bool(0.5);
                    let first = *pick(&mut rng, if girl { names::GIRLS } else { names::BOYS });
                    let (infix, last) = *pick(&mut rng, names::LAST_NAMES);
                    // Year 1 pupils turn 13 during the school year; older years accordingly.
                    let born = Date::from_calendar_date(year.start_year() - 12 - yos, Month::October, 1)
                        .unwrap_or(today)
                        + Duration::days(rng.random_range(0..365));
                    let gender = if rng.random_bool(0.02) {
                        "x"
                    } else if girl {
                        "f"
                    } else {
                        "m"
                    };
                    let area = area_near(&mut rng, s.area, &areas);
                    let at = jitter(&mut rng, area);
                    let email = rng.random_bool(0.6).then(|| format!("{}.{}@{domain}", slug(first), number));
                    let pid = id(&mut rng);
                    made_pupils.push(mediation::Pupil {
                        id: pid,
                        school: s.id,
                        class: class_id,
                        birth: born,
                        name: full_name(first, infix, last),
                    });
                    // The demo pupil is 15: the Sunday of the vacancy kept for her is then a
                    // warning (rule C8), never a block, on whatever day the demo is made.
                    if first_pupil.is_none() && yos >= 3 && crate::directory::values::age_on(born, today) == 15 {
                        first_pupil = Some((pid, full_name(first, infix, last), s.name.clone()));
                    }
                    // The demo pupil's school knows no parent yet: the walk-through shows what
                    // the coordinator does then.
                    if first_pupil.as_ref().is_none_or(|f| f.0 != pid) {
                        guardian_rows.extend(guardians(&mut parents_rng, pid, infix, last, t));
                    }
                    let num = number.to_string();
                    pupil_rows.push(vec![
                        Val::Id(pid),
                        Val::Id(s.id),
                        Val::OptId(Some(class_id)),
                        Val::Text(num.clone()),
                        Val::Text(first.into()),
                        Val::Text(infix.into()),
                        Val::Text(last.into()),
                        Val::Text(search_text(&[first, infix, last, &num])),
                        Val::Int(Some(yos)),
                        Val::Date(Some(born)),
                        Val::OptText(Some(gender.into())),
                        Val::OptText(Some(postcode(&mut rng, area))),
                        Val::Real(at.map(|p| p.lat)),
                        Val::Real(at.map(|p| p.lon)),
                        Val::OptText(email),
                        Val::Int(Some(hours)),
                        Val::Time(Some(t)),
                        Val::Time(Some(t)),
                    ]);
                }
            }
        }
    }
    bulk::insert(
        db,
        "classes",
        &["id", "school_id", "name", "school_year", "year_of_study", "created_at", "updated_at"],
        &class_rows,
    )
    .await?;
    bulk::insert(
        db,
        "pupils",
        &[
            "id",
            "school_id",
            "class_id",
            "number",
            "first_name",
            "infix",
            "last_name",
            "search_text",
            "year_of_study",
            "date_of_birth",
            "gender",
            "postcode",
            "lat",
            "lon",
            "email",
            "required_hours",
            "created_at",
            "updated_at",
        ],
        &pupil_rows,
    )
    .await?;
    bulk::insert(
        db,
        "guardians",
        &["id", "pupil_id", "position", "name", "relation", "email", "phone", "created_at", "updated_at"],
        &guardian_rows,
    )
    .await?;

    // Organisations with contacts.
    let mut org_rows = Vec::new();
    let mut contact_rows = Vec::new();
    let mut kvks = HashSet::new();
    let mut org_names = HashSet::new();
    let mut approved_orgs: Vec<(Uuid, String)> = Vec::new();
    let mut made_orgs: Vec<mediation::Org> = Vec::new();
    while org_rows.len() < sizes.organisations {
        let (sector, kind, patterns) = pick(&mut rng, names::ORG_PATTERNS);
        let pattern = *pick(&mut rng, patterns);
        let (_, surname) = *pick(&mut rng, names::LAST_NAMES);
        let name = pattern
            .replace("{p}", pick::<&str>(&mut rng, names::PLACE_WORDS))
            .replace("{n}", pick::<&str>(&mut rng, names::NAME_WORDS))
            .replace("{s}", surname)
            .replace("{d}", pick::<&str>(&mut rng, names::DISTRICTS));
        if !org_names.insert(name.clone()) {
            continue;
        }
        let kvk = loop {
            let k = format!("{:08}", rng.random_range(10_000_000..99_999_999));
            if kvks.insert(k.clone()) {
                break k;
            }
        };
        let oid = id(&mut rng);
        let area = *pick(&mut rng, &areas);
        let at = jitter(&mut rng, area);
        let vetting = match rng.random_range(0..100) {
            0..85 => "approved",
            85..97 => "pending",
            _ => "rejected",
        };
        let site = slug(&name).replace('-', "");
        let street = format!("{} {}", pick(&mut rng, names::STREETS), rng.random_range(1..300));
        let pc = postcode(&mut rng, area);
        let city = "Amsterdam";
        org_rows.push(vec![
            Val::Id(oid),
            Val::OptText(Some(kvk.clone())),
            Val::Text(name.clone()),
            Val::Text((*kind).into()),
            Val::Text((*sector).into()),
            Val::Text(street.clone()),
            Val::Text(pc.clone()),
            Val::Text(city.into()),
            Val::Real(at.map(|p| p.lat)),
            Val::Real(at.map(|p| p.lon)),
            Val::Text(format!("https://www.{site}.nl")),
            Val::Text(String::new()),
            Val::Text(vetting.into()),
            Val::Text(search_text(&[&name, city, &kvk])),
            Val::Time(Some(t)),
            Val::Time(Some(t)),
        ]);
        let mut first_contact = None;
        for _ in 0..rng.random_range(1..=3) {
            let girl = rng.random_bool(0.5);
            let first = *pick(&mut rng, if girl { names::GIRLS } else { names::BOYS });
            let (infix, last) = *pick(&mut rng, names::LAST_NAMES);
            let contact_name = full_name(first, infix, last);
            first_contact.get_or_insert(contact_name.clone());
            contact_rows.push(vec![
                Val::Id(id(&mut rng)),
                Val::Id(oid),
                Val::Text(contact_name),
                Val::Text(format!("{}@{site}.nl", slug(first))),
                Val::Text(format!("020-{}", rng.random_range(1_000_000..9_999_999))),
                Val::Text((*pick(&mut rng, names::JOB_TITLES)).into()),
                Val::Time(Some(t)),
                Val::Time(Some(t)),
            ]);
        }
        if vetting == "approved" {
            approved_orgs.push((oid, name.clone()));
            made_orgs.push(mediation::Org {
                id: oid,
                name: name.clone(),
                sector: (*sector).to_string(),
                street,
                postcode: pc,
                lat: at.map(|p| p.lat),
                lon: at.map(|p| p.lon),
                contact: first_contact.unwrap_or_default(),
            });
        }
    }
    bulk::insert(
        db,
        "organisations",
        &[
            "id",
            "kvk",
            "name",
            "kind",
            "sector",
            "street",
            "postcode",
            "city",
            "lat",
            "lon",
            "website",
            "description",
            "vetting_status",
            "search_text",
            "created_at",
            "updated_at",
        ],
        &org_rows,
    )
    .await?;
    bulk::insert(
        db,
        "contacts",
        &["id", "organisation_id", "name", "email", "phone", "job_title", "created_at", "updated_at"],
        &contact_rows,
    )
    .await?;

    // Staff without a password yet (invited), so the user pages look like a real network.
    for s in &schools {
        let first = *pick(&mut rng, names::GIRLS);
        let (infix, last) = *pick(&mut rng, names::LAST_NAMES);
        let email = format!("stagecoordinator@{}.nl", slug(&s.name).replace('-', ""));
        let user = demo_user(db, &email, &full_name(first, infix, last), None).await?;
        auth_store::add_grant(db, user, Grant::Coordinator(SchoolId::from_uuid(s.id)), None).await?;
    }

    // One account per role, with a known password.
    let phc = tokio::task::spawn_blocking(|| password::hash(DEMO_PASSWORD)).await??;
    let home = &schools[0];
    let home_id = SchoolId::from_uuid(home.id);
    let (org, org_name) = approved_orgs.first().cloned().ok_or_else(|| anyhow::anyhow!("no approved organisation"))?;
    let (mp, _) = meeting_points.first().copied().ok_or_else(|| anyhow::anyhow!("no meeting point"))?;
    let (pupil, pupil_name, _) = first_pupil.clone().ok_or_else(|| anyhow::anyhow!("no pupils"))?;
    let accounts: Vec<(&str, &str, Grant, String)> = vec![
        (
            "projectleider@schakel.demo",
            "Marieke de Jong",
            Grant::ProjectLeader,
            "projectleider · netwerk Amsterdam".into(),
        ),
        (
            "coordinator@schakel.demo",
            "Fatima El Amrani",
            Grant::Coordinator(home_id),
            format!("stagecoördinator · {}", home.name),
        ),
        ("directeur@schakel.demo", "Hans Verbeek", Grant::Director(home_id), format!("directeur · {}", home.name)),
        ("docent@schakel.demo", "Kevin Pinas", Grant::Teacher(home_id), format!("docent · {}", home.name)),
        (
            "bedrijfsleider@schakel.demo",
            "Sanne Kok",
            Grant::MeetingPointManager { meeting_point: MeetingPointId::from_uuid(mp), school: home_id },
            format!("bedrijfsleider · Meeting point {}", home.name),
        ),
        (
            "organisatie@schakel.demo",
            "Ahmed Benali",
            Grant::OrgContact(OrganisationId::from_uuid(org)),
            format!("contactpersoon · {org_name}"),
        ),
        (
            "leerling@schakel.demo",
            &pupil_name,
            Grant::Pupil { pupil: PupilId::from_uuid(pupil), school: home_id },
            format!("leerling · {}", home.name),
        ),
    ];
    let mut account_ids = std::collections::HashMap::new();
    for (email, name, grant, _) in &accounts {
        let user = demo_user(db, email, name, Some(&phc)).await?;
        auth_store::add_grant(db, user, *grant, None).await?;
        account_ids.insert(*email, user.uuid());
    }
    let account = |email: &str| account_ids.get(email).copied().ok_or_else(|| anyhow::anyhow!("demo account {email}"));
    let demo = mediation::Demo {
        pupil,
        pupil_user: account("leerling@schakel.demo")?,
        organisation: org,
        host_user: account("organisatie@schakel.demo")?,
        school: home.id,
        coordinator_user: account("coordinator@schakel.demo")?,
        coordinator_name: "Fatima El Amrani".into(),
        host_name: "Ahmed Benali".into(),
    };
    let (vacancy_count, per_vacancy) = match size {
        DemoSize::Full => (1500, 3),
        DemoSize::Small => (40, 4),
    };
    let made = mediation::generate(db, &mut rng, &made_pupils, &made_orgs, &demo, per_vacancy, vacancy_count).await?;
    let school_ids: Vec<Uuid> = schools.iter().map(|s| s.id).collect();
    minors::calendars(db, &mut rng, &school_ids, 10, home.id, today).await?;
    let round_count =
        rounds::generate(env, &mut rng, home_id, UserId::from_uuid(demo.coordinator_user), PupilId::from_uuid(pupil))
            .await?;
    // The demo pupil's own address is the one she signs in with.
    with_conn!(db, p => sqlx::query("UPDATE pupils SET email = $1 WHERE id = $2").bind("leerling@schakel.demo").bind(pupil).execute(p).await.map(|r| r.rows_affected()))?;

    let mut out = String::new();
    let _ = writeln!(
        out,
        "Demo network (seed {seed}): {} schools, {} classes, {} pupils, {} organisations, {} contacts, {} meeting points, \
         {} vacancies, {} placements, {} hours entries, {} host checks, {} matching rounds; made in {:.1} s.",
        schools.len(),
        class_rows.len(),
        pupil_rows.len(),
        org_rows.len(),
        contact_rows.len(),
        meeting_points.len(),
        made.vacancies,
        made.placements,
        made.hours,
        made.host_checks,
        round_count,
        started.elapsed().as_secs_f64()
    );
    let _ = writeln!(out, "\nDemo accounts (password \"{DEMO_PASSWORD}\"):");
    for (email, _, _, label) in &accounts {
        let _ = writeln!(out, "  {email:<30} {label}");
    }
    Ok(out)
}

async fn demo_user(db: &Db, email: &str, name: &str, phc: Option<&str>) -> anyhow::Result<UserId> {
    let email =
        crate::directory::values::Email::parse(email).map_err(|e| anyhow::anyhow!("demo e-mail {email}: {e}"))?;
    let user = auth_store::create_user(db, &email, name, Lang::Nl).await?;
    if let Some(phc) = phc {
        auth_store::set_password(db, user, phc, None).await?;
    }
    Ok(user)
}
