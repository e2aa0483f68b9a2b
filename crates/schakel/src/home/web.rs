//! `/`: the landing page for visitors, the role home pages for signed-in people.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::auth::model::{Grant, Role};
use crate::directory::store::organisations::{self, Organisation};
use crate::directory::store::pupils::{self, Pupil};
use crate::directory::store::schools::{self, MeetingPoint, School, SchoolFigures};
use crate::directory::values::SchoolYear;
use crate::home::store::{self, ClassCount, NetworkFigures};
use crate::privacy::audit;
use crate::web::context::Ctx;
use crate::web::error::Result;
use crate::web::page::render;
use crate::web::{AppState, Routes};

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
    classes: Vec<ClassCount>,
}

/// What the home page shows: one section per role the person holds.
#[derive(Template)]
#[template(path = "home/home.html")]
struct Home {
    ctx: Ctx,
    school_year: String,
    network: Option<NetworkFigures>,
    recent: Vec<audit::Row>,
    schools: Vec<SchoolPanel>,
    organisations: Vec<Organisation>,
    meeting_points: Vec<MeetingPoint>,
    pupil: Option<Pupil>,
}

async fn home(State(app): State<AppState>, ctx: Ctx) -> Result<Response> {
    let Some(actor) = ctx.actor.clone() else {
        return render(&Landing { ctx });
    };
    let year = SchoolYear::current().to_string();
    let mut page = Home {
        ctx,
        school_year: year.clone(),
        network: None,
        recent: Vec::new(),
        schools: Vec::new(),
        organisations: Vec::new(),
        meeting_points: Vec::new(),
        pupil: None,
    };
    if actor.is_project_leader() {
        page.network = Some(store::network_figures(&app.db).await?);
        page.recent = audit::list(&app.db, &audit::Filter::default(), 8, 0).await?;
    }
    for grant in actor.grants() {
        match *grant {
            Grant::Coordinator(s) | Grant::Director(s) | Grant::Teacher(s) => {
                if let Some(school) = schools::school(&app.db, s).await? {
                    let figures = schools::school_figures(&app.db, s, &year).await?;
                    let classes = if grant.role() == Role::Coordinator {
                        store::class_counts(&app.db, s, &year).await?
                    } else {
                        Vec::new()
                    };
                    page.schools.push(SchoolPanel { role: grant.role(), school, figures, classes });
                }
            }
            Grant::OrgContact(o) => {
                if let Some(org) = organisations::organisation(&app.db, o).await? {
                    page.organisations.push(org);
                }
            }
            Grant::MeetingPointManager { meeting_point, .. } => {
                if let Some(mp) = schools::meeting_point(&app.db, meeting_point).await? {
                    page.meeting_points.push(mp);
                }
            }
            Grant::Pupil { pupil, .. } => page.pupil = pupils::pupil(&app.db, pupil).await?,
            Grant::ProjectLeader => {}
        }
    }
    render(&page)
}
