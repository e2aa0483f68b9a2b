#!/usr/bin/env bash
# Load benchmark of the vacancy search: the full demo network on SQLite and on PostgreSQL,
# served on loopback, searched by many pupils at once. Prints req/s and latency per backend.
#
#   bench/search/run.sh                          # both backends, 50 clients, 5 s warm-up, 20 s measured
#   BACKENDS=sqlite ROUNDS=3 bench/search/run.sh # repeat the measured run three times
#   CLIENTS=100 DURATION=30 PUPILS=20 bench/search/run.sh
#   PG_ADMIN_URL=postgres://postgres@host:5432/postgres bench/search/run.sh
#   KEEP=1 bench/search/run.sh                   # keep the databases; REUSE=1 then skips the demo
#
# Without PG_ADMIN_URL a throwaway PostgreSQL cluster is started (scripts/pg-throwaway.sh).
# The load generator is the example `search_load` (crates/schakel/examples/search_load.rs): it
# signs pupils in through the web as a browser does and sends the search page's requests (full
# pages, htmx fragments, next-page links). It reports its own CPU use next to the server's, so a
# saturated generator shows. Builds go to $CARGO_TARGET_DIR (default: <repo>/target).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
export CARGO_TARGET_DIR=$TARGET
BACKENDS=${BACKENDS:-sqlite postgres}
CLIENTS=${CLIENTS:-50}
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-20}
PUPILS=${PUPILS:-12}
ROUNDS=${ROUNDS:-1}
THREADS=${THREADS:-1}
SEED=${SEED:-1}
PORT=${PORT:-38480}
WORK=${WORK:-${TMPDIR:-/tmp}/schakel-search-bench}
mkdir -p "$WORK"

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "installing $2 ..." >&2
    if ! apt-get install -y "$2" >/dev/null 2>&1; then
        apt-get update >/dev/null && apt-get install -y "$2" >/dev/null
    fi
}
need curl curl

cd "$ROOT"
if [ ! -d web/node_modules ]; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
# Two invocations: the server is built exactly as `make demo` builds it (dev-dependency
# features, which the example needs, stay out of it).
cargo build --release -q -p schakel
cargo build --release -q -p schakel --example search_load
BIN=$TARGET/release/schakel
LOAD=$TARGET/release/examples/search_load

SERVER=""
PG_THROWAWAY=""
PG_DBS=()
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    if [ "${KEEP:-0}" != 1 ]; then
        for db in "${PG_DBS[@]:-}"; do
            [ -n "$db" ] && psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
        done
    fi
    [ -n "$PG_THROWAWAY" ] && "$ROOT/scripts/pg-throwaway.sh" stop "$PG_THROWAWAY"
    return 0
}
trap cleanup EXIT

if [[ " $BACKENDS " == *" postgres "* ]] && [ -z "${PG_ADMIN_URL:-}" ]; then
    eval "$("$ROOT/scripts/pg-throwaway.sh" start)"
    PG_THROWAWAY=$PGDATA_THROWAWAY
    PG_ADMIN_URL=$TEST_PG_ADMIN_URL
fi

echo "search benchmark: $CLIENTS clients, ${WARMUP} s warm-up, ${DURATION} s measured, $PUPILS pupils, $ROUNDS round(s); $(nproc) cores" >&2

results=()
demo_times=()
for backend in $BACKENDS; do
    case "$backend" in
    sqlite)
        url="sqlite://$WORK/search.db"
        exists=$([ -s "$WORK/search.db" ] && echo 1 || echo 0)
        ;;
    postgres)
        db=bench_search
        url="${PG_ADMIN_URL%/*}/$db"
        PG_DBS+=("$db")
        exists=$(psql -Atq "$PG_ADMIN_URL" -c "SELECT 1 FROM pg_database WHERE datname = '$db'")
        exists=${exists:-0}
        if [ "${REUSE:-0}" != 1 ] || [ "$exists" != 1 ]; then
            psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
            psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $db" >/dev/null
            exists=0
        fi
        ;;
    *) echo "unknown backend $backend" >&2; exit 2 ;;
    esac

    if [ "${REUSE:-0}" = 1 ] && [ "$exists" = 1 ]; then
        echo "$backend: reusing the demo network in $url" >&2
    else
        echo "$backend: making the full demo network ..." >&2
        t0=$(date +%s%N)
        "$BIN" --database "$url" demo --fresh >"$WORK/demo-$backend.txt"
        ms=$((($(date +%s%N) - t0) / 1000000))
        head -1 "$WORK/demo-$backend.txt" >&2
        demo_times+=("| $backend | $((ms / 1000)).$(printf '%03d' $((ms % 1000))) s | $(cut -d' ' -f1-3 /proc/loadavg) |")
    fi

    SCHAKEL_LOG=${SCHAKEL_LOG:-info,sqlx=error} "$BIN" --database "$url" serve --bind "127.0.0.1:$PORT" \
        >"$WORK/server-$backend.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
        sleep 0.1
    done
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null

    # PostgreSQL's backends for this database carry its name in their process title.
    db_procs=()
    [ "$backend" = postgres ] && db_procs=(--db-processes "postgres: postgres $db ")
    for round in $(seq "$ROUNDS"); do
        out=$("$LOAD" --base "http://127.0.0.1:$PORT" --clients "$CLIENTS" --warmup "$WARMUP" \
            --duration "$DURATION" --pupils "$PUPILS" --threads "$THREADS" --seed "$((SEED + round - 1))" \
            --server-pid "$SERVER" "${db_procs[@]}" --label "$backend")
        echo "$out" | grep -v '^RESULT' >&2
        IFS=$'\t' read -r _ label rps p50 p90 p99 max errors srv dbcpu per gen load <<<"$(echo "$out" | grep '^RESULT')"
        results+=("| $label | $round | $rps | $p50 | $p90 | $p99 | $max | $errors | $srv | $dbcpu | $per | $gen | $load |")
    done

    kill "$SERVER" && wait "$SERVER" 2>/dev/null || true
    SERVER=""
done

echo
echo "| backend | round | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | server CPU | DB CPU | CPU ms/req | generator CPU | load avg (1/5/15 min) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
if [ ${#demo_times[@]} -gt 0 ]; then
    echo
    echo "| demo generation (full, release) | wall time | load avg after |"
    echo "|---|---|---|"
    printf '%s\n' "${demo_times[@]}"
fi
