//! What the page layout needs from the context: the navigation the actor may use, asset URLs,
//! the language switch, date formatting.

use time::{Date, OffsetDateTime};

use crate::auth::model::Role;
use crate::auth::policy::{self, Action, Resource, SchoolData};
use crate::directory::model::VettingStatus;
use crate::i18n::Lang;
use crate::web::assets;
use crate::web::context::{Ctx, urlencode};

/// A number a template may hand over by value or by reference (askama does both).
pub trait Quantity {
    fn value(&self) -> f64;
}

impl Quantity for f64 {
    fn value(&self) -> f64 {
        *self
    }
}

impl Quantity for i64 {
    fn value(&self) -> f64 {
        *self as f64
    }
}

impl Quantity for i32 {
    fn value(&self) -> f64 {
        f64::from(*self)
    }
}

impl<T: Quantity + ?Sized> Quantity for &T {
    fn value(&self) -> f64 {
        (**self).value()
    }
}

pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

impl Ctx {
    /// The areas the actor may open, in the order of the design's areas.
    pub fn nav(&self) -> Vec<NavItem> {
        let Some(actor) = &self.actor else { return Vec::new() };
        let mut items: Vec<(&'static str, &'static str)> = vec![("/", "nav-home")];
        let placements = policy::placement_scope(actor);
        if actor.pupil().is_some() && !actor.is_staff() {
            items.push(("/vacancies", "nav-find"));
        } else if !policy::vacancy_scope(actor).is_empty() {
            items.push(("/vacancies", "nav-vacancies"));
        }
        if !(placements.schools.is_empty() && placements.organisations.is_empty() && placements.pupil.is_none()) {
            items.push(("/placements", "nav-placements"));
        }
        if policy::can(actor, Action::Assess, Resource::Placements) {
            items.push(("/hours", "nav-hours"));
        }
        if policy::can(actor, Action::View, Resource::Rounds) {
            items.push(("/rounds", "nav-rounds"));
        }
        if policy::can(actor, Action::View, Resource::Schools) {
            items.push(("/schools", "nav-schools"));
        }
        if !policy::school_scope(actor, SchoolData::Classes).is_empty() {
            items.push(("/classes", "nav-classes"));
        }
        if !policy::school_scope(actor, SchoolData::Pupils).is_empty() {
            items.push(("/pupils", "nav-pupils"));
        }
        if policy::can(actor, Action::View, Resource::Organisations) {
            items.push(("/organisations", "nav-organisations"));
        }
        // The rules are in the navigation of those who apply them to placements.
        if policy::can(actor, Action::Confirm, Resource::Placements) {
            items.push(("/rules", "nav-rules"));
        }
        if policy::can(actor, Action::View, Resource::HostOverview) {
            items.push(("/hosts/checks", "nav-hosts"));
        }
        if policy::can(actor, Action::View, Resource::Users) {
            items.push(("/users", "nav-users"));
        }
        if policy::can(actor, Action::View, Resource::AuditLog) {
            items.push(("/audit", "nav-audit"));
        }
        if policy::can(actor, Action::View, Resource::Outbox) {
            items.push(("/outbox", "nav-outbox"));
        }
        let path = self.path.split('?').next().unwrap_or("/");
        items
            .into_iter()
            .map(|(href, key)| NavItem {
                href,
                label: self.t(key),
                current: if href == "/" { path == "/" } else { path == href || path.starts_with(&format!("{href}/")) },
            })
            .collect()
    }

    pub fn asset(&self, name: &str) -> String {
        assets::url(name)
    }

    /// The link that switches the interface to `code` and comes back here.
    pub fn lang_link(&self, code: &str) -> String {
        format!("/lang/{code}?next={}", urlencode(&self.path))
    }

    pub fn other_langs(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|l| *l != self.lang).collect()
    }

    pub fn date(&self, d: &Date) -> String {
        self.lang.date(*d)
    }

    /// A time of day as the Netherlands writes it: `09:30`.
    pub fn time(&self, t: &time::Time) -> String {
        format!("{:02}:{:02}", t.hour(), t.minute())
    }

    pub fn opt_date(&self, d: &Option<Date>) -> String {
        d.map(|d| self.lang.date(d)).unwrap_or_default()
    }

    pub fn datetime(&self, t: &OffsetDateTime) -> String {
        self.lang.datetime(*t)
    }

    pub fn opt_datetime(&self, t: &Option<OffsetDateTime>) -> String {
        t.map(|t| self.lang.datetime(t)).unwrap_or_default()
    }

    /// The names of the actor's roles, for the header.
    pub fn role_names(&self) -> String {
        self.actor
            .as_ref()
            .map(|a| a.roles().into_iter().map(|r: Role| self.t(r.label_key())).collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    }

    /// The text of `key` with one argument. A whole number goes in as a number, so messages can
    /// choose their words by it (`[one] 1 plek` / `*[other] … plekken`); other values (and
    /// numbers written otherwise, such as `000123`) as text.
    pub fn t1(&self, key: &str, name: &'static str, value: impl ToString) -> String {
        let text = value.to_string();
        let arg = match text.parse::<i64>() {
            Ok(n) if n.to_string() == text => n.into(),
            _ => text.into(),
        };
        self.lang.t_args(key, &[(name, arg)])
    }

    /// The text of the message `<prefix><value>`, for codes stored in records (`kind-company`).
    pub fn tp(&self, prefix: &str, value: &str) -> String {
        self.t(&format!("{prefix}{value}"))
    }

    /// The label of a form field: the message `field-<name>`.
    pub fn field_label(&self, name: &str) -> String {
        self.t(&format!("field-{name}"))
    }

    /// `26–50 van 300`.
    pub fn pager_summary(&self, p: &crate::web::page::Pager) -> String {
        self.lang.t_args(
            "pager-summary",
            &[("from", p.first_row().into()), ("to", p.last_row().into()), ("total", p.total.into())],
        )
    }

    /// A whole number with the thousands separator of the language: `30.000` / `30,000`.
    pub fn number(&self, n: impl ToString) -> String {
        let text = n.to_string();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(d) => (true, d.to_string()),
            None => (false, text),
        };
        let sep = match self.lang {
            Lang::Nl => '.',
            Lang::En => ',',
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        if negative { format!("-{out}") } else { out }
    }

    /// Minutes as hours, the way the language writes them: `2,5` / `2.5`.
    pub fn hours(&self, minutes: impl Quantity) -> String {
        let decimal = if self.lang == Lang::Nl { ',' } else { '.' };
        crate::placements::model::hours_text(minutes.value() as i64, decimal)
    }

    /// A distance: `1,2 km` / `1.2 km`.
    pub fn km(&self, km: impl Quantity) -> String {
        let text = format!("{:.1}", km.value());
        if self.lang == Lang::Nl { format!("{} km", text.replace('.', ",")) } else { format!("{text} km") }
    }

    /// A date as the forms take it: `14-03-2027`.
    pub fn date_input(&self, d: &Date) -> String {
        format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year())
    }

    /// A time slot of a vacancy: `wo 14:00–16:00` or `24 nov. 2026 14:00–16:00`.
    pub fn slot(&self, s: &crate::placements::model::Slot) -> String {
        let times = format!("{:02}:{:02}–{:02}:{:02}", s.start.hour(), s.start.minute(), s.end.hour(), s.end.minute());
        match (s.date, s.weekday) {
            (Some(d), _) => format!("{} {times}", self.lang.date(d)),
            (None, Some(w)) => format!("{} {times}", self.t(&format!("weekday-{w}"))),
            _ => times,
        }
    }

    /// A school's levels (`vmbo,havo`) in words.
    pub fn levels(&self, levels: &str) -> String {
        levels
            .split(',')
            .filter(|l| !l.is_empty())
            .map(|l| self.t(&format!("level-{l}")))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The status colour of an organisation's vetting state.
    pub fn vetting_class(&self, status: &VettingStatus) -> &'static str {
        match status {
            VettingStatus::Approved => "active",
            VettingStatus::Rejected => "declined",
            VettingStatus::Pending => "proposed",
        }
    }

    pub fn flash_text(&self) -> Option<String> {
        self.flash.as_ref().filter(|k| self.lang.has(k)).map(|k| self.t(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(lang: Lang) -> Ctx {
        let today = time::macros::date!(2026 - 11 - 23);
        Ctx {
            lang,
            actor: None,
            csrf: String::new(),
            path: "/".into(),
            htmx: false,
            flash: None,
            session_digest: None,
            today,
        }
    }

    #[test]
    fn a_number_argument_chooses_the_plural() {
        assert_eq!(ctx(Lang::Nl).t1("places-free-n", "count", 1), "nog 1 plek vrij");
        assert_eq!(ctx(Lang::Nl).t1("places-free-n", "count", 3), "nog 3 plekken vrij");
        assert_eq!(ctx(Lang::Nl).t1("round-follow-up-name", "name", "000123"), "000123 – tweede ronde");
    }

    #[test]
    fn numbers_use_the_languages_separator() {
        assert_eq!(ctx(Lang::Nl).number(30_000), "30.000");
        assert_eq!(ctx(Lang::En).number(1_234_567), "1,234,567");
        assert_eq!(ctx(Lang::Nl).number(999), "999");
        assert_eq!(ctx(Lang::Nl).number(-4_000), "-4.000");
    }

    #[test]
    fn counts_choose_the_plural_form() {
        assert_eq!(ctx(Lang::Nl).t1("form-has-errors", "count", 1), "Verbeter de fout voor je verdergaat");
        assert_eq!(ctx(Lang::Nl).t1("form-has-errors", "count", 4), "Verbeter de 4 fouten voor je verdergaat");
        assert_eq!(ctx(Lang::En).t1("error-count", "count", 1usize), "1 input error");
        assert_eq!(ctx(Lang::Nl).t1("places-free-n", "count", 1i64), "nog 1 plek vrij");
        assert_eq!(ctx(Lang::Nl).t1("approve-all", "count", 2usize), "Alle 2 goedkeuren");
    }
}
