#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free port and prints its admin URL; the tests make
# their own databases in it. Usage: eval "$(scripts/pg-throwaway.sh start)"  …  scripts/pg-throwaway.sh stop "$PGDATA"
# Installs PostgreSQL when it is missing (Debian). initdb refuses to run as root, hence runuser.
set -euo pipefail

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

case "${1:-start}" in
start)
  if [ -z "$(pgbin)" ]; then
    echo "PostgreSQL is not installed; installing it" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  fi
  BIN=$(pgbin)
  PGDATA=$(mktemp -d /tmp/schakel-pg.XXXXXX)
  RUN_AS=()
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDATA"; RUN_AS=(runuser -u postgres --); fi
  PORT=${PGPORT_WANTED:-}
  if [ -z "$PORT" ]; then
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  fi
  "${RUN_AS[@]}" "$BIN/initdb" -D "$PGDATA" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  echo "export PGDATA_THROWAWAY=$PGDATA"
  echo "export TEST_PG_ADMIN_URL=postgres://postgres@127.0.0.1:$PORT/postgres"
  ;;
stop)
  DIR=${2:?usage: stop PGDATA}
  BIN=$(pgbin)
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR" -m immediate stop >/dev/null 2>&1 || true
  else "$BIN/pg_ctl" -D "$DIR" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$DIR"
  ;;
esac
