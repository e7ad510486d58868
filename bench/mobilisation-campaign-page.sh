#!/usr/bin/env bash
# Measures a campaign's public page under load: builds the jar, starts it on 127.0.0.1 with the
# production flags (256 MB heap, serial GC) in a scratch folder on the embedded H2 database with
# the demo content (the Blue Heart campaign and its supporters), then runs wrk (2 threads, 32
# connections, BENCH_SECONDS each) three times on /fr/agir/coeur-bleu after a 15 s warm-up (the
# JIT compiles the page's code meanwhile), and prints each run and the median. The page is
# dynamic (a fresh form token on every view, the live counter, the wall): the page cache plays
# no part, it is off. The counter and wall are counted at most once a second per node
# (org.vigie.mobilisation.campaigns.Counter).
#
#   bench/mobilisation-campaign-page.sh                      # build, then measure
#   BENCH_SKIP_BUILD=1 bench/mobilisation-campaign-page.sh   # reuse target/vigie.jar
#   BENCH_JFR=/tmp/campaign.jfr bench/mobilisation-campaign-page.sh   # profile the runs
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18091}
heap=${BENCH_HEAP:-256m}
seconds=${BENCH_SECONDS:-15}
path=${BENCH_PATH:-/fr/agir/coeur-bleu}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

. bench/lib.sh
bench_jdk
bench_jar

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

jfr=()
[ -n "${BENCH_JFR:-}" ] && jfr=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true")
(cd "$work" && exec "$JAVA_HOME/bin/java" "${jfr[@]}" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
  -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError -jar "$jar" \
  --server.port="$port" --server.address=127.0.0.1 --vigie.site.base-url="$base" \
  --vigie.site.page-cache-megabytes=0 > "$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "$base$path" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "$base$path" || { echo "The server did not start" >&2; exit 1; }

echo "Set-up: $(nproc) cores, heap $heap, H2 file database, page cache off, wrk -t2 -c32 ${seconds}s, $(date -u +%FT%TZ)"
echo "Page: $path ($(curl -fs "$base$path" | grep -o 'data-supporters>[^<]*' | head -n 1 | cut -d'>' -f2) supporters)"
wrk -t2 -c32 -d15s "$base$path" > /dev/null
results=()
for run in 1 2 3; do
  line=$(wrk -t2 -c32 -d"${seconds}s" --latency "$base$path" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%s req/s   p50 %-9s p99 %-9s %s", rps, p50, p99, (bad ? "non-2xx: " bad : "") }')
  echo "run $run: $line"
  results+=("$(echo "$line" | awk '{print $1}')")
done
printf '%s\n' "${results[@]}" | sort -n | sed -n '2p' | xargs printf 'median of 3: %s req/s\n'
echo "Server errors: $(grep -c ' ERROR ' "$work/server.log" || true) in the log"
