#!/usr/bin/env bash
# Times the card reminders' job queries among many learners (issue 11: "the reminder job finds
# due learners among 100,000 in under 10 seconds"). Fills a fresh H2 file database, and a
# throw-away local PostgreSQL when one can be started (.ci/postgres.sh, port 55433), through
# the application's own migrations, with learners whose reminders are on and their schedules;
# then runs the job's query finding the due learners with their cards due per deck
# (DueReminders.DUE_DECKS) several times, and prints medians. Local only.
#
#   bench/learning-reminders.sh                      # 100,000 learners, 10 cards each, 7 runs
#   BENCH_LEARNERS=20000 bench/learning-reminders.sh # a quicker run
#   BENCH_POSTGRES=0 bench/learning-reminders.sh     # H2 only
#   BENCH_SKIP_BUILD=1 bench/learning-reminders.sh   # use target/classes as they are
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${BENCH_LEARNERS:-100000}
cards=${BENCH_CARDS:-10}
runs=${BENCH_RUNS:-7}
work=$(mktemp -d /tmp/vigie-reminders-bench.XXXXXX)
pgport=55433
cleanup() {
  if [ -n "${pgstarted:-}" ]; then
    su postgres -c "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl -D /tmp/vigie-postgres-$pgport stop -m fast" >/dev/null 2>&1 || true
    rm -rf "/tmp/vigie-postgres-$pgport"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

. bench/lib.sh
bench_jdk

if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -d target/classes ]; then
  ./mvnw -B -q -o compile
fi
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=runtime >/dev/null
cp="target/classes:$(cat "$work/classpath")"
run() {
  # Flyway's log lines are left out: only the figures are printed.
  "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" bench/learning/RemindersBench.java "$@" "$learners" "$cards" "$runs" \
    | grep -v -E '^[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]+ '
}

echo "Card reminders benchmark $(date -u +%Y%m%dT%H%M%SZ): $learners learners, $cards cards each, $(nproc) cores"
echo "-- H2 (file)"
run "jdbc:h2:file:$work/h2/vigie;MODE=Regular" sa ""
if [ "${BENCH_POSTGRES:-1}" != 0 ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  url=$(.ci/postgres.sh "$pgport" 2>/dev/null) && pgstarted=1
  if [ -n "${pgstarted:-}" ]; then
    echo "-- PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -n 1) (throw-away, fsync off)"
    run "$url" vigie vigie
  fi
fi
