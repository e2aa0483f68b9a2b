//! A step is all or nothing. Each test makes the database refuse one write in the middle of a
//! step (a trigger that raises, as a full disk or a broken constraint would: a real failure of
//! the real database), takes the step through the web as its user would, and finds that nothing
//! of it was kept; then mends the database and takes the same step again, which works, so the
//! failure was what stopped it.

use reqwest::StatusCode;
use schakel::db::Backend;
use schakel::ids::{PlacementId, UserId};

use crate::fixtures::{self, World};
use crate::helpers::{Page, TestApp};

/// Which writes fail.
#[derive(Clone, Copy)]
enum Write {
    Insert,
    Update,
}

impl Write {
    fn sql(self) -> &'static str {
        match self {
            Write::Insert => "INSERT",
            Write::Update => "UPDATE",
        }
    }
}

async fn exec(app: &TestApp, sql: &str) {
    schakel::with_conn!(&app.db, c => sqlx::raw_sql(sql).execute(&mut *c).await.map(|_| ())).expect(sql);
}

/// Makes the database refuse every `write` on `table`.
async fn break_writes(app: &TestApp, table: &str, write: Write) {
    let w = write.sql();
    match app.db.backend() {
        Backend::Sqlite => {
            exec(
                app,
                &format!(
                    "CREATE TRIGGER injected_failure BEFORE {w} ON {table} BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
                ),
            )
            .await
        }
        Backend::Postgres => {
            exec(
                app,
                "CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS
                 $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
            )
            .await;
            exec(
                app,
                &format!("CREATE TRIGGER injected_failure BEFORE {w} ON {table} FOR EACH ROW EXECUTE FUNCTION injected_failure()"),
            )
            .await;
        }
    }
}

async fn mend(app: &TestApp, table: &str) {
    match app.db.backend() {
        Backend::Sqlite => exec(app, "DROP TRIGGER injected_failure").await,
        Backend::Postgres => exec(app, &format!("DROP TRIGGER injected_failure ON {table}")).await,
    }
}

/// What a step that did not happen must leave as it was: every table's rows (but sessions and
/// login counts, which signing in changes), and the statuses and answers steps write.
async fn snapshot(app: &TestApp) -> Vec<(String, i64)> {
    let tables: Vec<String> = match app.db.backend() {
        Backend::Sqlite => schakel::with_conn!(&app.db, c => sqlx::query_scalar(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'
             ORDER BY name").fetch_all(&mut *c).await),
        Backend::Postgres => schakel::with_conn!(&app.db, c => sqlx::query_scalar(
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%'
             ORDER BY table_name").fetch_all(&mut *c).await),
    }
    .expect("tables");
    let mut out = Vec::new();
    for t in tables.iter().filter(|t| !matches!(t.as_str(), "sessions" | "login_throttle")) {
        out.push((t.clone(), app.count(&format!("SELECT COUNT(*) FROM {t}")).await));
    }
    for (table, column) in
        [("placements", "status"), ("hours_entries", "status"), ("rounds", "status"), ("vacancies", "status")]
    {
        let rows: Vec<(String, i64)> = schakel::with_conn!(&app.db, c => sqlx::query_as(&format!(
            "SELECT {column}, COUNT(*) FROM {table} GROUP BY {column} ORDER BY {column}")).fetch_all(&mut *c).await)
        .expect("statuses");
        out.extend(rows.into_iter().map(|(v, n)| (format!("{table}.{column}={v}"), n)));
    }
    for (name, sql) in [
        ("consents given", "SELECT COUNT(*) FROM consents WHERE given_at IS NOT NULL"),
        ("invitations used", "SELECT COUNT(*) FROM invitations WHERE used_at IS NOT NULL"),
        ("passwords", "SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL"),
        ("rankings", "SELECT COUNT(*) FROM round_pupils WHERE ranked_at IS NOT NULL"),
        ("results placed", "SELECT COUNT(*) FROM round_results WHERE placement_id IS NOT NULL"),
    ] {
        out.push((name.to_string(), app.count(sql).await));
    }
    out
}

/// Takes `$step` (an expression making a request) with `$write`s on `$table` failing: the step
/// answers with an error and leaves the database as it was. Then takes it again, mended, and
/// gives that answer.
macro_rules! fails_whole_then_works {
    ($app:expr, $write:expr, $table:expr, $step:expr) => {{
        let before = snapshot($app).await;
        break_writes($app, $table, $write).await;
        let failed: Page = $step;
        assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR, "{} failing: {}", $table, failed.text);
        assert!(failed.text.contains("Er is niets veranderd"), "the error says nothing changed");
        let after = snapshot($app).await;
        mend($app, $table).await;
        assert_eq!(after, before, "a step that failed at {} left something behind", $table);
        let done: Page = $step;
        done
    }};
}

async fn user_id(app: &TestApp, email: &str) -> UserId {
    UserId::from_uuid(
        schakel::with_conn!(&app.db, c => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = $1")
            .bind(email).fetch_one(&mut *c).await)
        .expect("user"),
    )
}

fn placement_of(page: &Page) -> PlacementId {
    page.location.as_deref().and_then(|l| l.rsplit('/').next()).and_then(|s| s.parse().ok()).expect("placement id")
}

fn form_day(d: time::Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year())
}

/// A placement from application to evaluation, with each step failing once halfway: when the
/// mail to the next person cannot be written, the audit event, or the signed agreement cannot
/// be made.
async fn every_placement_step_is_kept_whole_or_not_at_all(app: TestApp) {
    let world = World::build(&app).await;
    let host_user = user_id(&app, "org.a@test.nl").await;
    let vacancy = fixtures::vacancy(&app, world.org_a, "Voorlezen", "individual", 2, host_user).await;
    // Six hours are asked of it: the three afternoons below complete it.
    schakel::with_conn!(&app.db, c => sqlx::query("UPDATE vacancies SET expected_hours = 6 WHERE id = $1")
        .bind(vacancy).execute(&mut *c).await.map(|_| ()))
    .expect("hours");
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let mut host = app.signed_in("org.a@test.nl").await;
    let mut coord = app.signed_in("coord.a@test.nl").await;

    let apply = format!("/vacancies/{vacancy}/apply");
    let applied = fails_whole_then_works!(
        &app,
        Write::Insert,
        "outbox",
        pupil.post(&apply, &[("motivation", "Ik lees graag voor."), ("side_job", "none")]).await
    );
    let id = placement_of(&applied);
    let at = |step: &str| format!("/placements/{id}/{step}");

    let accepted = fails_whole_then_works!(
        &app,
        Write::Insert,
        "audit_events",
        host.post(&at("accept"), &[("sign", "yes")]).await
    );
    assert!(accepted.redirects_to("/placements/"));
    // The confirmation: its acknowledgements, signature and audit event go with it or not at all.
    let confirmed = fails_whole_then_works!(
        &app,
        Write::Insert,
        "audit_events",
        coord.post(&at("confirm"), &[("sign", "yes")]).await
    );
    assert!(confirmed.redirects_to("/placements/"), "{confirmed:?}");
    let asked = fails_whole_then_works!(
        &app,
        Write::Insert,
        "outbox",
        coord.post(&at("consent"), &[("parent_email", "ouder@test.nl")]).await
    );
    assert!(asked.redirects_to("/placements/"));
    // The parent consents through her link (the mail to the others fails once).
    let body: String = schakel::with_conn!(&app.db, c => sqlx::query_scalar(
        "SELECT body FROM outbox WHERE recipient = 'ouder@test.nl' ORDER BY created_at DESC LIMIT 1").fetch_one(&mut *c).await)
    .expect("consent mail");
    let link = body.split_whitespace().find(|w| w.contains("/consent/")).expect("link").to_string();
    let consent = link[link.find("/consent/").expect("path")..].to_string();
    let mut parent = app.client();
    parent.get(&consent).await;
    let given = fails_whole_then_works!(
        &app,
        Write::Insert,
        "outbox",
        parent.post(&consent, &[("name", "Karin Bakker"), ("agree", "yes")]).await
    );
    assert!(given.text.contains("je toestemming is vastgelegd"), "{}", given.text);

    // The pupil's is the last signature: the placement starts with it, and keeps the signed
    // agreement. When the agreement cannot be made (its period ends before it starts), her
    // signature is not kept either, and the placement does not start.
    let dates: (time::Date, time::Date) = schakel::with_conn!(&app.db, c => sqlx::query_as(
        "SELECT starts_on, ends_on FROM vacancies WHERE id = $1").bind(vacancy).fetch_one(&mut *c).await)
    .expect("dates");
    let set_dates = |from: time::Date, to: time::Date| {
        let db = app.db.clone();
        async move {
            schakel::with_conn!(&db, c => sqlx::query("UPDATE vacancies SET starts_on = $1, ends_on = $2 WHERE id = $3")
                .bind(from).bind(to).bind(vacancy).execute(&mut *c).await.map(|_| ()))
            .expect("dates")
        }
    };
    set_dates(dates.1, dates.0).await;
    let before = snapshot(&app).await;
    let unmade = pupil.post(&at("sign"), &[("agree", "yes")]).await;
    assert_eq!(unmade.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", unmade.text);
    assert_eq!(snapshot(&app).await, before, "no signature, no start, no agreement without the agreement");
    set_dates(dates.0, dates.1).await;
    let signed =
        fails_whole_then_works!(&app, Write::Insert, "agreements", pupil.post(&at("sign"), &[("agree", "yes")]).await);
    assert_eq!(signed.flash().as_deref(), Some("flash-placement-active"));
    assert_eq!(app.count("SELECT COUNT(*) FROM agreements").await, 1, "the signed agreement is kept");

    // Ten days on, the hours: logged, approved one by one and in bulk, then the evaluation that
    // completes the placement. (Sessions ended meanwhile: everyone signs in again.)
    app.clock.advance(time::Duration::days(10));
    let today = app.clock.today();
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let mut host = app.signed_in("org.a@test.nl").await;
    let weekdays: Vec<time::Date> = (1..=7)
        .map(|k| today - time::Duration::days(k))
        .filter(|d| !matches!(d.weekday(), time::Weekday::Saturday | time::Weekday::Sunday))
        .take(3)
        .collect();
    for day in &weekdays {
        let logged = fails_whole_then_works!(
            &app,
            Write::Insert,
            "outbox",
            pupil
                .post(
                    &at("hours"),
                    &[("date", &form_day(*day)), ("start", "14:00"), ("end", "16:00"), ("activity", "Voorlezen")]
                )
                .await
        );
        assert!(logged.redirects_to("/placements/"), "{logged:?}");
    }
    let entry: uuid::Uuid = schakel::with_conn!(&app.db, c => sqlx::query_scalar(
        "SELECT id FROM hours_entries WHERE placement_id = $1 ORDER BY on_date LIMIT 1").bind(id).fetch_one(&mut *c).await)
    .expect("entry");
    let one = fails_whole_then_works!(
        &app,
        Write::Insert,
        "outbox",
        host.post(&format!("/hours/{entry}/approve"), &[]).await
    );
    assert_eq!(one.flash().as_deref(), Some("flash-hours-approved"));
    let all = fails_whole_then_works!(&app, Write::Insert, "outbox", host.post(&at("hours/approve"), &[]).await);
    assert!(all.redirects_to("/placements/"));
    let approved: i64 = schakel::with_conn!(&app.db, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM hours_entries WHERE placement_id = $1 AND status = 'approved'").bind(id).fetch_one(&mut *c).await)
    .expect("approved");
    assert_eq!(approved, 3);
    let evaluated = fails_whole_then_works!(
        &app,
        Write::Update,
        "placements",
        host.post(
            &at("evaluation"),
            &[("text", "Betrokken en op tijd."), ("kind", "final"), ("early_reason", "Klaar"), ("complete", "yes")]
        )
        .await
    );
    assert_eq!(evaluated.flash().as_deref(), Some("flash-evaluated-completed"));
    let status: String = schakel::with_conn!(&app.db, c => sqlx::query_scalar(
        "SELECT status FROM placements WHERE id = $1").bind(id).fetch_one(&mut *c).await)
    .expect("status");
    assert_eq!(status, "completed", "the final evaluation completed it");
}

/// Declining and cancelling, each failing once when its message cannot be written.
async fn declining_and_cancelling_are_kept_whole_or_not_at_all(app: TestApp) {
    let world = World::build(&app).await;
    let host_user = user_id(&app, "org.a@test.nl").await;
    let vacancy = fixtures::vacancy(&app, world.org_a, "Koken", "individual", 2, host_user).await;
    let declined_one = fixtures::propose(&app, vacancy, world.pupil_a, "Graag", host_user).await;
    let mut host = app.signed_in("org.a@test.nl").await;
    let declined = fails_whole_then_works!(
        &app,
        Write::Insert,
        "outbox",
        host.post(&format!("/placements/{declined_one}/decline"), &[("reason", "Vol")]).await
    );
    assert_eq!(declined.flash().as_deref(), Some("flash-placement-declined"));
    let cancelled_one = fixtures::propose(&app, vacancy, world.pupil_a, "Toch graag", host_user).await;
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let cancelled = fails_whole_then_works!(
        &app,
        Write::Insert,
        "placement_events",
        pupil.post(&format!("/placements/{cancelled_one}/cancel"), &[("reason", "Ik heb iets anders")]).await
    );
    assert_eq!(cancelled.flash().as_deref(), Some("flash-placement-cancelled"));
}

/// A group placed with a signature and its audit event per pupil: when one audit event cannot
/// be written, nobody of the group is placed.
async fn a_group_is_placed_whole_or_not_at_all(app: TestApp) {
    let world = World::build(&app).await;
    let host_user = user_id(&app, "org.a@test.nl").await;
    let group = fixtures::vacancy(&app, world.org_a, "Natuurwerkdag", "group", 30, host_user).await;
    let second = fixtures::pupil(&app, world.school_a, world.class_a, "100002", "Lotte", "Groep").await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let (a, b) = (world.pupil_a.to_string(), second.to_string());
    let fields = [
        ("class", world.class_a.to_string()),
        ("pupils", a),
        ("pupils", b),
        ("sign", "yes".into()),
        ("ack", "yes".into()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let placed = fails_whole_then_works!(
        &app,
        Write::Insert,
        "audit_events",
        coord.post(&format!("/vacancies/{group}/group"), &refs).await
    );
    assert!(placed.redirects_to(&format!("/vacancies/{group}")), "{placed:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM placements WHERE status = 'confirmed'").await, 2);
}

/// A round's steps: creating it with its pupils, opening it (every pupil is told), a pupil's
/// ranking, running it and publishing it (every pupil is told, placements are proposed).
async fn every_round_step_is_kept_whole_or_not_at_all(app: TestApp) {
    let world = World::build(&app).await;
    let host_user = user_id(&app, "org.a@test.nl").await;
    let vacancy = fixtures::vacancy(&app, world.org_a, "Dierenasiel", "individual", 2, host_user).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let closes = form_day(app.clock.today() + time::Duration::days(7));
    let v = vacancy.to_string();
    let class = world.class_a.to_string();
    let form = [
        ("name", "Voorjaar"),
        ("closes_on", closes.as_str()),
        ("closes_time", "17:00"),
        ("choices", "3"),
        ("priority", "lottery"),
        ("classes", class.as_str()),
        ("vacancies", v.as_str()),
    ];
    let created = fails_whole_then_works!(&app, Write::Insert, "round_pupils", coord.post("/rounds", &form).await);
    assert!(created.redirects_to("/rounds/"), "{created:?}");
    let round = created.location.clone().unwrap_or_default();
    let opened =
        fails_whole_then_works!(&app, Write::Insert, "outbox", coord.post(&format!("{round}/open"), &[]).await);
    assert_eq!(opened.flash().as_deref(), Some("flash-round-opened"));
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    pupil.get(&round).await;
    let ranked = fails_whole_then_works!(
        &app,
        Write::Update,
        "round_pupils",
        pupil.post(&format!("{round}/ranking"), &[("edit", &format!("add:{vacancy}"))]).await
    );
    assert_eq!(ranked.flash().as_deref(), Some("flash-ranking-saved"));
    coord.post(&format!("{round}/close"), &[]).await;
    let run = fails_whole_then_works!(
        &app,
        Write::Update,
        "rounds",
        coord.post(&format!("{round}/run"), &[("mode", "stable")]).await
    );
    assert_eq!(run.flash().as_deref(), Some("flash-round-run"));
    let published = fails_whole_then_works!(
        &app,
        Write::Insert,
        "outbox",
        coord.post(&format!("{round}/publish"), &[("confirm", "yes")]).await
    );
    assert_eq!(published.flash().as_deref(), Some("flash-round-published"));
    assert_eq!(app.count("SELECT COUNT(*) FROM round_results WHERE placement_id IS NOT NULL").await, 1);
}

/// Accounts: signing in (with its audit event), accepting an invitation, and giving someone a
/// role with the invitation mailed to her.
async fn account_steps_are_kept_whole_or_not_at_all(app: TestApp) {
    let world = World::build(&app).await;
    let mut visitor = app.client();
    visitor.get("/login").await;
    let signed_in = fails_whole_then_works!(
        &app,
        Write::Insert,
        "audit_events",
        visitor
            .post("/login", &[("email", "coord.a@test.nl"), ("password", crate::helpers::PASSWORD), ("next", "/")])
            .await
    );
    assert!(signed_in.redirects_to("/"));
    let path = format!("/invite/{}", world.invitation);
    let mut invited = app.client();
    invited.get(&path).await;
    let pw = "een lange zin als wachtwoord";
    let accepted = fails_whole_then_works!(
        &app,
        Write::Insert,
        "audit_events",
        invited.post(&path, &[("password", pw), ("repeat", pw)]).await
    );
    assert!(accepted.redirects_to("/"), "{accepted:?}");
    let mut pl = app.signed_in("pl@test.nl").await;
    let new = [("name", "Nieuwe Docent"), ("email", "nieuw.docent@test.nl"), ("locale", "nl"), ("role", "teacher")];
    let school = world.school_a.to_string();
    let mut fields = new.to_vec();
    fields.push(("school", school.as_str()));
    let granted = fails_whole_then_works!(&app, Write::Insert, "outbox", pl.post("/users", &fields).await);
    assert!(granted.redirects_to("/users/"), "{granted:?}");
}

/// An import applies every pupil of the file, marks the batch applied and writes its audit
/// event, or does none of it: a failure leaves the batch waiting to be confirmed again.
async fn an_import_is_applied_whole_or_not_at_all(app: TestApp) {
    let world = World::build(&app).await;
    let file = "Leerlingnummer;Roepnaam;Achternaam;Klas;Geboortedatum\n100101;Amira;El Idrissi;2C;14-03-2013\n\
                100103;Kofi;Mensah;2D;01-06-2013\n";
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let school = world.school_a.to_string();
    let uploaded = coord.upload("/pupils/import", &[("school", school.as_str())], "klas2.csv", file.into()).await;
    let preview = uploaded.location.clone().expect("preview");
    coord.get(&preview).await;
    let applied = fails_whole_then_works!(&app, Write::Insert, "audit_events", coord.post(&preview, &[]).await);
    assert_eq!(applied.flash().as_deref(), Some("flash-imported"));
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils WHERE number IN ('100101', '100103')").await, 2);
}

crate::both!(
    an_import_is_applied_whole_or_not_at_all,
    every_placement_step_is_kept_whole_or_not_at_all,
    declining_and_cancelling_are_kept_whole_or_not_at_all,
    a_group_is_placed_whole_or_not_at_all,
    every_round_step_is_kept_whole_or_not_at_all,
    account_steps_are_kept_whole_or_not_at_all,
);
