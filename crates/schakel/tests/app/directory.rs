//! The directory pages: scoping, validation, archiving, audit, pagination.

use reqwest::StatusCode;

use crate::fixtures::{self, PUPIL_B_LAST_NAME, World};
use crate::helpers::TestApp;

async fn a_coordinator_lists_searches_and_exports_only_her_own_schools_pupils(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let list = coord.get("/pupils").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text.contains("Bakker") && !list.text.contains(PUPIL_B_LAST_NAME));
    // Asking for the other school by id or by name gives nothing.
    let other = coord.get(&format!("/pupils?school={}", world.school_b)).await;
    assert!(!other.text.contains(PUPIL_B_LAST_NAME));
    let search = coord.get("/pupils?q=zwartk").await;
    assert!(search.text.contains("Geen leerlingen gevonden"), "{}", search.text);
    let csv = coord.get("/pupils/export.csv").await;
    assert_eq!(csv.headers.get("content-type").and_then(|v| v.to_str().ok()), Some("text/csv; charset=utf-8"));
    assert!(csv.text.contains("100001;Noor;;Bakker;3A") && !csv.text.contains(PUPIL_B_LAST_NAME));
    // The project leader sees both.
    let mut pl = app.signed_in("pl@test.nl").await;
    let both = pl.get("/pupils").await;
    assert!(both.text.contains("Bakker") && both.text.contains(PUPIL_B_LAST_NAME));
}

async fn reading_a_pupil_is_audited_without_her_name(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    assert_eq!(coord.get(&format!("/pupils/{}", world.pupil_a)).await.status, StatusCode::OK);
    coord.get("/pupils/export.csv").await;
    let viewed: i64 = app.count("SELECT COUNT(*) FROM audit_events WHERE action = 'pupil-viewed'").await;
    assert_eq!(viewed, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_events WHERE action = 'pupils-exported'").await, 1);
    let leaked: i64 =
        app.count("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%Bakker%' OR detail LIKE '%Noor%'").await;
    assert_eq!(leaked, 0);
    let mut pl = app.signed_in("pl@test.nl").await;
    let log = pl.get(&format!("/audit?record={}", world.pupil_a)).await;
    assert!(log.text.contains("Leerling bekeken") && log.text.contains("Carla Coördinator"), "{}", log.text);
}

async fn bad_school_input_gets_clear_messages_and_saves_nothing(app: TestApp) {
    World::build(&app).await;
    let mut pl = app.signed_in("pl@test.nl").await;
    let before = app.count("SELECT COUNT(*) FROM schools").await;
    let long = "x".repeat(300);
    let res = pl.post("/schools", &[("brin", "XX"), ("name", &long), ("postcode", "12")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    for msg in [
        "Dit is te lang",
        "Een BRIN-code heeft vier tekens",
        "Vul een postcode in zoals 1053 AB",
        "Verbeter de 3 fouten",
    ] {
        assert!(res.text.contains(msg), "missing {msg:?}");
    }
    assert!(res.text.contains(&long), "what the user typed is kept in the form");
    let dup = pl.post("/schools", &[("brin", "11aa00"), ("name", "Dubbel")]).await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(dup.text.contains("Deze waarde is al in gebruik"));
    assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, before);
}

async fn a_pupil_number_is_unique_within_a_school_only(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let school = world.school_a.to_string();
    let fields = |n: &'static str| {
        vec![
            ("school", school.clone()),
            ("number", n.to_string()),
            ("first_name", "Mila".into()),
            ("last_name", "Jansen".into()),
        ]
    };
    let own: Vec<(&str, String)> = fields("100001");
    let own: Vec<(&str, &str)> = own.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let dup = coord.post("/pupils", &own).await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(dup.text.contains("Deze waarde is al in gebruik"));
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 2);
    // School B's number 200001 is free at school A.
    let other: Vec<(&str, String)> = fields("200001");
    let other: Vec<(&str, &str)> = other.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert!(coord.post("/pupils", &other).await.redirects_to("/pupils/"));
    // And a class of another school cannot be chosen.
    let mut sneaky = other.clone();
    sneaky[1] = ("number", "100009");
    let class_b = world.class_b.to_string();
    sneaky.push(("class", &class_b));
    let refused = coord.post("/pupils", &sneaky).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 3);
}

async fn archiving_asks_for_confirmation_and_can_be_undone(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let url = format!("/pupils/{}/archive", world.pupil_a);
    let page = coord.get(&format!("/pupils/{}", world.pupil_a)).await;
    assert!(page.text.contains("Archiveren…") && page.text.contains("Ja, archiveren"));
    assert_eq!(coord.post(&url, &[]).await.status, StatusCode::BAD_REQUEST);
    assert!(coord.get("/pupils").await.text.contains("Bakker"));
    assert!(coord.post(&url, &[("confirm", "yes")]).await.redirects_to("/pupils/"));
    assert!(!coord.get("/pupils").await.text.contains("Bakker"));
    assert!(coord.get("/pupils?archived=1").await.text.contains("Bakker"));
    coord.post(&format!("/pupils/{}/restore", world.pupil_a), &[]).await;
    assert!(coord.get("/pupils").await.text.contains("Bakker"));
}

async fn lists_page_through_25_rows_at_a_time(app: TestApp) {
    let world = World::build(&app).await;
    for i in 0..30 {
        fixtures::pupil(&app, world.school_a, world.class_a, &format!("3{i:05}"), "Lars", "Pagina").await;
    }
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let first = coord.get("/pupils?q=pagina").await;
    assert_eq!(first.text.matches("sk-table__primary").count(), 25);
    assert!(first.text.contains("1–25 van 30"));
    let second = coord.get("/pupils?q=pagina&page=2").await;
    assert_eq!(second.text.matches("sk-table__primary").count(), 5);
    // htmx asks for the results only.
    let res = coord
        .http
        .get(format!("{}/pupils?q=pagina", coord.base))
        .header("HX-Request", "true")
        .send()
        .await
        .expect("htmx");
    let fragment = res.text().await.unwrap_or_default();
    assert!(fragment.contains("sk-table__primary") && !fragment.contains("<html"));
}

async fn an_organisation_contact_sees_and_edits_only_her_organisation(app: TestApp) {
    let world = World::build(&app).await;
    let mut org = app.signed_in("org.a@test.nl").await;
    let list = org.get("/organisations").await;
    assert!(list.text.contains("Zorgcentrum De Regenboog") && !list.text.contains("Bakkerij Oosterbeek"));
    let edit = org
        .post(
            &format!("/organisations/{}", world.org_a),
            &[("name", "Zorgcentrum De Regenboog Noord"), ("kind", "nonprofit"), ("vetting_status", "approved")],
        )
        .await;
    assert!(edit.redirects_to("/organisations/"), "{edit:?}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM organisations WHERE name = 'Zorgcentrum De Regenboog Noord' AND kind = 'nonprofit'"
        )
        .await,
        1
    );
    let other =
        org.post(&format!("/organisations/{}", world.org_b), &[("name", "Overgenomen"), ("kind", "company")]).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations WHERE name = 'Overgenomen'").await, 0);
}

async fn the_language_switch_turns_pages_and_messages_into_english(app: TestApp) {
    World::build(&app).await;
    let mut pl = app.signed_in("pl@test.nl").await;
    let switched = pl.get("/lang/en?next=/schools").await;
    assert!(switched.redirects_to("/schools"));
    let page = pl.get("/schools").await;
    assert!(page.text.contains("<html lang=\"en\">") && page.text.contains("Add a school"));
    let res = pl.post("/schools", &[("brin", "bad"), ("name", "")]).await;
    assert!(res.text.contains("Fill in this field.") && res.text.contains("A BRIN code has four characters"));
    // The choice is remembered on the account.
    let mut again = app.signed_in("pl@test.nl").await;
    assert!(again.get("/schools").await.text.contains("<html lang=\"en\">"));
}

crate::both!(
    a_coordinator_lists_searches_and_exports_only_her_own_schools_pupils,
    reading_a_pupil_is_audited_without_her_name,
    bad_school_input_gets_clear_messages_and_saves_nothing,
    a_pupil_number_is_unique_within_a_school_only,
    archiving_asks_for_confirmation_and_can_be_undone,
    lists_page_through_25_rows_at_a_time,
    an_organisation_contact_sees_and_edits_only_her_organisation,
    the_language_switch_turns_pages_and_messages_into_english,
);
