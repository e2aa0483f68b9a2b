//! Demo matching rounds at the demo school, one in each interesting state: published (autumn,
//! year 3, the demo pupil can read her result), run but not published (year 4), and open for
//! ranking with some rankings in (spring, year 3; the demo pupil has not chosen yet). The
//! coordinator's steps go through the same flows as her pages (open, close, run, publish); the
//! round and the pupils' rankings are written as their steps would. Ids, lottery seeds and
//! choices come from the generator, so the same seed gives the same rounds.

use rand::seq::SliceRandom;
use rand::{Rng, RngCore};
use rand_chacha::ChaCha8Rng;
use schakel_match::Mode;
use time::Duration;
use uuid::Uuid;

use crate::env::Env;
use crate::ids::{PupilId, RoundId, SchoolId, UserId, VacancyId};
use crate::rounds::flow;
use crate::rounds::model::Priority;
use crate::rounds::store::{self, NewRound, choices};
use crate::with_conn;

/// How far a demo round got.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Open,
    Matched,
    Published,
}

struct Plan {
    name: &'static str,
    year: i32,
    priority: Priority,
    stage: Stage,
    /// Share of the pupils who ranked, in percent.
    ranked: u32,
}

const PLANS: [Plan; 3] = [
    Plan {
        name: "Maatschappelijke stage klas 3 – najaar",
        year: 3,
        priority: Priority::Distance,
        stage: Stage::Published,
        ranked: 90,
    },
    Plan { name: "Snuffelstage klas 4", year: 4, priority: Priority::Lottery, stage: Stage::Matched, ranked: 85 },
    Plan {
        name: "Maatschappelijke stage klas 3 – voorjaar",
        year: 3,
        priority: Priority::Distance,
        stage: Stage::Open,
        ranked: 60,
    },
];

fn id(rng: &mut ChaCha8Rng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

/// A flow the demo's data should always pass.
fn stopped(e: crate::flow::Stop<flow::Refused>) -> anyhow::Error {
    anyhow::anyhow!("a demo round step stopped: {e:?}")
}

/// Makes the rounds; returns how many.
pub async fn generate(
    env: &Env,
    rng: &mut ChaCha8Rng,
    school: SchoolId,
    coordinator: UserId,
    demo_pupil: PupilId,
) -> anyhow::Result<usize> {
    let db = &env.db;
    let today = db.clock().today();
    let actor = crate::auth::store::actor(db, coordinator).await?.ok_or_else(|| anyhow::anyhow!("demo coordinator"))?;
    // Vacancies with a place left: a full one would only disappoint.
    let options: Vec<VacancyId> = store::vacancy_options(db, Some(school), None, None, today)
        .await?
        .into_iter()
        .filter(|v| v.free() > 0)
        .map(|v| v.id)
        .collect();
    let at_five =
        |days: i64| crate::clock::from_amsterdam((today + Duration::days(days)).with_time(time::macros::time!(17:00)));
    for plan in &PLANS {
        let pupils: Vec<PupilId> = with_conn!(db, p => sqlx::query_scalar(
            "SELECT id FROM pupils WHERE school_id = $1 AND year_of_study = $2 AND archived_at IS NULL ORDER BY id")
            .bind(school).bind(plan.year).fetch_all(p).await)?;
        let mut vacancies = options.clone();
        vacancies.shuffle(rng);
        vacancies.truncate(12);
        vacancies.sort();
        let round = RoundId::from_uuid(id(rng));
        store::create(
            db,
            &NewRound {
                id: round,
                school: Some(school),
                name: plan.name,
                choices: 3,
                priority: plan.priority,
                seed: i64::from(rng.next_u32()),
                closes_at: at_five(10),
                follows: None,
                pupils: &pupils,
                vacancies: &vacancies,
                by: Some(coordinator),
            },
        )
        .await?;
        flow::open(env, &actor, round).await.map_err(stopped)?;
        // Rankings: three vacancies each that she may take, most pupils.
        let r = store::round(db, round).await?.ok_or_else(|| anyhow::anyhow!("demo round vanished"))?;
        let data = store::results::load(db, &r, today).await?;
        for p in &data.pupils {
            let is_demo = p.id == demo_pupil;
            let ranks = if is_demo { plan.stage != Stage::Open } else { rng.random_range(0..100) < plan.ranked };
            if !ranks {
                continue;
            }
            let mut open: Vec<VacancyId> = data
                .vacancies
                .iter()
                .filter(|v| v.rule.for_pupil(p.school, p.birth, today).is_ok())
                .map(|v| v.id)
                .collect();
            open.shuffle(rng);
            open.truncate(3);
            choices::save(db, round, p.id, &open).await?;
        }
        if plan.stage == Stage::Open {
            continue;
        }
        let (closed_days_ago, mode) = match plan.stage {
            Stage::Published => (30, Mode::Stable),
            _ => (2, Mode::Optimal),
        };
        flow::close(env, &actor, round).await.map_err(stopped)?;
        with_conn!(db, p => sqlx::query("UPDATE rounds SET closes_at = $1 WHERE id = $2")
            .bind(at_five(-closed_days_ago)).bind(round).execute(p).await.map(|r| r.rows_affected()))?;
        flow::run(env, &actor, round, mode).await.map_err(stopped)?;
        if plan.stage == Stage::Published {
            let mut ids = || id(rng);
            flow::publish(env, &actor, round, &format!("Via {}", plan.name), &mut ids).await.map_err(stopped)?;
            with_conn!(db, p => sqlx::query("UPDATE rounds SET published_at = $1 WHERE id = $2")
                .bind(at_five(-25) + Duration::minutes(12)).bind(round).execute(p).await.map(|r| r.rows_affected()))?;
        }
    }
    Ok(PLANS.len())
}
