//! Demo rules for minors: host checks (most hosts complete, some missing or expired, a few with
//! alcohol on site) and school calendars (lesson times at the first schools, a study day).
//! Deterministic from the generator's seed.

use std::collections::HashSet;

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use time::{Date, Duration, Time};
use uuid::Uuid;

use crate::db::Db;
use crate::db::bulk::{self, Val};
use crate::minors::hosts::CheckKind;

/// What a host's checks look like in the demo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostState {
    Complete,
    /// One check missing or expired: the host cannot have placements confirmed.
    Lacking,
}

/// Which hosts lack a check: about one in eight, never the demo organisation.
pub fn state_of(index: usize, id: Uuid, demo_org: Uuid) -> HostState {
    if id != demo_org && index % 8 == 3 { HostState::Lacking } else { HostState::Complete }
}

/// Records the checks of the hosts with vacancies. Hosts in `alcohol` serve alcohol on site.
pub async fn host_checks(
    db: &Db,
    rng: &mut ChaCha8Rng,
    hosts: &[(Uuid, HostState, String)],
    alcohol: &HashSet<Uuid>,
    today: Date,
) -> anyhow::Result<usize> {
    let now = db.clock().now();
    let mut rows = Vec::new();
    for (i, (org, state, contact)) in hosts.iter().enumerate() {
        // A lacking host misses one check, or has it expired, in turn.
        let gap = (*state == HostState::Lacking).then(|| CheckKind::ALL[1 + i % 3]);
        for kind in CheckKind::ALL {
            if gap == Some(kind) && i % 2 == 0 {
                continue;
            }
            let from = today - Duration::days(rng.random_range(30..600));
            let expires = match (kind.default_months(), gap == Some(kind)) {
                (_, true) => Some(today - Duration::days(rng.random_range(5..60))),
                (Some(months), false) => Some(today + Duration::days(rng.random_range(60..i64::from(months) * 30))),
                (None, false) => None,
            };
            let reference = match kind {
                CheckKind::Supervisor => contact.clone(),
                CheckKind::Insurance => format!("AVB polis {}", rng.random_range(100_000..999_999)),
                CheckKind::RiskDeclaration => "RI&E met jeugdparagraaf".to_string(),
                CheckKind::VogPolicy => "VOG voor begeleiders".to_string(),
                CheckKind::Location => String::new(),
            };
            let flags = if kind == CheckKind::Location && alcohol.contains(org) { "alcohol-served" } else { "" };
            rows.push(vec![
                Val::Id(uuid::Builder::from_random_bytes(rng.random()).into_uuid()),
                Val::Id(*org),
                Val::Text(kind.code().into()),
                Val::Text(reference),
                Val::Text(flags.into()),
                Val::Date(Some(from)),
                Val::Date(expires),
                Val::Time(Some(now)),
            ]);
        }
    }
    bulk::insert(
        db,
        "host_checks",
        &["id", "organisation_id", "kind", "reference", "flags", "valid_from", "expires_on", "recorded_at"],
        &rows,
    )
    .await?;
    Ok(rows.len())
}

fn hm(h: u8, m: u8) -> Time {
    Time::from_hms(h, m, 0).unwrap_or(Time::MIDNIGHT)
}

/// Lesson times at the first `with_times` schools (08:30–15:30, Wednesday until 13:00), and a
/// study day at the demo school.
pub async fn calendars(
    db: &Db,
    rng: &mut ChaCha8Rng,
    schools: &[Uuid],
    with_times: usize,
    demo_school: Uuid,
    today: Date,
) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    for school in schools.iter().take(with_times) {
        for weekday in 1..=5 {
            let end = if weekday == 3 { hm(13, 0) } else { hm(15, 30) };
            rows.push(vec![Val::Id(*school), Val::Int(Some(weekday)), Val::Clock(hm(8, 30)), Val::Clock(end)]);
        }
    }
    bulk::insert(db, "school_lesson_times", &["school_id", "weekday", "starts_at", "ends_at"], &rows).await?;
    let study_day = today + Duration::days(((8 - i64::from(today.weekday().number_from_monday())) % 7) + 14);
    let row = vec![
        Val::Id(uuid::Builder::from_random_bytes(rng.random()).into_uuid()),
        Val::Id(demo_school),
        Val::Date(Some(study_day)),
        Val::Date(Some(study_day)),
        Val::Text("Studiedag".into()),
        Val::Text("manual".into()),
        Val::Time(Some(db.clock().now())),
    ];
    bulk::insert(
        db,
        "school_days_off",
        &["id", "school_id", "first_day", "last_day", "name", "source", "created_at"],
        &[row],
    )
    .await?;
    Ok(())
}
