#!/usr/bin/env bash
# Measures the newsletter (issue 13: "a newsletter to 50,000 subscribers is queued in under 30 s
# with bounded memory and delivered at the configured rate"): in the application's own context,
# on an H2 file database as the embedded default uses, writes BENCH_SUBSCRIBERS (50000) confirmed
# subscribers straight into the tables (not timed), then BENCH_RUNS (3) times sends an issue to
# all of them (one INSERT … SELECT; time and heap growth measured), prints each run and the
# medians, then how fast batches hand emails to the outbox and, over BENCH_RATE_SECONDS (60),
# the rate the scheduled job keeps (vigie.mobilisation.newsletter.per-minute, 600 by default).
# Local only.
#
#   bench/mobilisation-newsletter.sh
#   BENCH_SUBSCRIBERS=10000 BENCH_RUNS=1 BENCH_RATE_SECONDS=20 bench/mobilisation-newsletter.sh
#   BENCH_DATABASE_URL=$(.ci/postgres.sh 55434) bench/mobilisation-newsletter.sh   # on PostgreSQL (user vigie)
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'rm -rf "${TMPDIR:-/tmp}/vigie-newsletter-bench"' EXIT
. bench/lib.sh
bench_jdk
export PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -q -o test -Dtest=NewsletterBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dvigie.bench.newsletter=1 -Dvigie.bench.subscribers="${BENCH_SUBSCRIBERS:-50000}" \
  -Dvigie.bench.runs="${BENCH_RUNS:-3}" -Dvigie.bench.rate-seconds="${BENCH_RATE_SECONDS:-60}" \
  ${BENCH_DATABASE_URL:+-Dvigie.bench.database-url=$BENCH_DATABASE_URL -Dvigie.bench.database-user=vigie -Dvigie.bench.database-password=vigie} \
  >"${BENCH_LOG:-/dev/null}" || { echo "the benchmark failed: see target/surefire-reports" >&2; exit 1; }
cat target/bench/newsletter.txt
