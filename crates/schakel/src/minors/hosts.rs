//! Host checks (MINORS-RULES.md section 2): what a host organisation must have on record before
//! a school can confirm a pupil there. Each check is dated and may expire; the latest record per
//! kind is in force and older ones stay as history.

use std::collections::{BTreeSet, HashMap};

use sqlx::{FromRow, QueryBuilder};
use time::{Date, OffsetDateTime};

use crate::db::{Conn, SqlScope};
use crate::ids::{OrganisationId, UserId};
use crate::with_conn;

/// The kinds of check every host needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CheckKind {
    /// A named supervisor (stagebegeleider) who inducts and supervises pupils.
    Supervisor,
    /// Liability insurance (AVB) or, for volunteer hosts in Amsterdam, the AVV.
    Insurance,
    /// A risk inventory with a youth section (RI&E) or, for volunteer hosts, a youth risk
    /// declaration (Q5: the stricter reading asks at least the declaration of everyone).
    RiskDeclaration,
    /// A VOG policy: supervisors who work one to one with pupils hold a VOG.
    VogPolicy,
    /// The location flags the rules need: alcohol served, childcare, hazardous tasks.
    Location,
}

impl CheckKind {
    pub const ALL: [CheckKind; 5] = [
        CheckKind::Supervisor,
        CheckKind::Insurance,
        CheckKind::RiskDeclaration,
        CheckKind::VogPolicy,
        CheckKind::Location,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CheckKind::Supervisor => "supervisor",
            CheckKind::Insurance => "insurance",
            CheckKind::RiskDeclaration => "risk-declaration",
            CheckKind::VogPolicy => "vog-policy",
            CheckKind::Location => "location",
        }
    }

    pub fn from_code(code: &str) -> Option<CheckKind> {
        CheckKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// How long a check usually holds, to suggest an expiry date (months).
    pub fn default_months(self) -> Option<u32> {
        match self {
            CheckKind::Supervisor => None,
            CheckKind::Insurance | CheckKind::Location => Some(12),
            CheckKind::RiskDeclaration => Some(48),
            CheckKind::VogPolicy => Some(36),
        }
    }
}

/// A flag about the place where pupils work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocationFlag {
    AlcoholServed,
    Childcare,
    HazardousTasks,
}

impl LocationFlag {
    pub const ALL: [LocationFlag; 3] =
        [LocationFlag::AlcoholServed, LocationFlag::Childcare, LocationFlag::HazardousTasks];

    pub fn code(self) -> &'static str {
        match self {
            LocationFlag::AlcoholServed => "alcohol-served",
            LocationFlag::Childcare => "childcare",
            LocationFlag::HazardousTasks => "hazardous-tasks",
        }
    }

    pub fn from_code(code: &str) -> Option<LocationFlag> {
        LocationFlag::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One recorded check.
#[derive(Clone, Debug, FromRow)]
pub struct Record {
    pub id: uuid::Uuid,
    pub organisation_id: OrganisationId,
    pub kind: String,
    pub reference: String,
    pub flags: String,
    pub valid_from: Date,
    pub expires_on: Option<Date>,
    pub recorded_by_name: Option<String>,
    pub recorded_at: OffsetDateTime,
}

impl Record {
    pub fn kind(&self) -> Option<CheckKind> {
        CheckKind::from_code(&self.kind)
    }

    pub fn flags(&self) -> BTreeSet<LocationFlag> {
        self.flags.split(',').filter_map(|f| LocationFlag::from_code(f.trim())).collect()
    }

    pub fn has_flag(&self, flag: &LocationFlag) -> bool {
        self.flags().contains(flag)
    }

    pub fn expired_on(&self, day: Date) -> bool {
        self.expires_on.is_some_and(|e| e < day)
    }
}

/// The state of one kind of check on a day.
#[derive(Clone, Debug)]
pub enum State {
    Missing,
    Expired(Record),
    Valid(Record),
}

impl State {
    pub fn is_valid(&self) -> bool {
        matches!(self, State::Valid(_))
    }

    pub fn code(&self) -> &'static str {
        match self {
            State::Missing => "missing",
            State::Expired(_) => "expired",
            State::Valid(_) => "valid",
        }
    }

    pub fn record(&self) -> Option<&Record> {
        match self {
            State::Missing => None,
            State::Expired(r) | State::Valid(r) => Some(r),
        }
    }
}

/// A host's checks on a day, one state per kind.
#[derive(Clone, Debug)]
pub struct Checks {
    pub states: Vec<(CheckKind, State)>,
}

impl Checks {
    /// The checks of a host with no records at all.
    pub fn none(day: Date) -> Checks {
        Checks::from_records(Vec::new(), day)
    }

    fn from_records(records: Vec<Record>, day: Date) -> Checks {
        let states = CheckKind::ALL
            .into_iter()
            .map(|kind| {
                // Records come newest first: the first of a kind is in force.
                let state = match records.iter().find(|r| r.kind() == Some(kind)) {
                    None => State::Missing,
                    Some(r) if r.expired_on(day) => State::Expired(r.clone()),
                    Some(r) => State::Valid(r.clone()),
                };
                (kind, state)
            })
            .collect();
        Checks { states }
    }

    /// The kinds that are missing or expired.
    pub fn lacking(&self) -> Vec<CheckKind> {
        self.states.iter().filter(|(_, s)| !s.is_valid()).map(|(k, _)| *k).collect()
    }

    pub fn complete(&self) -> bool {
        self.lacking().is_empty()
    }

    /// The location flags in force (none while the location check is missing).
    pub fn location(&self, flag: LocationFlag) -> bool {
        self.states
            .iter()
            .find(|(k, _)| *k == CheckKind::Location)
            .and_then(|(_, s)| s.record())
            .is_some_and(|r| r.has_flag(&flag))
    }
}

const SELECT: &str = "SELECT h.id, h.organisation_id, h.kind, h.reference, h.flags, h.valid_from, h.expires_on,
        u.name AS recorded_by_name, h.recorded_at
     FROM host_checks h LEFT JOIN users u ON u.id = h.recorded_by";

/// Every record of a host, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(org = %org))]
pub async fn records(db: impl Into<Conn<'_>>, org: OrganisationId) -> sqlx::Result<Vec<Record>> {
    let sql = format!("{SELECT} WHERE h.organisation_id = $1 ORDER BY h.recorded_at DESC, h.id DESC");
    with_conn!(db, p => sqlx::query_as(&sql).bind(org).fetch_all(p).await)
}

/// The checks of every host with a vacancy in a matching round, as they stand on `day`.
#[tracing::instrument(level = "debug", skip_all, fields(round = %round))]
pub async fn checks_of_round(
    db: impl Into<Conn<'_>>,
    round: crate::ids::RoundId,
    day: Date,
) -> sqlx::Result<std::collections::HashMap<OrganisationId, Checks>> {
    let sql = format!(
        "{SELECT} WHERE h.organisation_id IN (SELECT v.organisation_id FROM vacancies v
             JOIN round_vacancies rv ON rv.vacancy_id = v.id WHERE rv.round_id = $1)
         ORDER BY h.recorded_at DESC, h.id DESC"
    );
    let records: Vec<Record> = with_conn!(db, p => sqlx::query_as(&sql).bind(round).fetch_all(p).await)?;
    let mut by_host: std::collections::HashMap<OrganisationId, Vec<Record>> = std::collections::HashMap::new();
    for r in records {
        by_host.entry(r.organisation_id).or_default().push(r);
    }
    Ok(by_host.into_iter().map(|(o, rs)| (o, Checks::from_records(rs, day))).collect())
}

/// A host's checks as they stand on `day`.
#[tracing::instrument(level = "debug", skip_all, fields(org = %org))]
pub async fn checks(db: impl Into<Conn<'_>>, org: OrganisationId, day: Date) -> sqlx::Result<Checks> {
    Ok(Checks::from_records(records(db, org).await?, day))
}

/// What a new record says.
pub struct NewRecord<'a> {
    pub kind: CheckKind,
    pub reference: &'a str,
    pub flags: &'a BTreeSet<LocationFlag>,
    pub valid_from: Date,
    pub expires_on: Option<Date>,
}

#[tracing::instrument(level = "debug", skip_all, fields(org = %org))]
pub async fn record(
    db: impl Into<Conn<'_>>,
    org: OrganisationId,
    r: &NewRecord<'_>,
    by: Option<UserId>,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let flags = r.flags.iter().map(|f| f.code()).collect::<Vec<_>>().join(",");
    with_conn!(db, p => sqlx::query(
        "INSERT INTO host_checks (id, organisation_id, kind, reference, flags, valid_from, expires_on, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(uuid::Uuid::now_v7()).bind(org).bind(r.kind.code()).bind(r.reference).bind(flags).bind(r.valid_from)
        .bind(r.expires_on).bind(by).bind(db.now()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A host with open or recent vacancies and the checks it lacks on `day`.
#[derive(Clone, Debug)]
pub struct Lacking {
    pub organisation_id: OrganisationId,
    pub name: String,
    pub lacking: Vec<(CheckKind, &'static str)>,
    /// Placements waiting for the school's confirmation there.
    pub waiting: i64,
}

#[derive(FromRow)]
struct HostRow {
    id: OrganisationId,
    name: String,
    waiting: i64,
}

/// The hosts with vacancies that are not archived, and what each lacks; complete hosts are left
/// out unless `all`. Sorted: most placements waiting first, then by name.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn lacking(db: impl Into<Conn<'_>>, scope: &SqlScope, day: Date, all: bool) -> sqlx::Result<Vec<Lacking>> {
    let db: Conn<'_> = db.into();
    let hosts: Vec<HostRow> = with_conn!(db, c => {
        let mut qb = QueryBuilder::new(
            "SELECT o.id, o.name,
                CAST((SELECT COUNT(*) FROM placements pl JOIN vacancies v2 ON v2.id = pl.vacancy_id
                       WHERE v2.organisation_id = o.id AND pl.status = 'accepted') AS BIGINT) AS waiting
         FROM organisations o
         WHERE o.archived_at IS NULL AND ",
        );
        scope.push(&mut qb, "o.id");
        qb.push(
            "
           AND EXISTS (SELECT 1 FROM vacancies v WHERE v.organisation_id = o.id AND v.status <> 'archived')
         ORDER BY o.name",
        );
        qb.build_query_as().fetch_all(&mut *c).await
    })?;
    let recs: Vec<Record> = with_conn!(db, p => sqlx::query_as(&format!(
        "{SELECT} WHERE h.organisation_id IN (SELECT DISTINCT organisation_id FROM vacancies WHERE status <> 'archived')
         ORDER BY h.recorded_at DESC, h.id DESC")).fetch_all(p).await)?;
    let mut by_org: HashMap<OrganisationId, Vec<Record>> = HashMap::new();
    for r in recs {
        by_org.entry(r.organisation_id).or_default().push(r);
    }
    let mut out: Vec<Lacking> = hosts
        .into_iter()
        .map(|h| {
            let checks = Checks::from_records(by_org.remove(&h.id).unwrap_or_default(), day);
            let lacking = checks.states.iter().filter(|(_, s)| !s.is_valid()).map(|(k, s)| (*k, s.code())).collect();
            Lacking { organisation_id: h.id, name: h.name, lacking, waiting: h.waiting }
        })
        .filter(|l| all || !l.lacking.is_empty())
        .collect();
    out.sort_by(|a, b| b.waiting.cmp(&a.waiting).then_with(|| a.name.cmp(&b.name)));
    Ok(out)
}
