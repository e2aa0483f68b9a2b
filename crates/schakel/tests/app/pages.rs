//! Home pages per role, the demo network, and the completeness of the translations.

use std::collections::BTreeSet;

use reqwest::StatusCode;
use schakel::cli::DemoSize;
use schakel::i18n::Lang;

use crate::fixtures::World;
use crate::helpers::TestApp;

async fn every_role_lands_on_a_home_page_about_its_own_work(app: TestApp) {
    World::build(&app).await;
    let expectations = [
        ("pl@test.nl", vec!["Het netwerk", "Organisaties nog te screenen", "Recente activiteit"]),
        ("coord.a@test.nl", vec!["Amstel College", "Leerlingen importeren", "Leerlingen zonder klas"]),
        ("director.a@test.nl", vec!["Amstel College", "Directeur"]),
        ("teacher.a@test.nl", vec!["Amstel College", "Gedeelde middelen"]),
        ("org.a@test.nl", vec!["Zorgcentrum De Regenboog", "Profiel en contactpersonen"]),
        ("mpm.a@test.nl", vec!["Meeting point Amstel", "Bedrijven en organisaties"]),
        ("pupil.a@test.nl", vec!["Mijn stage", "van 30 uur", "3A"]),
    ];
    for (email, texts) in expectations {
        let mut c = app.signed_in(email).await;
        let home = c.get("/").await;
        assert_eq!(home.status, StatusCode::OK);
        for t in texts {
            assert!(home.text.contains(t), "{email}: home page lacks {t:?}");
        }
    }
    let anon = app.client().get("/").await;
    assert!(anon.text.contains("Inloggen") && !anon.text.contains("Het netwerk"));
}

async fn the_demo_network_is_the_same_for_the_same_seed_and_its_accounts_sign_in(app: TestApp) {
    let made = schakel::demo::generate(&app.env, DemoSize::Small, 7).await.expect("demo");
    assert!(made.contains("projectleider@schakel.demo") && made.contains("leerling@schakel.demo"));
    let names: Vec<String> = schakel::with_conn!(&app.db, p => sqlx::query_scalar(
        "SELECT first_name || ' ' || last_name || ' ' || number FROM pupils ORDER BY id").fetch_all(p).await)
    .expect("names");
    assert!(names.len() >= 200, "a few hundred pupils: {}", names.len());
    let again = TestApp::spawn(crate::helpers::Backend::Sqlite).await;
    schakel::demo::generate(&again.env, DemoSize::Small, 7).await.expect("demo again");
    let names_again: Vec<String> = schakel::with_conn!(&again.db, p => sqlx::query_scalar(
        "SELECT first_name || ' ' || last_name || ' ' || number FROM pupils ORDER BY id").fetch_all(p).await)
    .expect("names");
    assert_eq!(names, names_again);
    assert!(schakel::demo::generate(&app.env, DemoSize::Small, 7).await.is_err(), "refuses a database with data");
    for email in ["projectleider", "coordinator", "directeur", "docent", "bedrijfsleider", "organisatie", "leerling"] {
        let mut c = app.client();
        let res = c.login(&format!("{email}@schakel.demo"), schakel::demo::DEMO_PASSWORD).await;
        assert!(res.redirects_to("/"), "{email}: {res:?}");
        assert_eq!(c.get("/").await.status, StatusCode::OK);
    }
}

/// The demo pupil can walk the whole journey at the demo organisation (the browser journey test
/// does): it has an open vacancy with a free place that she has not applied to, running now, and
/// she finds it by the organisation's name.
async fn the_demo_pupil_finds_a_free_vacancy_of_the_demo_organisation(app: TestApp) {
    // The seed `schakel demo` uses unless told otherwise.
    schakel::demo::generate(&app.env, DemoSize::Small, 2026).await.expect("demo");
    let org: String = schakel::with_conn!(&app.db, p => sqlx::query_scalar(
        "SELECT o.name FROM organisations o JOIN grants g ON g.organisation_id = o.id JOIN users u ON u.id = g.user_id
         WHERE u.email = 'organisatie@schakel.demo'").fetch_one(p).await)
    .expect("the demo organisation");
    let mut pupil = app.client();
    assert!(pupil.login("leerling@schakel.demo", schakel::demo::DEMO_PASSWORD).await.redirects_to("/"));
    let found = pupil.get(&format!("/vacancies?q={}&kind=individual", org.replace(' ', "+"))).await;
    let links = found.links("/vacancies/");
    assert!(!links.is_empty(), "searching {org:?} finds its vacancies");
    let mut open = Vec::new();
    for link in &links {
        let page = pupil.get(link).await;
        assert!(page.text.contains(&org), "{link} is a vacancy of {org}");
        if page.text.contains(&format!("action=\"{link}/apply\"")) {
            open.push(link.clone());
        }
    }
    assert!(!open.is_empty(), "the demo pupil may apply to a vacancy of {org}: {links:?}");
    // One has room, runs now (hours of the past two weeks can be logged), and she has not
    // applied there. (The form shows at full vacancies too.)
    let today = crate::fixtures::today();
    let mut kept = Vec::new();
    for link in &open {
        let id: schakel::ids::VacancyId = link.trim_start_matches("/vacancies/").parse().expect("id");
        let (capacity, held, starts, ends, mine): (i32, i64, time::Date, time::Date, i64) = schakel::with_conn!(&app.db, p => sqlx::query_as(
            "SELECT v.capacity,
                    (SELECT COUNT(*) FROM placements x WHERE x.vacancy_id = v.id AND x.status IN ('confirmed', 'active', 'completed')),
                    v.starts_on, v.ends_on,
                    (SELECT COUNT(*) FROM placements x JOIN pupils pu ON pu.id = x.pupil_id
                      WHERE x.vacancy_id = v.id AND pu.email = 'leerling@schakel.demo')
             FROM vacancies v WHERE v.id = $1").bind(id).fetch_one(p).await)
        .expect("vacancy");
        if i64::from(capacity) > held
            && starts <= today - time::Duration::days(14)
            && ends >= today + time::Duration::days(30)
            && mine == 0
        {
            kept.push(link);
        }
    }
    assert!(!kept.is_empty(), "one of {open:?} has a free place, runs now, and she has not applied there");
}

crate::both!(
    every_role_lands_on_a_home_page_about_its_own_work,
    the_demo_network_is_the_same_for_the_same_seed_and_its_accounts_sign_in,
    the_demo_pupil_finds_a_free_vacancy_of_the_demo_organisation
);

/// Every message key the code and the templates use exists in Dutch and in English.
#[test]
fn every_text_exists_in_both_languages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut keys = BTreeSet::new();
    let mut files = Vec::new();
    for dir in ["src", "templates"] {
        collect(&root.join(dir), &mut files);
    }
    let patterns = [".t(\"", ".t1(\"", ".t_args(\""];
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        for p in patterns {
            for (i, _) in text.match_indices(p) {
                let rest = &text[i + p.len()..];
                if let Some(end) = rest.find('"') {
                    let key = &rest[..end];
                    if key.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()) && !key.is_empty()
                    {
                        keys.insert(key.to_string());
                    }
                }
            }
        }
        // Keys written as string constants: "err-…", "flash-…", "import-err-…" and field labels.
        let rust = f.extension().is_some_and(|e| e == "rs");
        for prefix in ["\"err-", "\"flash-", "\"import-err-", "\"error-"].into_iter().filter(|_| rust) {
            for (i, _) in text.match_indices(prefix) {
                let rest = &text[i + 1..];
                if let Some(end) = rest.find('"').filter(|e| !rest[..*e].ends_with('-')) {
                    keys.insert(rest[..end].to_string());
                }
            }
        }
        for (i, _) in text.match_indices("field_label(\"") {
            let rest = &text[i + "field_label(\"".len()..];
            if let Some(end) = rest.find('"') {
                keys.insert(format!("field-{}", &rest[..end]));
            }
        }
    }
    // Keys built from stored codes.
    for r in schakel::auth::model::Role::ALL {
        keys.insert(r.label_key().to_string());
    }
    for a in schakel::privacy::audit::ACTIONS {
        keys.insert(format!("audit-{a}"));
    }
    for v in schakel::directory::model::VettingStatus::ALL {
        keys.insert(format!("vetting-{v}"));
    }
    for (prefix, codes) in [
        ("level-", schakel::directory::model::LEVELS),
        ("kind-", schakel::directory::model::ORG_KINDS),
        ("sector-", schakel::directory::model::SECTORS),
    ] {
        for c in codes {
            keys.insert(format!("{prefix}{c}"));
        }
    }
    for s in [400, 401, 403, 404, 413, 429, 500] {
        keys.insert(format!("status-{s}"));
    }
    let missing: Vec<String> = keys
        .iter()
        .flat_map(|k| Lang::ALL.into_iter().filter(|l| !l.has(k)).map(move |l| format!("{}: {k}", l.code())))
        .collect();
    assert!(keys.len() > 300, "the scan found too few keys ({}): is it still reading the right files?", keys.len());
    assert!(missing.is_empty(), "missing translations:\n{}", missing.join("\n"));
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs" || e == "html") {
            out.push(p);
        }
    }
}
