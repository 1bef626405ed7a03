#!/usr/bin/env bash
# Times failed sign-ins for a known and an unknown account name (issue 11, point 10), and an API read signed in by
# cookie against the same read with a bearer token (the per-request session check of point 9). Starts the Release
# build of the web app (Staging: production settings, cookies over plain http) on a throwaway SQLite database with
# the demo county, on http://localhost:5099, and stops it. Known and unknown names alternate, as do bearer and cookie.
#   dotnet build src/Yaojian.Web -c Release && bench/login-timing.sh
# Each source may fail 10 times in 5 minutes: the failures are sent from 127.0.0.1 and ::1, 10 from each.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=5099
password="Bench-$(date +%s)Aa1"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://localhost:$port" \
ConnectionStrings__Yaojian="Data Source=$work/yaojian.db" Demo__Seed=true Demo__Password="$password" \
Audit__AnchorFile="$work/anchors.log" Jobs__Enabled=false Logging__LogLevel__Default=Warning \
    dotnet src/Yaojian.Web/bin/Release/net10.0/Yaojian.Web.dll --contentRoot "$PWD/src/Yaojian.Web" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/health" >/dev/null; do kill -0 "$pid" || { cat "$work/app.log"; exit 1; }; sleep 1; done

login() { # family name password → milliseconds
    curl "-$1" -s -o /dev/null -w '%{time_total}\n' -H 'content-type: application/json' \
        -d "{\"userName\":\"$2\",\"password\":\"$3\"}" "http://localhost:$port/api/auth/login" | awk '{printf "%.1f\n", $1 * 1000}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

login 4 chief "$password" >/dev/null  # warm up (a success costs nothing against the limits)
known=(); unknown=()
for family in 4 6; do
    login "$family" chief wrong-password-0 >/dev/null; login "$family" nobody-at-all wrong-password-0 >/dev/null
    for i in 1 2 3 4; do
        known+=("$(login "$family" chief "wrong-password-$i")")
        unknown+=("$(login "$family" "nobody-$i" "wrong-password-$i")")
    done
done
printf 'failed sign-in, known name   : median %s ms  (%s)\n' "$(printf '%s\n' "${known[@]}" | median)" "${known[*]}"
printf 'failed sign-in, unknown name : median %s ms  (%s)\n' "$(printf '%s\n' "${unknown[@]}" | median)" "${unknown[*]}"

# A read signed in by cookie (page login form) against the same read with a bearer token.
jar="$work/cookies"
token=$(curl -s -c "$jar" "http://localhost:$port/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
    --data-urlencode "Input.UserName=leader" --data-urlencode "Input.Password=$password" "http://localhost:$port/account/login"
bearer=$(curl -s -H 'content-type: application/json' -d "{\"userName\":\"leader\",\"password\":\"$password\"}" \
    "http://localhost:$port/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
url="http://localhost:$port/api/entities?pageSize=1"
ms() { curl -s -o /dev/null -w '%{time_total}\n' "$@" "$url" | awk '{printf "%.2f\n", $1 * 1000}'; }
for _ in $(seq 1 20); do ms -H "Authorization: Bearer $bearer" >/dev/null; ms -b "$jar" >/dev/null; done  # warm up
with_bearer=(); with_cookie=()
for _ in $(seq 1 300); do
    with_bearer+=("$(ms -H "Authorization: Bearer $bearer")")
    with_cookie+=("$(ms -b "$jar")")
done
printf 'GET /api/entities?pageSize=1, bearer : median %s ms (300 requests)\n' "$(printf '%s\n' "${with_bearer[@]}" | median)"
printf 'GET /api/entities?pageSize=1, cookie : median %s ms (300 requests, with the security-stamp check)\n' "$(printf '%s\n' "${with_cookie[@]}" | median)"
