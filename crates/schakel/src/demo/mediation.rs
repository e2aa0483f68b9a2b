//! Demo mediation: vacancies of the vetted organisations, and placements in every state with
//! their history, consents, hours, evaluations and reflections. Capacities and legal minimum
//! ages hold as they would in real use. Deterministic from the generator's seed.

use rand::seq::IndexedRandom;
use rand::{Rng, RngCore};
use rand_chacha::ChaCha8Rng;
use time::{Date, Duration, OffsetDateTime, Time};
use uuid::Uuid;

use super::names;
use crate::db::Db;
use crate::db::bulk::{self, Val};
use crate::directory::values::age_on;
use crate::placements::model::{self, Setting, Status};

/// A pupil as the generator made her.
pub struct Pupil {
    pub id: Uuid,
    pub school: Uuid,
    pub class: Uuid,
    pub birth: Date,
    pub name: String,
}

/// A vetted organisation.
pub struct Org {
    pub id: Uuid,
    pub name: String,
    pub sector: String,
    pub street: String,
    pub postcode: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub contact: String,
}

/// Who the demo accounts are, so they each find work waiting.
pub struct Demo {
    pub pupil: Uuid,
    pub pupil_user: Uuid,
    pub organisation: Uuid,
    pub host_user: Uuid,
    pub school: Uuid,
    pub coordinator_user: Uuid,
    pub coordinator_name: String,
    pub host_name: String,
}

pub struct Made {
    pub vacancies: usize,
    pub placements: usize,
    pub hours: usize,
    pub host_checks: usize,
}

fn id(rng: &mut ChaCha8Rng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

/// Which of the demo organisation's first vacancies stays free of generated placements, so the
/// demo pupil finds a place there that she has not applied to yet (the browser journey test
/// walks her application from this vacancy to the certificate). The demo organisation's first
/// four vacancies are all open, so this index is the same among the vacancies and among the
/// open ones the placements are drawn from.
pub const KEPT_FOR_DEMO_PUPIL: usize = 3;

fn hm(h: u8, m: u8) -> Time {
    Time::from_hms(h, m, 0).unwrap_or(Time::MIDNIGHT)
}

struct Vac {
    id: Uuid,
    kind: &'static str,
    capacity: i32,
    min_age: i32,
    hours: i32,
    starts: Date,
    org: usize,
    /// Places held so far (confirmed, active, completed).
    held: i32,
    /// The ages the rules for minors never allow on it (an evening, alcohol on site, tasks not
    /// declared, …), as the engine finds them.
    blocked_ages: Vec<u8>,
    /// The ages the rules find nothing against on it (no block, no warning).
    clean_ages: Vec<u8>,
    /// The host lacks a check, so the school cannot confirm.
    host_lacking: bool,
    /// A beroeps-/snuffelstage: at 14–15 work and school together stay within 7 hours a day
    /// (rule D2), so its hours fall on Saturdays.
    internship: bool,
}

/// The ages from 12 to 17 that the rules never allow on a vacancy with this weekly slot, and
/// those they find nothing against.
fn checked_ages(
    engine: &schakel_minors::Engine,
    setting: Setting,
    kind: &str,
    starts: Date,
    ends: Date,
    (weekday, start, end): (u8, Time, Time),
    facts: &schakel_minors::HostFacts,
) -> (Vec<u8>, Vec<u8>) {
    let mut shifts = Vec::new();
    let mut day = starts;
    while day <= ends {
        if day.weekday().number_from_monday() == weekday {
            shifts.extend(schakel_minors::Shift::new(day, start, end).ok());
        }
        day += Duration::days(1);
    }
    let setting = crate::minors::check::setting(kind, setting.code());
    let work = schakel_minors::Work::new(setting, shifts, facts.clone());
    let report = engine.check_vacancy(&work, &schakel_minors::SchoolCalendar::region_noord());
    let clean = report.ages.iter().filter(|a| a.violations.is_empty()).map(|a| a.age).collect();
    (report.blocked_ages(), clean)
}

pub async fn generate(
    db: &Db,
    rng: &mut ChaCha8Rng,
    pupils: &[Pupil],
    orgs: &[Org],
    demo: &Demo,
    per_vacancy: usize,
    vacancies: usize,
) -> anyhow::Result<Made> {
    let now = db.clock().now();
    let today = db.clock().today();
    let year = crate::directory::values::SchoolYear::containing(today);
    let year_start = Date::from_calendar_date(year.start_year(), time::Month::September, 1).unwrap_or(today);
    let year_end = Date::from_calendar_date(year.start_year() + 1, time::Month::June, 30).unwrap_or(today);
    // The rules as a new network has them (the built-in table, the strict readings).
    let engine = schakel_minors::Engine::default();

    // Vacancies, the demo organisation's first. Hosts' checks: most complete, some lacking one;
    // hospitality hosts serve alcohol.
    let mut vacs: Vec<Vac> = Vec::new();
    let demo_org = orgs.iter().position(|o| o.id == demo.organisation).unwrap_or(0);
    let host_state = |org: usize| super::minors::state_of(org, orgs[org].id, demo.organisation);
    let alcohol = |org: usize| orgs[org].sector == "horeca" && orgs[org].id != demo.organisation;
    let mut vacancy_rows = Vec::new();
    let mut slot_rows = Vec::new();
    for i in 0..vacancies {
        let org = if i < 4 { demo_org } else { rng.random_range(0..orgs.len()) };
        let o = &orgs[org];
        let titles =
            names::VACANCIES.iter().find(|(s, _)| *s == o.sector).map(|(_, t)| *t).unwrap_or(names::VACANCIES[0].1);
        let (title, description) = *titles.choose(rng).unwrap_or(&titles[0]);
        let group = i != KEPT_FOR_DEMO_PUPIL && (title.contains("Natuurwerkdag") || (i % 12 == 5));
        let kind = if group {
            "group"
        } else if i % 20 == 7 {
            "assignment"
        } else {
            "individual"
        };
        let setting = match (o.sector.as_str(), i % 10) {
            // The journey's vacancy is a maatschappelijke stage, open from 13.
            _ if i == KEPT_FOR_DEMO_PUPIL => Setting::MasOutside,
            ("techniek" | "ict", _) => Setting::Internship,
            (_, 3) => Setting::MasInside,
            _ => Setting::MasOutside,
        };
        let capacity = if group { rng.random_range(15..31) } else { rng.random_range(1..5) };
        let hours = [10, 15, 20, 30, 40][rng.random_range(0..5)];
        // The journey's vacancy is one afternoon of two hours, so the browser test can complete
        // it with the hours of a single day: the day everyone signed.
        let hours = if i == KEPT_FOR_DEMO_PUPIL { 2 } else { hours };
        // Most run through the school year; some start later.
        let starts = year_start + Duration::days(rng.random_range(0..60));
        let ends = (starts + Duration::days(rng.random_range(90..250))).min(year_end);
        // The vacancy kept for the demo pupil runs now, whatever the date: she can apply and log
        // the hours of the past weeks. It runs eleven weeks at most, so its weekly Sunday stays
        // within what a 15-year-old may work (rule C8: 11 Sundays in 16 weeks), whatever age the
        // demo pupil has.
        let (starts, ends) = if i == KEPT_FOR_DEMO_PUPIL {
            (today - Duration::days(14), today + Duration::days(60))
        } else {
            (starts, ends)
        };
        let status = match i % 20 {
            0 if i >= 4 => "draft",
            17 | 18 => "closed",
            19 if i >= 4 => "archived",
            _ => "open",
        };
        let vid = id(rng);
        let min_age = setting.legal_minimum_age();
        // The work as the host declared it: light work, cash at a till, or not yet declared.
        let tasks: Option<String> = match (i % 15, o.sector.as_str()) {
            _ if i == KEPT_FOR_DEMO_PUPIL => Some(String::new()),
            (11, _) => None,
            (_, "horeca" | "detailhandel") => Some("cash-handling".into()),
            _ => Some(String::new()),
        };
        vacancy_rows.push(vec![
            Val::Id(vid),
            Val::Id(o.id),
            Val::Text(title.into()),
            Val::Text(description.into()),
            Val::Text(o.sector.clone()),
            Val::Text(kind.into()),
            Val::Text(setting.code().into()),
            Val::Int(Some(capacity)),
            Val::Int(group.then_some(5)),
            Val::Int(group.then_some(capacity)),
            Val::Int(Some(min_age)),
            Val::Int(Some(hours)),
            Val::Date(Some(starts)),
            Val::Date(Some(ends)),
            Val::Text(o.street.clone()),
            Val::Text(o.postcode.clone()),
            Val::Text("Amsterdam".into()),
            Val::Real(o.lat),
            Val::Real(o.lon),
            Val::Text(o.contact.clone()),
            Val::Text(status.into()),
            // As the vacancy form writes it: title, organisation, city, category.
            Val::Text(crate::directory::model::search_text(&[title, &o.name, "Amsterdam", &o.sector])),
            Val::Time(Some(now)),
            Val::Time(Some(now)),
            Val::OptText(tasks.clone()),
            Val::Bool(o.sector == "onderwijs" || title.contains("kind") || title.contains("Voorlezen")),
        ]);
        let facts = schakel_minors::HostFacts {
            alcohol_served: alcohol(org),
            supervisor_named: true,
            works_with_children: o.sector == "onderwijs" || title.contains("kind") || title.contains("Voorlezen"),
            tasks: crate::minors::check::parse_tasks(tasks.as_deref()),
            ..Default::default()
        };
        // Two hours after school, or a Saturday morning; now and then an evening that keeps
        // pupils under 16 out (rule B7).
        let evening = i % 25 == 9;
        let weekday: u8 = if evening { 5 } else { [3, 3, 6, 2, 4][rng.random_range(0..5)] };
        // The journey's vacancy runs on Sundays, so that a pupil can work the day she signs
        // whatever the weekday: the school confirms the Sunday warning (B10) and a parent
        // consents to Sunday work (A4).
        let weekday = if i == KEPT_FOR_DEMO_PUPIL { 7 } else { weekday };
        // A beroeps-/snuffelstage at 14–15 (and a meeting-point assignment at the client, read
        // as one) counts school time in its day (rule D2: at most 7 hours together), so its
        // afternoons after a school day would be refused: Saturdays.
        let counts_school_time = setting == Setting::Internship || kind == "assignment";
        let weekday = if counts_school_time && !evening && weekday != 7 { 6 } else { weekday };
        let (start, end) = match (evening, weekday) {
            (true, _) => (hm(17, 0), hm(20, 0)),
            (false, 7) => (hm(12, 0), hm(14, 0)),
            // Two hours: a school week of 32.5 lesson hours leaves 2.5 under D2's 35 a week.
            (false, 6) if counts_school_time => (hm(10, 0), hm(12, 0)),
            (false, 6) => (hm(10, 0), hm(13, 0)),
            _ => (hm(14, 0), hm(16, 0)),
        };
        slot_rows.push(vec![
            Val::Id(id(rng)),
            Val::Id(vid),
            Val::Date(None),
            Val::Int(Some(i32::from(weekday))),
            Val::Clock(start),
            Val::Clock(end),
        ]);
        if status == "open" || status == "closed" {
            let (blocked_ages, clean_ages) =
                checked_ages(&engine, setting, kind, starts, ends, (weekday, start, end), &facts);
            vacs.push(Vac {
                id: vid,
                kind,
                capacity,
                min_age,
                hours,
                starts,
                org,
                held: 0,
                blocked_ages,
                clean_ages,
                host_lacking: host_state(org) == super::minors::HostState::Lacking,
                internship: setting == Setting::Internship,
            });
        }
    }
    bulk::insert(
        db,
        "vacancies",
        &[
            "id",
            "organisation_id",
            "title",
            "description",
            "category",
            "kind",
            "setting",
            "capacity",
            "group_min",
            "group_max",
            "min_age",
            "expected_hours",
            "starts_on",
            "ends_on",
            "street",
            "postcode",
            "city",
            "lat",
            "lon",
            "supervisor_name",
            "status",
            "search_text",
            "created_at",
            "updated_at",
            "tasks",
            "works_with_children",
        ],
        &vacancy_rows,
    )
    .await?;
    let mut hosts: Vec<(Uuid, super::minors::HostState, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut serving = std::collections::HashSet::new();
    for row in &vacancy_rows {
        let Val::Id(org) = row[1] else { continue };
        if let Some(i) = orgs.iter().position(|o| o.id == org)
            && seen.insert(org)
        {
            hosts.push((org, host_state(i), orgs[i].contact.clone()));
            if alcohol(i) {
                serving.insert(org);
            }
        }
    }
    let host_checks = super::minors::host_checks(db, rng, &hosts, &serving, today).await?;
    bulk::insert(db, "vacancy_slots", &["id", "vacancy_id", "on_date", "weekday", "starts_at", "ends_at"], &slot_rows)
        .await?;

    // Placements: the demo pupil gets one of each interesting kind; others spread at random.
    let mut placement_rows = Vec::new();
    let mut event_rows = Vec::new();
    let mut hours_rows = Vec::new();
    let mut consent_rows = Vec::new();
    let mut evaluation_rows = Vec::new();
    let mut reflection_rows = Vec::new();
    let mut signature_rows = Vec::new();
    let mut taken: std::collections::HashSet<(Uuid, Uuid)> = std::collections::HashSet::new();
    let demo_pupil = pupils.iter().position(|p| p.id == demo.pupil).unwrap_or(0);
    let statuses = [
        (Status::Proposed, 20),
        (Status::Accepted, 10),
        (Status::Confirmed, 8),
        (Status::Active, 32),
        (Status::Completed, 20),
        (Status::Declined, 5),
        (Status::Cancelled, 5),
    ];
    let pick_status = |rng: &mut ChaCha8Rng| {
        let mut n = rng.random_range(0..100);
        for (s, w) in statuses {
            if n < w {
                return s;
            }
            n -= w;
        }
        Status::Proposed
    };
    let demo_plan = [Status::Completed, Status::Active, Status::Proposed];
    let host_plan = [Status::Proposed, Status::Proposed, Status::Accepted, Status::Active, Status::Active];
    // Accepted applications of the demo school's pupils under 16 that the coordinator cannot
    // simply confirm: an evening vacancy (a rule blocks it), a host lacking a check, and an
    // ordinary one whose side job nobody declared (a warning to confirm).
    // (Not the demo organisation's first vacancy, whose candidates come from the plan above and
    // could be the same pupil, nor the one kept free for the demo pupil.)
    let reserved: Vec<Uuid> = [0, KEPT_FOR_DEMO_PUPIL].iter().filter_map(|i| vacs.get(*i).map(|v| v.id)).collect();
    let individual = |v: &Vac| v.kind == "individual" && v.min_age <= 13 && !reserved.contains(&v.id);
    let open_to_14 = |v: &Vac| !v.blocked_ages.contains(&14) && !v.blocked_ages.contains(&15);
    let mut coordinator_plan: Vec<usize> = [
        vacs.iter().position(|v| individual(v) && v.blocked_ages.contains(&14) && !v.host_lacking),
        vacs.iter().position(|v| individual(v) && v.host_lacking && open_to_14(v)),
        vacs.iter().skip(4).position(|v| individual(v) && !v.host_lacking && open_to_14(v)).map(|i| i + 4),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut young_at_demo_school: Vec<usize> = (0..pupils.len())
        .filter(|i| pupils[*i].school == demo.school && pupils[*i].id != demo.pupil)
        .filter(|i| (14..16).contains(&age_on(pupils[*i].birth, today)))
        .take(coordinator_plan.len())
        .collect();
    // And three that nothing stands in the way of (the rules find nothing at 14 and 15, the
    // side job declared as none), in one class: what her class confirmation is for.
    let undeclared = coordinator_plan.len();
    let clean: Vec<usize> = (4..vacs.len())
        .filter(|i| {
            let v = &vacs[*i];
            individual(v) && !v.host_lacking && v.clean_ages.contains(&14) && v.clean_ages.contains(&15)
        })
        .filter(|i| !coordinator_plan.contains(i))
        .take(3)
        .collect();
    // The class of her school with the most such pupils not planned already.
    let mut by_class: std::collections::BTreeMap<Uuid, Vec<usize>> = Default::default();
    for (i, p) in pupils.iter().enumerate() {
        if p.school == demo.school
            && p.id != demo.pupil
            && (14..16).contains(&age_on(p.birth, today))
            && !young_at_demo_school.contains(&i)
        {
            by_class.entry(p.class).or_default().push(i);
        }
    }
    if young_at_demo_school.len() == undeclared
        && let Some(classmates) = by_class.into_values().max_by_key(Vec::len)
    {
        let n = classmates.len().min(clean.len());
        coordinator_plan.extend(&clean[..n]);
        young_at_demo_school.extend(&classmates[..n]);
    }
    let planned = demo_plan.len() + host_plan.len() + coordinator_plan.len().min(young_at_demo_school.len());
    let total = vacs.len() * per_vacancy + planned;
    for n in 0..total {
        let (vi, pi, status) = if n < demo_plan.len() {
            (n % vacs.len(), demo_pupil, demo_plan[n])
        } else if n < demo_plan.len() + host_plan.len() {
            // Candidates at the demo organisation's first vacancy, from the demo school first.
            let pi = rng.random_range(0..pupils.len());
            (0, pi, host_plan[n - demo_plan.len()])
        } else if n < planned {
            let k = n - demo_plan.len() - host_plan.len();
            (coordinator_plan[k], young_at_demo_school[k], Status::Accepted)
        } else {
            (rng.random_range(0..vacs.len()), rng.random_range(0..pupils.len()), pick_status(rng))
        };
        let v = &vacs[vi];
        let p = &pupils[pi];
        if (v.kind == "group" || vi == KEPT_FOR_DEMO_PUPIL) && n >= demo_plan.len() + host_plan.len() {
            continue;
        }
        // Her age on the first day she could work: hours may be logged from the start.
        let age = age_on(p.birth, v.starts);
        if !taken.insert((v.id, p.id)) || age < v.min_age {
            continue;
        }
        // Nobody was ever confirmed where the rules keep her age out.
        let blocked = u8::try_from(age).is_ok_and(|a| v.blocked_ages.contains(&a));
        if blocked && !matches!(status, Status::Proposed | Status::Accepted | Status::Declined) {
            continue;
        }
        let holds = Status::HOLDING_A_PLACE.contains(&status);
        // The coordinator's planned applications keep a place free: once she has dealt with what
        // the rules found, she can confirm them.
        let kept = i32::from(n >= planned && coordinator_plan.contains(&vi));
        if holds && vacs[vi].held + kept >= vacs[vi].capacity {
            continue;
        }
        if holds {
            vacs[vi].held += 1;
        }
        let v = &vacs[vi];
        let pid = id(rng);
        // A parent signs under 16, and at 16–17 as the network asks by default (rule A5).
        let consent = model::parent_asked(Some(p.birth), v.starts, true);
        let applied = OffsetDateTime::new_utc(v.starts - Duration::days(rng.random_range(5..30)), hm(15, 0))
            .min(now - Duration::days(2));
        let reason = match status {
            Status::Declined => "Helaas hebben we op die dagen geen begeleider.",
            Status::Cancelled => "De leerling is verhuisd.",
            _ => "",
        };
        placement_rows.push(vec![
            Val::Id(pid),
            Val::Id(v.id),
            Val::Id(p.id),
            Val::Text(status.code().into()),
            Val::Text((*names::MOTIVATIONS.choose(rng).unwrap_or(&names::MOTIVATIONS[0])).into()),
            Val::Text(reason.into()),
            Val::Bool(consent && !matches!(status, Status::Proposed | Status::Accepted | Status::Declined)),
            Val::Time(Some(applied)),
            Val::Time(Some(applied + Duration::days(3))),
            // Most declared no side job when applying, some a small one; the planned ones nothing.
            Val::Text(
                match (n < planned && status == Status::Accepted, n % 9) {
                    (true, _) if n < demo_plan.len() + host_plan.len() + undeclared => "undeclared",
                    (true, _) => "none",
                    (false, 4) => "declared",
                    _ => "none",
                }
                .into(),
            ),
            Val::Int(Some(if n % 9 == 4 && n >= planned { 360 } else { 0 })),
            Val::Int(Some(if n % 9 == 4 && n >= planned { 2 } else { 0 })),
        ]);
        // History: each step a few days after the previous one.
        let path: &[Status] = match status {
            Status::Proposed => &[Status::Proposed],
            Status::Accepted => &[Status::Proposed, Status::Accepted],
            Status::Confirmed => &[Status::Proposed, Status::Accepted, Status::Confirmed],
            Status::Active => &[Status::Proposed, Status::Accepted, Status::Confirmed, Status::Active],
            Status::Completed => {
                &[Status::Proposed, Status::Accepted, Status::Confirmed, Status::Active, Status::Completed]
            }
            Status::Declined => &[Status::Proposed, Status::Declined],
            Status::Cancelled => &[Status::Proposed, Status::Accepted, Status::Cancelled],
        };
        for (k, s) in path.iter().enumerate() {
            let actor = match s {
                Status::Proposed if pi == demo_pupil => Val::OptId(Some(demo.pupil_user)),
                Status::Accepted | Status::Declined if v.org == demo_org => Val::OptId(Some(demo.host_user)),
                Status::Confirmed if p.school == demo.school => Val::OptId(Some(demo.coordinator_user)),
                _ => Val::OptId(None),
            };
            let at = (applied + Duration::days(2 * k as i64)).min(now - Duration::hours(1));
            event_rows.push(vec![
                Val::Id(id(rng)),
                Val::Id(pid),
                Val::Time(Some(at)),
                actor,
                Val::Text(s.code().into()),
                Val::Text(String::new()),
            ]);
        }
        // Signatures: the host with its acceptance, the school with its confirmation, the pupil
        // and a parent before the start (half the confirmed ones are still waiting for them).
        let step_at = |k: i64| (applied + Duration::days(2 * k)).min(now - Duration::hours(1));
        let signed: &[(&str, i64)] = match status {
            Status::Accepted => &[("host", 1)],
            Status::Confirmed if n % 2 == 0 => &[("host", 1), ("school", 2), ("pupil", 2)],
            Status::Confirmed => &[("host", 1), ("school", 2)],
            Status::Active | Status::Completed => &[("host", 1), ("school", 2), ("pupil", 3), ("parent", 3)],
            _ => &[],
        };
        for (party, k) in signed {
            if *party == "parent" && !consent {
                continue;
            }
            let (signer, name) = match *party {
                "host" if v.org == demo_org => (Val::OptId(Some(demo.host_user)), demo.host_name.clone()),
                "host" => (Val::OptId(None), orgs[v.org].contact.clone()),
                "school" if p.school == demo.school => {
                    (Val::OptId(Some(demo.coordinator_user)), demo.coordinator_name.clone())
                }
                "school" => (Val::OptId(None), "Stagecoördinator".to_string()),
                "pupil" if pi == demo_pupil => (Val::OptId(Some(demo.pupil_user)), p.name.clone()),
                "pupil" => (Val::OptId(None), p.name.clone()),
                _ => (Val::OptId(None), "Ouder van de leerling".to_string()),
            };
            signature_rows.push(vec![
                Val::Id(pid),
                Val::Text((*party).into()),
                signer,
                Val::Text(name),
                Val::Time(Some(step_at(*k))),
            ]);
        }
        if consent && matches!(status, Status::Active | Status::Completed) {
            let mut token = [0u8; 32];
            rng.fill_bytes(&mut token);
            let given = step_at(3) - Duration::hours(2);
            consent_rows.push(vec![
                Val::Id(id(rng)),
                Val::Id(pid),
                Val::Blob(token.to_vec()),
                Val::Text("ouder@example.nl".into()),
                Val::Time(Some(given - Duration::days(1))),
                Val::Time(Some(given + Duration::days(13))),
                Val::Time(Some(given)),
                Val::OptText(Some("Ouder van de leerling".into())),
            ]);
        }
        // Hours: completed placements have all of them approved; active ones some approved, one
        // waiting, now and then one rejected.
        if matches!(status, Status::Active | Status::Completed) {
            let needed = v.hours * 60;
            let mut logged = 0;
            let mut day = v.starts.max(applied.date() + Duration::days(7));
            let mut k = 0;
            loop {
                // Two hours on Wednesday afternoon, after the short school day (a Saturday for a
                // stage at a company): within the limits for every age, lessons included (D2:
                // seven hours of lessons and work on a school day; the other weekdays have
                // seven hours of lessons already).
                let weekday = if v.internship { time::Weekday::Saturday } else { time::Weekday::Wednesday };
                while day.weekday() != weekday {
                    day += Duration::days(1);
                }
                // Worked, so before today.
                if logged >= needed || day >= today {
                    break;
                }
                let minutes = 120.min(needed - logged);
                let start = hm(14, 0);
                let end = Time::from_hms(14 + (minutes / 60) as u8, (minutes % 60) as u8, 0).unwrap_or(hm(16, 0));
                let state = match status {
                    Status::Completed => "approved",
                    _ if k == 3 => "rejected",
                    _ if logged + minutes >= needed / 2 => "submitted",
                    _ => "approved",
                };
                hours_rows.push(vec![
                    Val::Id(id(rng)),
                    Val::Id(pid),
                    Val::Date(Some(day)),
                    Val::Clock(start),
                    Val::Clock(end),
                    Val::Int(Some(minutes)),
                    Val::Text((*names::ACTIVITIES.choose(rng).unwrap_or(&names::ACTIVITIES[0])).into()),
                    Val::Text(state.into()),
                    Val::Text(if state == "rejected" {
                        "Deze datum klopt niet, kijk je het na?".into()
                    } else {
                        String::new()
                    }),
                    Val::Time(Some(OffsetDateTime::new_utc(day, end))),
                ]);
                if state == "submitted" && status == Status::Active {
                    break;
                }
                logged += minutes;
                day += Duration::days(7);
                k += 1;
            }
            if status == Status::Completed {
                let at = Val::Time(Some(now - Duration::days(rng.random_range(1..30))));
                evaluation_rows.push(vec![
                    Val::Id(pid),
                    Val::Text((*names::EVALUATIONS.choose(rng).unwrap_or(&names::EVALUATIONS[0])).into()),
                    at.clone(),
                    // The final evaluation that completed it.
                    Val::Bool(true),
                ]);
                reflection_rows.push(vec![
                    Val::Id(pid),
                    Val::Text((*names::REFLECTIONS.choose(rng).unwrap_or(&names::REFLECTIONS[0])).into()),
                    at,
                ]);
            }
        }
    }
    bulk::insert(
        db,
        "placements",
        &[
            "id",
            "vacancy_id",
            "pupil_id",
            "status",
            "motivation",
            "reason",
            "consent_required",
            "created_at",
            "updated_at",
            "side_job",
            "side_job_minutes",
            "side_job_days",
        ],
        &placement_rows,
    )
    .await?;
    bulk::insert(
        db,
        "agreement_signatures",
        &["placement_id", "party", "signer_id", "signer_name", "signed_at"],
        &signature_rows,
    )
    .await?;
    bulk::insert(db, "placement_events", &["id", "placement_id", "at", "actor_id", "status", "note"], &event_rows)
        .await?;
    bulk::insert(
        db,
        "consents",
        &["id", "placement_id", "token_hash", "parent_email", "sent_at", "expires_at", "given_at", "given_by_name"],
        &consent_rows,
    )
    .await?;
    bulk::insert(
        db,
        "hours_entries",
        &[
            "id",
            "placement_id",
            "on_date",
            "starts_at",
            "ends_at",
            "minutes",
            "activity",
            "status",
            "review_comment",
            "created_at",
        ],
        &hours_rows,
    )
    .await?;
    bulk::insert(db, "evaluations", &["placement_id", "assessment", "at", "is_final"], &evaluation_rows).await?;
    bulk::insert(db, "reflections", &["placement_id", "text", "at"], &reflection_rows).await?;
    Ok(Made { vacancies: vacancy_rows.len(), placements: placement_rows.len(), hours: hours_rows.len(), host_checks })
}
