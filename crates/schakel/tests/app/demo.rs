//! The demo network keeps to the rules it shows, whatever day it is made on. Its dates follow
//! from the day the database's clock gives: a demo made on another day is the same network
//! moved in time, and some days (a Sunday, a holiday, the start of the school year, the week
//! summer time ends) once made it break its own rules.

use schakel::cli::DemoSize;
use schakel::clock::Clock;
use schakel::config::Config;
use schakel::db::Db;
use schakel::env::Env;
use schakel::ids::PlacementId;
use schakel::minors::check::Context;
use schakel::placements::store::{hours, placements as store};

/// What a demo made on `today` shows that its own rules forbid: hours that break a rule,
/// confirmed placements a rule blocks (beyond the paperwork they still wait for).
pub async fn rules_broken(db: &Db, today: time::Date) -> Vec<String> {
    let rules = Context::load(db, today).await.expect("rules");
    let placements: Vec<(PlacementId, String)> =
        schakel::with_conn!(db, p => sqlx::query_as("SELECT id, status FROM placements").fetch_all(p).await)
            .expect("placements");
    let paperwork = ["A3", "A4", "A5", "A6", "D1"];
    let mut broken = Vec::new();
    let ahead: i64 = schakel::with_conn!(db, p => sqlx::query_scalar(
        "SELECT COUNT(*) FROM hours_entries WHERE on_date > $1").bind(today).fetch_one(p).await)
    .expect("hours ahead");
    if ahead > 0 {
        broken.push(format!("{ahead} hours entries on days still to come"));
    }
    for (id, status) in &placements {
        let p = store::placement(db, *id).await.expect("read").expect("placement");
        let blocks: Vec<&str> = match status.as_str() {
            "active" | "completed" => {
                let entries = hours::entries(db, *id).await.expect("hours");
                let f = rules.placement_hours(db, &p, &entries, None).await.expect("check");
                f.blocks().map(|v| v.rule.as_str()).collect()
            }
            "confirmed" => {
                let f = rules.placement_agreement(db, &p).await.expect("check");
                f.blocks().map(|v| v.rule.as_str()).filter(|r| !paperwork.contains(r)).collect()
            }
            _ => Vec::new(),
        };
        if !blocks.is_empty() {
            broken.push(format!("{status} placement {id} ({}) breaks {blocks:?}", p.vacancy_title));
        }
    }
    broken
}

/// The days to make the demo on: by default one day a week through the school year, starting
/// on a weekday that changes from run to run (so, run after run, every day gets its turn; the
/// run prints its start, and `DEMO_DAYS_FROM=<n>` repeats it); `DEMO_DAYS=all` takes every day.
fn days() -> Vec<time::Date> {
    let year = schakel::directory::values::SchoolYear::containing(crate::helpers::TODAY);
    let first = time::Date::from_calendar_date(year.start_year(), time::Month::August, 1).expect("1 August");
    let all: Vec<time::Date> = (0..365).map(|k| first + time::Duration::days(k)).collect();
    if std::env::var("DEMO_DAYS").is_ok_and(|v| v == "all") {
        return all;
    }
    let from = std::env::var("DEMO_DAYS_FROM")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or_else(|| usize::from(rand::random::<u8>()) % 7);
    eprintln!("the demo on one day a week from day {from} of the school year (DEMO_DAYS_FROM={from})");
    all.into_iter().skip(from).step_by(7).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_made_on_any_day_keeps_to_its_rules() {
    let mut broken = Vec::new();
    for day in days() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/demo.db", dir.path().display());
        let db = schakel::app::open(&url, Clock::at_noon(day)).await.expect("database");
        let env = Env::new(db.clone(), Config::new("http://127.0.0.1")).await.expect("env");
        schakel::demo::generate(&env, DemoSize::Small, 2026).await.expect("demo");
        broken.extend(rules_broken(&db, day).await.into_iter().map(|b| format!("{day}: {b}")));
        db.close().await;
    }
    assert!(broken.is_empty(), "the demo breaks its own rules on some days:\n{}", broken.join("\n"));
}
