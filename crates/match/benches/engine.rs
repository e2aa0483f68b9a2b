//! Engine benchmarks (criterion) on generated instances.
//!
//! `cargo bench -p schakel-match` runs the Amsterdam size (30,000 pupils); set
//! `SCHAKEL_BENCH_NATIONAL=1` to add the national size (300,000 pupils, slow).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use schakel_match::generator::{Params, generate};
use schakel_match::{Instance, Mode, solve};

fn bench_size(c: &mut Criterion, name: &str, params: &Params, samples: usize) {
    let json = match serde_json::to_vec(&generate(params)) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("cannot serialise the instance: {e}");
            return;
        }
    };
    let instance = match Instance::from_json(&json) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("generated instance rejected: {e}");
            return;
        }
    };
    let mut g = c.benchmark_group(name);
    g.sample_size(samples);
    g.measurement_time(Duration::from_secs(8));
    g.bench_function("parse", |b| b.iter(|| Instance::from_json(black_box(&json))));
    for mode in [Mode::Stable, Mode::Optimal] {
        g.bench_function(format!("solve_{mode}"), |b| {
            b.iter(|| solve(black_box(&instance), mode, false).placed_count())
        });
        g.bench_function(format!("solve_{mode}_explain"), |b| {
            b.iter(|| solve(black_box(&instance), mode, true).placed_count())
        });
    }
    let outcome = solve(&instance, Mode::Stable, false);
    g.bench_function("to_json", |b| b.iter(|| black_box(&outcome).to_json()));
    g.finish();
}

fn amsterdam(c: &mut Criterion) {
    bench_size(c, "amsterdam", &Params::amsterdam(1), 20);
    let mut with_groups = Params::amsterdam(1);
    with_groups.group_share = 0.1;
    bench_size(c, "amsterdam_groups", &with_groups, 20);
}

fn national(c: &mut Criterion) {
    if std::env::var_os("SCHAKEL_BENCH_NATIONAL").is_some() {
        bench_size(c, "national", &Params::national(1), 10);
    }
}

criterion_group!(benches, amsterdam, national);
criterion_main!(benches);
