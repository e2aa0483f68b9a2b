//! Pages of placement mediation.

mod agreement;
mod consent;
pub mod hours;
mod overview;
mod placements;
mod vacancies;

use crate::db::Db;
use crate::geo::Point;
use crate::ids::PupilId;
use crate::placements::store::vacancies::Seeker;
use crate::web::Routes;
use crate::with_db;

pub fn routes() -> Routes {
    Routes::new()
        .merge(vacancies::routes())
        .merge(placements::routes())
        .merge(agreement::routes())
        .merge(hours::routes())
        .merge(consent::routes())
        .merge(overview::routes())
}

/// A pupil's school, date of birth and home coordinates.
type SeekerRow = (crate::ids::SchoolId, Option<time::Date>, Option<f64>, Option<f64>);

/// What decides which vacancies are open to a pupil: her school, age and home.
pub async fn seeker(db: &Db, pupil: PupilId) -> sqlx::Result<Option<Seeker>> {
    let row: Option<SeekerRow> = with_db!(db, p => sqlx::query_as(
        "SELECT school_id, date_of_birth, lat, lon FROM pupils WHERE id = $1 AND archived_at IS NULL")
        .bind(pupil).fetch_optional(p).await)?;
    Ok(row.map(|(school, birth, lat, lon)| Seeker {
        school,
        birth,
        home: lat.zip(lon).map(|(lat, lon)| Point { lat, lon }),
    }))
}

/// The page of a pupil's search she asked for (the last one if she asked past the end), with
/// its pager: the hits and their count come from one query.
pub async fn search_page(
    db: &Db,
    seeker: &Seeker,
    search: &crate::placements::store::vacancies::Search,
    today: time::Date,
    requested: Option<i64>,
    base: String,
) -> sqlx::Result<(crate::web::page::Pager, Vec<crate::placements::store::vacancies::Hit>)> {
    use crate::placements::store::vacancies;
    use crate::web::page::{PER_PAGE, Pager};
    let offset = requested.unwrap_or(1).max(1).saturating_sub(1).saturating_mul(PER_PAGE);
    let (total, hits) = vacancies::search_counted(db, seeker, search, today, PER_PAGE, offset).await?;
    let pager = Pager::new(requested, total, base);
    if pager.offset() == offset {
        return Ok((pager, hits));
    }
    let hits = vacancies::search(db, seeker, search, today, PER_PAGE, pager.offset()).await?;
    Ok((pager, hits))
}

impl From<crate::placements::store::placements::PlacementError> for crate::web::error::Error {
    fn from(e: crate::placements::store::placements::PlacementError) -> Self {
        use crate::placements::store::placements::PlacementError;
        match e {
            PlacementError::Db(e) => crate::web::error::Error::Db(e),
            PlacementError::NotFound => crate::web::error::Error::NotFound,
            other => crate::web::error::Error::BadRequest(other.key()),
        }
    }
}

pub fn today() -> time::Date {
    crate::web::i18n::amsterdam(time::OffsetDateTime::now_utc()).date()
}
