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
    &["anon", "pl", "coord.a", "coord.b", "director.a", "teacher.a", "org.a", "org.b", "mpm.a", "pupil.a", "pupil.b"];

/// How a route is probed, beyond who may use it.
#[derive(Clone, Copy, Default)]
struct Probe {
    /// Query string (GET) or form fields (POST), with `{param}` placeholders.
    extra: &'static str,
    /// Use the group vacancy for `{vacancy}`.
    group: bool,
    /// The route is opened by whoever holds a link (a parent's consent page): its content is
    /// the link holder's, so the page-content check does not apply.
    link_holder: bool,
}

/// The access table: who may use each route, and how it is probed.
fn access(method: &Method, path: &str) -> Option<(Access, Probe)> {
    let (rule, extra) = access_rule(method, path)?;
    let mut probe = Probe { extra, ..Probe::default() };
    probe.group = path.starts_with("/vacancies/{vacancy}/group") || path == "/vacancies/{vacancy}/sessions";
    probe.link_holder = path.starts_with("/consent/");
    Some((rule, probe))
}

const PUPILS_AND_PLACERS: &[&str] = &["pl", "coord.a", "coord.b", "org.a", "org.b", "pupil.a", "pupil.b"];

fn access_rule(method: &Method, path: &str) -> Option<(Access, &'static str)> {
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
        (true, "/pupils/{pupil}") => (Only(&["pl", "coord.b", "pupil.b"]), ""),
        (true, "/pupils/{pupil}/edit") => (Only(&["pl", "coord.b"]), ""),
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

        // Mediation, probed with organisation B's vacancies and pupil B's application.
        (true, "/vacancies") => (Only(PUPILS_AND_PLACERS), ""),
        (true, "/vacancies/new") | (false, "/vacancies") => {
            (Only(&["pl", "coord.a", "coord.b", "org.b"]), "organisation={organisation}")
        }
        (true, "/vacancies/{vacancy}") => (SignedIn, ""),
        (true, "/vacancies/{vacancy}/edit") | (false, "/vacancies/{vacancy}" | "/vacancies/{vacancy}/status") => {
            (Only(&["pl", "coord.a", "coord.b", "org.b"]), "")
        }
        (false, "/vacancies/{vacancy}/apply") => (Only(&["pupil.a", "pupil.b"]), ""),
        (true, "/vacancies/{vacancy}/group") | (false, "/vacancies/{vacancy}/group") => {
            (Only(&["coord.a", "coord.b"]), "")
        }
        (false, "/vacancies/{vacancy}/sessions") => (Only(&["pl", "org.b"]), ""),
        (true, "/placements") => (Only(PUPILS_AND_PLACERS), ""),
        (false, "/placements/confirm") => (Only(&["pl", "coord.a", "coord.b"]), ""),
        (true, "/placements/{placement}") => (Only(&["pl", "coord.b", "org.b", "pupil.b"]), ""),
        (true, "/placements/{placement}/agreement.pdf") => (Only(&["pl", "coord.b", "pupil.b"]), ""),
        (false, "/placements/{placement}/accept" | "/placements/{placement}/decline") => (Only(&["pl", "org.b"]), ""),
        (false, "/placements/{placement}/hours/approve" | "/placements/{placement}/evaluation") => {
            (Only(&["pl", "org.b"]), "")
        }
        (false, "/placements/{placement}/confirm" | "/placements/{placement}/consent") => {
            (Only(&["pl", "coord.b"]), "")
        }
        (false, "/placements/{placement}/cancel") => (Only(&["pl", "coord.b", "org.b", "pupil.b"]), ""),
        (false, "/placements/{placement}/hours" | "/placements/{placement}/reflection") => (Only(&["pupil.b"]), ""),
        (false, "/hours/{entry}/approve" | "/hours/{entry}/reject") => (Only(&["pl", "org.b"]), ""),
        // Each host's list of hours to review: her own organisations' entries (scoped in the
        // query; an entry of another organisation is left alone by the flow).
        (true, "/hours") | (false, "/hours/approve") => (Only(&["pl", "org.a", "org.b"]), ""),
        // A signed link from the organisation's e-mail: whoever holds it.
        (true, "/hours/{entry}/review") | (false, "/hours/{entry}/review") => (Public, "{review}"),
        (true, "/consent/{token}" | "/consent/{token}/agreement.pdf") | (false, "/consent/{token}") => (Public, ""),
        (true, "/classes/{class}/progress" | "/classes/{class}/progress.csv" | "/classes/{class}/progress.xlsx") => {
            (Only(&["pl", "coord.b"]), "")
        }
        (true, "/pupils/{pupil}/certificate.pdf") => (Only(&["pl", "coord.b", "pupil.b"]), ""),
        (true, "/notifications") | (false, "/notifications/read") => (SignedIn, ""),

        // Rules for minors: the agreement's signatures (each party for itself), warnings and
        // papers (the school), the rule table, school calendars, host checks.
        (false, "/placements/{placement}/sign") => (Only(&["coord.b", "org.b", "pupil.b"]), ""),
        (false, "/placements/{placement}/acknowledge" | "/placements/{placement}/papers") => {
            (Only(&["pl", "coord.b"]), "")
        }
        (true, "/rules") => (Only(STAFF), ""),
        (false, "/rules/options") => (Only(&["pl"]), ""),
        (true, "/schools/{school}/calendar") => (Only(&["pl", "coord.b"]), ""),
        (
            false,
            "/schools/{school}/calendar"
            | "/schools/{school}/calendar/days-off"
            | "/schools/{school}/calendar/days-off/{day}/delete"
            | "/schools/{school}/calendar/import"
            | "/schools/{school}/calendar/import/confirm",
        ) => (Only(&["pl", "coord.b"]), ""),
        (true, "/organisations/{organisation}/checks") => (Only(&["pl", "coord.a", "coord.b", "org.b"]), ""),
        (false, "/organisations/{organisation}/checks") => (Only(&["pl", "org.b"]), ""),
        (true, "/hosts/checks") => (Only(&["pl"]), ""),
        // Matching rounds, probed with school B's open round (pupil B is in it). The project
        // leader's probes close it, run it and move pupil B; nobody publishes (no confirmation).
        (true, "/rounds") => (Only(&["pl", "coord.a", "coord.b", "pupil.a", "pupil.b"]), ""),
        (true, "/rounds/new") | (false, "/rounds") => (Only(&["pl", "coord.a", "coord.b"]), ""),
        (true, "/rounds/{round}") => (Only(&["pl", "coord.b", "pupil.b"]), ""),
        (true, "/rounds/{round}/pupils/{pupil}" | "/rounds/{round}/what-if") => {
            (Only(&["pl", "coord.b"]), "vacancy={vacancy}&extra=1")
        }
        (
            false,
            "/rounds/{round}/open"
            | "/rounds/{round}/close"
            | "/rounds/{round}/run"
            | "/rounds/{round}/move"
            | "/rounds/{round}/publish",
        ) => (Only(&["pl", "coord.b"]), "mode=stable&pupil={pupil}"),
        (false, "/rounds/{round}/ranking") => (Only(&["pupil.b"]), ""),
        _ => return None,
    })
}

/// Who may see B's pupil, and B's organisation's people, on any page.
fn may_see_pupil_b(actor: &str) -> bool {
    matches!(actor, "pl" | "coord.b" | "pupil.b")
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
        ("vacancy", world.vacancy_b.to_string()),
        ("placement", world.placement_b.to_string()),
        ("entry", world.entry_b.to_string()),
        ("day", world.day_off_b.to_string()),
        ("review", world.review_b.split_once('?').map(|(_, q)| q.to_string()).unwrap_or_default()),
        ("round", world.round_b.to_string()),
        ("code", "en".to_string()),
        ("file", "app.css".to_string()),
    ]);

    let mut routes: Vec<(Method, &'static str)> = schakel::app::routes().table().to_vec();
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
        let Some((rule, probe)) = access(method, path) else { continue };
        let mut params = params.clone();
        if probe.group {
            params.insert("vacancy", world.group_vacancy_b.to_string());
        }
        if path.starts_with("/consent/") {
            params.insert("token", world.consent_b.clone());
        }
        let url = fill(path, &params);
        let extra = fill(probe.extra, &params);
        for (actor, client) in clients.iter_mut() {
            let page = if *method == Method::GET {
                let q = if extra.is_empty() { String::new() } else { format!("?{extra}") };
                client.get(&format!("{url}{q}")).await
            } else {
                let mut fields: Vec<(&str, &str)> = vec![("confirm", "no")];
                let pairs: Vec<(String, String)> = serde_html_form::from_str(&extra).unwrap_or_default();
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
            // A host sees the pupil's full name once the school has confirmed (which the
            // project leader's probes may have done by now).
            let host_may = *actor == "org.b" && {
                let status: String =
                    schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT status FROM placements WHERE id = $1")
                    .bind(world.placement_b).fetch_one(p).await)
                    .expect("status");
                matches!(status.as_str(), "confirmed" | "active" | "completed")
            };
            if page.text.contains(PUPIL_B_LAST_NAME) && !may_see_pupil_b(actor) && !host_may && !probe.link_holder {
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
