//! Figures for the home pages.

use sqlx::FromRow;

use crate::db::Conn;
use crate::with_conn;

/// The network at a glance, for the project leader.
#[derive(Clone, Debug, Default, FromRow)]
pub struct NetworkFigures {
    pub schools: i64,
    pub pupils: i64,
    pub organisations: i64,
    pub organisations_pending: i64,
    pub users: i64,
    pub users_invited: i64,
    pub meeting_points: i64,
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn network_figures(db: impl Into<Conn<'_>>) -> sqlx::Result<NetworkFigures> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM schools WHERE archived_at IS NULL) AS schools,
                (SELECT COUNT(*) FROM pupils WHERE archived_at IS NULL) AS pupils,
                (SELECT COUNT(*) FROM organisations WHERE archived_at IS NULL) AS organisations,
                (SELECT COUNT(*) FROM organisations WHERE archived_at IS NULL AND vetting_status = 'pending') AS organisations_pending,
                (SELECT COUNT(*) FROM users WHERE archived_at IS NULL) AS users,
                (SELECT COUNT(*) FROM users WHERE archived_at IS NULL AND password_hash IS NULL) AS users_invited,
                (SELECT COUNT(*) FROM meeting_points WHERE archived_at IS NULL) AS meeting_points")
        .fetch_one(p).await)
}

/// Placements by status, in a school (coordinator), at an organisation (contact), or in the
/// whole network (project leader).
#[derive(Clone, Debug, Default, FromRow)]
pub struct PlacementFigures {
    pub proposed: i64,
    pub accepted: i64,
    pub confirmed: i64,
    pub active: i64,
    pub completed: i64,
    pub hours_waiting: i64,
}

/// Which placements the figures count.
pub enum Among {
    Network,
    School(crate::ids::SchoolId),
    Organisation(crate::ids::OrganisationId),
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn placement_figures(db: impl Into<Conn<'_>>, among: Among) -> sqlx::Result<PlacementFigures> {
    let (cond, id) = match among {
        Among::Network => ("TRUE", None),
        Among::School(s) => ("pu.school_id = $1", Some(s.uuid())),
        Among::Organisation(o) => ("v.organisation_id = $1", Some(o.uuid())),
    };
    let count = |status: &str| {
        format!(
            "(SELECT COUNT(*) FROM placements pl JOIN pupils pu ON pu.id = pl.pupil_id JOIN vacancies v ON v.id = pl.vacancy_id
              WHERE pl.status = '{status}' AND {cond}) AS {status}"
        )
    };
    let sql = format!(
        "SELECT {}, {}, {}, {}, {},
            (SELECT COUNT(*) FROM hours_entries h JOIN placements pl ON pl.id = h.placement_id JOIN pupils pu ON pu.id = pl.pupil_id
               JOIN vacancies v ON v.id = pl.vacancy_id WHERE h.status = 'submitted' AND {cond}) AS hours_waiting",
        count("proposed"),
        count("accepted"),
        count("confirmed"),
        count("active"),
        count("completed")
    );
    with_conn!(db, p => {
        let mut q = sqlx::query_as::<_, PlacementFigures>(&sql);
        if let Some(id) = id { q = q.bind(id); }
        q.fetch_one(p).await
    })
}

/// Pupils of a school without any live placement, per class of the school year.
#[derive(Clone, Debug, FromRow)]
pub struct ClassGap {
    pub id: crate::ids::ClassId,
    pub name: String,
    pub pupils: i64,
    pub without: i64,
}

#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn class_gaps(
    db: impl Into<Conn<'_>>,
    school: crate::ids::SchoolId,
    year: &str,
) -> sqlx::Result<Vec<ClassGap>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT c.id, c.name,
            (SELECT COUNT(*) FROM pupils pu WHERE pu.class_id = c.id AND pu.archived_at IS NULL) AS pupils,
            (SELECT COUNT(*) FROM pupils pu WHERE pu.class_id = c.id AND pu.archived_at IS NULL AND NOT EXISTS (
                SELECT 1 FROM placements pl WHERE pl.pupil_id = pu.id AND pl.status NOT IN ('declined', 'cancelled'))) AS without
         FROM classes c WHERE c.school_id = $1 AND c.school_year = $2 AND c.archived_at IS NULL ORDER BY c.name")
        .bind(school).bind(year).fetch_all(p).await)
}
