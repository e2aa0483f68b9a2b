//! Signing in and out, sessions, CSRF, throttling, invitations.

use reqwest::StatusCode;

use crate::fixtures::World;
use crate::helpers::{PASSWORD, TestApp};

async fn a_wrong_password_and_an_unknown_address_get_the_same_answer(app: TestApp) {
    World::build(&app).await;
    let mut c = app.client();
    let wrong = c.login("coord.a@test.nl", "not the password").await;
    let unknown = c.login("nobody@test.nl", "not the password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, wrong.status);
    assert!(wrong.text.contains("Het e-mailadres of het wachtwoord klopt niet"));
    // Same page apart from the e-mail address typed in.
    assert_eq!(wrong.text.replace("coord.a@test.nl", "X"), unknown.text.replace("nobody@test.nl", "X"));

    let ok = c.login("coord.a@test.nl", PASSWORD).await;
    assert!(ok.redirects_to("/"), "{ok:?}");
    let cookie = ok
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("schakel_session="));
    let cookie = cookie.expect("a session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    let home = c.get("/").await;
    assert!(home.text.contains("Carla Coördinator"));
}

async fn repeated_failures_are_throttled_and_then_even_the_right_password_waits(app: TestApp) {
    World::build(&app).await;
    let mut c = app.client();
    for i in 1..=6 {
        let p = c.login("coord.a@test.nl", "guess").await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {i}");
    }
    let blocked = c.login("coord.a@test.nl", PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(blocked.text.contains("Te veel mislukte pogingen"), "{}", blocked.text);
    // Another account from the same address is not held up by this one's failures.
    let other = c.login("coord.b@test.nl", PASSWORD).await;
    assert!(other.redirects_to("/"));
    // The block is short: a couple of seconds after six failures, not a lock-out.
    let until: i64 = app.count("SELECT COUNT(*) FROM login_throttle WHERE blocked_until IS NOT NULL").await;
    assert_eq!(until, 1);
}

async fn state_changes_without_a_valid_csrf_token_are_refused_and_change_nothing(app: TestApp) {
    World::build(&app).await;
    let mut pl = app.signed_in("pl@test.nl").await;
    let before = app.count("SELECT COUNT(*) FROM schools").await;
    let fields = [("brin", "33CC00"), ("name", "Nieuwe School")];
    let missing = pl.post_raw("/schools", &fields).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(missing.text.contains("Je formulier is verlopen") && missing.text.contains("Your form has expired"));
    let mut forged = vec![("_csrf", "forged-token")];
    forged.extend_from_slice(&fields);
    assert_eq!(pl.post_raw("/schools", &forged).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, before);

    // A token from another session does not work either.
    let mut other = app.signed_in("coord.a@test.nl").await;
    let foreign = other.token().await;
    let mut stolen = vec![("_csrf", foreign.as_str())];
    stolen.extend_from_slice(&fields);
    assert_eq!(pl.post_raw("/schools", &stolen).await.status, StatusCode::FORBIDDEN);

    assert!(pl.post("/schools", &fields).await.redirects_to("/schools/"));
    assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, before + 1);
}

async fn signing_out_ends_the_session(app: TestApp) {
    World::build(&app).await;
    let mut c = app.signed_in("coord.a@test.nl").await;
    assert_eq!(c.get("/pupils").await.status, StatusCode::OK);
    assert!(c.post("/logout", &[]).await.redirects_to("/login"));
    assert!(c.get("/pupils").await.redirects_to("/login?next=/pupils"));
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn an_invitation_link_sets_a_password_once(app: TestApp) {
    let world = World::build(&app).await;
    let mut pl = app.signed_in("pl@test.nl").await;
    let res = pl
        .post(
            "/users",
            &[
                ("name", "Ilse Nieuw"),
                ("email", "Ilse@School.NL"),
                ("locale", "nl"),
                ("role", "coordinator"),
                ("school", &world.school_a.to_string()),
            ],
        )
        .await;
    assert!(res.redirects_to("/users/"), "{res:?}");
    let body: String = schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT body FROM outbox WHERE recipient = 'ilse@school.nl'").fetch_one(p).await)
        .expect("the invitation mail");
    let link = body.lines().map(str::trim).find(|l| l.contains("/invite/")).expect("a link in the mail").to_string();
    let path = link.trim_start_matches(&app.base).to_string();

    let mut invited = app.client();
    let form = invited.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text.contains("Welkom, Ilse Nieuw"));
    let short = invited.post(&path, &[("password", "kort"), ("repeat", "kort")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.text.contains("minstens 10 tekens"));
    let done = invited
        .post(&path, &[("password", "een lange zin als wachtwoord"), ("repeat", "een lange zin als wachtwoord")])
        .await;
    assert!(done.redirects_to("/"), "{done:?}");
    assert!(invited.get("/").await.text.contains("Ilse Nieuw"));

    let again = app.client().get(&path).await;
    assert!(again.text.contains("Deze link is al gebruikt"));
    let mut other = app.client();
    let reuse =
        other.post(&path, &[("password", "nog een ander wachtwoord"), ("repeat", "nog een ander wachtwoord")]).await;
    assert_eq!(reuse.status, StatusCode::GONE);
    assert!(app.client().login("ilse@school.nl", "een lange zin als wachtwoord").await.redirects_to("/"));

    // An expired link says so.
    let expired = format!("/invite/{}", world.invitation);
    app.clock.advance(time::Duration::days(8));
    assert!(app.client().get(&expired).await.text.contains("Deze link is verlopen"));
}

async fn an_archived_user_is_signed_out_and_cannot_sign_in(app: TestApp) {
    World::build(&app).await;
    let mut teacher = app.signed_in("teacher.a@test.nl").await;
    let mut pl = app.signed_in("pl@test.nl").await;
    let id: uuid::Uuid = schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT id FROM users WHERE email = 'teacher.a@test.nl'").fetch_one(p).await).expect("id");
    let unconfirmed = pl.post(&format!("/users/{id}/archive"), &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::BAD_REQUEST);
    assert!(teacher.get("/classes").await.status == StatusCode::OK, "not archived without confirmation");
    assert!(pl.post(&format!("/users/{id}/archive"), &[("confirm", "yes")]).await.redirects_to("/users/"));
    assert!(teacher.get("/classes").await.redirects_to("/login"));
    assert_eq!(app.client().login("teacher.a@test.nl", PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn pages_carry_security_headers_and_health_answers(app: TestApp) {
    let mut c = app.client();
    let p = c.get("/login").await;
    let csp = p.headers.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(p.headers.get("x-content-type-options").and_then(|v| v.to_str().ok()), Some("nosniff"));
    let health = c.get("/healthz").await;
    assert_eq!((health.status, health.text.as_str()), (StatusCode::OK, "ok"));
}

crate::both!(
    a_wrong_password_and_an_unknown_address_get_the_same_answer,
    repeated_failures_are_throttled_and_then_even_the_right_password_waits,
    state_changes_without_a_valid_csrf_token_are_refused_and_change_nothing,
    signing_out_ends_the_session,
    an_invitation_link_sets_a_password_once,
    an_archived_user_is_signed_out_and_cannot_sign_in,
    pages_carry_security_headers_and_health_answers,
);
