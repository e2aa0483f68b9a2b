//! The schema itself: both backends' migrations build the same tables, columns and nullability,
//! and a status or code column refuses a value its Rust enum does not know (migration 0006).

use std::collections::BTreeMap;

use schakel::directory::import::Parsed;
use schakel::directory::store::imports;
use schakel::minors::papers::{self, ConsentKind, Party};
use sqlx::error::ErrorKind;

use crate::fixtures::World;
use crate::helpers::{Backend, TestApp};

/// A schema as the parity check compares it: table → column → whether it is NOT NULL.
type Shape = BTreeMap<String, BTreeMap<String, bool>>;

/// The tables and columns of the app's database after its migrations, without sqlx's own table.
async fn shape(app: &TestApp) -> Shape {
    let sql = match app.db.backend() {
        schakel::db::Backend::Sqlite => {
            "SELECT t.name, c.name, c.\"notnull\" <> 0
             FROM sqlite_schema t JOIN pragma_table_info(t.name) c
             WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite%' AND t.name <> '_sqlx_migrations'"
        }
        schakel::db::Backend::Postgres => {
            "SELECT c.table_name::text, c.column_name::text, c.is_nullable = 'NO'
             FROM information_schema.columns c
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
               AND c.table_name <> '_sqlx_migrations'"
        }
    };
    let rows: Vec<(String, String, bool)> =
        schakel::with_conn!(&app.db, p => sqlx::query_as(sql).fetch_all(p).await).expect("reading the schema");
    let mut shape = Shape::new();
    for (table, column, not_null) in rows {
        shape.entry(table).or_default().insert(column, not_null);
    }
    shape
}

/// Where the two schemas differ, one line per table, column or nullability.
fn differences(sqlite: &Shape, postgres: &Shape) -> Vec<String> {
    let null = |not_null: bool| if not_null { "NOT NULL" } else { "NULL allowed" };
    let mut found = Vec::new();
    for table in sqlite.keys().chain(postgres.keys().filter(|t| !sqlite.contains_key(*t))) {
        let (Some(s), Some(p)) = (sqlite.get(table), postgres.get(table)) else {
            let on = if sqlite.contains_key(table) { "SQLite" } else { "PostgreSQL" };
            found.push(format!("table {table}: only on {on}"));
            continue;
        };
        for column in s.keys().chain(p.keys().filter(|c| !s.contains_key(*c))) {
            match (s.get(column), p.get(column)) {
                (Some(a), Some(b)) if a != b => {
                    found.push(format!("{table}.{column}: {} on SQLite, {} on PostgreSQL", null(*a), null(*b)))
                }
                (Some(_), None) => found.push(format!("{table}.{column}: only on SQLite")),
                (None, Some(_)) => found.push(format!("{table}.{column}: only on PostgreSQL")),
                _ => {}
            }
        }
    }
    found
}

/// A fresh database of each backend, or `None` where PostgreSQL is not configured.
async fn both_databases() -> Option<(TestApp, TestApp)> {
    let pg = Backend::postgres()?;
    Some((TestApp::spawn(Backend::Sqlite).await, TestApp::spawn(pg).await))
}

async fn execute(app: &TestApp, sql: &str) -> sqlx::Result<u64> {
    schakel::with_conn!(&app.db, p => sqlx::query(sql).execute(p).await.map(|r| r.rows_affected()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_have_the_same_tables_columns_and_nullability() {
    let Some((sqlite, postgres)) = both_databases().await else { return };
    let (s, p) = (shape(&sqlite).await, shape(&postgres).await);
    assert!(s.len() > 30 && s.contains_key("placements"), "the SQLite schema was not read: {s:?}");
    let found = differences(&s, &p);
    assert!(found.is_empty(), "the backends' schemas differ:\n{}", found.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_parity_check_sees_a_column_table_or_nullability_on_one_backend_only() {
    let Some((sqlite, postgres)) = both_databases().await else { return };
    execute(&sqlite, "ALTER TABLE pupils ADD COLUMN nickname TEXT").await.expect("add a column");
    execute(&postgres, "ALTER TABLE pupils ALTER COLUMN email SET NOT NULL").await.expect("change nullability");
    execute(&postgres, "CREATE TABLE scratch (id BIGINT)").await.expect("add a table");
    let found = differences(&shape(&sqlite).await, &shape(&postgres).await);
    assert_eq!(
        found,
        [
            "pupils.email: NULL allowed on SQLite, NOT NULL on PostgreSQL",
            "pupils.nickname: only on SQLite",
            "table scratch: only on PostgreSQL",
        ]
    );
}

/// Every column that holds one of a fixed set of codes (migration 0006).
const CODE_COLUMNS: [(&str, &str); 17] = [
    ("placements", "status"),
    ("placements", "side_job"),
    ("placement_events", "status"),
    ("hours_entries", "status"),
    ("vacancies", "status"),
    ("vacancies", "kind"),
    ("vacancies", "setting"),
    ("rounds", "status"),
    ("rounds", "priority"),
    ("rounds", "mode"),
    ("organisations", "vetting_status"),
    ("organisations", "kind"),
    ("import_batches", "status"),
    ("grants", "role"),
    ("agreement_signatures", "party"),
    ("host_checks", "kind"),
    ("minor_consents", "kind"),
];

async fn column(app: &TestApp, table: &str, column: &str) -> Vec<Option<String>> {
    let sql = format!("SELECT CAST({column} AS TEXT) FROM {table} ORDER BY 1");
    schakel::with_conn!(&app.db, p => sqlx::query_scalar(&sql).fetch_all(p).await).expect("reading a column")
}

async fn a_status_or_code_the_enums_do_not_know_is_refused_and_changes_nothing(app: TestApp) {
    let world = World::build(&app).await;
    // The world has rows in every table with a code column but these three.
    imports::create_batch(&app.db, world.school_b, world.teacher_b, "leerlingen.csv", &Parsed::default())
        .await
        .expect("import batch");
    papers::sign(&app.db, world.placement_b, Party::Pupil, None, "Sem").await.expect("signature");
    papers::give_consent(&app.db, world.placement_b, ConsentKind::ParentSunday, "Ouder").await.expect("consent");

    for (table, col) in CODE_COLUMNS {
        let before = column(&app, table, col).await;
        assert!(!before.is_empty(), "{table} has no rows to change");
        let refused = execute(&app, &format!("UPDATE {table} SET {col} = 'lost'")).await;
        match refused {
            Err(sqlx::Error::Database(e)) => assert_eq!(e.kind(), ErrorKind::CheckViolation, "{table}.{col}: {e}"),
            other => panic!("{table}.{col} = 'lost' was not refused by a CHECK: {other:?}"),
        }
        assert_eq!(column(&app, table, col).await, before, "{table}.{col} changed");
    }
}

crate::both!(a_status_or_code_the_enums_do_not_know_is_refused_and_changes_nothing);
