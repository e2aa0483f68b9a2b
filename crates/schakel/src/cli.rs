//! The command line: serve, demo, migrate, import, invite.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use crate::auth::model::Grant;
use crate::clock::Clock;
use crate::config::Config;
use crate::env::Env;
use crate::state::AppState;

#[derive(Parser, Debug)]
#[command(name = "schakel", version, about = "Schakel: the shared infrastructure of a school–work network")]
pub struct Cli {
    /// Database URL: a SQLite file (`sqlite://data/schakel.db`, the default) or `postgres://…`.
    #[arg(long, global = true, env = "SCHAKEL_DATABASE_URL", default_value = "sqlite://data/schakel.db")]
    pub database: String,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the web application.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "SCHAKEL_BIND", default_value = "127.0.0.1:8080")]
        bind: SocketAddr,
        /// The URL people use to reach Schakel (links in e-mails; https makes cookies Secure).
        #[arg(long, env = "SCHAKEL_PUBLIC_URL")]
        public_url: Option<String>,
        /// Trust `X-Forwarded-For` from a reverse proxy in front of Schakel.
        #[arg(long, env = "SCHAKEL_TRUST_PROXY")]
        trust_proxy: bool,
    },
    /// Create the demo network (Amsterdam) in a fresh database and print one account per role.
    Demo {
        #[arg(long, value_enum, default_value_t = DemoSize::Full)]
        size: DemoSize,
        /// Seed of the generator: the same seed gives the same network.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Delete an existing SQLite demo database first (PostgreSQL databases must be empty).
        #[arg(long)]
        fresh: bool,
    },
    /// Apply the database migrations and exit.
    Migrate,
    /// Import data from a file.
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Match pupils to placements: matching instance v1 in, result v1 out (see DESIGN.md).
    /// Bad input prints what is wrong and exits with code 2, leaving no output file.
    Match {
        #[arg(long, value_enum)]
        mode: MatchMode,
        #[arg(long)]
        input: PathBuf,
        #[arg(long)]
        output: PathBuf,
        /// Add, per pupil, why she did not get the placements she ranked higher.
        #[arg(long)]
        explain: bool,
    },
    /// Invite a person: create her account with a role and print the link that sets her password.
    /// Use it to make the first project leader of a new deployment.
    Invite {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Only the project-leader role can be given here; other roles are granted in the web.
        #[arg(long, value_enum, default_value_t = InviteRole::ProjectLeader)]
        role: InviteRole,
        #[arg(long, env = "SCHAKEL_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
        public_url: String,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum MatchMode {
    /// Student-proposing deferred acceptance: the student-optimal stable matching.
    Stable,
    /// The most pupils placed and, among those, the least total rank (exact).
    Optimal,
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    /// Import pupils (CSV, XLSX or EDEXML) into a school.
    Pupils {
        /// The file to read.
        file: PathBuf,
        /// The school's BRIN code, e.g. 27KJ00.
        #[arg(long)]
        school: String,
        /// Import the good rows even when some rows have errors.
        #[arg(long)]
        skip_errors: bool,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum DemoSize {
    /// 60 schools, 30,000 pupils, 3,000 organisations.
    Full,
    /// A few schools, a few hundred pupils: quick to make, for tests and trying things out.
    Small,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum InviteRole {
    ProjectLeader,
}

/// Runs `schakel match`: synchronous, without the async runtime, since start-up time counts.
pub fn run_match(mode: MatchMode, input: &std::path::Path, output: &std::path::Path, explain: bool) -> ExitCode {
    const BAD_INPUT: u8 = 2;
    let bytes = match std::fs::read(input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", input.display());
            return ExitCode::from(BAD_INPUT);
        }
    };
    let instance = match schakel_match::Instance::from_json(&bytes) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("error: {}: {e}", input.display());
            return ExitCode::from(BAD_INPUT);
        }
    };
    let mode = match mode {
        MatchMode::Stable => schakel_match::Mode::Stable,
        MatchMode::Optimal => schakel_match::Mode::Optimal,
    };
    let outcome = schakel_match::solve(&instance, mode, explain);
    // Write beside the target and rename, so a reader never sees half a file.
    let tmp = output.with_file_name(format!(
        ".{}.{}.tmp",
        output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        std::process::id()
    ));
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        outcome.write_json(&mut w)?;
        std::io::Write::flush(&mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&tmp, output)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            eprintln!("error: cannot write {}: {e}", output.display());
            ExitCode::FAILURE
        }
    }
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Match { mode, input, output, explain } => Ok(run_match(mode, &input, &output, explain)),
        Command::Serve { bind, public_url, trust_proxy } => {
            let db = crate::app::open(&cli.database, Clock::system()).await?;
            let mut config = Config::new(&public_url.unwrap_or_else(|| format!("http://{bind}")));
            config.trust_proxy = trust_proxy;
            let state = AppState::new(db.clone(), config).await?;
            let listener = tokio::net::TcpListener::bind(bind).await.with_context(|| format!("listening on {bind}"))?;
            tracing::info!(address = %bind, backend = ?db.backend(), "serving");
            println!("Schakel listens on http://{bind}");
            crate::app::serve(listener, state, shutdown_signal()).await.context("serving")?;
            db.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo { size, seed, fresh } => {
            if fresh {
                remove_sqlite_file(&cli.database)?;
            }
            let db = crate::app::open(&cli.database, Clock::system()).await?;
            let env = Env::new(db.clone(), Config::new("http://127.0.0.1:8080")).await?;
            let accounts = crate::demo::generate(&env, size, seed).await?;
            println!("{accounts}");
            db.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate => {
            let db = crate::app::open(&cli.database, Clock::system()).await?;
            db.close().await;
            println!("migrations applied");
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { what: ImportCommand::Pupils { file, school, skip_errors } } => {
            let db = crate::app::open(&cli.database, Clock::system()).await?;
            let env = Env::new(db.clone(), Config::new("http://127.0.0.1:8080")).await?;
            let code = crate::directory::cli::import_pupils(&env, &file, &school, skip_errors).await?;
            db.close().await;
            Ok(code)
        }
        Command::Invite { email, name, role: InviteRole::ProjectLeader, public_url } => {
            let db = crate::app::open(&cli.database, Clock::system()).await?;
            let email = crate::directory::values::Email::parse(&email)
                .map_err(|_| anyhow::anyhow!("not an e-mail address: {email}"))?;
            let env = Env::new(db.clone(), Config::new(&public_url)).await?;
            let granted = crate::auth::flow::grant_access(
                &env,
                crate::auth::flow::Manager::Operator,
                &email,
                name.trim(),
                Default::default(),
                Grant::ProjectLeader,
            )
            .await
            .map_err(|e| anyhow::anyhow!("inviting {email}: {e}"))?;
            let link = granted.invitation.unwrap_or_else(|| "(she has a password already; no new link)".into());
            println!("Invitation for {email} (valid 7 days):\n{link}");
            db.close().await;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Removes a SQLite database file with its WAL files; PostgreSQL URLs are left alone.
fn remove_sqlite_file(url: &str) -> anyhow::Result<()> {
    if crate::db::Backend::of_url(url) != crate::db::Backend::Sqlite {
        return Ok(());
    }
    let path = url.strip_prefix("sqlite://").unwrap_or(url);
    let path = path.split('?').next().unwrap_or(path);
    for suffix in ["", "-wal", "-shm"] {
        let p = format!("{path}{suffix}");
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {p}")),
        }
    }
    if let Some(dir) = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}
