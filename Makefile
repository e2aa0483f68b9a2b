# The two commands of the README. Both work on a fresh machine with cargo and npm.
.PHONY: demo test

DB ?= sqlite://data/demo.db
BIND ?= 127.0.0.1:8080

## Build, make the Amsterdam demo network in a fresh SQLite database, and serve it.
demo:
	cd web && npm ci --no-audit --no-fund --loglevel=error
	cargo build --release --locked -p schakel
	./target/release/schakel --database $(DB) demo --fresh
	./target/release/schakel --database $(DB) serve --bind $(BIND)

## Run every test: Rust on SQLite and PostgreSQL, browser tests on both.
test:
	scripts/test.sh
