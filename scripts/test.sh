#!/usr/bin/env bash
# Runs every test: the Rust suites on SQLite and PostgreSQL, then the browser tests against the
# real binary with the small demo network, once on each backend.
# Needs: cargo, node/npm, Debian's chromium (/usr/bin/chromium), PostgreSQL's server binaries
# (a throwaway cluster is started unless TEST_PG_ADMIN_URL points at one).
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$SECONDS
step() { echo "=== $* [+$((SECONDS - T0))s]"; }

step "front-end packages"
(cd web && npm ci --no-audit --no-fund --loglevel=error)

PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ -n "${PGDATA_THROWAWAY:-}" ]; then scripts/pg-throwaway.sh stop "$PGDATA_THROWAWAY"; fi
}
trap cleanup EXIT
if [ -z "${TEST_PG_ADMIN_URL:-}" ]; then
  step "throwaway PostgreSQL"
  eval "$(scripts/pg-throwaway.sh start)"
fi
export TEST_PG_ADMIN_URL

step "cargo test (every test on SQLite and on PostgreSQL)"
cargo test --workspace --locked

step "browser tests: the product with the small demo network, on SQLite and on PostgreSQL"
cargo build --locked -q -p schakel
BIN=target/debug/schakel
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
run_browser_tests() { # $1 = database URL, $2 = label
  local port; port=$(free_port)
  "$BIN" --database "$1" demo --size small --fresh >/dev/null
  "$BIN" --database "$1" serve --bind "127.0.0.1:$port" >"target/server-$2.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  (cd web && BASE_URL="http://127.0.0.1:$port" SHOT_DIR="../target/shots-$2" node --test --test-concurrency=1 tests/)
}
E2E_DIR=$(mktemp -d)
run_browser_tests "sqlite://$E2E_DIR/e2e.db" sqlite
PG_E2E="e2e_$(date +%s)_$$"
psql "$TEST_PG_ADMIN_URL" -qc "CREATE DATABASE $PG_E2E"
run_browser_tests "${TEST_PG_ADMIN_URL%/*}/$PG_E2E" postgres
rm -rf "$E2E_DIR"
step "all tests passed"
