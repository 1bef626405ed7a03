#!/usr/bin/env bash
# Load test of every page and API GET the demo reaches, at province scale: the web app in Release on 127.0.0.1, a
# database with 100,000 demo entities, the demo's inspectors, history, risks and samples, and this year's plan drawn
# and published; wrk with 50 connections on each route in turn. Prints a table (route, requests, non-2xx, p50, p95,
# p99, the server's peak RSS during the route) and keeps it in bench/.artifacts/load/. Not part of test.sh.
#
#   bench/load.sh                      both databases, every route (about 25 minutes each, 20 s a route)
#   bench/load.sh sqlite               SQLite only (or: postgres)
#   bench/load.sh both 'plans|^/$'     only the routes matching this extended regular expression
#   LOAD_DURATION=10s LOAD_CONNECTIONS=50 LOAD_ENTITIES=100000 bench/load.sh …
#   YAOJIAN_BENCH_POSTGRES="Host=…;Port=…;Username=…;Database=postgres" bench/load.sh postgres
#       the server to use (default 127.0.0.1:5432 as postgres); the script drops and creates its own database
#       yaojian_load_<entities> there (psql needed), and never touches another.
#   LOAD_PG_DB=yaojian_load_mine       another database name (a copy made with createdb -T, for one branch's migrations)
#   LOAD_NO_BUILD=1                    use the Release build as it is
#
# The seeded databases are kept (bench/.cache/load/ for SQLite; the PostgreSQL database stays on its server) and
# reused while their marker is there: delete bench/.cache/load/<provider>-<entities>.ready to seed again.
# The app runs as ASPNETCORE_ENVIRONMENT=Staging: Production's pipeline (exception page, HSTS, no developer tools)
# without the Secure-only cookies that plain HTTP on loopback cannot carry.
set -Eeuo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
WHICH=${1:-both}
FILTER=${2:-.}
ENTITIES=${LOAD_ENTITIES:-100000}
DURATION=${LOAD_DURATION:-20s}
CONNECTIONS=${LOAD_CONNECTIONS:-50}
CACHE=$ROOT/bench/.cache/load
OUT=$ROOT/bench/.artifacts/load
PASSWORD='Bench-Load-2025x'
SEED=20250101
YEAR=$(date +%Y)
PORT=${LOAD_PORT:-5391}
HZ=$(getconf CLK_TCK)
BASE=http://127.0.0.1:$PORT
# LOAD_WEB_DLL: another build of the app to measure against the same database (for example the code before a change).
WEB_DLL=${LOAD_WEB_DLL:-$ROOT/src/Yaojian.Web/bin/Release/net10.0/Yaojian.Web.dll}
CLI_DLL=$ROOT/src/Yaojian.Cli/bin/Release/net10.0/yaojian.dll
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$CACHE" "$OUT"

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "${LOAD_NO_BUILD:-}" ]; then
  dotnet build src/Yaojian.Web -c Release -v:quiet -nologo
  dotnet build src/Yaojian.Cli -c Release -v:quiet -nologo
fi

pg_field() { tr ';' '\n' <<<"$1" | grep -i "^$2=" | head -1 | cut -d= -f2-; }

# Sets PROVIDER and CONNECTION for $1 (sqlite|postgres).
use_database() {
  PROVIDER=$1
  if [ "$PROVIDER" = sqlite ]; then
    CONNECTION="Data Source=$CACHE/yaojian-$ENTITIES.db"
  else
    local base=${YAOJIAN_BENCH_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres}
    PG_HOST=$(pg_field "$base" Host); PG_PORT=$(pg_field "$base" Port); PG_USER=$(pg_field "$base" Username)
    PG_ADMIN_DB=$(pg_field "$base" Database)
    PG_DB=${LOAD_PG_DB:-yaojian_load_$ENTITIES}
    CONNECTION="$(sed -E "s/(^|;)Database=[^;]*/\1Database=$PG_DB/I" <<<"$base")"
    grep -qi 'Database=' <<<"$CONNECTION" || CONNECTION="$CONNECTION;Database=$PG_DB"
  fi
  MARKER=$CACHE/$PROVIDER-$ENTITIES.ready
}

start_server() {
  local log=$OUT/server-$PROVIDER.log
  (cd "$(dirname "$WEB_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$BASE" \
    Database__Provider="$PROVIDER" ConnectionStrings__Yaojian="$CONNECTION" \
    Demo__Seed=true Demo__Password="$PASSWORD" Logging__LogLevel__Default=Warning \
    dotnet "$WEB_DLL") >"$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 900); do
    if curl -fsS -o /dev/null "$BASE/health" 2>/dev/null; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 1
  done
  echo "the server did not answer /health in 15 minutes" >&2; exit 1
}

bearer() {
  curl -fsS "$BASE/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken
}

# Signs in through the login form (antiforgery token and all) and prints the Cookie header's value.
cookie() {
  local jar form token
  jar=$(mktemp)
  form=$(curl -fsS -c "$jar" "$BASE/account/login")
  token=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$form" | head -1 | sed 's/.*value="//; s/"$//')
  curl -sS -o /dev/null -b "$jar" -c "$jar" "$BASE/account/login" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
    --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=$PASSWORD"
  awk '$0 !~ /^#/ || $0 ~ /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
  rm -f "$jar"
}

seed() {
  echo "== seeding $PROVIDER with $ENTITIES entities"
  rm -f "$MARKER"
  if [ "$PROVIDER" = sqlite ]; then
    rm -f "$CACHE/yaojian-$ENTITIES.db" "$CACHE/yaojian-$ENTITIES.db-wal" "$CACHE/yaojian-$ENTITIES.db-shm"
  else
    psql -q -h "$PG_HOST" -p "${PG_PORT:-5432}" -U "$PG_USER" -d "$PG_ADMIN_DB" -v ON_ERROR_STOP=1 \
      -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"
  fi
  # The county's units and 100,000 entities; then the app's start-up seeds inspectors, three years of history,
  # the Kazuo plan file, risks, samples and the demo accounts.
  Database__Provider="$PROVIDER" ConnectionStrings__Yaojian="$CONNECTION" dotnet "$CLI_DLL" demo --entities "$ENTITIES" </dev/null
  start_server
  local token auth plan
  token=$(bearer chief)
  auth="Authorization: Bearer $token"
  # This year's plan: the demo's plan file with this year's number and dates (without 2025's holiday calendar),
  # drawn with an announced seed and published.
  plan=$(mktemp --suffix=.yaml)
  sed -E "s/^year: [0-9]+/year: $YEAR/; s/^id: kazuo-[0-9]+/id: kazuo-$YEAR/; /^calendar:/d; /^  (holidays|workdays|basis):/d
    s/2025-([0-9]{2}-[0-9]{2})/$YEAR-\1/g" plans/kazuo-2025.yaml >"$plan"
  curl -fsS -o /dev/null -H "$auth" -F "file=@$plan;filename=kazuo-$YEAR.yaml" "$BASE/api/plan-files/"
  rm -f "$plan"
  curl -fsS -H "$auth" -H 'Content-Type: application/json' -d "{\"seed\":$SEED}" "$BASE/api/plans/$YEAR/draw"; echo
  curl -fsS -H "$auth" -X POST "$BASE/api/plans/$YEAR/publish"; echo
  touch "$MARKER"
}

# A write through the API as the chief (bearer); prints the answer and stops the script on a refusal.
api() {
  local answer status
  answer=$(curl -sS -w '\n%{http_code}' -X "$1" -H "$AUTH" -H 'Content-Type: application/json' -d "${3:-{\}}" "$BASE$2")
  status=${answer##*$'\n'}
  [[ $status == 2* ]] || { echo "$1 $2 answered $status: ${answer%$'\n'*}" >&2; exit 1; }
  printf '%s\n' "${answer%$'\n'*}"
}

# The demo at this scale holds no work done yet: one finished inspection with a finding, its rectification order,
# the clue the finding gives and the case registered from it, made through the API as people would, so that their
# pages are measured too. Skipped once the chief can see an inspection.
ensure_records() {
  [ -z "$(first_id /api/inspections '.items[0].id')" ] || return 0
  echo "== one inspection, its rectification order, a clue and a case"
  local visit record id finding clue deadline name
  visit=$(first_id "/api/plans/$YEAR/visits?pageSize=1" '.items[0].id')
  record=$(api POST /api/inspections "{\"planVisitId\":$visit,\"representative\":\"企业负责人\",
    \"items\":[{\"itemId\":\"storage\",\"text\":\"按要求分库、分区储存\",\"requirements\":[]}]}")
  id=$(jq -r .id <<<"$record")
  api PUT "/api/inspections/$id/answers" '[{"itemId":"storage","result":2,"note":"见问题"}]' >/dev/null
  finding=$(api POST "/api/inspections/$id/findings" \
    '{"itemId":"storage","severity":2,"description":"部分药品直接放在地面，未按要求离地存放"}' | jq -r '.findings[0].id')
  while read -r name; do
    api POST "/api/inspections/$id/signatures" "{\"role\":1,\"signerName\":\"$name\"}" >/dev/null
  done < <(jq -r '.inspectors[].name' <<<"$record")
  api POST "/api/inspections/$id/signatures" '{"role":2,"signerName":"刘建国"}' >/dev/null
  api POST "/api/inspections/$id/finish" >/dev/null
  deadline=$(TZ=Asia/Shanghai date -d '+30 days' +%F)
  api POST /api/dispositions "{\"kind\":1,\"inspectionId\":$id,\"findingId\":$finding,\"deadline\":\"$deadline\",
    \"reason\":\"《药品经营质量管理规范》第八十三条\"}" >/dev/null
  clue=$(api POST /api/clues "{\"source\":1,\"findingId\":$finding,\"productName\":\"阿莫西林胶囊\"}" | jq -r .clue.id)
  api POST /api/cases "{\"clueId\":$clue,\"cause\":\"涉嫌未按规定储存药品\",\"reason\":\"现场检查发现\",
    \"partyName\":\"$(jq -r .entityName <<<"$record")\",\"partyIsPerson\":false,\"approvedBy\":\"李科长\"}" >/dev/null
}

first_id() { { curl -fsS -H "$AUTH" "$BASE$1" | jq -r "$2 // empty" | head -1; } 2>/dev/null || true; }

# Prints "kind path" lines: the nav menu, every routable page and the API's GET routes, with real ids.
routes() {
  local entity inspection disposition case clue sample risk meeting unit pages
  entity=$(first_id "/api/entities?page=50" '.items[0].id')
  unit=$(first_id "/api/entities/$entity" '.unitCode')
  inspection=$(first_id /api/inspections '.items[0].id')
  disposition=$(first_id /api/dispositions '.[0].id')
  case=$(first_id /api/cases '.[0].id')
  clue=$(first_id /api/clues '.[0].id')
  sample=$(first_id /api/sampling/samples '.items[0].id')
  risk=$(first_id /api/risks '.[0].id')
  meeting=$(first_id /api/risk-meetings '.meetings[0].id')
  pages=(/ /registry "/registry?q=仁和" /registry/products /registry/new /registry/import /plans "/plans?year=$YEAR"
    /inspections /inspections/new /inspections/offline /dispositions /sampling /sampling/samples /sampling/samples/new
    /sampling/filing /sampling/results/import /cases /cases/clues /cases/clues/new /risks /risks/new /risks/measures
    /risk-meetings /risk-meetings/new /public/plans "/public/plans/$YEAR" /public/penalties)
  [ -n "$entity" ] && pages+=("/registry/$entity" "/registry/$entity/edit")
  [ -n "$inspection" ] && pages+=("/inspections/$inspection")
  [ -n "$disposition" ] && pages+=("/dispositions/$disposition")
  [ -n "$case" ] && pages+=("/cases/$case")
  [ -n "$clue" ] && pages+=("/cases/clues/$clue")
  [ -n "$sample" ] && pages+=("/sampling/samples/$sample")
  [ -n "$risk" ] && pages+=("/risks/$risk")
  [ -n "$meeting" ] && pages+=("/risk-meetings/$meeting")
  printf 'page %s\n' "${pages[@]}"
  local api=(/api/entities "/api/entities?q=仁和" "/api/entities?page=5000" /api/products "/api/plans/$YEAR"
    "/api/plans/$YEAR/visits" "/api/plans/$YEAR/visits?page=500" "/api/plans/$YEAR/visits.csv"
    "/api/plans/inspectors?unit=${unit:-dachengzi-station}" "/api/public/plans/$YEAR" /api/inspections /api/inspections/work
    /api/dispositions /api/dispositions/overdue-by-unit /api/risks /api/risks/measures /api/risk-meetings
    /api/risk-meetings/agenda "/api/sampling/$YEAR" "/api/sampling/$YEAR/filing" /api/sampling/samples /api/cases
    /api/clues /api/public/penalties)
  [ -n "$entity" ] && api+=("/api/entities/$entity" "/api/entities/$entity/history" "/api/inspections/start?entity=$entity")
  [ -n "$inspection" ] && api+=("/api/inspections/$inspection")
  [ -n "$disposition" ] && api+=("/api/dispositions/$disposition")
  [ -n "$case" ] && api+=("/api/cases/$case")
  [ -n "$clue" ] && api+=("/api/clues/$clue")
  [ -n "$sample" ] && api+=("/api/sampling/samples/$sample")
  [ -n "$risk" ] && api+=("/api/risks/$risk")
  [ -n "$meeting" ] && api+=("/api/risk-meetings/$meeting" "/api/risk-meetings/$meeting/agenda")
  printf 'api %s\n' "${api[@]}"
}

# The server's CPU time so far (user + system), in clock ticks: the load test's most stable figure on a shared machine.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat" 2>/dev/null || echo 0; }

# Waits (at most a minute) until the server is idle: requests that outlived wrk's run would bill the next route.
drain() {
  local before after
  for _ in $(seq 1 60); do
    before=$(cpu_ticks); sleep 1; after=$(cpu_ticks)
    [ $((after - before)) -lt $((HZ / 10)) ] && return 0
  done
}

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0; }

measure() {
  use_database "$1"
  [ -f "$MARKER" ] || { stop_server; seed; }
  stop_server
  start_server
  AUTH="Authorization: Bearer $(bearer chief)"
  ensure_records
  local cookie table status samples peak line
  cookie="Cookie: $(cookie chief)"
  table=$OUT/$PROVIDER-$(date -u +%Y%m%dT%H%M%SZ).md
  {
    echo "# bench/load.sh $PROVIDER: $ENTITIES entities, wrk -c $CONNECTIONS -t 2 -d $DURATION, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| route | requests | non-2xx | timeouts | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/request | server RSS MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  } | tee "$table"
  while read -r kind path; do
    grep -Eq -- "$FILTER" <<<"$path" || continue
    local header=$AUTH
    [ "$kind" = page ] && header=$cookie
    case "$path" in /public/*|/api/public/*) header="X-Anonymous: 1" ;; esac
    local url
    url=$BASE$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="/?=&"))' "$path")
    drain
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 -H "$header" "$url" || true)
    samples=$(mktemp)
    (while :; do rss_kb >>"$samples"; sleep 0.5; done) &
    local sampler=$! ticks
    ticks=$(cpu_ticks)
    line=$(wrk -c "$CONNECTIONS" -t 2 -d "$DURATION" --timeout 30s -H "$header" -s bench/load/report.lua "$url" | grep '^RESULT' || echo "RESULT 0 0 0 0 0 0 0 0")
    ticks=$(( $(cpu_ticks) - ticks ))
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    peak=$(sort -n "$samples" | tail -1); rm -f "$samples"
    read -r _ requests non2xx timeouts _ p50 p95 p99 max <<<"$line"
    [ "$status" = 200 ] || non2xx="$non2xx (first: $status)"
    printf '| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$path" "$requests" "$non2xx" "$timeouts" "$p50" "$p95" "$p99" "$max" \
      "$(awk -v t="$ticks" -v n="$requests" -v hz="$HZ" 'BEGIN { if (n > 0) printf "%.1f", t * 1000 / hz / n; else printf "-" }')" \
      "$(( ${peak:-0} / 1024 ))" | tee -a "$table"
  done < <(routes)
  echo "peak RSS of the server over the run (VmHWM): $(awk '/^VmHWM/ { print int($2 / 1024) " MB" }' "/proc/$SERVER_PID/status")" | tee -a "$table"
  stop_server
}

case "$WHICH" in
  sqlite|postgres) measure "$WHICH" ;;
  both) measure sqlite; measure postgres ;;
  *) echo "usage: bench/load.sh [sqlite|postgres|both] [route regex]" >&2; exit 2 ;;
esac
