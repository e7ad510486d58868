#!/usr/bin/env bash
# Measures the donors' pages under load: builds the jar, starts it on 127.0.0.1 with the
# production flags (256 MB heap, serial GC, see docs/operations.md) in a scratch folder on the
# embedded H2 database with the demo campaigns, then runs wrk (2 threads, 32 connections,
# BENCH_SECONDS each) on the campaigns' list, the finished crowdfunding's page and the open
# appeal's checkout form. These pages are never kept by the page cache (their figures are
# computed from the ledger on every view), so every request is rendered: the figures are the
# "page cache off" case by construction; the home page, which shows the open campaigns, is
# measured with the page cache on and off for comparison. Prints requests/s and latencies.
#
#   bench/fundraising-pages.sh                     # build, then measure
#   BENCH_SKIP_BUILD=1 bench/fundraising-pages.sh  # reuse target/vigie.jar
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18086}
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

# start CACHE_MEGABYTES
start() {
  work=$(mktemp -d)
  (cd "$work" && exec "$JAVA_HOME/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
    -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError -jar "$jar" \
    --server.port="$port" --server.address=127.0.0.1 --vigie.site.base-url="$base" \
    --vigie.site.page-cache-megabytes="$1" > "$work/server.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/en/support" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
  done
  echo "The server did not start" >&2
  exit 1
}

# load LABEL PATH
load() {
  wrk -t2 -c32 -d5s "$base$2" > /dev/null
  printf '%-44s' "$1"
  wrk -t2 -c32 -d"${seconds}s" --latency "$base$2" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%8s req/s   p50 %-9s p99 %-9s %s\n", rps, p50, p99, (bad ? "non-2xx: " bad : "") }'
}

echo "Set-up: $(nproc) cores, heap $heap, H2 file database, wrk -t2 -c32 ${seconds}s, $(date -u +%FT%TZ)"
start 64
load "campaigns' list /fr/soutenir" /fr/soutenir
load "finished campaign /en/support/declic-workshops" /en/support/declic-workshops
load "event campaign /nl/steunen/20-km-door-brussel" /nl/steunen/20-km-door-brussel
load "checkout /fr/soutenir/ligne-de-signalement/donner" /fr/soutenir/ligne-de-signalement/donner
load "home page /fr/ (page cache on)" /fr/
cleanup
start 0
load "home page /fr/ (page cache off)" /fr/
echo "Server errors: $(grep -c ' ERROR ' "$work/server.log" || true) in the log"
