//! The `schakel` command: parse the command line, set up logging, run.

use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = schakel::cli::Cli::parse();
    if let schakel::cli::Command::Match { mode, input, output, explain } = &cli.command {
        return schakel::cli::run_match(*mode, input, output, *explain);
    }
    init_tracing();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(schakel::cli::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs go to stderr; `SCHAKEL_LOG` filters (default `info`, with sqlx only on errors: its
/// slow-statement warnings print whole bulk statements), `SCHAKEL_LOG_FORMAT=json` gives one
/// JSON object per line for log collectors.
fn init_tracing() {
    let filter = EnvFilter::try_from_env("SCHAKEL_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=error"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if std::env::var("SCHAKEL_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}
