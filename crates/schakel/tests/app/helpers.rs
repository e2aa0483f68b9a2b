//! The test harness: the real application on a free port with its own fresh database, and a
//! client that keeps cookies and the CSRF token like a browser.

use std::sync::OnceLock;

use reqwest::StatusCode;
use reqwest::redirect::Policy;
use schakel::auth::model::Grant;
use schakel::auth::store as auth_store;
use schakel::clock::Clock;
use schakel::config::Config;
use schakel::db::Db;
use schakel::directory::values::Email;
use schakel::env::Env;
use schakel::i18n::Lang;
use schakel::state::AppState;

pub const PASSWORD: &str = "correct horse battery";

/// The day every test starts on: a Monday in term time, 10:00 in Amsterdam. The application reads
/// its time from the test's clock, so the suite gives the same result whatever day it runs; a
/// test that needs time to pass moves the clock (`app.clock.advance`).
pub const TODAY: time::Date = time::macros::date!(2026 - 11 - 23);

pub fn start_time() -> time::OffsetDateTime {
    schakel::clock::from_amsterdam(TODAY.with_time(time::macros::time!(10:00)))
}

/// Which database a test runs on.
#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    /// PostgreSQL, when the test command gave an admin URL to make databases with. Without one
    /// the PostgreSQL run is skipped on a developer's machine, but fails in CI (`CI` set, as
    /// `.ci/run` does): there a skipped half would pass a run that never touched PostgreSQL.
    pub fn postgres() -> Option<Backend> {
        match std::env::var("TEST_PG_ADMIN_URL") {
            Ok(url) if !url.is_empty() => Some(Backend::Postgres(url)),
            _ if in_ci() => panic!(
                "CI is set but TEST_PG_ADMIN_URL is not: the PostgreSQL half of the suite cannot run. \
                 Start a database (eval \"$(scripts/pg-throwaway.sh start)\") and export its admin URL."
            ),
            _ => {
                eprintln!("TEST_PG_ADMIN_URL not set: skipping the PostgreSQL run of this test");
                None
            }
        }
    }
}

/// Whether the tests run in CI: `CI` is set to anything but empty, `0` or `false`.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// Runs a test body once per backend: `both!(name)` makes `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! both {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::TestApp::spawn($crate::helpers::Backend::Sqlite).await).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(b) = $crate::helpers::Backend::postgres() {
                    super::$name($crate::helpers::TestApp::spawn(b).await).await
                }
            }
        }
    )*};
}

pub struct TestApp {
    pub base: String,
    pub db: Db,
    /// What the flows run against: the same database, clock and configuration as the server.
    pub env: Env,
    /// The application's clock; moving it moves the time of the running server.
    pub clock: Clock,
    _dir: Option<tempfile::TempDir>,
}

fn init_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        if std::env::var("TEST_LOG").is_ok() {
            let _ = tracing_subscriber::fmt().with_env_filter("info,sqlx=warn").with_test_writer().try_init();
        }
    });
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        init_logs();
        let (url, dir) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                (format!("sqlite://{}/test.db", dir.path().display()), Some(dir))
            }
            Backend::Postgres(admin) => {
                let name = format!("t_{}", uuid::Uuid::new_v4().simple());
                let admin_pool = sqlx::PgPool::connect(&admin).await.expect("connect to the PostgreSQL admin URL");
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&admin_pool)
                    .await
                    .expect("create test database");
                admin_pool.close().await;
                let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap_or(admin.clone());
                (format!("{base}/{name}"), None)
            }
        };
        let clock = Clock::fixed(start_time());
        let db = schakel::app::open(&url, clock.clone()).await.expect("open test database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let state = AppState::new(db.clone(), Config::new(&base)).await.expect("state");
        let env = state.env.clone();
        tokio::spawn(async move {
            let _ = schakel::serve(listener, state, std::future::pending()).await;
        });
        TestApp { base, db, env, clock, _dir: dir }
    }

    pub fn client(&self) -> Client {
        let http = reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).build().expect("client");
        Client { http, base: self.base.clone(), csrf: None }
    }

    /// A client signed in as `email`.
    pub async fn signed_in(&self, email: &str) -> Client {
        let mut c = self.client();
        let res = c.login(email, PASSWORD).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "signing in as {email}: {}", res.text);
        c
    }

    /// Creates an active user with `grant` and the test password.
    pub async fn user(&self, email: &str, name: &str, grant: Option<Grant>) -> schakel::ids::UserId {
        let e = Email::parse(email).expect("email");
        let id = auth_store::create_user(&self.db, &e, name, Lang::Nl).await.expect("create user");
        auth_store::set_password(&self.db, id, password_hash(), None).await.expect("password");
        if let Some(g) = grant {
            auth_store::add_grant(&self.db, id, g, None).await.expect("grant");
        }
        id
    }

    pub async fn count(&self, sql: &str) -> i64 {
        schakel::with_conn!(&self.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
    }
}

/// One argon2id hash of [`PASSWORD`], computed once: hashing is slow on purpose.
pub fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| schakel::auth::password::hash(PASSWORD).expect("hash"))
}

/// A response with its body read.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub text: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    /// The notice (flash message key) this response sets for the next page.
    pub fn flash(&self) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.strip_prefix("schakel_flash=").map(|v| v.split(';').next().unwrap_or("").to_string()))
    }

    /// The distinct links on the page below `prefix` (`/vacancies/`), in order of appearance.
    pub fn links(&self, prefix: &str) -> Vec<String> {
        let mut links: Vec<String> = Vec::new();
        for (i, _) in self.text.match_indices(&format!("href=\"{prefix}")) {
            let link = self.text[i + 6..].split('"').next().unwrap_or_default().to_string();
            if link.len() > prefix.len() && !links.contains(&link) {
                links.push(link);
            }
        }
        links
    }

    pub fn redirects_to(&self, prefix: &str) -> bool {
        self.status == StatusCode::SEE_OTHER && self.location.as_deref().is_some_and(|l| l.starts_with(prefix))
    }
}

pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    csrf: Option<String>,
}

/// The CSRF token a page carries (in the `hx-headers` of its body).
fn token_in(html: &str) -> Option<String> {
    let start = html.find("\"X-CSRF-Token\": \"")? + "\"X-CSRF-Token\": \"".len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

impl Client {
    async fn read(res: reqwest::Response) -> Page {
        let status = res.status();
        let headers = res.headers().clone();
        let location = headers.get("location").and_then(|v| v.to_str().ok()).map(String::from);
        let text = res.text().await.unwrap_or_default();
        Page { status, location, text, headers }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let res = self.http.get(format!("{}{path}", self.base)).send().await.expect("GET");
        let page = Self::read(res).await;
        if let Some(t) = token_in(&page.text) {
            self.csrf = Some(t);
        }
        page
    }

    /// A download: status, content type and the raw bytes.
    pub async fn download(&mut self, path: &str) -> (StatusCode, String, Vec<u8>) {
        let res = self.http.get(format!("{}{path}", self.base)).send().await.expect("GET");
        let status = res.status();
        let ct = res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        (status, ct, res.bytes().await.map(|b| b.to_vec()).unwrap_or_default())
    }

    /// The token a browser would have from its last page (fetching one if needed).
    pub async fn token(&mut self) -> String {
        if self.csrf.is_none() {
            self.get("/").await;
        }
        self.csrf.clone().expect("a page with a CSRF token")
    }

    /// Submits a form like a browser: with the page's CSRF token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.token().await;
        let mut form: Vec<(&str, &str)> = vec![("_csrf", token.as_str())];
        form.extend_from_slice(fields);
        self.post_raw(path, &form).await
    }

    /// Submits exactly `fields`, without adding a CSRF token.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let res = self.http.post(format!("{}{path}", self.base)).form(fields).send().await.expect("POST");
        let page = Self::read(res).await;
        if let Some(t) = token_in(&page.text) {
            self.csrf = Some(t);
        }
        page
    }

    /// Uploads a file like the import form does.
    pub async fn upload(&mut self, path: &str, fields: &[(&str, &str)], file_name: &str, bytes: Vec<u8>) -> Page {
        let token = self.token().await;
        self.upload_with_token(&token, path, fields, file_name, bytes).await
    }

    /// Uploads a file with `token` as its CSRF field (first, as our forms send it).
    pub async fn upload_with_token(
        &mut self,
        token: &str,
        path: &str,
        fields: &[(&str, &str)],
        file_name: &str,
        bytes: Vec<u8>,
    ) -> Page {
        let mut form = reqwest::multipart::Form::new().text("_csrf", token.to_string());
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        form = form.part("file", reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()));
        let res = self.http.post(format!("{}{path}", self.base)).multipart(form).send().await.expect("upload");
        Self::read(res).await
    }

    pub async fn login(&mut self, email: &str, password: &str) -> Page {
        self.get("/login").await;
        let page = self.post("/login", &[("email", email), ("password", password), ("next", "/")]).await;
        if page.status == StatusCode::SEE_OTHER {
            // The session changed, so the CSRF token did too: pick up the new one.
            self.csrf = None;
            self.get("/").await;
        }
        page
    }
}
