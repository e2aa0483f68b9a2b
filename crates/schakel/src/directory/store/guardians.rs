//! A pupil's parents or guardians (at most two): who to ask for consent and to call.

use sqlx::FromRow;
use uuid::Uuid;

use crate::db::bulk::{self, Val};
use crate::db::{Conn, push_in};
use crate::directory::model::GuardianInput;
use crate::ids::PupilId;
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Guardian {
    pub position: i32,
    pub name: String,
    /// A `Relation` code, or empty when unknown.
    pub relation: String,
    pub email: Option<String>,
    pub phone: String,
}

#[tracing::instrument(level = "debug", skip_all, fields(pupil = %pupil))]
pub async fn of_pupil(db: impl Into<Conn<'_>>, pupil: PupilId) -> sqlx::Result<Vec<Guardian>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT position, name, relation, email, phone FROM guardians WHERE pupil_id = $1 ORDER BY position")
        .bind(pupil).fetch_all(p).await)
}

/// Makes these the pupils' guardians, replacing what was kept (a position left out is removed).
#[tracing::instrument(level = "debug", skip_all, fields(pupils = pupils.len()))]
pub async fn replace(db: impl Into<Conn<'_>>, pupils: &[(PupilId, &[GuardianInput])]) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let atomic = db.atomic().await?;
    for chunk in pupils.chunks(500) {
        with_conn!(&atomic, c => {
            let mut qb = sqlx::QueryBuilder::new("DELETE FROM guardians WHERE ");
            push_in(&mut qb, "pupil_id", chunk.iter().map(|(p, _)| p.uuid()));
            qb.build().execute(&mut *c).await.map(|_| ())
        })?;
        let rows: Vec<Vec<Val>> = chunk
            .iter()
            .flat_map(|(pupil, gs)| gs.iter().map(move |g| (*pupil, g)))
            .map(|(pupil, g)| {
                vec![
                    Val::Id(Uuid::new_v4()),
                    Val::Id(pupil.uuid()),
                    Val::Int(Some(g.position)),
                    Val::Text(g.name.clone()),
                    Val::Text(g.relation.map(|r| r.code()).unwrap_or_default().into()),
                    Val::OptText(g.email.as_ref().map(|e| e.as_str().to_string())),
                    Val::Text(g.phone.clone()),
                    Val::Time(Some(t)),
                    Val::Time(Some(t)),
                ]
            })
            .collect();
        bulk::insert(
            &atomic,
            "guardians",
            &["id", "pupil_id", "position", "name", "relation", "email", "phone", "created_at", "updated_at"],
            &rows,
        )
        .await?;
    }
    atomic.finish().await
}
