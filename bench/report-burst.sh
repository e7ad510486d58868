#!/usr/bin/env bash
# Measures a burst of reports arriving at once on the reporting line, and that none is lost
# even when the server is killed (kill -9) right after the last receipt was shown.
#
# Builds the jar, starts it on 127.0.0.1 with a 256 MB heap in a scratch folder on the embedded
# H2 database, opens the line (a throw-away recovery public key is written into the database
# while the server is stopped: nobody can read these reports, which is what a benchmark wants),
# prepares BENCH_REPORTS (200) form tokens, waits the tokens' minimum age, then sends every
# report at once, each asking for a receipt (so each costs one Argon2id derivation), ten per
# client address (127.0.0.2 onwards) to stay under the per-address limit. Then kills the
# server with SIGKILL, starts it again and counts the reports stored.
#
# Prints: receipts shown, other answers, wall time, submissions per second, latency median and
# p99, the server's peak RSS and heap after the burst, and reports found after the kill.
#
#   bench/report-burst.sh                        # build, then measure
#   BENCH_SKIP_BUILD=1 bench/report-burst.sh     # reuse target/vigie.jar
#   BENCH_HASHING_CONCURRENCY=200 bench/report-burst.sh   # Argon2id unbounded, for comparison
#   BENCH_JFR=/tmp/burst.jfr bench/report-burst.sh          # profile the burst (the kill -9 loses
#                                                           # the dump: use jcmd JFR.dump, as below)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
port=${BENCH_PORT:-18083}
heap=${BENCH_HEAP:-256m}
reports=${BENCH_REPORTS:-200}
per_address=${BENCH_PER_ADDRESS:-10}
limit=${BENCH_MAX_SECONDS:-120}
base="http://127.0.0.1:$port"

. bench/lib.sh
bench_jdk
bench_jar

work=$(mktemp -d)
pid=""
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
cleanup() { stop; rm -rf "$work"; }
trap cleanup EXIT

extra=()
[ -n "${BENCH_HASHING_CONCURRENCY:-}" ] && extra+=("--vigie.identity.hashing.concurrency=$BENCH_HASHING_CONCURRENCY")
# BENCH_JFR=/path/burst.jfr records the second start (the burst) with the JDK's Flight Recorder.
jfr=()
start() {
  (cd "$work" && exec "$JAVA_HOME/bin/java" "${jfr[@]}" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
    -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    --vigie.site.base-url="$base" --vigie.demo.enabled=false "${extra[@]}" >> "$work/server.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/robots.txt" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
  done
  echo "The server did not start" >&2; exit 1
}
# H2's own shell, from the application's jar, while the server is stopped.
unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/h2"
sql() { "$JAVA_HOME/bin/java" -cp "$work"/h2/h2-*.jar org.h2.tools.Shell \
  -url "jdbc:h2:file:$work/data/vigie" -user sa -password "" -sql "$1"; }

# First start: the migrations make the tables. Then the line is opened.
start
stop
[ -n "${BENCH_JFR:-}" ] && jfr=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true")
sql "insert into reporting_recovery_key (id, public_key, created_at) values (1, X'$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')', current_timestamp)" >/dev/null
start

# One form token for each report, prepared before the burst, then the tokens' minimum age.
mkdir -p "$work/tokens"
seq 1 "$reports" | xargs -P 8 -I{} sh -c \
  "curl -fs '$base/en/report/form' | sed -n 's/.*name=\"token\" value=\"\([^\"]*\)\".*/\1/p' | head -n 1 > '$work/tokens/{}'"
sleep 4

fire() {
  local i=$1 address
  address="127.0.0.$(( (i - 1) / per_address + 2 ))"
  curl -s -o "$work/answer-$i.html" --interface "$address" --max-time "$limit" -H "Origin: $base" \
    --data-urlencode "token=$(cat "$work/tokens/$i")" --data-urlencode "step=4" \
    --data-urlencode "category=SUSPICIOUS_BEHAVIOUR" --data-urlencode "what=Benchmark report number $i" \
    --data-urlencode "country=TH" --data-urlencode "placeType=HOTEL" --data-urlencode "city=Pattaya" \
    --data-urlencode "precision=2" --data-urlencode "followUp=MESSAGES" \
    -w "%{http_code} %{time_total}\n" "$base/en/report/form" || echo "000 $limit"
}
export -f fire
export work per_address limit base
started=$(date +%s.%N)
seq 1 "$reports" | xargs -P "$reports" -I{} bash -c 'fire {}' > "$work/results.txt"
ended=$(date +%s.%N)
# The server's peak memory (resident, and the heap in use), then, the moment the last receipt
# was shown, the kill: no chance to stop cleanly.
[ -n "${BENCH_JFR:-}" ] && "$JAVA_HOME/bin/jcmd" "$pid" JFR.dump filename="$BENCH_JFR" >/dev/null
peak=$(sed -n 's/^VmHWM:\s*//p' "/proc/$pid/status" 2>/dev/null || echo "n/a")
heap_used=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*K\), used \([0-9]*K\).*/\2 of \1/p' | head -n 1)
kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""

receipts=$(grep -l -E '[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}' "$work"/answer-*.html 2>/dev/null | wc -l)
stored=$(sql "select count(*) from reporting_report" | sed -n '2p' | tr -d ' ')
echo "Reports sent:        $reports at once, heap $heap, hashing concurrency ${BENCH_HASHING_CONCURRENCY:-default}, $(nproc) cores"
echo "Receipts shown:      $receipts"
echo "Other answers:       $(awk '$1 != 200' "$work/results.txt" | wc -l) ($(awk '{print $1}' "$work/results.txt" | sort | uniq -c | tr '\n' ' '))"
echo "Wall time:           $(echo "$ended - $started" | bc) s"
echo "Submissions per s:   $(echo "scale=1; $receipts / ($ended - $started)" | bc)"
sort -n -k2 "$work/results.txt" | awk '{ t[NR] = $2 } END {
  m = t[int((NR + 1) / 2)]; p = t[int(NR * 0.99 + 0.999)]
  printf "Latency median:      %.2f s\nLatency p99:         %.2f s\nLatency max:         %.2f s\n", m, p, t[NR] }'
echo "Server peak RSS:     $peak; heap in use after the burst: ${heap_used:-n/a}"
echo "OutOfMemoryError:    $(grep -c 'OutOfMemoryError' "$work/server.log" || true) in the log"
echo "Stored after kill -9: $stored reports"
