//! The rules for minors in the app: groups that may not go, hosts that lack checks, the rule
//! table and the network's options, school calendars, hours the rules refuse, vacancies some
//! ages can never take, and the demo network keeping to the rules it shows.

use reqwest::StatusCode;
use schakel::cli::DemoSize;
use schakel::ids::{PlacementId, PupilId, UserId};
use schakel::minors::check::Context;
use schakel::placements::model::Step;
use schakel::placements::store::placements as store;

use crate::fixtures::{self, World, today};
use crate::helpers::TestApp;

fn d(days: i64) -> String {
    let t = today() + time::Duration::days(days);
    format!("{:02}-{:02}-{}", t.day(), t.month() as u8, t.year())
}

async fn user_id(app: &TestApp, email: &str) -> UserId {
    let id: uuid::Uuid = schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT id FROM users WHERE email = $1").bind(email).fetch_one(p).await).expect("user");
    UserId::from_uuid(id)
}

async fn pupil_born(app: &TestApp, world: &World, number: &str, first: &str, born: time::Date) -> PupilId {
    let form = schakel::directory::model::PupilForm {
        number: number.into(),
        first_name: first.into(),
        last_name: "Jong".into(),
        class: world.class_a.to_string(),
        date_of_birth: format!("{:02}-{:02}-{}", born.day(), born.month() as u8, born.year()),
        ..Default::default()
    };
    let input = schakel::directory::model::PupilInput::parse(&form, today()).expect("pupil");
    schakel::directory::store::pupils::create_pupil(&app.db, world.school_a, &input).await.expect("create")
}

async fn a_group_with_a_twelve_year_old_cannot_go_off_site(app: TestApp) {
    let world = World::build(&app).await;
    let twelve = pupil_born(&app, &world, "500001", "Mila", today() - time::Duration::days(12 * 365 + 100)).await;
    let by = user_id(&app, "org.a@test.nl").await;
    let group = fixtures::vacancy(&app, world.org_a, "Natuurwerkdag in het bos", "group", 30, by).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let fields = [
        ("class", world.class_a.to_string()),
        ("pupils", twelve.to_string()),
        ("pupils", world.pupil_a.to_string()),
        ("sign", "yes".into()),
        ("ack", "yes".into()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = coord.post(&format!("/vacancies/{group}/group"), &refs).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The page names who blocks the group, and why: she is under 13 (A1) and a group is valid
    // only if it is valid for everyone (A7).
    assert!(refused.text.contains("Deze groep kan niet geplaatst worden"), "{}", refused.text);
    assert!(refused.text.contains("Mila Jong") && refused.text.contains("A1") && refused.text.contains("A7"));
    assert!(refused.text.contains("houdt de groep tegen"));
    assert_eq!(app.count("SELECT COUNT(*) FROM placements WHERE status = 'confirmed'").await, 0, "nobody placed");
    // Without her, the group goes.
    let without: Vec<(&str, &str)> = refs.iter().copied().filter(|(_, v)| *v != twelve.to_string()).collect();
    assert!(
        coord.post(&format!("/vacancies/{group}/group"), &without).await.redirects_to(&format!("/vacancies/{group}"))
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM placements WHERE status = 'confirmed'").await, 1);
}

async fn a_host_lacking_checks_cannot_have_placements_confirmed(app: TestApp) {
    let world = World::build(&app).await;
    // A host with everything but insurance.
    let org = fixtures::organisation(&app, "33333333", "Buurthuis De Kraal").await;
    app.user("org.c@test.nl", "Kees Kraal", Some(schakel::auth::model::Grant::OrgContact(org))).await;
    let by = user_id(&app, "org.c@test.nl").await;
    let vacancy = fixtures::vacancy(&app, org, "Koffie schenken", "individual", 2, by).await;
    let placement = crate::fixtures::propose(&app, vacancy, world.pupil_a, "Graag", by).await;
    schakel::minors::papers::set_side_job(&app.db, placement, schakel::minors::papers::SideJob::None)
        .await
        .expect("side");
    store::take_step(&app.db, placement, Step::Accept, None, "").await.expect("accept");
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let page = coord.get(&format!("/placements/{placement}")).await;
    assert!(page.text.contains("De organisatie mist verplichte controles") && page.text.contains("Verzekering"));
    let refused = coord.post(&format!("/placements/{placement}/confirm"), &[("sign", "yes")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("De organisatie mist verplichte controles. Er is niets veranderd."));
    assert_eq!(status(&app, placement).await, "accepted");
    // The project leader sees which hosts lack what.
    let mut pl = app.signed_in("pl@test.nl").await;
    let overview = pl.get("/hosts/checks").await.text;
    assert!(overview.contains("Buurthuis De Kraal") && !overview.contains("Bakkerij Oosterbeek"), "{overview}");
    // The host records its checks (a wrong date is refused and changes nothing), then the
    // school can confirm.
    let mut host = app.signed_in("org.c@test.nl").await;
    let bad = host
        .post(
            &format!("/organisations/{org}/checks"),
            &[("check_kind", "insurance"), ("reference", "AVB 1"), ("valid_from", "31-02-2026"), ("expires_on", "")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM host_checks").await, 10, "the fixtures' checks only");
    for kind in ["supervisor", "insurance", "risk-declaration", "vog-policy", "location"] {
        let saved = host
            .post(
                &format!("/organisations/{org}/checks"),
                &[("check_kind", kind), ("reference", "Kees Kraal"), ("valid_from", &d(-1)), ("expires_on", &d(300))],
            )
            .await;
        assert!(saved.redirects_to(&format!("/organisations/{org}/checks")), "{kind}: {}", saved.text);
    }
    let confirmed = coord.post(&format!("/placements/{placement}/confirm"), &[("sign", "yes")]).await;
    assert!(confirmed.redirects_to("/placements/"), "{}", confirmed.text);
    assert_eq!(status(&app, placement).await, "confirmed");
    assert!(!pl.get("/hosts/checks").await.text.contains("Buurthuis De Kraal"));
}

async fn status(app: &TestApp, id: PlacementId) -> String {
    schakel::with_conn!(&app.db, p => sqlx::query_scalar::<_, String>("SELECT status FROM placements WHERE id = $1").bind(id).fetch_one(p).await)
        .expect("status")
}

async fn the_network_reads_uncertain_rules_its_own_way_with_a_reason(app: TestApp) {
    World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let rules = coord.get("/rules").await;
    assert_eq!(rules.status, StatusCode::OK);
    assert!(rules.text.contains("B7") && rules.text.contains("Maatschappelijke stage") && rules.text.contains("S1"));
    assert!(!rules.text.contains("action=\"/rules/options\""), "only the project leader changes the options");
    let mut pl = app.signed_in("pl@test.nl").await;
    let strict = [
        ("mas_evening_until_20", "yes"),
        ("mas_sunday_cap", "at-most-five-worked"),
        ("age15_holiday_weeks_until_21", "no"),
        ("internship_at_13", "blocked"),
        ("meeting_point_in_school", "as-work"),
        ("meeting_point_at_client", "strictest"),
        ("parent_signature_16_17", "yes"),
        ("childcare_registration_for_minors", "yes"),
        ("ask_side_job_hours", "yes"),
        ("school_time_in_rest_periods", "yes"),
    ];
    let no_reason = pl.post("/rules/options", &strict).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY, "a change needs a reason");
    assert_eq!(app.count("SELECT COUNT(*) FROM minor_option_changes").await, 0);
    let mut with_reason = strict.to_vec();
    with_reason.push(("reason", "Advies jurist 12 november: verruiming geldt ook voor MaS"));
    assert!(pl.post("/rules/options", &with_reason).await.redirects_to("/rules"));
    let options = schakel::minors::rules::options(&app.db).await.expect("options");
    assert!(options.mas_evening_until_20);
    let page = pl.get("/rules").await.text;
    assert!(page.contains("Advies jurist 12 november") && page.contains("Q1"), "the change and its reason are kept");
    // The engine follows the stored options: a 14-year-old's MaS until 19:30 on a Saturday is
    // now a warning to confirm, not a block.
    let engine = schakel::minors::rules::engine(&app.db).await.expect("engine");
    let saturday = (1..8)
        .map(|k| today() + time::Duration::days(k))
        .find(|d| d.weekday() == time::Weekday::Saturday)
        .expect("saturday");
    let shift =
        schakel_minors::Shift::new(saturday, time::macros::time!(17:00), time::macros::time!(19:30)).expect("shift");
    let work = schakel_minors::Work::new(
        schakel_minors::Setting::MasOutsideSchool,
        vec![shift],
        schakel_minors::HostFacts { supervisor_named: true, tasks: Some(Default::default()), ..Default::default() },
    );
    let pupil = schakel_minors::Pupil::born_on(today() - time::Duration::days(14 * 365 + 30));
    let found = engine.check(
        &pupil,
        &work,
        &schakel_minors::Papers::complete(today()),
        &schakel_minors::SchoolCalendar::region_noord(),
    );
    let b7: Vec<_> = found.iter().filter(|v| v.rule == schakel_minors::RuleId::B7).collect();
    assert!(!b7.is_empty() && b7.iter().all(|v| !v.is_block()), "{found:?}");
}

async fn a_school_calendar_is_kept_by_its_coordinator(app: TestApp) {
    let world = World::build(&app).await;
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let url = format!("/schools/{}/calendar", world.school_a);
    assert!(coord.get(&url).await.text.contains("Schoolvakanties regio Noord"));
    // Lesson times: a wrong time is refused and nothing is stored.
    let mut week: Vec<(String, String)> = Vec::new();
    for n in 1..=5 {
        week.push((format!("kind_{n}"), "lessons".into()));
        week.push((format!("from_{n}"), if n == 2 { "8.3O".into() } else { "08:30".into() }));
        week.push((format!("to_{n}"), "15:30".into()));
    }
    week.push(("region_holidays".into(), "yes".into()));
    let refs: Vec<(&str, &str)> = week.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(coord.post(&url, &refs).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM school_lesson_times").await, 0);
    let fixed: Vec<(&str, &str)> = refs.iter().map(|(k, v)| (*k, if *v == "8.3O" { "08:30" } else { *v })).collect();
    assert!(coord.post(&url, &fixed).await.redirects_to(&url));
    let cal = schakel::minors::calendar::calendar(&app.db, world.school_a).await.expect("calendar");
    assert!(cal.times_known() && cal.region_holidays);
    // A school's iCalendar feed: read, shown, and only the days kept ticked are added.
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270316\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20270317T190000\r\nDTEND:20270317T210000\r\nSUMMARY:Ouderavond\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let preview = coord.upload(&format!("{url}/import"), &[], "jaarplanning.ics", ics.into()).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.text);
    assert!(preview.text.contains("Studiedag") && preview.text.contains("Ouderavond (heeft een tijd)"));
    let broken =
        coord.upload(&format!("{url}/import"), &[], "kapot.ics", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n".to_vec()).await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(broken.text.contains("geen leesbare iCalendar-kalender"));
    let confirmed = coord.post(&format!("{url}/import/confirm"), &[("event", "2027-03-15|2027-03-15|Studiedag")]).await;
    assert!(confirmed.redirects_to(&url));
    coord.post(&format!("{url}/import/confirm"), &[("event", "2027-03-15|2027-03-15|Studiedag")]).await;
    let cal = schakel::minors::calendar::calendar(&app.db, world.school_a).await.expect("calendar");
    assert_eq!(cal.own.iter().filter(|d| d.name == "Studiedag").count(), 1, "importing twice adds nothing");
    let rules_cal = cal.for_rules();
    assert!(!rules_cal.is_school_day(time::macros::date!(2027 - 03 - 15)));
    assert!(rules_cal.is_school_day(time::macros::date!(2027 - 03 - 16)));
    // Removing a day off asks for confirmation first.
    let day = cal.own[0].id;
    coord.post(&format!("{url}/days-off/{day}/delete"), &[]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM school_days_off").await, 2, "school B's and this one");
    coord.post(&format!("{url}/days-off/{day}/delete"), &[("confirm", "yes")]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM school_days_off").await, 1);
    // Another school's calendar is not hers.
    assert_eq!(coord.get(&format!("/schools/{}/calendar", world.school_b)).await.status, StatusCode::NOT_FOUND);
}

async fn a_vacancy_says_which_ages_it_can_never_take(app: TestApp) {
    let world = World::build(&app).await;
    let by = user_id(&app, "org.b@test.nl").await;
    let v = fixtures::vacancy(&app, world.org_b, "Avonddienst in de bakkerij", "individual", 2, by).await;
    schakel::with_conn!(&app.db, p => sqlx::query("UPDATE vacancy_slots SET starts_at = $1, ends_at = $2 WHERE vacancy_id = $3")
        .bind(time::macros::time!(19:00)).bind(time::macros::time!(21:30)).bind(v).execute(p).await.map(|_| ())).expect("evening");
    schakel::with_conn!(&app.db, p => sqlx::query("UPDATE vacancies SET status = 'draft' WHERE id = $1").bind(v).execute(p).await.map(|_| ())).expect("draft");
    let mut host = app.signed_in("org.b@test.nl").await;
    let opened = host.post(&format!("/vacancies/{v}/status"), &[("to", "open")]).await;
    let page = host.get(&opened.location.clone().unwrap_or_default()).await.text;
    assert!(page.contains("voor sommige leeftijden staan de regels haar niet toe"), "{page}");
    // Its minimum age is 13 (a MaS outside school): nothing is said about 12-year-olds.
    assert!(!page.contains("Leeftijd 12"), "{page}");
    assert!(page.contains("Leeftijd 13–14") && page.contains("B7") && page.contains("Leeftijd 15"), "{page}");
    assert!(!page.contains("Leeftijd 16"), "16 and 17 may work until 23:00");
    // A 14-year-old is told why she cannot apply, and applying is refused.
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let seen = pupil.get(&format!("/vacancies/{v}")).await.text;
    assert!(seen.contains("Deze stage past niet bij jou") && !seen.contains("action=\"/vacancies/"), "{seen}");
    let applied = pupil.post(&format!("/vacancies/{v}/apply"), &[("motivation", "Graag"), ("side_job", "none")]).await;
    assert_eq!(applied.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM placements WHERE vacancy_id IN (SELECT id FROM vacancies WHERE title LIKE 'Avond%')"
        )
        .await,
        0
    );
}

async fn two_school_day_entries_that_add_up_too_far_are_refused(app: TestApp) {
    let world = World::build(&app).await;
    let by = user_id(&app, "org.a@test.nl").await;
    let v = fixtures::vacancy(&app, world.org_a, "Boodschappen doen", "individual", 2, by).await;
    let placement = crate::fixtures::propose(&app, v, world.pupil_a, "Graag", by).await;
    schakel::minors::papers::set_side_job(&app.db, placement, schakel::minors::papers::SideJob::None)
        .await
        .expect("side");
    store::take_step(&app.db, placement, Step::Accept, None, "").await.expect("accept");
    store::take_step(&app.db, placement, Step::Confirm { consent_needed: true }, None, "").await.expect("confirm");
    let long_ago = crate::helpers::start_time() - time::Duration::days(20);
    for party in ["host", "school", "pupil", "parent"] {
        schakel::with_conn!(&app.db, p => sqlx::query("INSERT INTO agreement_signatures (placement_id, party, signer_name, signed_at) VALUES ($1, $2, 'x', $3)")
            .bind(placement).bind(party).bind(long_ago).execute(p).await.map(|_| ())).expect("sign");
    }
    store::take_step(&app.db, placement, Step::Activate, None, "").await.expect("activate");
    // A weekday in the past week that the region does not have off: a school day.
    let cal = schakel::minors::calendar::calendar(&app.db, world.school_a).await.expect("cal").for_rules();
    let Some(k) = (1..=7).find(|k| cal.is_school_day(today() - time::Duration::days(*k))) else {
        return; // A holiday week: nothing to test on school days.
    };
    let mut pupil = app.signed_in("pupil.a@test.nl").await;
    let url = format!("/placements/{placement}/hours");
    let first =
        pupil.post(&url, &[("date", &d(-k)), ("start", "13:00"), ("end", "14:30"), ("activity", "Boodschappen")]).await;
    assert!(first.redirects_to("/placements/"), "{}", first.text);
    let second =
        pupil.post(&url, &[("date", &d(-k)), ("start", "16:00"), ("end", "17:00"), ("activity", "Koken")]).await;
    assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(second.text.contains("B1"), "two and a half hours on a school day: {}", second.text);
    let kept: i64 = schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT COUNT(*) FROM hours_entries WHERE placement_id = $1")
        .bind(placement).fetch_one(p).await).expect("count");
    assert_eq!(kept, 1, "the refused entry was not saved");
}

async fn the_demo_network_keeps_to_the_rules_it_shows(app: TestApp) {
    schakel::demo::generate(&app.env, DemoSize::Small, 2026).await.expect("demo");
    let broken = crate::demo::rules_broken(&app.db, today()).await;
    assert!(broken.is_empty(), "{broken:#?}");
    let rules = Context::load(&app.db, today()).await.expect("rules");
    let accepted: Vec<PlacementId> = schakel::with_conn!(&app.db, p => sqlx::query_scalar(
        "SELECT id FROM placements WHERE status = 'accepted'").fetch_all(p).await)
    .expect("placements");
    let mut blocked_accepted = 0;
    for id in &accepted {
        let p = store::placement(&app.db, *id).await.expect("read").expect("placement");
        blocked_accepted += usize::from(rules.placement_planned(&app.db, &p).await.expect("check").is_blocked());
    }
    assert!(blocked_accepted >= 1, "the demo shows an application a rule blocks");
    let lacking =
        schakel::minors::hosts::lacking(&app.db, &schakel::db::SqlScope::All, today(), false).await.expect("hosts");
    assert!(!lacking.is_empty(), "the demo shows hosts lacking checks");
    // And one the demo's coordinator can confirm (a warning to confirm, a free place).
    let mut coord = app.client();
    assert!(coord.login("coordinator@schakel.demo", schakel::demo::DEMO_PASSWORD).await.redirects_to("/"));
    let mut confirmable = 0;
    for href in coord.get("/placements?status=accepted").await.links("/placements/") {
        let page = coord.get(&href).await.text;
        confirmable += usize::from(page.contains(&format!("action=\"{href}/confirm\"")));
    }
    assert!(confirmable >= 1, "the demo's coordinator has an application to confirm");
    // And a class with several that nothing stands in the way of, to confirm at once.
    let mut clean_per_class: std::collections::HashMap<Option<String>, usize> = Default::default();
    for href in coord.get("/placements?status=accepted").await.links("/placements/") {
        let id: PlacementId = href.trim_start_matches("/placements/").parse().expect("id");
        let p = store::placement(&app.db, id).await.expect("read").expect("placement");
        let found = rules.placement_planned(&app.db, &p).await.expect("check");
        let host = schakel::minors::check::host_lacking(&app.db, p.organisation_id, today()).await.expect("host");
        if !found.is_blocked() && found.open_warnings().is_empty() && host.is_empty() {
            *clean_per_class.entry(p.class_name.clone()).or_default() += 1;
        }
    }
    assert!(
        clean_per_class.values().any(|n| *n >= 2),
        "a class of the demo coordinator's school with two applications to confirm at once: {clean_per_class:?}"
    );
    // Her planned ones (side job undeclared) keep a free place whatever else the demo placed.
    let full: i64 = schakel::with_conn!(&app.db, p => sqlx::query_scalar(
        "SELECT COUNT(*) FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
         WHERE p.status = 'accepted' AND p.side_job = 'undeclared' AND v.capacity <= (SELECT COUNT(*)
           FROM placements q WHERE q.vacancy_id = v.id AND q.status IN ('confirmed', 'active', 'completed'))")
        .fetch_one(p).await)
    .expect("count");
    assert_eq!(full, 0, "a planned application sits on a full vacancy");
    // Every postcode the demo shows could exist: a real four-digit area, and letters PostNL
    // uses (no F, I, O, Q, U or Y; not SA, SD or SS).
    let postcodes: Vec<String> = schakel::with_conn!(&app.db, p => sqlx::query_scalar(
        "SELECT postcode FROM schools UNION ALL SELECT postcode FROM organisations
         UNION ALL SELECT postcode FROM pupils WHERE postcode IS NOT NULL").fetch_all(p).await)
    .expect("postcodes");
    let areas: Vec<u16> = schakel::geo::known_areas().collect();
    for pc in &postcodes {
        let (digits, letters) = pc.split_once(' ').expect("1234 AB");
        assert!(areas.contains(&digits.parse().expect("digits")), "{pc}: no such area");
        assert!(!letters.contains(['F', 'I', 'O', 'Q', 'U', 'Y']) && !["SA", "SD", "SS"].contains(&letters), "{pc}");
    }
    assert!(postcodes.len() > 100, "the demo's postcodes were read");
}

crate::both!(
    a_group_with_a_twelve_year_old_cannot_go_off_site,
    a_host_lacking_checks_cannot_have_placements_confirmed,
    the_network_reads_uncertain_rules_its_own_way_with_a_reason,
    a_school_calendar_is_kept_by_its_coordinator,
    a_vacancy_says_which_ages_it_can_never_take,
    two_school_day_entries_that_add_up_too_far_are_refused,
    the_demo_network_keeps_to_the_rules_it_shows,
);
