//! The route registry. Areas add their routes through [`Routes`], which records each method and
//! path as it registers the handler. The authorization test walks that record, so a route added
//! without an entry in the test's access table fails the test.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{get, post};

use crate::state::AppState;

/// The largest body of an ordinary form (2 MB, axum's own default). The application applies it
/// to every route, and the CSRF check never buffers more.
pub const FORM_LIMIT: usize = 2 * 1024 * 1024;

/// The largest body of an upload (pupil files, school calendars): routes registered with
/// [`Routes::post_upload`].
pub const UPLOAD_LIMIT: usize = 16 * 1024 * 1024;

/// A router plus the list of what it serves.
pub struct Routes {
    pub(crate) table: Vec<(Method, &'static str)>,
    pub(crate) router: Router<AppState>,
}

impl Default for Routes {
    fn default() -> Self {
        Routes { table: Vec::new(), router: Router::new() }
    }
}

impl Routes {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get<H, T>(mut self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.table.push((Method::GET, path));
        self.router = self.router.route(path, get(handler));
        self
    }

    pub fn post<H, T>(mut self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.table.push((Method::POST, path));
        self.router = self.router.route(path, post(handler));
        self
    }

    /// A POST route that accepts bodies up to [`UPLOAD_LIMIT`] (file uploads).
    pub fn post_upload<H, T>(mut self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.table.push((Method::POST, path));
        self.router = self.router.route(path, post(handler).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)));
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        self.table.extend(other.table);
        self.router = self.router.merge(other.router);
        self
    }

    /// Every (method, path) served, in registration order.
    pub fn table(&self) -> &[(Method, &'static str)] {
        &self.table
    }
}
