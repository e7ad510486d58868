#!/usr/bin/env bash
# Measures importing a bank statement (issue 12: "importing a statement of 100,000 entries takes
# under 10 seconds"): in the application's own context, on an H2 file database as the embedded
# default uses, promises BENCH_ENTRIES/3 gifts by transfer (not timed), then imports a CAMT.053
# statement of BENCH_ENTRIES (100000) entries through the import service, where a third carry
# those gifts' structured communications (each settles its gift: ledger entry, status, thank-you
# email in the outbox), one in ten is a debit and the rest wait for review. Repeats BENCH_RUNS (3)
# times with fresh gifts and a fresh file, and prints each time and the median. Local only.
#
#   bench/fundraising-import.sh
#   BENCH_ENTRIES=20000 BENCH_RUNS=1 bench/fundraising-import.sh
#   BENCH_DATABASE_URL=$(.ci/postgres.sh 55434) bench/fundraising-import.sh   # on PostgreSQL (user vigie)
set -euo pipefail
cd "$(dirname "$0")/.."
# the H2 files of a run take several GB: removed when the script ends
trap 'rm -rf "${TMPDIR:-/tmp}/vigie-import-bench"' EXIT
. bench/lib.sh
bench_jdk
export PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -q -o test -Dtest=StatementImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dvigie.bench.statement=1 -Dvigie.bench.entries="${BENCH_ENTRIES:-100000}" -Dvigie.bench.runs="${BENCH_RUNS:-3}" \
  ${BENCH_DATABASE_URL:+-Dvigie.bench.database-url=$BENCH_DATABASE_URL -Dvigie.bench.database-user=vigie -Dvigie.bench.database-password=vigie} \
  >"${BENCH_LOG:-/dev/null}" || { echo "the benchmark failed: see target/surefire-reports" >&2; exit 1; }
cat target/bench/statement-import.txt
