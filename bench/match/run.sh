#!/usr/bin/env bash
# End-to-end benchmark of the matching command: whole processes, JSON read and write
# included. Times with hyperfine, peak memory with /usr/bin/time -v.
#
#   bench/match/run.sh                    # amsterdam and national, both modes
#   SIZES=amsterdam RUNS=20 bench/match/run.sh
#   GROUP_SHARE=0.1 bench/match/run.sh    # 10% of pupils in groups of 2-4
#   EXPLAIN=1 bench/match/run.sh          # with --explain
#
# It times `schakel match` when the application has that subcommand, and otherwise (or with
# CLI=example) the engine crate's example `match_file`, which does the same read -> parse ->
# solve -> atomic write. Builds go to $CARGO_TARGET_DIR (default: <repo>/target).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
export CARGO_TARGET_DIR=$TARGET
SIZES=${SIZES:-amsterdam national}
RUNS=${RUNS:-10}
GROUP_SHARE=${GROUP_SHARE:-0}
SEED=${SEED:-1}
WORK=${WORK:-${TMPDIR:-/tmp}/schakel-match-bench}
mkdir -p "$WORK"

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "installing $2 ..." >&2
    if ! apt-get install -y "$2" >/dev/null 2>&1; then
        apt-get update >/dev/null && apt-get install -y "$2" >/dev/null
    fi
}
need hyperfine hyperfine
[ -x /usr/bin/time ] || need /usr/bin/time time

cd "$ROOT"
cargo build --release -q -p schakel-match --examples

CLI_KIND=${CLI:-auto}
if [ "$CLI_KIND" = auto ]; then
    CLI_KIND=example
    if grep -rqs 'Match' crates/schakel/src/; then
        cargo build --release -q -p schakel
        if "$TARGET/release/schakel" match --help >/dev/null 2>&1; then
            CLI_KIND=schakel
        fi
    fi
fi
if [ "$CLI_KIND" = schakel ]; then
    CMD=("$TARGET/release/schakel" match)
else
    CMD=("$TARGET/release/examples/match_file")
fi
EXTRA=()
[ "${EXPLAIN:-0}" = 1 ] && EXTRA=(--explain)
echo "timing: ${CMD[*]} (${CLI_KIND}); runs: $RUNS; groups: $GROUP_SHARE; $(nproc) cores" >&2

results=()
for size in $SIZES; do
    input="$WORK/$size-$SEED-$GROUP_SHARE.json"
    if [ ! -s "$input" ]; then
        "$TARGET/release/examples/gen_instance" "$size" "$SEED" "$input" "$GROUP_SHARE"
    fi
    for mode in stable optimal; do
        output="$WORK/$size-$mode.out.json"
        args=(--mode "$mode" --input "$input" --output "$output" "${EXTRA[@]}")
        json="$WORK/$size-$mode.hyperfine.json"
        hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$json" \
            "${CMD[*]} ${args[*]}" >&2
        stats=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['mean']*1e3:.1f} ± {r['stddev']*1e3:.1f} ms | {r['min']*1e3:.1f} ms\")" "$json")
        rss=$(/usr/bin/time -v "${CMD[@]}" "${args[@]}" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')
        results+=("| $size | $mode | $stats | $((rss / 1024)) MiB |")
    done
done

echo
echo "| size | mode | wall time (mean ± σ) | fastest run | peak RSS |"
echo "|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
