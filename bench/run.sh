#!/usr/bin/env bash
# Measures the public site under load: builds the jar, starts it on 127.0.0.1 with demo content in
# a scratch folder, then runs wrk (2 threads, 32 connections) on the home page, listing page 2, a
# post and a search. Prints requests/s, p50/p99 latency and the server's resident memory. A second
# pass measures the same pages with the page cache turned off (every request rendered).
#
#   bench/run.sh                       # build, then measure both passes
#   BENCH_SKIP_BUILD=1 bench/run.sh    # reuse target/vigie.jar
#   BENCH_SECONDS=30 BENCH_HEAP=256m BENCH_PASSES=cached bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${BENCH_SECONDS:-20}
warmup=${BENCH_WARMUP_SECONDS:-10}
port=${BENCH_PORT:-18080}
heap=${BENCH_HEAP:-256m}
connections=${BENCH_CONNECTIONS:-32}
passes=${BENCH_PASSES:-cached uncached}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/*/ | sort -V -r | while read -r d; do
    v=$("${d}bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [ "${v:-0}" -ge 21 ] && { echo "${d%/}"; break; }; done)
  export JAVA_HOME
fi
if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f target/vigie.jar ]; then
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$root/bench/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/bench/results/$stamp.txt"
work=""
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "$work" ]; then rm -rf "$work"; fi
  pid=""
  work=""
}
trap cleanup EXIT

# measure LABEL CACHE_MEGABYTES
measure() {
  work=$(mktemp -d)
  (cd "$work" && exec "$JAVA_HOME/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
    -XX:ReservedCodeCacheSize=64m -jar "$root/target/vigie.jar" --server.port="$port" \
    --server.address=127.0.0.1 --vigie.site.base-url="http://127.0.0.1:$port" \
    --vigie.site.page-cache-megabytes="$2" > "$work/server.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/robots.txt" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
  done
  local base="http://127.0.0.1:$port" listing post
  listing=$(curl -fs "$base/fr/actualites")
  post=$(grep -o 'href="/fr/actualites/[a-z0-9-]*"' <<<"$listing" | grep -v '/page/' | sed -n '1s/^href="\(.*\)"$/\1/p')
  [ -n "$post" ] || { echo "No post found on the listing" >&2; exit 1; }
  local names=("home" "listing page 2" "post" "search") i
  local urls=("$base/fr/" "$base/fr/actualites/page/2" "$base$post" "$base/fr/recherche?q=campagne")
  echo "-- $1" | tee -a "$out"
  printf '%-16s %12s %10s %10s\n' "page" "requests/s" "p50" "p99" | tee -a "$out"
  for i in "${!urls[@]}"; do
    wrk -t2 -c"$connections" -d"${warmup}s" "${urls[$i]}" > /dev/null
    local report rps p50 p99 errors
    report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${urls[$i]}")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$report")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$report")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$report" || true)
    printf '%-16s %12s %10s %10s %s\n' "${names[$i]}" "$rps" "$p50" "$p99" "$errors" | tee -a "$out"
  done
  local rss hwm
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  echo "server resident memory: $((rss / 1024)) MB now, $((hwm / 1024)) MB peak" | tee -a "$out"
  cleanup
}

echo "Vigie benchmark $stamp: $(nproc) cores, wrk -t2 -c$connections -d${seconds}s after ${warmup}s warm-up, heap $heap, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" | tee "$out"
for pass in $passes; do
  case $pass in
    cached) measure "page cache on (default)" 64 ;;
    uncached) measure "page cache off: every request rendered" 0 ;;
  esac
done
echo "saved in ${out#"$root"/}"
