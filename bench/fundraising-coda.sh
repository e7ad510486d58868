#!/usr/bin/env bash
# Measures reading a CODA bank statement: generates a statement of BENCH_ENTRIES (100000)
# fictitious movements and reads it BENCH_RUNS (5) times with the fundraising CODA reader
# (after one warm-up read), printing each time and the median. The target (issue 12) is under
# 10 seconds for 100,000 entries. The reader has no dependencies, so only target/classes is needed:
# it is compiled first unless BENCH_SKIP_BUILD is set.
#
#   bench/fundraising-coda.sh
#   BENCH_SKIP_BUILD=1 BENCH_ENTRIES=20000 bench/fundraising-coda.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_jdk
if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -d target/classes/org/vigie/fundraising/statements ]; then
  ./mvnw -B -q -o compile
fi
heap=${BENCH_HEAP:-256m}
"$JAVA_HOME/bin/java" -Xmx"$heap" -XX:+UseSerialGC -cp target/classes \
  bench/fundraising/CodaBench.java "${BENCH_ENTRIES:-100000}" "${BENCH_RUNS:-5}"
