//! Load generator for the vacancy search (`bench/search/run.sh`): signs in as pupils the way a
//! browser does, then lets many clients search at once for a fixed time and reports throughput
//! and latency.
//!
//! ```text
//! cargo run --release -p schakel --example search_load -- --base http://127.0.0.1:8080 \
//!     --clients 50 --warmup 5 --duration 20 --pupils 12 --server-pid 1234 --label sqlite
//! ```
//!
//! Sessions: `leerling@schakel.demo` signs in through `/login` (GET for the CSRF token, POST
//! the form). With `--pupils N > 1` the demo's school coordinator invites N-1 more pupils of
//! her school from their pupil pages, the project leader reads the invitation links in the
//! outbox, and each pupil accepts hers by choosing a password, which signs her in. These are
//! the product's own flows, nothing is bypassed.
//!
//! Each client is one pupil's browser, closed loop without think time: it opens the search page,
//! changes one filter at a time as htmx does (the whole form, `HX-Request: true`, the `results`
//! fragment back), follows the "next page" link of the list it sees (a full page, as the pager
//! links are plain links), and now and then starts over. A request counts as an error when the
//! status is not 200, the body is not the search page or fragment, or the transport fails.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::{Client, StatusCode};

const PASSWORD: &str = "schakel-demo";
const SECTORS: &[&str] = &[
    "zorg",
    "welzijn",
    "sport",
    "natuur",
    "cultuur",
    "onderwijs",
    "techniek",
    "ict",
    "media",
    "horeca",
    "detailhandel",
    "logistiek",
    "bouw",
    "overheid",
    "financieel",
];
/// What pupils type: words from demo titles (whole and half typed), a place, and a few that
/// find nothing.
const WORDS: &[&str] = &[
    "voorlezen",
    "voorl",
    "helpen",
    "help",
    "ouderen",
    "winkel",
    "dieren",
    "kinderboerderij",
    "sport",
    "voetbal",
    "computer",
    "bibliotheek",
    "huiswerk",
    "koken",
    "amsterdam",
    "taal",
    "piloot",
    "dierenarts",
];

#[derive(Parser, Debug)]
struct Args {
    /// The server, e.g. http://127.0.0.1:8080.
    #[arg(long)]
    base: String,
    /// Concurrent clients.
    #[arg(long, default_value_t = 50)]
    clients: usize,
    /// Seconds of load before measuring.
    #[arg(long, default_value_t = 5.0)]
    warmup: f64,
    /// Seconds measured.
    #[arg(long, default_value_t = 20.0)]
    duration: f64,
    /// Different pupils to sign in (the demo pupil and N-1 invited ones of her school).
    #[arg(long, default_value_t = 12)]
    pupils: usize,
    /// The server's process id, to report its CPU use.
    #[arg(long)]
    server_pid: Option<u32>,
    /// Count the CPU of processes whose command line contains this too (PostgreSQL backends
    /// show their database name there).
    #[arg(long)]
    db_processes: Option<String>,
    /// Worker threads of the generator's runtime.
    #[arg(long, default_value_t = 1)]
    threads: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Name of this run in the result line.
    #[arg(long, default_value = "run")]
    label: String,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(args.threads.max(1)).enable_all().build()?;
    rt.block_on(run(args))
}

// ---- signing in ----------------------------------------------------------------------------

/// A browser's cookies, enough for our own server.
#[derive(Clone, Default)]
struct Jar(BTreeMap<String, String>);

impl Jar {
    fn take(&mut self, headers: &HeaderMap) {
        for v in headers.get_all(SET_COOKIE) {
            let Ok(s) = v.to_str() else { continue };
            let pair = s.split(';').next().unwrap_or("");
            if let Some((k, v)) = pair.split_once('=') {
                if v.is_empty() || s.contains("Max-Age=0") {
                    self.0.remove(k.trim());
                } else {
                    self.0.insert(k.trim().to_string(), v.trim().to_string());
                }
            }
        }
    }

    fn header(&self) -> String {
        self.0.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(String::as_str)
    }
}

/// A browser tab: a cookie jar and the CSRF token of the last page.
struct Browser<'a> {
    http: &'a Client,
    base: &'a str,
    jar: Jar,
    csrf: String,
}

impl<'a> Browser<'a> {
    fn new(http: &'a Client, base: &'a str) -> Self {
        Browser { http, base, jar: Jar::default(), csrf: String::new() }
    }

    async fn get(&mut self, path: &str) -> anyhow::Result<(StatusCode, String)> {
        let res = self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", self.jar.header())
            .send()
            .await
            .with_context(|| format!("GET {path}"))?;
        self.jar.take(res.headers());
        let status = res.status();
        let body = res.text().await?;
        if let Some(t) = between(&body, "name=\"_csrf\" value=\"", "\"") {
            self.csrf = t.to_string();
        }
        Ok((status, body))
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> anyhow::Result<(StatusCode, HeaderMap)> {
        let mut fields = vec![("_csrf", self.csrf.as_str())];
        fields.extend_from_slice(form);
        let res = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.jar.header())
            .form(&fields)
            .send()
            .await
            .with_context(|| format!("POST {path}"))?;
        self.jar.take(res.headers());
        Ok((res.status(), res.headers().clone()))
    }

    async fn sign_in(&mut self, email: &str) -> anyhow::Result<()> {
        self.get("/login").await?;
        let (status, _) = self.post("/login", &[("email", email), ("password", PASSWORD), ("next", "/")]).await?;
        if status != StatusCode::SEE_OTHER || self.jar.get("schakel_session").is_none() {
            bail!("signing in as {email}: {status}");
        }
        // The session's own CSRF token, for later forms.
        self.get("/").await?;
        Ok(())
    }
}

fn between<'s>(s: &'s str, start: &str, end: &str) -> Option<&'s str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)?;
    Some(&s[i..i + j])
}

/// Session cookies of `n` different pupils.
async fn sessions(http: &Client, base: &str, n: usize) -> anyhow::Result<Vec<String>> {
    let mut demo = Browser::new(http, base);
    demo.sign_in("leerling@schakel.demo").await?;
    let mut out = vec![demo.jar.header()];
    if n <= 1 {
        return Ok(out);
    }
    let mut coordinator = Browser::new(http, base);
    coordinator.sign_in("coordinator@schakel.demo").await?;
    let mut leader = Browser::new(http, base);
    leader.sign_in("projectleider@schakel.demo").await?;
    let mut page = 1;
    // Pupils spread over the list (it is sorted by name, so over classes and years too).
    'pages: while out.len() < n && page <= 40 {
        let (status, body) = coordinator.get(&format!("/pupils?page={page}")).await?;
        if status != StatusCode::OK {
            bail!("the coordinator's pupil list answered {status}");
        }
        let ids: Vec<String> = body
            .split("href=\"/pupils/")
            .skip(1)
            .filter_map(|s| s.get(..36))
            .filter(|s| s.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
            .map(str::to_string)
            .collect();
        if ids.is_empty() {
            break;
        }
        for id in ids.iter().step_by(7) {
            if out.len() >= n {
                break 'pages;
            }
            coordinator.get(&format!("/pupils/{id}")).await?;
            let (_, headers) = coordinator.post(&format!("/pupils/{id}/invite"), &[]).await?;
            let flash = headers
                .get_all(SET_COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .any(|v| v.starts_with("schakel_flash=flash-invited"));
            if !flash {
                continue; // no e-mail address: she cannot be invited
            }
            let (_, outbox) = leader.get("/outbox").await?;
            let Some(token) = between(&outbox, "/invite/", "\n").map(|t| {
                t.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect::<String>()
            }) else {
                bail!("no invitation link in the outbox");
            };
            let mut pupil = Browser::new(http, base);
            pupil.get(&format!("/invite/{token}")).await?;
            let (status, _) =
                pupil.post(&format!("/invite/{token}"), &[("password", PASSWORD), ("repeat", PASSWORD)]).await?;
            if status != StatusCode::SEE_OTHER || pupil.jar.get("schakel_session").is_none() {
                bail!("accepting an invitation: {status}");
            }
            out.push(pupil.jar.header());
        }
        page += 1;
    }
    Ok(out)
}

// ---- the search mix ------------------------------------------------------------------------

/// The search form as a pupil has filled it in.
#[derive(Clone, Default)]
struct Form {
    q: String,
    category: String,
    km: String,
    kind: String,
    hours: String,
    from: String,
    until: String,
}

impl Form {
    /// The query string of the form as the browser (and htmx) sends it: every field, empty or not.
    fn query(&self) -> String {
        let enc = |s: &str| url_encode(s);
        format!(
            "q={}&category={}&km={}&kind={}&hours={}&from={}&until={}",
            enc(&self.q),
            enc(&self.category),
            enc(&self.km),
            enc(&self.kind),
            enc(&self.hours),
            enc(&self.from),
            enc(&self.until)
        )
    }

    /// Changes one filter, as one `change`/`input` event of the form.
    fn change(&mut self, rng: &mut ChaCha8Rng, year: i32) {
        let clear = |s: &mut String, rng: &mut ChaCha8Rng| !s.is_empty() && rng.random_bool(0.3);
        match rng.random_range(0..100) {
            0..30 => {
                if clear(&mut self.q, rng) {
                    self.q.clear();
                } else {
                    self.q = pick(rng, WORDS).to_string();
                }
            }
            30..50 => {
                if clear(&mut self.category, rng) {
                    self.category.clear();
                } else {
                    self.category = pick(rng, SECTORS).to_string();
                }
            }
            50..65 => {
                if clear(&mut self.km, rng) {
                    self.km.clear();
                } else {
                    self.km = pick(rng, &["1", "2", "3", "5", "10"]).to_string();
                }
            }
            65..75 => {
                if clear(&mut self.hours, rng) {
                    self.hours.clear();
                } else {
                    self.hours = pick(rng, &["10", "20", "30", "40"]).to_string();
                }
            }
            75..85 => {
                if clear(&mut self.kind, rng) {
                    self.kind.clear();
                } else {
                    self.kind = pick(rng, &["individual", "assignment"]).to_string();
                }
            }
            _ => {
                if clear(&mut self.from, rng) {
                    self.from.clear();
                    self.until.clear();
                } else {
                    // A period within the school year, written as pupils do (dd-mm-jjjj).
                    let start = rng.random_range(0..240);
                    let from = day(year, start);
                    let until = day(year, start + rng.random_range(14..120));
                    self.from = from;
                    if rng.random_bool(0.6) {
                        self.until = until;
                    }
                }
            }
        }
    }
}

/// Day `n` after 1 September of `year`, as dd-mm-jjjj.
fn day(year: i32, n: i64) -> String {
    let start = time::Date::from_calendar_date(year, time::Month::September, 1).unwrap_or(time::Date::MIN);
    let d = start.checked_add(time::Duration::days(n)).unwrap_or(start);
    format!("{:02}-{:02}-{}", d.day(), u8::from(d.month()), d.year())
}

fn pick<'a>(rng: &mut ChaCha8Rng, items: &[&'a str]) -> &'a str {
    items[rng.random_range(0..items.len())]
}

fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    /// The search page opened (or "clear filters"): a full page without filters.
    Open,
    /// One filter changed: the htmx fragment.
    Filter,
    /// The "next page" link: a full page with the filters and `page=N`.
    Next,
}

struct Sample {
    at: Instant,
    kind: Kind,
    micros: u64,
    ok: bool,
}

/// One pupil's browser searching until `end`.
async fn client(
    http: Client,
    base: String,
    cookie: String,
    seed: u64,
    year: i32,
    end: Instant,
) -> (Vec<Sample>, BTreeMap<String, usize>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut samples = Vec::with_capacity(8192);
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut form = Form::default();
    let mut next: Option<String> = None;
    let mut kind = Kind::Open;
    while Instant::now() < end {
        let (path, htmx) = match kind {
            Kind::Open => ("/vacancies".to_string(), false),
            Kind::Filter => (format!("/vacancies?{}", form.query()), true),
            Kind::Next => (next.clone().unwrap_or_else(|| "/vacancies".into()), false),
        };
        let mut req = http.get(format!("{base}{path}")).header("cookie", &cookie);
        if htmx {
            req = req
                .header("HX-Request", "true")
                .header("HX-Current-URL", format!("{base}/vacancies"))
                .header("HX-Target", "results")
                .header("HX-Trigger", "f-q");
        }
        let started = Instant::now();
        let result = match req.send().await {
            Ok(res) => {
                let status = res.status();
                res.text().await.map(|body| (status, body))
            }
            Err(e) => Err(e),
        };
        let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        let mut body = String::new();
        let ok = match result {
            Ok((StatusCode::OK, b)) => {
                // A fragment holds the results panel only; a page the whole layout around it.
                let right = b.contains("sk-results__count") && (htmx != b.contains("<html"));
                if !right {
                    *errors.entry("unexpected body".into()).or_default() += 1;
                }
                body = b;
                right
            }
            Ok((status, _)) => {
                *errors.entry(format!("status {status}")).or_default() += 1;
                false
            }
            Err(e) => {
                let what = if e.is_timeout() {
                    "timeout"
                } else if e.is_connect() {
                    "connect"
                } else {
                    "transport"
                };
                *errors.entry(what.into()).or_default() += 1;
                false
            }
        };
        samples.push(Sample { at: started, kind, micros, ok });
        // What this pupil does next.
        next = between(&body, "sk-pagination__next\" href=\"", "\"").map(|h| h.replace("&amp;", "&"));
        if kind == Kind::Open {
            form = Form::default();
        }
        kind = match rng.random_range(0..100) {
            0..12 => Kind::Open,
            12..35 if next.is_some() => Kind::Next,
            _ => Kind::Filter,
        };
        if kind == Kind::Filter {
            form.change(&mut rng, year);
        }
        if kind == Kind::Open {
            form = Form::default();
        }
    }
    (samples, errors)
}

// ---- measuring -----------------------------------------------------------------------------

/// CPU seconds (user + system) a process has used so far.
fn cpu_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may contain spaces.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    // USER_HZ is 100 on Linux.
    Some(ticks / 100.0)
}

/// CPU seconds per process whose command line contains `pattern`.
fn cpu_of_matching(pattern: &str) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    let Ok(dir) = std::fs::read_dir("/proc") else { return out };
    for entry in dir.flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(cmd) = std::fs::read(format!("/proc/{pid}/cmdline")) else { continue };
        if String::from_utf8_lossy(&cmd).contains(pattern)
            && let Some(cpu) = cpu_seconds(&pid)
        {
            out.insert(pid, cpu);
        }
    }
    out
}

/// CPU used between two samples by the processes alive at both.
fn cpu_between(before: &BTreeMap<String, f64>, after: &BTreeMap<String, f64>) -> f64 {
    after.iter().filter_map(|(pid, b)| before.get(pid).map(|a| b - a)).sum()
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1] as f64 / 1000.0
}

fn summary(lat: &mut [u64]) -> String {
    lat.sort_unstable();
    format!(
        "p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(lat, 50.0),
        percentile(lat, 90.0),
        percentile(lat, 99.0),
        lat.last().copied().unwrap_or(0) as f64 / 1000.0
    )
}

async fn run(args: Args) -> anyhow::Result<()> {
    let base = args.base.trim_end_matches('/').to_string();
    let http = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(args.clients + 8)
        .timeout(Duration::from_secs(30))
        .tcp_nodelay(true)
        .build()?;
    let setup = Instant::now();
    let cookies = sessions(&http, &base, args.pupils.max(1)).await?;
    eprintln!("{}: {} pupils signed in ({:.1} s)", args.label, cookies.len(), setup.elapsed().as_secs_f64());

    let today = time::OffsetDateTime::now_utc().date();
    let year = if u8::from(today.month()) >= 8 { today.year() } else { today.year() - 1 };
    let start = Instant::now();
    let measure_from = start + Duration::from_secs_f64(args.warmup);
    let end = measure_from + Duration::from_secs_f64(args.duration);
    let mut tasks = Vec::new();
    for i in 0..args.clients {
        let cookie = cookies[i % cookies.len()].clone();
        tasks.push(tokio::spawn(client(http.clone(), base.clone(), cookie, args.seed * 1000 + i as u64, year, end)));
    }
    // CPU and load over the measured window.
    tokio::time::sleep_until(measure_from.into()).await;
    let server_pid = args.server_pid.map(|p| p.to_string());
    let db_pattern = args.db_processes.as_deref();
    let cpu0 = (cpu_seconds("self"), server_pid.as_deref().and_then(cpu_seconds));
    let db0 = db_pattern.map(cpu_of_matching).unwrap_or_default();
    let load_before = loadavg();
    tokio::time::sleep_until(end.into()).await;
    let cpu1 = (cpu_seconds("self"), server_pid.as_deref().and_then(cpu_seconds));
    let db1 = db_pattern.map(cpu_of_matching).unwrap_or_default();
    let load_after = loadavg();
    let db_cpu = db_pattern.map(|_| cpu_between(&db0, &db1));

    let mut samples = Vec::new();
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    for t in tasks {
        let (s, e) = t.await?;
        samples.extend(s);
        for (k, n) in e {
            *errors.entry(k).or_default() += n;
        }
    }
    // Requests that started in the measured window; the ones still running at its end count in
    // full, so slow answers are not cut off.
    let measured: Vec<&Sample> = samples.iter().filter(|s| s.at >= measure_from && s.at < end).collect();
    let n = measured.len();
    let failed = measured.iter().filter(|s| !s.ok).count();
    let rps = n as f64 / args.duration;
    let mut all: Vec<u64> = measured.iter().map(|s| s.micros).collect();
    let line = summary(&mut all);
    let pct = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => format!("{:.0}%", (b - a) / args.duration * 100.0),
        _ => "?".into(),
    };
    let (gen_cpu, srv_cpu) = (pct(cpu0.0, cpu1.0), pct(cpu0.1, cpu1.1));
    let db_pct = db_cpu.map_or_else(|| "-".to_string(), |c| format!("{:.0}%", c / args.duration * 100.0));
    // CPU time per request of the server and its database processes: steadier than latency
    // when other work shares the machine.
    let per_request = match (cpu0.1, cpu1.1) {
        (Some(a), Some(b)) if n > 0 => format!("{:.2}", (b - a + db_cpu.unwrap_or(0.0)) * 1000.0 / n as f64),
        _ => "?".into(),
    };
    println!(
        "{}: {} clients, {:.0} s measured after {:.0} s warm-up, {} pupils",
        args.label,
        args.clients,
        args.duration,
        args.warmup,
        cookies.len()
    );
    println!("  all      {n:>7} requests, {rps:>7.1} req/s, {line}, errors {failed}");
    for kind in [Kind::Open, Kind::Filter, Kind::Next] {
        let mut l: Vec<u64> = measured.iter().filter(|s| s.kind == kind).map(|s| s.micros).collect();
        let name = match kind {
            Kind::Open => "open",
            Kind::Filter => "htmx",
            Kind::Next => "next-page",
        };
        println!("  {name:<9}{:>7} requests, {}", l.len(), summary(&mut l));
    }
    if !errors.is_empty() {
        println!("  errors by cause (whole run): {errors:?}");
    }
    println!(
        "  CPU (of one core): server {srv_cpu}, database processes {db_pct}, load generator {gen_cpu}; \
         {per_request} ms CPU per request (server + database); load average {load_before} -> {load_after}"
    );
    all.sort_unstable();
    // One machine-readable line for the script's table.
    println!(
        "RESULT\t{}\t{:.1}\t{:.1}\t{:.1}\t{:.1}\t{:.1}\t{}\t{}\t{}\t{}\t{}\t{}",
        args.label,
        rps,
        percentile(&all, 50.0),
        percentile(&all, 90.0),
        percentile(&all, 99.0),
        all.last().copied().unwrap_or(0) as f64 / 1000.0,
        failed,
        srv_cpu,
        db_pct,
        per_request,
        gen_cpu,
        load_after
    );
    Ok(())
}
