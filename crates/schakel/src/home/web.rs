//! `/`: the landing page for visitors, the role home pages for signed-in people.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::auth::model::Actor;
use crate::auth::model::{Grant, Role};
use crate::auth::policy;
use crate::directory::store::organisations::{self, Organisation};
use crate::directory::store::pupils::{self, Pupil};
use crate::directory::store::schools::{self, MeetingPoint, School, SchoolFigures};
use crate::directory::values::SchoolYear;
use crate::home::store::{self, Among, ClassGap, NetworkFigures, PlacementFigures};
use crate::ids::SchoolId;
use crate::placements::store::placements::{self as placement_store, Filter, Placement, Waiting};
use crate::placements::store::vacancies::{self, Hit, Vacancy};
use crate::privacy::audit;
use crate::rounds::model::Status as RoundStatus;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::context::Ctx;
use crate::web::error::Result;
use crate::web::page::render;

pub fn routes() -> Routes {
    Routes::new().get("/", home)
}

#[derive(Template)]
#[template(path = "home/landing.html")]
struct Landing {
    ctx: Ctx,
}

/// One school as a coordinator, director or teacher sees it on her home page.
struct SchoolPanel {
    role: Role,
    school: School,
    figures: SchoolFigures,
    /// For coordinators: what waits for her, and the classes with pupils still without a place.
    placements: Option<PlacementFigures>,
    /// For coordinators: consents waiting with no parent known, and those asked long ago.
    queue: Option<ConsentQueue>,
    classes: Vec<ClassGap>,
}

struct ConsentQueue {
    parent_unknown: i64,
    late: i64,
}

/// A school's consents that wait on her: counted in her scope with the filters her placement
/// list applies when she follows the links.
async fn consent_queue(app: &AppState, actor: &Actor, school: SchoolId) -> Result<ConsentQueue> {
    let scope = policy::placement_scope(actor);
    let count = |waiting| {
        let filter = Filter { school: Some(school), waiting: Some(waiting), ..Filter::default() };
        let scope = &scope;
        async move { placement_store::count(&app.db, scope, &filter).await }
    };
    Ok(ConsentQueue {
        parent_unknown: count(Waiting::ParentUnknown).await?,
        late: count(Waiting::late(app.clock().now())).await?,
    })
}

/// An organisation on its contact's home page.
struct OrgPanel {
    org: Organisation,
    figures: PlacementFigures,
    vacancies: Vec<Vacancy>,
}

/// The pupil's own view.
struct PupilPanel {
    pupil: Pupil,
    placements: Vec<Placement>,
    approved_minutes: i64,
    nearby: Vec<Hit>,
    /// Rounds she is in: open ones to rank in, published ones with her result.
    rounds: Vec<crate::rounds::store::PupilRound>,
}

/// What the home page shows: one section per role the person holds.
#[derive(Template)]
#[template(path = "home/home.html")]
struct Home {
    ctx: Ctx,
    school_year: String,
    network: Option<NetworkFigures>,
    network_placements: Option<PlacementFigures>,
    recent: Vec<audit::Row>,
    schools: Vec<SchoolPanel>,
    organisations: Vec<OrgPanel>,
    meeting_points: Vec<MeetingPoint>,
    pupil: Option<PupilPanel>,
}

async fn home(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let Some(actor) = ctx.actor.clone() else {
        return render(&Landing { ctx });
    };
    let year = SchoolYear::containing(app.clock().today()).to_string();
    let mut page = Home {
        ctx,
        school_year: year.clone(),
        network: None,
        network_placements: None,
        recent: Vec::new(),
        schools: Vec::new(),
        organisations: Vec::new(),
        meeting_points: Vec::new(),
        pupil: None,
    };
    // The network's figures and its recent audit events: the project leader's overview.
    if crate::auth::policy::can(&actor, crate::auth::policy::Action::View, crate::auth::policy::Resource::AuditLog) {
        page.network = Some(store::network_figures(&app.db).await?);
        page.network_placements = Some(store::placement_figures(&app.db, Among::Network).await?);
        page.recent = audit::list(&app.db, &audit::Filter::default(), 8, 0).await?;
    }
    for grant in actor.grants() {
        match *grant {
            Grant::Coordinator(s) | Grant::Director(s) | Grant::Teacher(s) => {
                if let Some(school) = schools::school(&app.db, s).await? {
                    let figures = schools::school_figures(&app.db, s, &year).await?;
                    let coordinator = grant.role() == Role::Coordinator;
                    let placements = if coordinator {
                        Some(store::placement_figures(&app.db, Among::School(s)).await?)
                    } else {
                        None
                    };
                    let classes = if coordinator { store::class_gaps(&app.db, s, &year).await? } else { Vec::new() };
                    let queue = if coordinator { Some(consent_queue(&app, &actor, s).await?) } else { None };
                    page.schools.push(SchoolPanel { role: grant.role(), school, figures, placements, queue, classes });
                }
            }
            Grant::OrgContact(o) => {
                if let Some(org) = organisations::organisation(&app.db, o).await? {
                    let figures = store::placement_figures(&app.db, Among::Organisation(o)).await?;
                    let manage = vacancies::Manage { organisation: Some(o), ..vacancies::Manage::default() };
                    let list = vacancies::list_managed(&app.db, &crate::db::SqlScope::All, &manage, 5, 0).await?;
                    page.organisations.push(OrgPanel { org, figures, vacancies: list });
                }
            }
            Grant::MeetingPointManager { meeting_point, .. } => {
                if let Some(mp) = schools::meeting_point(&app.db, meeting_point).await? {
                    page.meeting_points.push(mp);
                }
            }
            Grant::Pupil { pupil, .. } => {
                if let Some(record) = pupils::pupil(&app.db, pupil).await? {
                    let placements = placement_store::of_pupil(&app.db, pupil).await?;
                    let approved_minutes = placement_store::pupil_approved_minutes(&app.db, pupil).await?;
                    let nearby = match crate::placements::store::vacancies::seeker(&app.db, pupil).await? {
                        Some(seeker) => {
                            let today = app.clock().today();
                            vacancies::search(&app.db, &seeker, &vacancies::Search::default(), today, 3, 0).await?
                        }
                        None => Vec::new(),
                    };
                    let rounds = crate::rounds::store::of_pupil(&app.db, pupil).await?;
                    page.pupil = Some(PupilPanel { pupil: record, placements, approved_minutes, nearby, rounds });
                }
            }
            Grant::ProjectLeader => {}
        }
    }
    render(&page)
}
