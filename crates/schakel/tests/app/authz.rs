//! Authorization, route by route. The routes come from the application's own registry, so a
//! route added without an entry in `access` fails this test. Every actor probes every route with
//! records of school B and organisation B, and the test checks both the status and that no page
//! shows B's pupil or B's people to someone who may not see them.

use std::collections::HashMap;

use axum::http::Method;
use reqwest::StatusCode;

use crate::fixtures::{ORG_B_CONTACT, PUPIL_B_LAST_NAME, World};
use crate::helpers::{Client, TestApp};

/// Who may use a route.
enum Access {
    /// Everyone, signed in or not.
    Public,
    /// Anyone signed in.
    SignedIn,
    /// Only these actors (for the records of school B and organisation B).
    Only(&'static [&'static str]),
}

const STAFF: &[&str] = &["pl", "coord.a", "coord.b", "director.a", "teacher.a", "org.a", "org.b", "mpm.a"];
const SEES_ALL_ORGS: &[&str] = &["pl", "coord.a", "coord.b", "director.a", "teacher.a", "mpm.a"];
const ACTORS: &[&str] =
    &["anon", "pl", "coord.a", "coord.b", "director.a", "teacher.a", "org.a", "org.b", "mpm.a", "pupil.a"];

/// The access table: who may use each route, and the query or form a probe sends.
fn access(method: &Method, path: &str) -> Option<(Access, &'static str)> {
    use Access::*;
    let get = *method == Method::GET;
    Some(match (get, path) {
        (true, "/healthz" | "/assets/{*file}" | "/" | "/login" | "/lang/{code}" | "/invite/{token}") => (Public, ""),
        (false, "/login" | "/logout" | "/invite/{token}") => (Public, ""),
        (true, "/account") | (false, "/account/password") => (SignedIn, ""),

        (true, "/schools") => (Only(STAFF), ""),
        (true, "/schools/new") | (false, "/schools") => (Only(&["pl"]), ""),
        (true, "/schools/{school}") => (Only(STAFF), ""),
        (true, "/schools/{school}/edit") | (false, "/schools/{school}") => (Only(&["pl", "coord.b"]), ""),
        (false, "/schools/{school}/archive" | "/schools/{school}/restore") => (Only(&["pl"]), ""),

        (true, "/classes") => (Only(&["pl", "coord.a", "coord.b", "director.a", "teacher.a"]), ""),
        (true, "/classes/new") => (Only(&["pl", "coord.b"]), "school={school}"),
        (false, "/classes") => (Only(&["pl", "coord.b"]), "school={school}"),
        (true, "/classes/{class}" | "/classes/{class}/edit") => (Only(&["pl", "coord.b"]), ""),
        (false, "/classes/{class}" | "/classes/{class}/archive" | "/classes/{class}/restore") => {
            (Only(&["pl", "coord.b"]), "")
        }

        (true, "/pupils" | "/pupils/export.csv") => (Only(&["pl", "coord.a", "coord.b"]), ""),
        (true, "/pupils/new") => (Only(&["pl", "coord.b"]), "school={school}"),
        (false, "/pupils") => (Only(&["pl", "coord.b"]), "school={school}"),
        (true, "/pupils/{pupil}" | "/pupils/{pupil}/edit") => (Only(&["pl", "coord.b"]), ""),
        (
            false,
            "/pupils/{pupil}" | "/pupils/{pupil}/archive" | "/pupils/{pupil}/restore" | "/pupils/{pupil}/invite",
        ) => (Only(&["pl", "coord.b"]), ""),
        (true, "/pupils/import") | (false, "/pupils/import") => (Only(&["pl", "coord.a", "coord.b"]), ""),
        // An upload waiting for confirmation is seen only by whoever uploaded it.
        (true, "/pupils/import/{batch}") | (false, "/pupils/import/{batch}") => (Only(&["coord.b"]), ""),

        (true, "/organisations") => (Only(STAFF), ""),
        (true, "/organisations/new") | (false, "/organisations") => (Only(&["pl", "coord.a", "coord.b", "mpm.a"]), ""),
        (true, "/organisations/{organisation}") => {
            (Only(&["pl", "coord.a", "coord.b", "director.a", "teacher.a", "mpm.a", "org.b"]), "")
        }
        (true, "/organisations/{organisation}/edit") | (false, "/organisations/{organisation}") => {
            (Only(&["pl", "org.b"]), "")
        }
        (false, "/organisations/{organisation}/archive" | "/organisations/{organisation}/restore") => {
            (Only(&["pl"]), "")
        }
        (true, "/organisations/{organisation}/contacts/new") | (false, "/organisations/{organisation}/contacts") => {
            (Only(&["pl", "org.b"]), "")
        }
        (true, "/contacts/{contact}/edit") | (false, "/contacts/{contact}" | "/contacts/{contact}/archive") => {
            (Only(&["pl", "org.b"]), "")
        }

        (true, "/users" | "/users/new" | "/users/{user}") => (Only(&["pl"]), ""),
        (
            false,
            "/users"
            | "/users/{user}"
            | "/users/{user}/grants"
            | "/users/{user}/grants/{grant}/revoke"
            | "/users/{user}/invite"
            | "/users/{user}/archive"
            | "/users/{user}/restore",
        ) => (Only(&["pl"]), ""),
        (true, "/audit" | "/outbox") => (Only(&["pl"]), ""),
        _ => return None,
    })
}

/// Who may see B's pupil, and B's organisation's people, on any page.
fn may_see_pupil_b(actor: &str) -> bool {
    matches!(actor, "pl" | "coord.b")
}

fn may_see_org_b(actor: &str) -> bool {
    SEES_ALL_ORGS.contains(&actor) || actor == "org.b"
}

fn fill(template: &str, params: &HashMap<&str, String>) -> String {
    let mut out = template.to_string();
    for (k, v) in params {
        out = out.replace(&format!("{{{k}}}"), v).replace(&format!("{{*{k}}}"), v);
    }
    out
}

async fn every_route_keeps_every_actor_to_its_own_records(app: TestApp) {
    let world = World::build(&app).await;

    // An upload by B's coordinator, waiting for confirmation.
    let mut coord_b = app.signed_in("coord.b@test.nl").await;
    let csv = "leerlingnummer;roepnaam;achternaam;klas\n200002;Lisa;Vos;3B\n";
    let upload =
        coord_b.upload("/pupils/import", &[("school", &world.school_b.to_string())], "b.csv", csv.into()).await;
    let batch = upload.location.clone().and_then(|l| l.rsplit('/').next().map(String::from)).expect("batch redirect");

    let params: HashMap<&str, String> = HashMap::from([
        ("school", world.school_b.to_string()),
        ("class", world.class_b.to_string()),
        ("pupil", world.pupil_b.to_string()),
        ("organisation", world.org_b.to_string()),
        ("contact", world.contact_b.to_string()),
        ("user", world.teacher_b.to_string()),
        ("grant", world.teacher_b_grant.to_string()),
        ("batch", batch),
        ("token", world.invitation.clone()),
        ("code", "en".to_string()),
        ("file", "app.css".to_string()),
    ]);

    let mut routes: Vec<(Method, &'static str)> = schakel::web::routes().table().to_vec();
    let missing: Vec<String> =
        routes.iter().filter(|(m, p)| access(m, p).is_none()).map(|(m, p)| format!("{m} {p}")).collect();
    assert!(missing.is_empty(), "routes without an entry in the access table: {missing:?}");
    // Reads first, then changes; signing out last, so every probe has a live session.
    routes.sort_by_key(|(m, p)| (*m != Method::GET, *p == "/logout"));

    let mut clients: Vec<(&str, Client)> = Vec::new();
    for actor in ACTORS {
        let client = if *actor == "anon" { app.client() } else { app.signed_in(&format!("{actor}@test.nl")).await };
        clients.push((actor, client));
    }

    let mut failures = Vec::new();
    for (method, path) in &routes {
        let Some((rule, extra)) = access(method, path) else { continue };
        let url = fill(path, &params);
        let extra = fill(extra, &params);
        for (actor, client) in clients.iter_mut() {
            let page = if *method == Method::GET {
                let q = if extra.is_empty() { String::new() } else { format!("?{extra}") };
                client.get(&format!("{url}{q}")).await
            } else {
                let mut fields: Vec<(&str, &str)> = vec![("confirm", "no")];
                let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&extra).unwrap_or_default();
                for (k, v) in &pairs {
                    fields.push((k.as_str(), v.as_str()));
                }
                client.post(&url, &fields).await
            };
            let allowed = match rule {
                Access::Public => true,
                Access::SignedIn => *actor != "anon",
                Access::Only(who) => who.contains(actor),
            };
            let to_login = page.redirects_to("/login");
            let refused =
                matches!(page.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED)
                    || (to_login && *path != "/logout");
            if allowed && refused {
                failures.push(format!("{actor} {method} {path}: refused with {} (should be allowed)", page.status));
            }
            if !allowed {
                let right_refusal = if *actor == "anon" { to_login } else { page.status == StatusCode::NOT_FOUND };
                if !right_refusal {
                    failures.push(format!("{actor} {method} {path}: {} (should be refused)", page.status));
                }
            }
            if page.text.contains(PUPIL_B_LAST_NAME) && !may_see_pupil_b(actor) {
                failures.push(format!("{actor} {method} {path}: shows school B's pupil"));
            }
            if page.text.contains(ORG_B_CONTACT) && !may_see_org_b(actor) {
                failures.push(format!("{actor} {method} {path}: shows organisation B's contact"));
            }
        }
    }
    assert!(failures.is_empty(), "{} authorization failures:\n{}", failures.len(), failures.join("\n"));
}

crate::both!(every_route_keeps_every_actor_to_its_own_records);
