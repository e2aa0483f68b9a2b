//! School calendars: lesson times per weekday, the region's holidays, and a school's own days
//! off. The rules that count school time (D2, E1, E2) and tell school days from free days
//! (B1/B2, C1/C2) read them.

use schakel_minors::{DayOff, LessonDay, LessonSpan, SchoolCalendar};
use sqlx::FromRow;
use time::{Date, OffsetDateTime, Time};

use crate::db::Conn;
use crate::ids::{SchoolId, UserId};
use crate::with_conn;

/// A school's lesson day as stored: unknown (no row), no lessons, or lessons from–to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lessons {
    Unknown,
    None,
    From(Time, Time),
}

impl Lessons {
    fn day(self) -> LessonDay {
        match self {
            Lessons::Unknown => LessonDay::Unknown,
            Lessons::None => LessonDay::NoLessons,
            Lessons::From(a, b) => LessonSpan::new(a, b).map(LessonDay::Lessons).unwrap_or(LessonDay::Unknown),
        }
    }
}

/// A day off (or a run of them) of the school's own.
#[derive(Clone, Debug, FromRow)]
pub struct OwnDayOff {
    pub id: uuid::Uuid,
    pub first_day: Date,
    pub last_day: Date,
    pub name: String,
    pub source: String,
    pub created_at: OffsetDateTime,
}

/// Everything the calendar page shows and the engine reads.
#[derive(Clone, Debug)]
pub struct Calendar {
    /// Monday to Friday.
    pub week: [Lessons; 5],
    pub region_holidays: bool,
    pub own: Vec<OwnDayOff>,
}

impl Calendar {
    /// The calendar as the rule engine takes it.
    pub fn for_rules(&self) -> SchoolCalendar {
        let week = self.week.map(Lessons::day);
        let mut cal = SchoolCalendar::new(week);
        if self.region_holidays {
            cal = cal.with_days_off(schakel_minors::region_noord_days_off());
        }
        cal.with_days_off(self.own.iter().filter_map(|d| DayOff::new(d.name.clone(), d.first_day, d.last_day).ok()))
    }

    /// Whether any lesson time is known.
    pub fn times_known(&self) -> bool {
        self.week.iter().any(|l| *l != Lessons::Unknown)
    }
}

#[derive(FromRow)]
struct TimeRow {
    weekday: i32,
    starts_at: Option<Time>,
    ends_at: Option<Time>,
}

#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn calendar(db: impl Into<Conn<'_>>, school: SchoolId) -> sqlx::Result<Calendar> {
    let db: Conn<'_> = db.into();
    let rows: Vec<TimeRow> = with_conn!(db, p => sqlx::query_as(
        "SELECT weekday, starts_at, ends_at FROM school_lesson_times WHERE school_id = $1").bind(school).fetch_all(p).await)?;
    let mut week = [Lessons::Unknown; 5];
    for r in rows {
        if let Some(slot) = usize::try_from(r.weekday - 1).ok().and_then(|i| week.get_mut(i)) {
            *slot = match (r.starts_at, r.ends_at) {
                (Some(a), Some(b)) => Lessons::From(a, b),
                _ => Lessons::None,
            };
        }
    }
    let region_holidays: bool = with_conn!(db, p => sqlx::query_scalar(
        "SELECT region_holidays FROM schools WHERE id = $1").bind(school).fetch_optional(p).await)?
    .unwrap_or(true);
    let own = with_conn!(db, p => sqlx::query_as(
        "SELECT id, first_day, last_day, name, source, created_at FROM school_days_off WHERE school_id = $1
         ORDER BY first_day, name").bind(school).fetch_all(p).await)?;
    Ok(Calendar { week, region_holidays, own })
}

/// Replaces the lesson times of the week and the choice of region holidays.
#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn set_week(
    db: impl Into<Conn<'_>>,
    school: SchoolId,
    week: &[Lessons; 5],
    region_holidays: bool,
) -> sqlx::Result<()> {
    let db: Conn<'_> = db.into();
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        sqlx::query("DELETE FROM school_lesson_times WHERE school_id = $1").bind(school).execute(&mut *tx).await?;
        for (i, l) in week.iter().enumerate() {
            let (a, b) = match *l {
                Lessons::Unknown => continue,
                Lessons::None => (None, None),
                Lessons::From(a, b) => (Some(a), Some(b)),
            };
            sqlx::query("INSERT INTO school_lesson_times (school_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4)")
                .bind(school).bind(i as i32 + 1).bind(a).bind(b).execute(&mut *tx).await?;
        }
        sqlx::query("UPDATE schools SET region_holidays = $1, updated_at = $2 WHERE id = $3")
            .bind(region_holidays).bind(db.now()).bind(school).execute(&mut *tx).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(())
}

/// Adds days off; `source` says where they came from (`manual`, `ical`). Days already there
/// (same dates and name) are skipped, so importing a feed twice adds nothing.
#[tracing::instrument(level = "debug", skip_all, fields(school = %school, by = %by))]
pub async fn add_days_off(
    db: impl Into<Conn<'_>>,
    school: SchoolId,
    days: &[(Date, Date, String)],
    source: &str,
    by: UserId,
) -> sqlx::Result<usize> {
    let db: Conn<'_> = db.into();
    let t = db.now();
    let mut added = 0;
    let atomic = db.atomic().await?;
    with_conn!(&atomic, tx => {
        for (first, last, name) in days {
            let exists: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM school_days_off WHERE school_id = $1 AND first_day = $2 AND last_day = $3 AND name = $4")
                .bind(school).bind(*first).bind(*last).bind(name).fetch_one(&mut *tx).await?;
            if exists == 0 {
                sqlx::query("INSERT INTO school_days_off (id, school_id, first_day, last_day, name, source, created_by, created_at)
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                    .bind(uuid::Uuid::now_v7()).bind(school).bind(*first).bind(*last).bind(name).bind(source).bind(by).bind(t)
                    .execute(&mut *tx).await?;
                added += 1;
            }
        }
        Ok::<_, sqlx::Error>(())
    })?;
    atomic.finish().await?;
    Ok(added)
}

/// Removes one of the school's own days off; false when it is not the school's.
#[tracing::instrument(level = "debug", skip_all, fields(school = %school))]
pub async fn remove_day_off(db: impl Into<Conn<'_>>, school: SchoolId, id: uuid::Uuid) -> sqlx::Result<bool> {
    let n = with_conn!(db, p => sqlx::query("DELETE FROM school_days_off WHERE id = $1 AND school_id = $2")
        .bind(id).bind(school).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(n > 0)
}
