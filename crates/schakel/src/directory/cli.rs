//! `schakel import pupils FILE --school BRIN`: the same reading and checks as the web import,
//! with the errors printed per line and a progress bar while writing.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use crate::directory::import;
use crate::directory::store::schools;
use crate::env::Env;

/// Exit code when the file has errors and nothing was imported.
const EXIT_INVALID: u8 = 2;

pub async fn import_pupils(env: &Env, file: &Path, brin: &str, skip_errors: bool) -> anyhow::Result<ExitCode> {
    let db = &env.db;
    let started = Instant::now();
    let Some(school) = schools::school_by_brin(db, brin).await? else {
        eprintln!(
            "Onbekende BRIN-code {brin:?}: geen school in Schakel. / Unknown BRIN code {brin:?}: no school in Schakel."
        );
        return Ok(ExitCode::from(EXIT_INVALID));
    };
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let today = db.clock().today();
    let parsed = match import::parse(&bytes, &name, &school.brin, today) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return Ok(ExitCode::from(EXIT_INVALID));
        }
    };
    for e in &parsed.errors {
        let column = e.column.map(|c| c.header()).unwrap_or("");
        eprintln!("line {}: {column}: {} ({:?})", e.line, crate::i18n::Lang::En.t(&e.key), e.value);
    }
    if !parsed.errors.is_empty() && !skip_errors {
        eprintln!(
            "{} of {} rows have errors; nothing was imported. Fix the file, or pass --skip-errors to import the {} good rows.",
            parsed.bad_lines(),
            parsed.total,
            parsed.rows.len()
        );
        return Ok(ExitCode::from(EXIT_INVALID));
    }
    let bar = ProgressBar::new(parsed.rows.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} pupils {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let skipped = parsed.errors.len();
    let applied = crate::directory::flow::import_file(env, school.id, parsed, |n| bar.set_position(n as u64))
        .await
        .map_err(|e| anyhow::anyhow!("importing: {e:?}"))?;
    bar.finish();
    println!(
        "{}: {} new, {} updated, {} classes created, {} rows skipped, in {:.2} s",
        school.name,
        applied.created,
        applied.updated,
        applied.classes_created,
        skipped,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
