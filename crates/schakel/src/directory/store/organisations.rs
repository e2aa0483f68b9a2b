//! Organisations (one record serves every programme) and their contacts.

use sqlx::{Database, Encode, FromRow, QueryBuilder, Type};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{SaveError, contains_pattern};
use crate::db::{Conn, SqlScope};
use crate::directory::model::{ContactInput, OrganisationInput, VettingStatus, locate};
use crate::ids::{ContactId, OrganisationId};
use crate::with_conn;

#[derive(Clone, Debug, FromRow)]
pub struct Organisation {
    pub id: OrganisationId,
    pub kvk: Option<String>,
    pub name: String,
    pub kind: String,
    pub sector: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub website: String,
    pub description: String,
    pub vetting_status: VettingStatus,
    pub contacts: i64,
    pub archived_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

const ORG_SELECT: &str = "SELECT o.id, o.kvk, o.name, o.kind, o.sector, o.street, o.postcode, o.city, o.website,
        o.description, o.vetting_status, o.archived_at, o.created_at, o.updated_at,
        (SELECT COUNT(*) FROM contacts k WHERE k.organisation_id = o.id AND k.archived_at IS NULL) AS contacts
     FROM organisations o";

#[derive(Clone, Debug, Default)]
pub struct OrganisationFilter {
    pub text: Option<String>,
    pub kind: Option<String>,
    pub sector: Option<String>,
    pub vetting: Option<VettingStatus>,
    pub archived: bool,
}

/// Pushes the conditions of an organisation list: the actor's scope, archived or not, and the
/// filter.
fn push_where<'a, DB: Database>(qb: &mut QueryBuilder<'a, DB>, scope: &SqlScope, f: &OrganisationFilter)
where
    Uuid: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
{
    qb.push(" WHERE ");
    scope.push(qb, "o.id");
    qb.push(if f.archived { " AND o.archived_at IS NOT NULL" } else { " AND o.archived_at IS NULL" });
    if let Some(t) = &f.text {
        qb.push(" AND o.search_text LIKE ").push_bind(contains_pattern(t)).push(" ESCAPE '\\'");
    }
    let vetting = f.vetting.map(VettingStatus::code);
    for (condition, value) in [
        (" AND o.kind = ", f.kind.as_deref()),
        (" AND o.sector = ", f.sector.as_deref()),
        (" AND o.vetting_status = ", vetting),
    ] {
        if let Some(v) = value {
            qb.push(condition).push_bind(v.to_string());
        }
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn count_organisations(
    db: impl Into<Conn<'_>>,
    scope: &SqlScope,
    f: &OrganisationFilter,
) -> sqlx::Result<i64> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM organisations o");
        push_where(&mut qb, scope, f);
        qb.build_query_scalar().fetch_one(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn list_organisations(
    db: impl Into<Conn<'_>>,
    scope: &SqlScope,
    f: &OrganisationFilter,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Organisation>> {
    with_conn!(db, c => {
        let mut qb = QueryBuilder::new(ORG_SELECT);
        push_where(&mut qb, scope, f);
        qb.push(" ORDER BY o.name, o.id LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        qb.build_query_as().fetch_all(&mut *c).await
    })
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn organisation(db: impl Into<Conn<'_>>, id: OrganisationId) -> sqlx::Result<Option<Organisation>> {
    let sql = format!("{ORG_SELECT} WHERE o.id = $1");
    with_conn!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

#[tracing::instrument(level = "debug", skip_all)]
pub async fn create_organisation(db: impl Into<Conn<'_>>, o: &OrganisationInput) -> Result<OrganisationId, SaveError> {
    let db: Conn<'_> = db.into();
    let id = OrganisationId::new();
    let t = db.now();
    let at = locate(o.postcode.as_ref());
    with_conn!(db, p => sqlx::query(
        "INSERT INTO organisations (id, kvk, name, kind, sector, street, postcode, city, lat, lon, website, description,
                                    vetting_status, search_text, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)")
        .bind(id).bind(o.kvk.as_ref().map(|k| k.as_str())).bind(&o.name).bind(&o.kind).bind(&o.sector).bind(&o.street)
        .bind(o.postcode.as_ref().map(|p| p.as_str()).unwrap_or("")).bind(&o.city).bind(at.map(|a| a.lat))
        .bind(at.map(|a| a.lon)).bind(&o.website).bind(&o.description).bind(o.vetting_status).bind(o.search_text()).bind(t)
        .execute(p).await.map(|r| r.rows_affected()))
        .map_err(|e| SaveError::from_db(e, "kvk"))?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn update_organisation(
    db: impl Into<Conn<'_>>,
    id: OrganisationId,
    o: &OrganisationInput,
) -> Result<(), SaveError> {
    let db: Conn<'_> = db.into();
    let at = locate(o.postcode.as_ref());
    with_conn!(db, p => sqlx::query(
        "UPDATE organisations SET kvk = $1, name = $2, kind = $3, sector = $4, street = $5, postcode = $6, city = $7,
                lat = $8, lon = $9, website = $10, description = $11, vetting_status = $12, search_text = $13, updated_at = $14
         WHERE id = $15")
        .bind(o.kvk.as_ref().map(|k| k.as_str())).bind(&o.name).bind(&o.kind).bind(&o.sector).bind(&o.street)
        .bind(o.postcode.as_ref().map(|p| p.as_str()).unwrap_or("")).bind(&o.city).bind(at.map(|a| a.lat))
        .bind(at.map(|a| a.lon)).bind(&o.website).bind(&o.description).bind(o.vetting_status).bind(o.search_text())
        .bind(db.now()).bind(id)
        .execute(p).await.map(|r| r.rows_affected()))
        .map_err(|e| SaveError::from_db(e, "kvk"))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_organisation_archived(
    db: impl Into<Conn<'_>>,
    id: OrganisationId,
    archived: bool,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    with_conn!(db, p => sqlx::query("UPDATE organisations SET archived_at = $1, updated_at = $2 WHERE id = $3")
        .bind(archived.then_some(t)).bind(t).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Clone, Debug, FromRow)]
pub struct Contact {
    pub id: ContactId,
    pub organisation_id: OrganisationId,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub job_title: String,
    pub archived_at: Option<OffsetDateTime>,
}

#[tracing::instrument(level = "debug", skip_all, fields(org = %org))]
pub async fn contacts(db: impl Into<Conn<'_>>, org: OrganisationId) -> sqlx::Result<Vec<Contact>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT id, organisation_id, name, email, phone, job_title, archived_at FROM contacts
         WHERE organisation_id = $1 AND archived_at IS NULL ORDER BY name, id")
        .bind(org).fetch_all(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn contact(db: impl Into<Conn<'_>>, id: ContactId) -> sqlx::Result<Option<Contact>> {
    with_conn!(db, p => sqlx::query_as(
        "SELECT id, organisation_id, name, email, phone, job_title, archived_at FROM contacts WHERE id = $1")
        .bind(id).fetch_optional(p).await)
}

#[tracing::instrument(level = "debug", skip_all, fields(org = %org))]
pub async fn create_contact(db: impl Into<Conn<'_>>, org: OrganisationId, c: &ContactInput) -> sqlx::Result<ContactId> {
    let db: Conn<'_> = db.into();
    let id = ContactId::new();
    let t = db.now();
    with_conn!(db, p => sqlx::query(
        "INSERT INTO contacts (id, organisation_id, name, email, phone, job_title, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)")
        .bind(id).bind(org).bind(&c.name).bind(c.email.as_ref().map(|e| e.as_str()).unwrap_or("")).bind(&c.phone)
        .bind(&c.job_title).bind(t).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn update_contact(db: impl Into<Conn<'_>>, id: ContactId, c: &ContactInput) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    with_conn!(db, p => sqlx::query(
        "UPDATE contacts SET name = $1, email = $2, phone = $3, job_title = $4, updated_at = $5 WHERE id = $6")
        .bind(&c.name).bind(c.email.as_ref().map(|e| e.as_str()).unwrap_or("")).bind(&c.phone).bind(&c.job_title)
        .bind(db.now()).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn archive_contact(db: impl Into<Conn<'_>>, id: ContactId) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    with_conn!(db, p => sqlx::query("UPDATE contacts SET archived_at = $1, updated_at = $1 WHERE id = $2")
        .bind(t).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}
