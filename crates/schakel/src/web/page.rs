//! Helpers every handler uses: render a template, redirect with a notice, paginate a list,
//! collect form errors.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::state::AppState;
use crate::web::context::{FLASH_COOKIE, urlencode};
use crate::web::error::{Error, Result};

/// Renders a template as an HTML response with `status`.
pub fn render_status(status: StatusCode, t: &impl Template) -> Result<Response> {
    let body = t.render().map_err(|e| Error::Internal(anyhow::anyhow!("rendering a template: {e}")))?;
    Ok((status, Html(body)).into_response())
}

/// Renders a template as a 200 page.
pub fn render(t: &impl Template) -> Result<Response> {
    render_status(StatusCode::OK, t)
}

/// A 303 to `to` that shows the notice `flash_key` on the next page.
pub fn redirect_with(app: &AppState, to: &str, flash_key: &'static str) -> Response {
    let mut res = Redirect::to(to).into_response();
    let cookie = app.cookie(FLASH_COOKIE, flash_key.to_string(), Some(time::Duration::minutes(5)));
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// Errors of a submitted form: field name → message key.
#[derive(Clone, Debug, Default)]
pub struct FormErrors {
    fields: Vec<(&'static str, &'static str)>,
}

impl FormErrors {
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        if !self.has(field) {
            self.fields.push((field, key));
        }
    }

    /// Keeps the value of `r`, or records its error under `field`.
    pub fn check<T, E: Into<&'static str>>(&mut self, field: &'static str, r: std::result::Result<T, E>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(field, e.into());
                None
            }
        }
    }

    pub fn has(&self, field: &str) -> bool {
        self.fields.iter().any(|(f, _)| *f == field)
    }

    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.fields.iter().find(|(f, _)| *f == field).map(|(_, k)| *k)
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn all(&self) -> &[(&'static str, &'static str)] {
        &self.fields
    }
}

impl From<crate::directory::values::FieldError> for &'static str {
    fn from(e: crate::directory::values::FieldError) -> Self {
        e.key()
    }
}

/// A form read as its name–value pairs in order, for forms whose field names carry ids
/// (`rank_<vacancy>`, `kind_<n>`). Read with `axum_extra::extract::Form<Pairs>`: a body that is
/// not a form is refused, never read as empty.
pub type Pairs = Vec<(String, String)>;

/// The first value of `name` in `pairs`, or empty.
pub fn field(pairs: &[(String, String)], name: &str) -> String {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

/// Rows per page of every list.
pub const PER_PAGE: i64 = 25;

/// Where a list is and how to link to its other pages.
#[derive(Clone, Debug)]
pub struct Pager {
    pub page: i64,
    pub total: i64,
    pub per_page: i64,
    /// The list's path with its filters, without `page`, e.g. `/pupils?q=de+vries`.
    base: String,
}

impl Pager {
    /// `page` counts from 1; out-of-range values are clamped.
    pub fn new(page: Option<i64>, total: i64, base: String) -> Pager {
        let pages = (total + PER_PAGE - 1) / PER_PAGE;
        let page = page.unwrap_or(1).clamp(1, pages.max(1));
        Pager { page, total, per_page: PER_PAGE, base }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }

    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }

    pub fn first_row(&self) -> i64 {
        if self.total == 0 { 0 } else { self.offset() + 1 }
    }

    pub fn last_row(&self) -> i64 {
        (self.offset() + self.per_page).min(self.total)
    }

    pub fn has_prev(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.pages()
    }

    pub fn link(&self, page: impl std::borrow::Borrow<i64>) -> String {
        let page = *page.borrow();
        let sep = if self.base.contains('?') { '&' } else { '?' };
        format!("{}{sep}page={page}", self.base)
    }

    pub fn prev_link(&self) -> String {
        self.link(self.page - 1)
    }

    pub fn next_link(&self) -> String {
        self.link(self.page + 1)
    }

    /// The page numbers to show: the first, the last, and two around the current one; `0` marks a
    /// gap (an ellipsis).
    pub fn numbers(&self) -> Vec<i64> {
        let last = self.pages();
        let mut out = Vec::new();
        for n in 1..=last {
            if n == 1 || n == last || (n - self.page).abs() <= 2 {
                out.push(n);
            } else if out.last() != Some(&0) {
                out.push(0);
            }
        }
        out
    }
}

/// Builds a list's base URL from its path and the filters that are set.
pub fn list_url(path: &str, params: &[(&str, &str)]) -> String {
    let q: Vec<String> =
        params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", urlencode(v))).collect();
    if q.is_empty() { path.to_string() } else { format!("{path}?{}", q.join("&")) }
}

/// Parses an optional page number from a query string value.
pub fn page_param(raw: &Option<String>) -> Option<i64> {
    raw.as_deref().and_then(|s| s.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_clamps_and_links() {
        let p = Pager::new(Some(99), 60, "/pupils?q=an".into());
        assert_eq!(p.page, 3);
        assert_eq!((p.first_row(), p.last_row()), (51, 60));
        assert_eq!(p.prev_link(), "/pupils?q=an&page=2");
        assert!(!p.has_next());
        let empty = Pager::new(None, 0, "/pupils".into());
        assert_eq!((empty.page, empty.pages(), empty.first_row()), (1, 1, 0));
        assert_eq!(empty.link(1), "/pupils?page=1");
    }

    #[test]
    fn pager_numbers_elide_the_middle() {
        let p = Pager::new(Some(10), 25 * 20, "/x".into());
        assert_eq!(p.numbers(), vec![1, 0, 8, 9, 10, 11, 12, 0, 20]);
    }

    #[test]
    fn list_urls_skip_empty_filters() {
        assert_eq!(list_url("/pupils", &[("q", "de vries"), ("class", "")]), "/pupils?q=de%20vries");
        assert_eq!(list_url("/pupils", &[("q", "")]), "/pupils");
    }
}
