//! Two schools with their people, and two organisations: "A" is where the actors work, "B" holds
//! the records they must not reach. Names on the B side are distinctive, so a response that
//! leaks them is easy to spot.

use schakel::auth::model::Grant;
use schakel::auth::{store as auth_store, token};
use schakel::directory::model::{
    ClassForm, ClassInput, ContactForm, ContactInput, OrganisationForm, OrganisationInput, PupilForm, PupilInput,
    SchoolForm, SchoolInput, VettingStatus,
};
use schakel::directory::store::{classes, organisations, pupils, schools};
use schakel::ids::{
    ClassId, ContactId, GrantId, HoursEntryId, OrganisationId, PlacementId, PupilId, RoundId, SchoolId, UserId,
    VacancyId,
};
use schakel::placements::model::{VacancyForm, VacancyInput, VacancyStatus};
use schakel::placements::store::{hours, placements, vacancies};

use crate::helpers::TestApp;

/// A pupil of school B whose last name appears nowhere else.
pub const PUPIL_B_LAST_NAME: &str = "Zwartkruis";
/// An organisation's contact whose name appears nowhere else.
pub const ORG_B_CONTACT: &str = "Gerrit Oosterbeek";

pub struct World {
    pub school_a: SchoolId,
    pub school_b: SchoolId,
    pub class_a: ClassId,
    pub class_b: ClassId,
    pub pupil_a: PupilId,
    pub pupil_b: PupilId,
    pub org_a: OrganisationId,
    pub org_b: OrganisationId,
    pub contact_b: ContactId,
    /// A teacher of school B: a user record to probe the user pages with.
    pub teacher_b: UserId,
    pub teacher_b_grant: GrantId,
    /// An open invitation link token.
    pub invitation: String,
    /// An open individual vacancy and an open group vacancy of organisation B.
    /// A day off of school B's own (for the calendar routes).
    pub day_off_b: uuid::Uuid,
    pub vacancy_b: VacancyId,
    pub group_vacancy_b: VacancyId,
    /// Pupil B's application to `vacancy_b` (proposed), with one hours entry and a consent link.
    pub placement_b: PlacementId,
    pub entry_b: HoursEntryId,
    pub consent_b: String,
    /// The signed review link of `entry_b` (path and query).
    pub review_b: String,
    /// An open matching round of school B with pupil B and `vacancy_b`.
    pub round_b: RoundId,
}

/// A pupil's application to `vacancy`, as applying makes it (without the checks of the flow).
pub async fn propose(app: &TestApp, vacancy: VacancyId, pupil: PupilId, motivation: &str, by: UserId) -> PlacementId {
    let id = PlacementId::new();
    let p = placements::Proposal { id, vacancy, pupil, motivation, by: Some(by), note: "" };
    assert!(placements::propose(&app.db, &p).await.expect("propose"), "a live placement there already");
    id
}

/// The day the tests start on (see `helpers::TODAY`).
pub fn today() -> time::Date {
    crate::helpers::TODAY
}

pub async fn school(app: &TestApp, brin: &str, name: &str) -> SchoolId {
    let form = SchoolForm {
        brin: brin.into(),
        name: name.into(),
        levels: vec!["vmbo".into()],
        postcode: "1053 AB".into(),
        city: "Amsterdam".into(),
        ..Default::default()
    };
    schools::create_school(&app.db, &SchoolInput::parse(&form).expect("school")).await.expect("create school")
}

pub async fn class(app: &TestApp, school: SchoolId, name: &str) -> ClassId {
    let year = schakel::directory::values::SchoolYear::containing(today()).to_string();
    let form = ClassForm { name: name.into(), school_year: year, year_of_study: "3".into(), ..Default::default() };
    classes::create_class(&app.db, school, &ClassInput::parse(&form).expect("class")).await.expect("create class")
}

pub async fn pupil(app: &TestApp, school: SchoolId, class: ClassId, number: &str, first: &str, last: &str) -> PupilId {
    let form = PupilForm {
        number: number.into(),
        first_name: first.into(),
        last_name: last.into(),
        class: class.to_string(),
        date_of_birth: "01-03-2012".into(),
        postcode: "1053 AB".into(),
        email: format!("{}@leerling.example.nl", number),
        ..Default::default()
    };
    pupils::create_pupil(&app.db, school, &PupilInput::parse(&form, today()).expect("pupil"))
        .await
        .expect("create pupil")
}

pub async fn organisation(app: &TestApp, kvk: &str, name: &str) -> OrganisationId {
    let form = OrganisationForm {
        kvk: kvk.into(),
        name: name.into(),
        kind: "company".into(),
        sector: "zorg".into(),
        vetting_status: "approved".into(),
        ..Default::default()
    };
    let input = OrganisationInput::parse(&form, true, VettingStatus::Approved).expect("organisation");
    organisations::create_organisation(&app.db, &input).await.expect("create organisation")
}

pub async fn contact(app: &TestApp, org: OrganisationId, name: &str, email: &str) -> ContactId {
    let form = ContactForm { name: name.into(), email: email.into(), ..Default::default() };
    organisations::create_contact(&app.db, org, &ContactInput::parse(&form).expect("contact"))
        .await
        .expect("create contact")
}

fn date_text(d: time::Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year())
}

/// An open vacancy of `org`, from a week ago until two months from now.
pub async fn vacancy(
    app: &TestApp,
    org: OrganisationId,
    title: &str,
    kind: &str,
    capacity: u32,
    by: UserId,
) -> VacancyId {
    let t = today();
    let form = VacancyForm {
        organisation: org.to_string(),
        title: title.into(),
        description: "Helpen bij activiteiten voor bewoners.".into(),
        category: "zorg".into(),
        kind: kind.into(),
        setting: "mas_outside".into(),
        capacity: capacity.to_string(),
        expected_hours: "20".into(),
        starts_on: date_text(t - time::Duration::days(7)),
        ends_on: date_text(t + time::Duration::days(60)),
        postcode: "1055 AB".into(),
        city: "Amsterdam".into(),
        supervisor_name: "Anja Begeleider".into(),
        slots: "wo 14:00-16:00".into(),
        tasks_declared: "on".into(),
        ..VacancyForm::default()
    };
    let input = VacancyInput::parse(&form).expect("vacancy");
    let id = vacancies::create(&app.db, org, "organisatie", &input, by).await.expect("create vacancy");
    vacancies::set_status(&app.db, id, VacancyStatus::Open).await.expect("open");
    id
}

/// Every check a host needs, recorded as valid for a year (a supervisor, insurance, a risk
/// declaration, a VOG policy, and a location without alcohol, childcare or hazards).
pub async fn complete_checks(app: &TestApp, org: OrganisationId) {
    use schakel::minors::hosts::{self, CheckKind, NewRecord};
    let flags = std::collections::BTreeSet::new();
    for kind in CheckKind::ALL {
        let record = NewRecord {
            kind,
            reference: "Anja Begeleider / polis 123",
            flags: &flags,
            valid_from: today() - time::Duration::days(30),
            expires_on: Some(today() + time::Duration::days(335)),
        };
        hosts::record(&app.db, org, &record, None).await.expect("host check");
    }
}

impl World {
    pub async fn build(app: &TestApp) -> World {
        let school_a = school(app, "11AA00", "Amstel College").await;
        let school_b = school(app, "22BB00", "Buiksloot Lyceum").await;
        let class_a = class(app, school_a, "3A").await;
        let class_b = class(app, school_b, "3B").await;
        let pupil_a = pupil(app, school_a, class_a, "100001", "Noor", "Bakker").await;
        let pupil_b = pupil(app, school_b, class_b, "200001", "Sem", PUPIL_B_LAST_NAME).await;
        let org_a = organisation(app, "11111111", "Zorgcentrum De Regenboog").await;
        let org_b = organisation(app, "22222222", "Bakkerij Oosterbeek").await;
        complete_checks(app, org_a).await;
        complete_checks(app, org_b).await;
        contact(app, org_a, "Anja de Wit", "anja@regenboog.example.nl").await;
        let contact_b = contact(app, org_b, ORG_B_CONTACT, "gerrit@oosterbeek.example.nl").await;
        let meeting_point_a =
            schools::create_meeting_point(&app.db, school_a, "Meeting point Amstel").await.expect("mp");

        app.user("pl@test.nl", "Petra Projectleider", Some(Grant::ProjectLeader)).await;
        app.user("coord.a@test.nl", "Carla Coördinator", Some(Grant::Coordinator(school_a))).await;
        app.user("coord.b@test.nl", "Bert Coördinator", Some(Grant::Coordinator(school_b))).await;
        app.user("director.a@test.nl", "Dirk Directeur", Some(Grant::Director(school_a))).await;
        app.user("teacher.a@test.nl", "Tineke Docent", Some(Grant::Teacher(school_a))).await;
        app.user("org.a@test.nl", "Anja de Wit", Some(Grant::OrgContact(org_a))).await;
        app.user("org.b@test.nl", ORG_B_CONTACT, Some(Grant::OrgContact(org_b))).await;
        app.user(
            "mpm.a@test.nl",
            "Mo Bedrijfsleider",
            Some(Grant::MeetingPointManager { meeting_point: meeting_point_a, school: school_a }),
        )
        .await;
        app.user("pupil.a@test.nl", "Noor Bakker", Some(Grant::Pupil { pupil: pupil_a, school: school_a })).await;
        let teacher_b = app.user("teacher.b@test.nl", "Tom Docent", Some(Grant::Teacher(school_b))).await;
        let teacher_b_grant = auth_store::grants_of(&app.db, teacher_b).await.expect("grants")[0].0;

        let invited = schakel::auth::store::create_user(
            &app.db,
            &schakel::directory::values::Email::parse("new@test.nl").expect("email"),
            "Nieuwe Collega",
            schakel::i18n::Lang::Nl,
        )
        .await
        .expect("invited user");
        let invitation = token::random_token();
        auth_store::create_invitation(&app.db, invited, None, &token::digest(&invitation), time::Duration::days(7))
            .await
            .expect("invitation");

        let pupil_b_user = app
            .user(
                "pupil.b@test.nl",
                &format!("Sem {PUPIL_B_LAST_NAME}"),
                Some(Grant::Pupil { pupil: pupil_b, school: school_b }),
            )
            .await;
        let vacancy_b = vacancy(app, org_b, "Helpen in de bakkerij", "individual", 2, teacher_b).await;
        let group_vacancy_b = vacancy(app, org_b, "Groepsdag in de bakkerij", "group", 30, teacher_b).await;
        let placement_b = propose(app, vacancy_b, pupil_b, "Ik bak graag.", pupil_b_user).await;
        let entry = hours::NewEntry {
            date: today() - time::Duration::days(1),
            start: time::macros::time!(14:00),
            end: time::macros::time!(16:00),
            minutes: 120,
            activity: "Brood gebakken",
        };
        let entry_b =
            hours::add(&app.db, placement_b, &entry, pupil_b_user, None).await.expect("hours").expect("added");
        let consent_b = token::random_token();
        placements::create_consent(
            &app.db,
            placement_b,
            &token::digest(&consent_b),
            "ouder@test.nl",
            time::Duration::days(14),
        )
        .await
        .expect("consent");
        let review_b = schakel::placements::flow::review_path(&app.env.secret, entry_b, app.clock.now());
        let day = today() + time::Duration::days(40);
        schakel::minors::calendar::add_days_off(
            &app.db,
            school_b,
            &[(day, day, "Studiedag".into())],
            "manual",
            teacher_b,
        )
        .await
        .expect("day off");
        let day_off_b = schakel::minors::calendar::calendar(&app.db, school_b).await.expect("calendar").own[0].id;

        let round_b = RoundId::new();
        schakel::rounds::store::create(
            &app.db,
            &schakel::rounds::store::NewRound {
                id: round_b,
                school: Some(school_b),
                name: "Ronde Buiksloot",
                choices: 3,
                priority: schakel::rounds::model::Priority::Distance,
                seed: 7,
                closes_at: crate::helpers::start_time() + time::Duration::days(14),
                follows: None,
                pupils: &[pupil_b],
                vacancies: &[vacancy_b],
                by: None,
            },
        )
        .await
        .expect("round");
        schakel::rounds::store::step(&app.db, round_b, schakel::rounds::model::Step::Open).await.expect("open");

        World {
            day_off_b,
            round_b,
            vacancy_b,
            group_vacancy_b,
            placement_b,
            entry_b,
            consent_b,
            review_b,
            school_a,
            school_b,
            class_a,
            class_b,
            pupil_a,
            pupil_b,
            org_a,
            org_b,
            contact_b,
            teacher_b,
            teacher_b_grant,
            invitation,
        }
    }
}
