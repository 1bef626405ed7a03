#!/usr/bin/env bash
# Runs every test of Yaojian: installs what the tests need when it is missing (PostgreSQL 15, Chromium, CJK fonts),
# starts a throwaway PostgreSQL cluster, builds the solution once, runs each test project and sums their TRX files.
# The last line is always "N passed, N failed" (", N skipped" when some were); the exit code is non-zero on any failure.
#
#   ./test.sh                       everything
#   TEST_PROJECT_TIMEOUT=600 ./test.sh   per-project time limit in seconds (default 900)
set -Eeuo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
RESULTS=$ROOT/TestResults/test-sh
PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR=
START_SECONDS=$SECONDS

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive
if [ -z "${HOME:-}" ]; then
  HOME=$(getent passwd "$(id -un)" | cut -d: -f6)
  export HOME
fi

section() { printf '\n===== %s =====\n' "$*"; }

elapsed() { echo "$((SECONDS - START_SECONDS))s"; }

# Stops here before any test ran: one failure, so that CI never reads a red run as "no tests".
abort() {
  echo "test.sh: $*" >&2
  echo "wall time $(elapsed)"
  echo "0 passed, 1 failed"
  exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

as_root() {
  if is_root; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    echo "test.sh: not root and no sudo, cannot run: $*" >&2
    return 1
  fi
}

# PostgreSQL refuses to run as root, so as root its tools run as the postgres user.
as_postgres() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  local status=$?
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
      as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
  fi
  return "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_taken() {
  if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; then
    return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port _
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! port_taken "$port"; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# ---------------------------------------------------------------------------------------------------------------------
section "Prerequisites"
missing=()
[ -x "$PG_BIN/initdb" ] || missing+=(postgresql-15)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! { command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi 'Noto Sans CJK'; } && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  missing+=(fonts-noto-cjk)
fi
command -v dotnet >/dev/null 2>&1 || abort "the .NET SDK (dotnet) is not installed"

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || abort "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || abort "apt-get install ${missing[*]} failed"
else
  echo "PostgreSQL 15, Chromium and Noto CJK fonts are installed"
fi
dotnet --version

# ---------------------------------------------------------------------------------------------------------------------
section "PostgreSQL"
PG_PORT=$(free_port) || abort "found no free TCP port for PostgreSQL"
if is_root; then
  PG_DIR=$(mktemp -d /tmp/yaojian-pg.XXXXXX)
  chown postgres:postgres "$PG_DIR"
else
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/yaojian-pg.XXXXXX")
fi
chmod 700 "$PG_DIR"
as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log" >&2; abort "initdb failed"; }
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$PG_DIR/server.log" >&2; abort "PostgreSQL did not start"; }
export YAOJIAN_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
echo "PostgreSQL 15 on 127.0.0.1:$PG_PORT (data in $PG_DIR)"

# ---------------------------------------------------------------------------------------------------------------------
section "Build"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
build_start=$SECONDS
if ! dotnet build Yaojian.slnx -c Release -v:minimal >"$RESULTS/build.log" 2>&1; then
  grep -E ': (error|warning) ' "$RESULTS/build.log" | sort -u | head -60 || true
  tail -n 20 "$RESULTS/build.log"
  abort "the build failed (full log: $RESULTS/build.log)"
fi
echo "Build succeeded in $((SECONDS - build_start))s"

# ---------------------------------------------------------------------------------------------------------------------
projects=()
for csproj in tests/*/*.csproj; do
  name=$(basename "$csproj" .csproj)
  [ "$name" = Yaojian.Testing ] && continue
  grep -qE '<IsTestProject>[[:space:]]*true|Microsoft\.NET\.Test\.Sdk' "$csproj" || continue
  projects+=("$csproj")
done
[ ${#projects[@]} -gt 0 ] || abort "no test project under tests/"

# global.json opts dotnet test into Microsoft.Testing.Platform, whose TRX switch differs from VSTest's logger.
mtp=false
grep -q '"Microsoft.Testing.Platform"' global.json 2>/dev/null && mtp=true

counter() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2" | head -n 1; }

total_passed=0
total_failed=0
total_skipped=0
summary=()
for csproj in "${projects[@]}"; do
  name=$(basename "$csproj" .csproj)
  section "Test $name"
  if $mtp; then
    args=(--project "$csproj" --no-build -c Release --results-directory "$RESULTS"
      --report-xunit-trx --report-xunit-trx-filename "$name.trx")
  else
    args=("$csproj" --no-build -c Release --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS")
  fi
  project_start=$SECONDS
  set +e
  timeout --kill-after=30s "${TEST_PROJECT_TIMEOUT:-900}" dotnet test "${args[@]}" 2>&1 | tee "$RESULTS/$name.log"
  rc=${PIPESTATUS[0]}
  set -e
  took=$((SECONDS - project_start))

  trx=$RESULTS/$name.trx
  counters=$( [ -f "$trx" ] && grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
  if [ -z "$counters" ]; then
    passed=0 failed=1 skipped=0
    note="no TRX (exit code $rc): counted as 1 failed"
  else
    total=$(counter total "$counters")
    executed=$(counter executed "$counters")
    passed=$(counter passed "$counters")
    failed=$(( $(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters") ))
    skipped=$((total - executed))
    [ "$skipped" -gt 0 ] || skipped=$(counter notExecuted "$counters")
    note="exit code $rc"
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
      failed=1
      note="exit code $rc with no failed test in the TRX: counted as 1 failed"
    fi
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  summary+=("$(printf '%-28s %7s %7s %7s %6ss  %s' "$name" "$passed" "$failed" "$skipped" "$took" "$note")")
done

# ---------------------------------------------------------------------------------------------------------------------
section "Summary"
# Name every failed test so that the tail of a CI log says what broke.
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*>' "$trx" | grep -E 'outcome="(Failed|Error|Timeout|Aborted)"' \
    | sed -n 's/.*testName="\([^"]*\)".*/FAILED \1/p' || true
done
printf '%-28s %7s %7s %7s %7s  %s\n' project passed failed skipped time result
printf '%s\n' "${summary[@]}"
echo "TRX files and logs: $RESULTS"
echo "wall time $(elapsed)"
line="$total_passed passed, $total_failed failed"
[ "$total_skipped" -gt 0 ] && line="$line, $total_skipped skipped"
echo "$line"
[ "$total_failed" -eq 0 ]
