//! The web layer under every page: htmx fragments and history, body limits around the CSRF
//! check, request ids.

use reqwest::StatusCode;

use crate::fixtures::World;
use crate::helpers::{Client, TestApp};

const TOO_LARGE: &str = "Het bestand is te groot";
const CSRF_REFUSED: &str = "Je formulier is verlopen";

/// A GET of `path` with extra headers, read as (status, `Vary`, body).
async fn get_with(client: &Client, path: &str, headers: &[(&str, &str)]) -> (StatusCode, String, String) {
    let mut req = client.http.get(format!("{}{path}", client.base));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.expect("GET");
    let status = res.status();
    let vary = res.headers().get_all("vary").iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(", ");
    (status, vary, res.text().await.unwrap_or_default())
}

async fn htmx_gets_a_fragment_but_the_whole_page_when_it_restores_history(app: TestApp) {
    World::build(&app).await;
    let coord = app.signed_in("coord.a@test.nl").await;
    let (status, vary, page) = get_with(&coord, "/pupils", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<html") && page.contains("Bakker"));
    assert!(vary.to_ascii_lowercase().contains("hx-request"), "Vary: {vary}");

    let (_, vary, fragment) = get_with(&coord, "/pupils", &[("HX-Request", "true")]).await;
    assert!(fragment.contains("Bakker") && !fragment.contains("<html"), "{fragment}");
    assert!(vary.to_ascii_lowercase().contains("hx-request"), "Vary: {vary}");

    // htmx missed its history cache (after going back) and asks for the page to show whole.
    let restore = [("HX-Request", "true"), ("HX-History-Restore-Request", "true")];
    let (status, vary, restored) = get_with(&coord, "/pupils", &restore).await;
    assert_eq!(status, StatusCode::OK);
    assert!(restored.contains("<html") && restored.contains("Bakker"), "{restored}");
    let vary = vary.to_ascii_lowercase();
    assert!(vary.contains("hx-request") && vary.contains("hx-history-restore-request"), "Vary: {vary}");
}

async fn a_form_over_the_form_limit_is_refused_before_any_handler(app: TestApp) {
    World::build(&app).await;
    let mut pl = app.signed_in("pl@test.nl").await;
    let before = app.count("SELECT COUNT(*) FROM schools").await;
    let huge = "x".repeat(3 * 1024 * 1024);
    // (A body streamed without a length is cut off at the limit: see `web::csrf`'s unit tests.)
    let res = pl.post("/schools", &[("brin", "33CC00"), ("name", &huge)]).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.text.contains("<html") && res.text.contains(TOO_LARGE), "our error page: {}", res.text);
    assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, before, "nothing saved");
    // A form within the limit still reaches its handler.
    let fine = pl.post("/schools", &[("brin", "33CC00"), ("name", "Zuidas College")]).await;
    assert!(fine.redirects_to("/schools"), "{fine:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, before + 1);
}

async fn uploads_pass_the_csrf_check_as_a_stream_and_keep_their_own_limit(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let school = world.school_a.to_string();
    let fields = [("school", school.as_str())];
    // 10 MB that is not a pupil file: the import handler reads it and says why it cannot use it.
    let mut binary = b"%PDF-1.7\x00".to_vec();
    binary.resize(10 * 1024 * 1024, 0x01);
    let res = coord.upload("/pupils/import", &fields, "leerlingen.csv", binary.clone()).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert!(res.text.contains("Dit is geen CSV-, XLSX- of EDEXML-bestand"));
    // The same upload with a wrong token never reaches it.
    let res = coord.upload_with_token("not-the-token", "/pupils/import", &fields, "leerlingen.csv", binary).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.text.contains(CSRF_REFUSED));
    // Over the upload limit: our error page.
    let mut big = b"%PDF-1.7\x00".to_vec();
    big.resize(17 * 1024 * 1024, 0x01);
    let res = coord.upload("/pupils/import", &fields, "leerlingen.csv", big).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.text.contains(TOO_LARGE));
    assert_eq!(app.count("SELECT COUNT(*) FROM import_batches").await, 0);
}

async fn every_response_carries_a_request_id(app: TestApp) {
    let client = app.client();
    let mut ids = Vec::new();
    for path in ["/", "/login", "/no-such-page"] {
        let res = client.http.get(format!("{}{path}", client.base)).send().await.expect("GET");
        let id = res.headers().get("x-request-id").and_then(|v| v.to_str().ok()).map(String::from);
        let id = id.unwrap_or_else(|| panic!("{path} has no x-request-id"));
        assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
        ids.push(id);
    }
    ids.dedup();
    assert_eq!(ids.len(), 3, "one id per request");
}

crate::both!(
    htmx_gets_a_fragment_but_the_whole_page_when_it_restores_history,
    a_form_over_the_form_limit_is_refused_before_any_handler,
    uploads_pass_the_csrf_check_as_a_stream_and_keep_their_own_limit,
    every_response_carries_a_request_id,
);
