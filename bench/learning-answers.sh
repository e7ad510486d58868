#!/usr/bin/env bash
# Measures answering awareness cards under load: BENCH_LEARNERS (64) learners at once, each
# answering up to BENCH_ANSWERS (100) cards of the demo decks as a browser without
# JavaScript does, for at most BENCH_MAX_SECONDS (120) seconds, first thinking BENCH_THINK_MS
# (1000) ms on average between two answers (a quick learner: the target, p99 under 50 ms, is
# for this run), then never thinking (a closed loop: the server's saturation throughput).
#
# Builds the jar, starts it on 127.0.0.1 with the production flags (256 MB heap, serial GC,
# see docs/operations.md) in a scratch folder on the embedded H2 database with the demo decks,
# the cards' per-address limits widened (every learner comes from 127.0.0.1), then runs the
# load (bench/learning/LearningLoad.java, which first warms itself and the server up with 16
# learners, not counted). Prints the medians and 99th percentiles of an answer and of "answer +
# next card". The cards' pages are never kept by the page cache (each is a learner's own):
# BENCH_PAGE_CACHE_MB only changes the rest of the site, and is 64 by default.
#
#   bench/learning-answers.sh                      # build, then measure
#   BENCH_SKIP_BUILD=1 bench/learning-answers.sh   # reuse target/vigie.jar
#   BENCH_JFR=/tmp/answers.jfr bench/learning-answers.sh   # profile the load
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18085}
heap=${BENCH_HEAP:-256m}
learners=${BENCH_LEARNERS:-64}
answers=${BENCH_ANSWERS:-100}
limit=${BENCH_MAX_SECONDS:-120}
cache=${BENCH_PAGE_CACHE_MB:-64}
think=${BENCH_THINK_MS:-1000}
base="http://127.0.0.1:$port"

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
  --vigie.site.page-cache-megabytes="$cache" --vigie.learning.throttle-factor=1000 > "$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/en/cards" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done

echo "Set-up:              $(nproc) cores, heap $heap, H2 file database, page cache $cache MB, $(date -u +%FT%TZ)"
"$JAVA_HOME/bin/java" bench/learning/LearningLoad.java "$base" "$learners" "$answers" "$limit" "$think"
"$JAVA_HOME/bin/java" bench/learning/LearningLoad.java "$base" "$learners" "$answers" "$limit" 0
echo "Server errors:       $(grep -c ' ERROR ' "$work/server.log" || true) in the log"
