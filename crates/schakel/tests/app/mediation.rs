//! Placement mediation through the web, as the people involved use it.

use reqwest::StatusCode;
use schakel::ids::{PlacementId, VacancyId};
use schakel::placements::model::{HoursStatus, Step};
use schakel::placements::store::placements as store;

use crate::fixtures::{self, World, today};
use crate::helpers::TestApp;

/// The day `days` from `base`, as a form takes it.
fn day_text(base: time::Date, days: i64) -> String {
    let t = base + time::Duration::days(days);
    format!("{:02}-{:02}-{}", t.day(), t.month() as u8, t.year())
}

fn d(days: i64) -> String {
    day_text(today(), days)
}

async fn status(app: &TestApp, id: PlacementId) -> String {
    schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, String>("SELECT status FROM placements WHERE id = $1").bind(id).fetch_one(p).await)
        .expect("status")
}

/// The last link of a kind in the mail to `to`.
async fn mailed_link(app: &TestApp, to: &str, marker: &str) -> String {
    let bodies: Vec<String> = schakel::with_conn!(&app.db, p => sqlx::query_scalar(
        "SELECT body FROM outbox WHERE recipient = $1 ORDER BY created_at DESC").bind(to).fetch_all(p).await)
    .expect("mail");
    let line = bodies
        .iter()
        .flat_map(|b| b.lines())
        .map(str::trim)
        .find(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("no {marker} link mailed to {to}: {bodies:?}"))
        .to_string();
    line[line.find("http").unwrap_or(0)..].to_string()
}

fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    after_scheme.find('/').map(|i| after_scheme[i..].to_string()).unwrap_or_default()
}

/// Offsets from `base` of the last `n` weekdays (Monday to Friday) within the week before it,
/// oldest first.
fn recent_weekdays(base: time::Date, n: usize) -> Vec<i64> {
    let mut out: Vec<i64> = (1..=7)
        .filter(|k| {
            !matches!((base - time::Duration::days(*k)).weekday(), time::Weekday::Saturday | time::Weekday::Sunday)
        })
        .take(n)
        .map(|k| -k)
        .collect();
    out.reverse();
    out
}

fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

async fn the_whole_journey_from_application_to_certificate(app: TestApp) {
    let world = World::build(&app).await;
    let host_user: uuid::Uuid = schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT id FROM users WHERE email = 'org.a@test.nl'").fetch_one(p).await).expect("id");
    let vacancy = fixtures::vacancy(
        &app,
        world.org_a,
        "Voorlezen in het verpleeghuis",
        "individual",
        2,
        schakel::ids::UserId::from_uuid(host_user),
    )
    .await;
    // Six hours are asked of this placement.
    schakel::with_conn!(&app.db, p => sqlx::query("UPDATE vacancies SET expected_hours = 6 WHERE id = $1").bind(vacancy).execute(p).await.map(|_| ())).expect("hours");
    let mut pupil = app.signed_in("pupil.a@test.nl").await;

    // The pupil finds it and applies, declaring she has no side job.
    assert!(pupil.get("/vacancies?q=voorlezen").await.text.contains("Voorlezen in het verpleeghuis"));
    let undeclared = pupil.post(&format!("/vacancies/{vacancy}/apply"), &[("motivation", "Ik lees graag voor.")]).await;
    assert_eq!(undeclared.status, StatusCode::UNPROCESSABLE_ENTITY, "the side job must be declared");
    let applied = pupil
        .post(&format!("/vacancies/{vacancy}/apply"), &[("motivation", "Ik lees graag voor."), ("side_job", "none")])
        .await;
    assert!(applied.redirects_to("/placements/"), "{applied:?}");
    let placement: PlacementId =
        applied.location.as_deref().and_then(|l| l.rsplit('/').next()).and_then(|s| s.parse().ok()).expect("id");
    assert_eq!(status(&app, placement).await, "proposed");

    // The organisation sees a first name, age, school and motivation — no last name yet — and
    // accepts, signing the agreement for the organisation.
    let mut host = app.signed_in("org.a@test.nl").await;
    let page = host.get(&format!("/placements/{placement}")).await;
    assert!(
        page.text.contains("Noor") && page.text.contains("Ik lees graag voor.") && page.text.contains("Amstel College")
    );
    assert!(
        !page.text.contains("Bakker") && !page.text.contains("100001@leerling"),
        "no last name or contact details before confirmation"
    );
    // Nor the agreement, which names her in full: no link to it, and the link would not work.
    assert!(!page.text.contains("agreement.pdf"), "no agreement link for the organisation before confirmation");
    assert_eq!(host.download(&format!("/placements/{placement}/agreement.pdf")).await.0, StatusCode::NOT_FOUND);
    let unsigned = host.post(&format!("/placements/{placement}/accept"), &[]).await;
    assert_eq!(unsigned.status, StatusCode::UNPROCESSABLE_ENTITY, "accepting is signing");
    assert_eq!(status(&app, placement).await, "proposed");
    assert!(
        host.post(&format!("/placements/{placement}/accept"), &[("sign", "yes")]).await.redirects_to("/placements/")
    );

    // The school confirms and signs; she is under 16, so a parent signs through the mailed link.
    let consents_before = app.count("SELECT COUNT(*) FROM consents").await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let confirmed = coord.post(&format!("/placements/{placement}/confirm"), &[("sign", "yes")]).await;
    assert!(confirmed.redirects_to("/placements/"), "{}", confirmed.text);
    assert_eq!(status(&app, placement).await, "confirmed");
    // No parent's address is on file, so nobody was asked yet: the coordinator is told so, not
    // that the placement now waits for a parent.
    let confirmed = coord.get(&format!("/placements/{placement}")).await;
    assert!(
        confirmed.text.contains("Er is nog geen e-mailadres van een ouder of verzorger bekend")
            && confirmed.text.contains("Er is nog geen verzoek om toestemming verstuurd")
            && !confirmed.text.contains("De stage begint zodra een ouder toestemming geeft"),
        "{}",
        confirmed.text
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM consents").await, consents_before);
    let sent =
        coord.post(&format!("/placements/{placement}/consent"), &[("parent_email", "ouder.bakker@test.nl")]).await;
    assert!(sent.redirects_to("/placements/"));
    // The pupil signs; the placement waits for the parent.
    assert!(pupil.get(&format!("/placements/{placement}")).await.text.contains("Tekenen"));
    pupil.post(&format!("/placements/{placement}/sign"), &[("agree", "yes")]).await;
    assert_eq!(status(&app, placement).await, "confirmed", "a parent has not signed yet");
    assert!(
        coord
            .get(&format!("/placements/{placement}"))
            .await
            .text
            .contains("Verzoek verstuurd naar ouder.bakker@test.nl")
    );
    let consent = path_of(&mailed_link(&app, "ouder.bakker@test.nl", "/consent/").await);
    let mut parent = app.client();
    let form = parent.get(&consent).await;
    assert!(form.text.contains("Voorlezen in het verpleeghuis") && form.text.contains("Noor Bakker"));
    let missing = parent.post(&consent, &[("name", "Karin Bakker")]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY, "the box must be ticked");
    assert_eq!(status(&app, placement).await, "confirmed");
    let given = parent.post(&consent, &[("name", "Karin Bakker"), ("agree", "yes")]).await;
    assert!(given.text.contains("je toestemming is vastgelegd"), "{}", given.text);
    assert_eq!(status(&app, placement).await, "active", "every signature is in");
    // Confirmed: now the organisation gets the agreement.
    assert!(host.get(&format!("/placements/{placement}")).await.text.contains("agreement.pdf"));
    assert_eq!(host.download(&format!("/placements/{placement}/agreement.pdf")).await.0, StatusCode::OK);
    // The agreement is kept as signed by all four; the parent downloads it from her link.
    let (code, ct, pdf) = parent.download(&format!("{consent}/agreement.pdf")).await;
    assert_eq!((code, ct.as_str()), (StatusCode::OK, "application/pdf"));
    let text = pdf_text(&pdf);
    for name in ["Noor Bakker", "Karin Bakker", "Carla Coördinator", "Anja de Wit"] {
        assert!(text.contains(name), "{name} on the signed agreement: {text}");
    }
    // A second consent changes nothing.
    parent.post(&consent, &[("name", "Iemand Anders"), ("agree", "yes")]).await;
    let consents: i64 = app.count("SELECT COUNT(*) FROM consents WHERE given_by_name = 'Iemand Anders'").await;
    assert_eq!(consents, 0);
    let signatures: i64 = app.count("SELECT COUNT(*) FROM agreement_signatures").await;
    assert_eq!(signatures, 4);

    // Ten days later the pupil logs the hours she worked since (everyone signs in again: their
    // sessions ended meanwhile). Evening hours are refused at 14 with the rule that forbids
    // them, and nothing is saved.
    app.clock.advance(time::Duration::days(10));
    let now = app.clock.today();
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let mut host = app.signed_in("org.a@test.nl").await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let url = format!("/placements/{placement}/hours");
    let days = recent_weekdays(now, 3);
    let late = pupil
        .post(
            &url,
            &[("date", &day_text(now, days[0])), ("start", "18:00"), ("end", "20:00"), ("activity", "Voorlezen")],
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(late.text.contains("mogen na 19:00 niet werken"), "{}", late.text);
    assert_eq!(app.count("SELECT COUNT(*) FROM hours_entries h JOIN placements p ON p.id = h.placement_id WHERE p.pupil_id IN (SELECT id FROM pupils WHERE number = '100001')").await, 0);
    for day in &days {
        let ok = pupil
            .post(
                &url,
                &[("date", &day_text(now, *day)), ("start", "14:00"), ("end", "16:00"), ("activity", "Voorlezen")],
            )
            .await;
        assert!(ok.redirects_to("/placements/"), "{ok:?}");
    }
    // The organisation approves from the link in its mail: opening it changes nothing; one click does.
    let review = path_of(&mailed_link(&app, "org.a@test.nl", "/review?").await);
    let mut from_mail = app.client();
    let shown = from_mail.get(&review).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert_eq!(app.count("SELECT COUNT(*) FROM hours_entries WHERE status = 'approved'").await, 0);
    let (review_path, query) = review.split_once('?').expect("query");
    let params: Vec<(String, String)> = serde_html_form::from_str(query).expect("query");
    let mut fields: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    fields.push(("decision", "approve"));
    let approved = from_mail.post(review_path, &fields).await;
    assert!(approved.text.contains("Deze uren zijn beoordeeld"), "{}", approved.text);
    assert_eq!(app.count("SELECT COUNT(*) FROM hours_entries WHERE status = 'approved'").await, 1);
    // A tampered link is refused.
    let tampered = from_mail.get(&review.replace("sig=", "sig=x")).await;
    assert_eq!(tampered.status, StatusCode::FORBIDDEN);
    // The rest in bulk: every hour is in, and the placement still runs until the host says so.
    host.post(&format!("/placements/{placement}/hours/approve"), &[]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM hours_entries WHERE status = 'approved'").await, 3);
    assert_eq!(status(&app, placement).await, "active", "not complete without the final evaluation");
    // Her certificate counts the approved hours of the running placement already, as her home
    // page does: one total everywhere.
    let (_, _, pdf) = pupil.download(&format!("/pupils/{}/certificate.pdf", world.pupil_a)).await;
    let text = pdf_text(&pdf);
    assert!(text.contains("Voorlezen in het verpleeghuis") && text.contains("6 uur"), "{text}");
    // An interim evaluation keeps it running.
    let evaluate = format!("/placements/{placement}/evaluation");
    let interim = host.post(&evaluate, &[("text", "Noor is betrokken."), ("kind", "interim")]).await;
    assert_eq!(interim.flash().as_deref(), Some("flash-evaluated"));
    assert_eq!(status(&app, placement).await, "active", "an interim evaluation ends nothing");
    // The final one before the end date needs a reason and the box ticked; what she typed stays.
    let text = "Noor was betrokken en op tijd.";
    let refused = host.post(&evaluate, &[("text", text), ("kind", "final")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("Schrijf op waarom de stage eerder stopt"), "{}", refused.text);
    assert!(refused.text.contains("Vink aan dat je de stage afrondt"));
    assert!(refused.text.contains(text), "her text is kept");
    assert_eq!(status(&app, placement).await, "active", "nothing changed");
    let done = host
        .post(
            &evaluate,
            &[("text", text), ("kind", "final"), ("early_reason", "Alle uren zijn gemaakt"), ("complete", "yes")],
        )
        .await;
    assert_eq!(done.flash().as_deref(), Some("flash-evaluated-completed"));
    assert_eq!(status(&app, placement).await, "completed");
    let page = host.get(&format!("/placements/{placement}")).await.text;
    assert!(
        page.contains("Eindbeoordeling") && page.contains("Eerder gestopt:</strong> Alle uren zijn gemaakt"),
        "{page}"
    );
    pupil.post(&format!("/placements/{placement}/reflection"), &[("text", "Ik heb geleerd geduldig te zijn.")]).await;

    // The certificate lists the placement and its hours, for the pupil and the coordinator.
    for c in [&mut pupil, &mut coord] {
        let (code, ct, pdf) = c.download(&format!("/pupils/{}/certificate.pdf", world.pupil_a)).await;
        assert_eq!((code, ct.as_str()), (StatusCode::OK, "application/pdf"));
        let text = pdf_text(&pdf);
        assert!(
            text.contains("Voorlezen in het verpleeghuis") && text.contains("Noor Bakker") && text.contains("6 uur"),
            "{text}"
        );
    }
    // Every step told the next person.
    for to in ["org.a@test.nl", "coord.a@test.nl", "pupil.a@test.nl"] {
        assert!(app.count(&format!("SELECT COUNT(*) FROM outbox WHERE recipient = '{to}'")).await >= 1, "{to}");
    }
    assert!(host.get("/notifications").await.text.contains("Noor"));
}

async fn illegal_steps_get_a_clear_message_and_change_nothing(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.b@test.nl").await;
    // Confirming before the organisation accepted.
    let early = coord.post(&format!("/placements/{}/confirm", world.placement_b), &[]).await;
    assert!(early.redirects_to("/placements/"));
    assert!(
        coord
            .get(&early.location.clone().unwrap_or_default())
            .await
            .text
            .contains("De organisatie moet eerst accepteren")
    );
    assert_eq!(status(&app, world.placement_b).await, "proposed");
    // Applying twice.
    let mut pupil = app.signed_in("pupil.b@test.nl").await;
    let again = pupil
        .post(&format!("/vacancies/{}/apply", world.vacancy_b), &[("motivation", "Nog een keer"), ("side_job", "none")])
        .await;
    assert!(again.status == StatusCode::NOT_FOUND || again.redirects_to("/vacancies/"), "{again:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM placements WHERE status = 'proposed'").await, 1);
    // Declining needs a reason; a declined placement takes no hours and no approvals.
    let mut host = app.signed_in("org.b@test.nl").await;
    let no_reason = host.post(&format!("/placements/{}/decline", world.placement_b), &[]).await;
    assert!(no_reason.redirects_to("/placements/"));
    assert_eq!(status(&app, world.placement_b).await, "proposed");
    host.post(&format!("/placements/{}/decline", world.placement_b), &[("reason", "Geen plek op woensdag")]).await;
    assert_eq!(status(&app, world.placement_b).await, "declined");
    let approve = host.post(&format!("/placements/{}/hours/approve", world.placement_b), &[]).await;
    assert!(approve.status.is_redirection() || approve.status == StatusCode::NOT_FOUND);
    let logged = pupil
        .post(
            &format!("/placements/{}/hours", world.placement_b),
            &[("date", &d(-1)), ("start", "10:00"), ("end", "11:00"), ("activity", "x")],
        )
        .await;
    assert!(logged.redirects_to("/placements/"));
    assert_eq!(app.count("SELECT COUNT(*) FROM hours_entries").await, 1, "only the fixture's entry");
    // An expired consent link says so.
    app.clock.advance(time::Duration::days(15));
    let expired = app.client().get(&format!("/consent/{}", world.consent_b)).await;
    assert_eq!(expired.status, StatusCode::GONE);
    assert!(expired.text.contains("Deze link is verlopen"));
    assert_eq!(app.client().get("/consent/not-a-real-token").await.status, StatusCode::NOT_FOUND);
}

/// `count` pupils of school A with accepted applications to `vacancy`.
async fn accepted_applicants(
    app: &TestApp,
    world: &World,
    vacancy: VacancyId,
    count: usize,
    series: u32,
) -> Vec<PlacementId> {
    let mut ids = Vec::with_capacity(count);
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'coord.a@test.nl'").fetch_one(p).await).expect("id"),
    );
    for i in 0..count {
        let pupil =
            fixtures::pupil(app, world.school_a, world.class_a, &format!("{series}{i:05}"), "Rush", "Leerling").await;
        let id = crate::fixtures::propose(app, vacancy, pupil, "m", by).await;
        schakel::minors::papers::set_side_job(&app.db, id, schakel::minors::papers::SideJob::None)
            .await
            .expect("side job");
        store::take_step(&app.db, id, Step::Accept, None, "").await.expect("accept");
        ids.push(id);
    }
    ids
}

async fn a_hundred_concurrent_confirmations_take_exactly_the_last_place(app: TestApp) {
    let world = World::build(&app).await;
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'pl@test.nl'").fetch_one(p).await).expect("id"),
    );
    let vacancy = fixtures::vacancy(&app, world.org_a, "Eén plek over", "individual", 3, by).await;
    // Two of three places are taken already.
    for id in accepted_applicants(&app, &world, vacancy, 2, 8).await {
        store::take_step(&app.db, id, Step::Confirm { consent_needed: true }, None, "").await.expect("confirm");
    }
    let contenders = accepted_applicants(&app, &world, vacancy, 100, 9).await;
    let coord = app.signed_in("coord.a@test.nl").await;
    let token = {
        let mut c = app.client();
        c.http = coord.http.clone();
        c.get("/").await;
        c.token().await
    };
    let mut tasks = Vec::new();
    for id in contenders.clone() {
        let http = coord.http.clone();
        let url = format!("{}/placements/{id}/confirm", coord.base);
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let res = http.post(url).form(&[("_csrf", token.as_str()), ("sign", "yes")]).send().await.expect("POST");
            let loc = res.headers().get("location").and_then(|v| v.to_str().ok()).map(String::from);
            let flash =
                res.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find_map(|c| {
                    c.strip_prefix("schakel_flash=").map(|v| v.split(';').next().unwrap_or("").to_string())
                });
            (res.status(), loc, flash)
        }));
    }
    let mut succeeded = 0;
    let mut refused_full = 0;
    for t in tasks {
        let (status, _, flash) = t.await.expect("task");
        assert_eq!(status, StatusCode::SEE_OTHER);
        match flash.as_deref() {
            Some(
                "flash-placement-confirmed-consent" | "flash-placement-confirmed-no-parent" | "flash-placement-active",
            ) => succeeded += 1,
            Some("flash-placement-full") => refused_full += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!((succeeded, refused_full), (1, 99));
    let holding: i64 = schakel::with_conn!(&app.db, p => sqlx::query_scalar(
        "SELECT COUNT(*) FROM placements WHERE vacancy_id = $1 AND status IN ('confirmed', 'active', 'completed')")
        .bind(vacancy).fetch_one(p).await)
    .expect("count");
    assert_eq!(holding, 3, "never more than the capacity");
    // The ones left waiting say why instead of offering a confirmation that cannot succeed.
    let waiting = schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>(
        "SELECT id FROM placements WHERE vacancy_id = $1 AND status = 'accepted' LIMIT 1")
        .bind(vacancy).fetch_one(p).await)
    .expect("one waiting");
    let mut coord = coord;
    let page = coord.get(&format!("/placements/{waiting}")).await.text;
    assert!(page.contains("Alle 3 plekken van deze stage zijn al bevestigd"), "{page}");
    assert!(!page.contains(&format!("action=\"/placements/{waiting}/confirm\"")));
}

async fn pupils_are_offered_only_what_they_may_do(app: TestApp) {
    let world = World::build(&app).await;
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'pl@test.nl'").fetch_one(p).await).expect("id"),
    );
    fixtures::vacancy(&app, world.org_a, "Dichtbij", "individual", 2, by).await;
    let older = fixtures::vacancy(&app, world.org_a, "Pas vanaf zestien", "individual", 2, by).await;
    schakel::with_conn!(&app.db, p => sqlx::query("UPDATE vacancies SET min_age = 16 WHERE id = $1").bind(older).execute(p).await.map(|_| ())).expect("age");
    let far = fixtures::vacancy(&app, world.org_a, "Ver weg in Zuidoost", "individual", 2, by).await;
    schakel::with_conn!(&app.db, p => sqlx::query("UPDATE vacancies SET lat = 52.29, lon = 5.0 WHERE id = $1").bind(far).execute(p).await.map(|_| ())).expect("far");
    let other_school = fixtures::vacancy(&app, world.org_a, "Alleen voor Buiksloot", "individual", 2, by).await;
    schakel::with_conn!(&app.db, p => sqlx::query("INSERT INTO vacancy_schools (vacancy_id, school_id) VALUES ($1, $2)").bind(other_school).bind(world.school_b).execute(p).await.map(|_| ()))
        .expect("restrict");
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let all = pupil.get("/vacancies").await.text;
    assert!(all.contains("Dichtbij") && all.contains("Ver weg in Zuidoost"));
    assert!(!all.contains("Pas vanaf zestien"), "too young");
    assert!(!all.contains("Alleen voor Buiksloot"), "restricted to another school");
    // Nearest first, and the distance filter.
    assert!(all.find("Dichtbij") < all.find("Ver weg in Zuidoost"));
    let within = pupil.get("/vacancies?km=3").await.text;
    assert!(within.contains("Dichtbij") && !within.contains("Ver weg in Zuidoost"));
    // Applying to what she is not offered is refused.
    for v in [older, other_school] {
        let res = pupil.post(&format!("/vacancies/{v}/apply"), &[("motivation", "Graag")]).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    }
}

async fn a_group_is_placed_in_one_step_and_sessions_credit_those_present(app: TestApp) {
    let world = World::build(&app).await;
    // Two pupils of 16 in class 3A, and Noor (14).
    let sixteen = (today() - time::Duration::days(16 * 366))
        .format(&time::macros::format_description!("[day]-[month]-[year]"))
        .expect("date");
    let mut ids = Vec::new();
    for (n, name) in [("400001", "Ayoub"), ("400002", "Lotte")] {
        let form = schakel::directory::model::PupilForm {
            number: n.into(),
            first_name: name.into(),
            last_name: "Groep".into(),
            class: world.class_a.to_string(),
            date_of_birth: sixteen.clone(),
            ..Default::default()
        };
        let input = schakel::directory::model::PupilInput::parse(&form, today()).expect("pupil");
        ids.push(
            schakel::directory::store::pupils::create_pupil(&app.db, world.school_a, &input).await.expect("create"),
        );
    }
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'org.a@test.nl'").fetch_one(p).await).expect("id"),
    );
    let group = fixtures::vacancy(&app, world.org_a, "Natuurwerkdag", "group", 30, by).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let form = coord.get(&format!("/vacancies/{group}/group?class={}", world.class_a)).await;
    assert!(form.text.contains("Ayoub Groep") && form.text.contains("Noor Bakker"));
    let mut fields = vec![("class".to_string(), world.class_a.to_string())];
    fields.extend(ids.iter().map(|i| ("pupils".to_string(), i.to_string())));
    fields.push(("pupils".into(), world.pupil_a.to_string()));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    // Nobody has declared a side job: the school must confirm those warnings, and sign.
    let unconfirmed = coord.post(&format!("/vacancies/{group}/group"), &refs).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unconfirmed.text.contains("Bevestig de waarschuwingen") && unconfirmed.text.contains("Ayoub Groep"));
    assert_eq!(app.count("SELECT COUNT(*) FROM placements WHERE status = 'confirmed'").await, 0);
    let mut signed = refs.clone();
    signed.extend([("sign", "yes"), ("ack", "yes")]);
    assert!(
        coord.post(&format!("/vacancies/{group}/group"), &signed).await.redirects_to(&format!("/vacancies/{group}"))
    );
    let placed: Vec<(PlacementId, uuid::Uuid)> = schakel::with_conn!(&app.db, p => sqlx::query_as(
        "SELECT id, pupil_id FROM placements WHERE vacancy_id = $1 AND status = 'confirmed'").bind(group).fetch_all(p).await)
    .expect("placed");
    assert_eq!(placed.len(), 3, "every pupil placed, each waiting for the other signatures");
    // The host signs for the group; the 16-year-olds sign themselves; their parents are asked
    // too (the network's default), and the school confirms that it goes ahead without them.
    let mut host = app.signed_in("org.a@test.nl").await;
    for (id, _) in &placed {
        host.post(&format!("/placements/{id}/sign"), &[("agree", "yes")]).await;
    }
    let mut active = Vec::new();
    for (n, ((id, pupil), name)) in
        placed.iter().filter(|(_, p)| ids.iter().any(|i| i.uuid() == *p)).zip(["Ayoub", "Lotte"]).enumerate()
    {
        let email = format!("groep{n}@test.nl");
        app.user(
            &email,
            &format!("{name} Groep"),
            Some(schakel::auth::model::Grant::Pupil {
                pupil: schakel::ids::PupilId::from_uuid(*pupil),
                school: world.school_a,
            }),
        )
        .await;
        let mut me = app.signed_in(&email).await;
        me.post(&format!("/placements/{id}/sign"), &[("agree", "yes")]).await;
        assert_eq!(status(&app, *id).await, "confirmed", "the parent's signature is asked");
        let page = coord.get(&format!("/placements/{id}")).await.text;
        assert!(page.contains("A5"), "the missing parent signature is a warning to confirm");
        let keys: Vec<String> = page
            .split("name=\"ack\" value=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next().map(String::from))
            .collect();
        let mut form: Vec<(&str, &str)> = keys.iter().map(|k| ("ack", k.as_str())).collect();
        form.push(("note", "Ouders op de hoogte via de mentor"));
        coord.post(&format!("/placements/{id}/acknowledge"), &form).await;
        assert_eq!(status(&app, *id).await, "active", "{keys:?}");
        active.push(*id);
    }
    let noor = placed.iter().find(|(_, p)| *p == world.pupil_a.uuid()).map(|(id, _)| *id).expect("Noor");
    assert_eq!(status(&app, noor).await, "confirmed", "Noor (14) waits for her own and a parent's signature");
    // Ten days later the organisation registers a session: only those marked present get the
    // hours. (Sessions ended meanwhile: the host and the school sign in again.)
    app.clock.advance(time::Duration::days(10));
    let now = app.clock.today();
    let mut host = app.signed_in("org.a@test.nl").await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let date = day_text(now, recent_weekdays(now, 1)[0]);
    let first = active[0].to_string();
    let session = vec![
        ("session_date", date.as_str()),
        ("session_start", "10:00"),
        ("session_end", "13:00"),
        ("session_activity", "Wilgen knotten"),
        ("present", first.as_str()),
    ];
    let registered = host.post(&format!("/vacancies/{group}/sessions"), &session).await;
    assert!(registered.status.is_redirection(), "{}", registered.text);
    let credited: Vec<(PlacementId, i64)> = schakel::with_conn!(&app.db, p => sqlx::query_as(
        "SELECT placement_id, CAST(SUM(minutes) AS BIGINT) FROM hours_entries WHERE status = 'approved' GROUP BY placement_id").fetch_all(p).await).expect("hours");
    assert_eq!(credited.len(), 1);
    assert_eq!(credited[0].1, 180);
    // A group that does not fit is refused as a whole.
    let small = fixtures::vacancy(&app, world.org_a, "Kleine groep", "group", 1, by).await;
    let refs: Vec<(&str, &str)> =
        vec![("class", ""), ("pupils", &fields[1].1), ("pupils", &fields[2].1), ("sign", "yes"), ("ack", "yes")];
    let full = coord.post(&format!("/vacancies/{small}/group"), &refs).await;
    assert_eq!(full.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(full.text.contains("Alle plekken van deze stageplek zijn bezet"), "{}", full.text);
    let in_small: i64 =
        schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT COUNT(*) FROM placements WHERE vacancy_id = $1")
        .bind(small).fetch_one(p).await)
        .expect("count");
    assert_eq!(in_small, 0, "nobody of a group that does not fit is placed");
}

async fn the_coordinator_sees_her_class_and_exports_it(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let page = coord.get(&format!("/classes/{}/progress", world.class_a)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Noor Bakker") && page.text.contains("Nog geen stage"));
    let (code, ct, csv) = coord.download(&format!("/classes/{}/progress.csv", world.class_a)).await;
    assert_eq!(code, StatusCode::OK);
    assert!(ct.starts_with("text/csv"));
    assert!(String::from_utf8_lossy(&csv).contains("100001;Noor Bakker;Nog geen stage"));
    let (code, ct, xlsx) = coord.download(&format!("/classes/{}/progress.xlsx", world.class_a)).await;
    assert_eq!(code, StatusCode::OK);
    assert!(ct.contains("spreadsheetml"));
    assert!(xlsx.starts_with(b"PK"), "an XLSX is a zip");
}

async fn confirming_tells_the_coordinator_whether_a_parent_was_asked(app: TestApp) {
    let world = World::build(&app).await;
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'pl@test.nl'").fetch_one(p).await).expect("id"),
    );
    let vacancy = fixtures::vacancy(&app, world.org_a, "Ruimte genoeg", "individual", 10, by).await;
    let set_parent = |id: PlacementId, email: &'static str| {
        let db = app.db.clone();
        async move {
            let p = store::placement(&db, id).await.expect("read").expect("placement");
            let email = schakel::directory::values::Email::parse(email).expect("email");
            schakel::directory::store::pupils::set_parent_email(&db, p.pupil_id, &email).await.expect("parent");
        }
    };
    let mut coord = app.signed_in("coord.a@test.nl").await;

    // One by one: with a parent's address the request goes out at once and the page names it.
    let known = accepted_applicants(&app, &world, vacancy, 1, 5).await[0];
    set_parent(known, "ouder.een@test.nl").await;
    let res = coord.post(&format!("/placements/{known}/confirm"), &[("sign", "yes")]).await;
    assert_eq!(res.flash().as_deref(), Some("flash-placement-confirmed-consent"));
    assert!(mailed_link(&app, "ouder.een@test.nl", "/consent/").await.contains("/consent/"));
    let page = coord.get(&format!("/placements/{known}")).await;
    assert!(page.text.contains("Verzoek verstuurd naar ouder.een@test.nl"), "{}", page.text);

    // Without one, nothing can go out, and the coordinator is told to fill it in.
    let unknown = accepted_applicants(&app, &world, vacancy, 1, 6).await[0];
    let res = coord.post(&format!("/placements/{unknown}/confirm"), &[("sign", "yes")]).await;
    assert_eq!(res.flash().as_deref(), Some("flash-placement-confirmed-no-parent"));
    assert_eq!(status(&app, unknown).await, "confirmed");
    let page = coord.get(&format!("/placements/{unknown}")).await;
    assert!(page.text.contains("Er is nog geen verzoek om toestemming verstuurd"), "{}", page.text);
    assert!(page.text.contains("id=\"f-parent_email\""), "with the field to fill in");

    // In bulk without the signature box ticked: nothing happens, and the list comes back with
    // her choice kept and the box marked.
    let both = accepted_applicants(&app, &world, vacancy, 2, 7).await;
    set_parent(both[0], "ouder.twee@test.nl").await;
    let ids: Vec<String> = both.iter().map(ToString::to_string).collect();
    let mut fields: Vec<(&str, &str)> = ids.iter().map(|id| ("placements", id.as_str())).collect();
    let unsigned = coord.post("/placements/confirm", &fields).await;
    assert!(unsigned.text.contains("Vink aan dat je de overeenkomst tekent"), "{}", unsigned.text);
    for id in &ids {
        assert!(unsigned.text.contains(&format!("value=\"{id}\" type=\"checkbox\" checked")), "{id} stays ticked");
    }
    assert_eq!(status(&app, both[0]).await, "accepted");

    // Signed: all confirmed, and the summary names who still needs a parent's address.
    fields.push(("sign", "yes"));
    let res = coord.post("/placements/confirm", &fields).await;
    assert!(res.text.contains("2 stages bevestigd."), "{}", res.text);
    let no_parent = &res.text[res.text.find("id=\"bulk-no-parent\"").expect("the notice")..];
    assert!(no_parent.contains("Van 1 leerling is nog geen e-mailadres"), "{no_parent}");
    assert_eq!((status(&app, both[0]).await, status(&app, both[1]).await), ("confirmed".into(), "confirmed".into()));
    assert!(mailed_link(&app, "ouder.twee@test.nl", "/consent/").await.contains("/consent/"));
}

async fn the_search_counts_every_match_and_pages_through_them(app: TestApp) {
    let world = World::build(&app).await;
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'pl@test.nl'").fetch_one(p).await).expect("id"),
    );
    for i in 0..27 {
        fixtures::vacancy(&app, world.org_a, &format!("Bladeren {i:02}"), "individual", 2, by).await;
    }
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let rows = |text: &str| text.matches("Bladeren ").count();
    let first = pupil.get("/vacancies?q=bladeren").await;
    assert!(first.text.contains("<strong>27</strong>"), "all matches are counted: {}", first.text);
    assert_eq!(rows(&first.text), 25, "a page holds 25");
    let second = pupil.get("/vacancies?q=bladeren&page=2").await;
    assert!(second.text.contains("<strong>27</strong>"), "the count stays on the next page");
    assert_eq!(rows(&second.text), 2);
    // A page past the end shows the last page, with the count.
    let past = pupil.get("/vacancies?q=bladeren&page=9").await;
    assert_eq!(past.status, StatusCode::OK);
    assert!(past.text.contains("<strong>27</strong>"));
    assert_eq!(rows(&past.text), 2);
    // Nothing found: zero, and no rows.
    let none = pupil.get("/vacancies?q=bestaatniet").await;
    assert!(none.text.contains("<strong>0</strong>") && rows(&none.text) == 0);
}

/// The host's home page lists its vacancies at work; one it archived is gone from it (and from
/// the list, unless she asks for archived ones).
async fn an_archived_vacancy_leaves_the_hosts_home_page(app: TestApp) {
    let world = World::build(&app).await;
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'org.a@test.nl'").fetch_one(p).await).expect("id"),
    );
    let v = fixtures::vacancy(&app, world.org_a, "Oude vacature", "individual", 2, by).await;
    let mut host = app.signed_in("org.a@test.nl").await;
    assert!(host.get("/").await.text.contains("Oude vacature"));
    host.post(&format!("/vacancies/{v}/status"), &[("to", "closed")]).await;
    let archived = host.post(&format!("/vacancies/{v}/status"), &[("to", "archived")]).await;
    assert_eq!(archived.flash().as_deref(), Some("flash-archived"));
    assert!(!host.get("/").await.text.contains("Oude vacature"));
    assert!(!host.get("/vacancies").await.text.contains("Oude vacature"));
    assert!(host.get("/vacancies?status=archived").await.text.contains("Oude vacature"));
}

/// A host's list of hours to review holds her organisations' entries only, approves what she
/// chose, and leaves another organisation's entry alone even when its id is sent.
async fn a_host_reviews_the_hours_of_all_her_pupils_in_one_list(app: TestApp) {
    let world = World::build(&app).await;
    let entry = world.entry_b.to_string();
    let mut other = app.signed_in("org.a@test.nl").await;
    let page = other.get("/hours").await;
    assert!(page.text.contains("Er wachten geen uren op je oordeel"), "{}", page.text);
    assert!(!page.text.contains(&entry), "another organisation's entry is not listed");
    other.post("/hours/approve", &[("entries", entry.as_str())]).await;
    let state = || async {
        schakel::placements::store::hours::entry(&app.db, world.entry_b).await.expect("read").expect("entry").status
    };
    assert_eq!(state().await, HoursStatus::Submitted, "left alone");

    let mut host = app.signed_in("org.b@test.nl").await;
    let page = host.get("/hours").await;
    assert!(page.text.contains(&format!("id=\"entry-{entry}\"")), "{}", page.text);
    assert!(page.text.contains("Brood gebakken"), "what was done");
    let res = host.post("/hours/approve", &[("entries", entry.as_str())]).await;
    assert!(res.redirects_to("/hours"), "{res:?}");
    assert_eq!(res.flash().as_deref(), Some("flash-hours-approved-shown"));
    assert_eq!(state().await, HoursStatus::Approved);
    assert!(host.get("/hours").await.text.contains("Er wachten geen uren op je oordeel"));
}

/// The coordinator's queue of consents: confirmed placements with no parent to ask, and
/// requests unanswered for more than three days, counted on her home page and listed by its links.
async fn the_coordinator_sees_which_consents_wait_on_her(app: TestApp) {
    let world = World::build(&app).await;
    let by = schakel::ids::UserId::from_uuid(
        schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = 'pl@test.nl'").fetch_one(p).await).expect("id"),
    );
    let vacancy = fixtures::vacancy(&app, world.org_a, "Wachten op ouders", "individual", 10, by).await;
    let id = accepted_applicants(&app, &world, vacancy, 1, 8).await[0];
    let mut coord = app.signed_in("coord.a@test.nl").await;
    coord.post(&format!("/placements/{id}/confirm"), &[("sign", "yes")]).await;
    assert_eq!(status(&app, id).await, "confirmed");
    let figure = |page: &str, id: &str| -> String {
        let at = page.find(&format!("id=\"{id}\"")).expect(id);
        let rest = &page[at..];
        let start = rest.find("sk-stat__figure\">").expect("figure") + "sk-stat__figure\">".len();
        rest[start..start + rest[start..].find('<').expect("end")].to_string()
    };
    let home = coord.get("/").await.text;
    assert_eq!((figure(&home, "queue-parent"), figure(&home, "queue-late")), ("1".into(), "0".into()));
    let listed = coord.get("/placements?waiting=parent").await;
    assert!(listed.text.contains(&format!("/placements/{id}")) && listed.text.contains("id=\"queue-filter\""));
    // She asks a parent: no longer unknown, and three days later it is late.
    coord.post(&format!("/placements/{id}/consent"), &[("parent_email", "ouder.wacht@test.nl")]).await;
    assert!(!coord.get("/placements?waiting=parent").await.text.contains(&format!("/placements/{id}\"")));
    assert!(!coord.get("/placements?waiting=late").await.text.contains(&format!("/placements/{id}\"")));
    app.clock.advance(time::Duration::days(4));
    let mut coord = app.signed_in("coord.a@test.nl").await;
    assert!(coord.get("/placements?waiting=late").await.text.contains(&format!("/placements/{id}\"")));
    let home = coord.get("/").await.text;
    assert_eq!((figure(&home, "queue-parent"), figure(&home, "queue-late")), ("0".into(), "1".into()));
}

crate::both!(
    the_coordinator_sees_which_consents_wait_on_her,
    a_host_reviews_the_hours_of_all_her_pupils_in_one_list,
    an_archived_vacancy_leaves_the_hosts_home_page,
    the_whole_journey_from_application_to_certificate,
    confirming_tells_the_coordinator_whether_a_parent_was_asked,
    illegal_steps_get_a_clear_message_and_change_nothing,
    a_hundred_concurrent_confirmations_take_exactly_the_last_place,
    pupils_are_offered_only_what_they_may_do,
    the_search_counts_every_match_and_pages_through_them,
    a_group_is_placed_in_one_step_and_sessions_credit_those_present,
    the_coordinator_sees_her_class_and_exports_it,
);
