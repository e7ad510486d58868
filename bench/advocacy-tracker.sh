#!/usr/bin/env bash
# Measures the directive tracker under load: builds the jar, starts it on 127.0.0.1 with the
# production flags (256 MB heap, serial GC, see docs/operations.md) in a scratch folder on the
# embedded H2 database with the demo directive (27 member states x 14 articles), then runs wrk
# (2 threads, 32 connections, BENCH_SECONDS each after a 20 s warm-up of the server and 5 s
# of each address) on the full matrix page,
# its CSV file, the page and CSV "as of" a past day (a query string: never kept by the page
# cache) and a country's page, first with the page cache on, then off. The CSV is never kept
# by the page cache (only HTML, XML and text are): its figures come from the tracker's own
# in-memory matrices and files (org.vigie.advocacy.tracker.web.TrackerData). Prints requests/s
# and latencies.
#
#   flock /tmp/vigie-mvn.lock bench/advocacy-tracker.sh                     # build, then measure
#   BENCH_SKIP_BUILD=1 flock /tmp/vigie-mvn.lock bench/advocacy-tracker.sh  # reuse target/vigie.jar
#   BENCH_JFR=/tmp/tracker.jfr ... bench/advocacy-tracker.sh                # profile the cache-off runs
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18093}
heap=${BENCH_HEAP:-256m}
seconds=${BENCH_SECONDS:-15}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

. bench/lib.sh
bench_jdk
bench_jar

work=""
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  [ -n "$work" ] && rm -rf "$work"
  pid=""
  work=""
}
trap cleanup EXIT

# start CACHE_MEGABYTES [JFR_FILE]
start() {
  work=$(mktemp -d)
  jfr=()
  [ -n "${2:-}" ] && jfr=("-XX:StartFlightRecording=filename=$2,settings=profile,dumponexit=true")
  (cd "$work" && exec "$JAVA_HOME/bin/java" "${jfr[@]}" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
    -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError -jar "$jar" \
    --server.port="$port" --server.address=127.0.0.1 --vigie.site.base-url="$base" \
    --vigie.site.page-cache-megabytes="$1" > "$work/server.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "$base/en/advocacy/transposition" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
  done
  echo "The server did not start" >&2
  exit 1
}

# load LABEL PATH
load() {
  wrk -t2 -c32 -d5s "$base$2" > /dev/null
  printf '%-52s' "$1"
  wrk -t2 -c32 -d"${seconds}s" --latency "$base$2" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%8s req/s   p50 %-9s p99 %-9s %s\n", rps, p50, p99, (bad ? "non-2xx: " bad : "") }'
}

measure() {
  # The JIT compiles the templates' code meanwhile (a cold start halves the first figures).
  wrk -t2 -c32 -d20s "$base/en/advocacy/transposition?asOf=2016-06-29" > /dev/null
  load "matrix page /fr/plaidoyer/transposition ($1)" /fr/plaidoyer/transposition
  load "CSV /fr/plaidoyer/transposition.csv ($1)" /fr/plaidoyer/transposition.csv
  load "page as of 2016-06-30 ($1)" "/en/advocacy/transposition?asOf=2016-06-30"
  load "CSV as of 2016-06-30 ($1)" "/en/advocacy/transposition.csv?asOf=2016-06-30"
  load "sorted and filtered page ($1)" "/en/advocacy/transposition?sort=transposed&theme=VICTIMS"
  load "country /nl/beleidswerk/omzetting/land/be ($1)" /nl/beleidswerk/omzetting/land/be
}

echo "Set-up: $(nproc) cores, heap $heap, H2 file database, wrk -t2 -c32 ${seconds}s, $(date -u +%FT%TZ)"
start 64
echo "CSV lines: $(curl -fs "$base/en/advocacy/transposition.csv" | wc -l) (header + 27 x 14)"
measure "cache on"
echo "Server errors: $(grep -c ' ERROR ' "$work/server.log" || true) in the log"
cleanup
start 0 "${BENCH_JFR:-}"
measure "cache off"
echo "Server errors: $(grep -c ' ERROR ' "$work/server.log" || true) in the log"
