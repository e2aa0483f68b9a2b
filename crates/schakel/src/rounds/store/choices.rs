//! A pupil's ranking in a round.

use sqlx::FromRow;
use time::Date;

use super::{Hold, RoundError, hold};
use crate::db::Conn;
use crate::geo::Point;
use crate::ids::{PupilId, RoundId, VacancyId};
use crate::rounds::model::{RankError, Status};
use crate::with_conn;

/// One of her choices, with what her ranking page shows of the vacancy.
#[derive(Clone, Debug, FromRow)]
pub struct Choice {
    pub vacancy_id: VacancyId,
    pub rank: i32,
    pub title: String,
    pub organisation_name: String,
    pub city: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub expected_hours: i32,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl Choice {
    pub fn location(&self) -> Option<Point> {
        Some(Point { lat: self.lat?, lon: self.lon? })
    }
}

/// Her choices, best first.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round, pupil = %pupil))]
pub async fn of(db: impl Into<Conn<'_>>, round: RoundId, pupil: PupilId) -> sqlx::Result<Vec<Choice>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT rc.vacancy_id, rc.rank, v.title, o.name AS organisation_name, v.city, v.starts_on, v.ends_on,
            v.expected_hours, v.lat, v.lon
         FROM round_choices rc JOIN vacancies v ON v.id = rc.vacancy_id JOIN organisations o ON o.id = v.organisation_id
         WHERE rc.round_id = $1 AND rc.pupil_id = $2 ORDER BY rc.rank")
        .bind(round).bind(pupil).fetch_all(p).await)
}

/// Replaces her ranking by `list` (best first), while the round is open. The caller checked
/// that every vacancy is one the round offers her; the database checks they are the round's.
/// Two saves of hers at once run one after the other (her membership row is locked).
#[tracing::instrument(level = "debug", skip_all, fields(round = %round, pupil = %pupil))]
pub async fn save(
    db: impl Into<Conn<'_>>,
    round: RoundId,
    pupil: PupilId,
    list: &[VacancyId],
) -> Result<(), RoundError> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    if hold(atomic.tx(), round, Hold::Shared).await? != Status::Open {
        return Err(RankError::Closed.into());
    }
    let sql = format!("SELECT pupil_id FROM round_pupils WHERE round_id = $1 AND pupil_id = $2 {}", db.for_update());
    with_conn!(&atomic, c => {
        let member: Option<PupilId> = sqlx::query_scalar(&sql).bind(round).bind(pupil).fetch_optional(&mut *c).await?;
        if member.is_none() {
            return Err(RoundError::NotFound);
        }
        sqlx::query("DELETE FROM round_choices WHERE round_id = $1 AND pupil_id = $2")
            .bind(round).bind(pupil).execute(&mut *c).await?;
        for (i, v) in list.iter().enumerate() {
            sqlx::query("INSERT INTO round_choices (round_id, pupil_id, rank, vacancy_id) VALUES ($1, $2, $3, $4)")
                .bind(round).bind(pupil).bind(i as i32 + 1).bind(*v).execute(&mut *c).await?;
        }
        sqlx::query("UPDATE round_pupils SET ranked_at = $1 WHERE round_id = $2 AND pupil_id = $3")
            .bind(t).bind(round).bind(pupil).execute(&mut *c).await.map(|_| ())
    })?;
    atomic.finish().await?;
    Ok(())
}
