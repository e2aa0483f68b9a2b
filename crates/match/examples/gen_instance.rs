//! Writes a generated instance as matching instance v1 JSON.
//!
//! `cargo run --release -p schakel-match --example gen_instance -- amsterdam|national SEED OUT.json [GROUP_SHARE]`

use std::process::ExitCode;

use schakel_match::generator::{Params, generate};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(size), Some(seed), Some(out)) = (args.first(), args.get(1), args.get(2)) else {
        eprintln!("usage: gen_instance amsterdam|national SEED OUT.json [GROUP_SHARE]");
        return ExitCode::from(2);
    };
    let Ok(seed) = seed.parse::<u64>() else {
        eprintln!("bad seed {seed:?}");
        return ExitCode::from(2);
    };
    let mut params = match size.as_str() {
        "amsterdam" => Params::amsterdam(seed),
        "national" => Params::national(seed),
        other => {
            eprintln!("unknown size {other:?}");
            return ExitCode::from(2);
        }
    };
    if let Some(share) = args.get(3) {
        match share.parse::<f64>() {
            Ok(x) if (0.0..=1.0).contains(&x) => params.group_share = x,
            _ => {
                eprintln!("bad group share {share:?}");
                return ExitCode::from(2);
            }
        }
    }
    let input = generate(&params);
    let bytes = match serde_json::to_vec(&input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot serialise: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(out, bytes) {
        eprintln!("cannot write {out}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
