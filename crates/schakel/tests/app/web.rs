//! The web layer under every page: htmx fragments and history.

use reqwest::StatusCode;

use crate::fixtures::World;
use crate::helpers::{Client, TestApp};

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

crate::both!(htmx_gets_a_fragment_but_the_whole_page_when_it_restores_history);
