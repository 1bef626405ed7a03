#!/usr/bin/env bash
# Runs Yaojian's benchmarks (bench/Yaojian.Benchmarks) in Release against SQLite and a throwaway PostgreSQL 15, which
# it starts in a temp folder and stops on exit. Not part of test.sh. Results: bench/.artifacts/results/*.md.
#
#   bench/run.sh                                everything (about 15 minutes on 2 cores with an empty cache)
#   bench/run.sh --filter '*ListEntities*'      only the list queries (any BenchmarkDotNet argument passes through)
#   YAOJIAN_BENCH_POSTGRES="Host=…" bench/run.sh  use that server instead of starting one
#   YAOJIAN_BENCH_POSTGRES=unused bench/run.sh plan-files   only write the plan benchmarks' input files to bench/.cache
#
# Seeded SQLite files and the generated 100,000-row .csv/.xlsx files are kept in bench/.cache between runs
# (delete it to start over); the PostgreSQL databases go with the throwaway server.
set -Eeuo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR=
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local status=$?
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
  return "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ -z "${YAOJIAN_BENCH_POSTGRES:-}" ]; then
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "installing postgresql-15"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15
  fi
  port=55432
  while port_taken "$port"; do port=$((port + 1)); done
  PG_DIR=$(mktemp -d /tmp/yaojian-bench-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
  chmod 700 "$PG_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
  # Default durability settings (fsync on): the figures should be those of a real server, not of a test cluster.
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; exit 1; }
  export YAOJIAN_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL 15 on 127.0.0.1:$port (data in $PG_DIR)"
fi

args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--filter '*')
dotnet run -c Release --project bench/Yaojian.Benchmarks -- --artifacts bench/.artifacts "${args[@]}"
