//! What `schakel match` does, for measuring before the application has it:
//! read file → `Instance::from_json` → `solve` → write the result atomically.
//!
//! `match_file --mode stable|optimal --input FILE --output FILE [--explain] [--timings]`

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use schakel_match::{Instance, Mode, solve};

fn main() -> ExitCode {
    let mut mode = None;
    let mut input = None;
    let mut output = None;
    let mut explain = false;
    let mut timings = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mode" => mode = args.next(),
            "--input" => input = args.next(),
            "--output" => output = args.next(),
            "--explain" => explain = true,
            "--timings" => timings = true,
            other => {
                eprintln!("unknown argument {other:?}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(mode), Some(input), Some(output)) = (mode, input, output) else {
        eprintln!("usage: match_file --mode stable|optimal --input FILE --output FILE [--explain]");
        return ExitCode::from(2);
    };
    let mode: Mode = match mode.parse() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let t0 = Instant::now();
    let bytes = match std::fs::read(&input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let t1 = Instant::now();
    let instance = match Instance::from_json(&bytes) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{input}: {e}");
            return ExitCode::from(2);
        }
    };
    drop(bytes);
    let t2 = Instant::now();
    let outcome = solve(&instance, mode, explain);
    let t3 = Instant::now();
    let json = outcome.to_json();
    let t4 = Instant::now();
    let tmp = format!("{output}.tmp");
    let written = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(&json).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, &output));
    if let Err(e) = written {
        eprintln!("cannot write {output}: {e}");
        return ExitCode::FAILURE;
    }
    let t5 = Instant::now();
    if timings {
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
        eprintln!(
            "read {:.1} ms, parse {:.1} ms, solve {:.1} ms, json {:.1} ms, write {:.1} ms; placed {} of {}, total rank {}",
            ms(t0, t1),
            ms(t1, t2),
            ms(t2, t3),
            ms(t3, t4),
            ms(t4, t5),
            outcome.placed_count(),
            instance.student_count(),
            outcome.total_rank()
        );
    }
    ExitCode::SUCCESS
}
