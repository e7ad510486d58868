#!/usr/bin/env bash
# Measures the public site under load: builds the jar, starts it on 127.0.0.1 with demo content in
# a scratch folder, then runs wrk (32 connections, 2 threads) on the home page, listing page 2, a
# post and a search. Prints requests/s, p50/p99 latency and the server's resident memory.
#
#   bench/run.sh                 # build, then measure
#   BENCH_SKIP_BUILD=1 bench/run.sh
#   BENCH_SECONDS=30 BENCH_HEAP=256m bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${BENCH_SECONDS:-20}
warmup=${BENCH_WARMUP_SECONDS:-10}
port=${BENCH_PORT:-18080}
heap=${BENCH_HEAP:-256m}
connections=${BENCH_CONNECTIONS:-32}

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

work=$(mktemp -d)
results="$root/bench/results"
mkdir -p "$results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$results/$stamp.txt"
cd "$work"
"$JAVA_HOME/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m \
  -jar "$root/target/vigie.jar" --server.port="$port" --server.address=127.0.0.1 \
  --vigie.site.base-url="http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/robots.txt" && break
  kill -0 $pid 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done

base="http://127.0.0.1:$port"
post=$(curl -fs "$base/fr/actualites" | grep -o 'href="/fr/actualites/[a-z0-9-]*"' | grep -v '/page/' | head -n 1 | cut -d'"' -f2)
declare -a names=("home" "listing page 2" "post" "search")
declare -a urls=("$base/fr/" "$base/fr/actualites/page/2" "$base$post" "$base/fr/recherche?q=campagne")

{
  echo "Vigie benchmark $stamp: $(nproc) cores, wrk -t2 -c$connections -d${seconds}s, heap $heap, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
  printf '%-16s %12s %10s %10s\n' "page" "requests/s" "p50" "p99"
} | tee "$out"
for i in "${!urls[@]}"; do
  wrk -t2 -c"$connections" -d"${warmup}s" "${urls[$i]}" > /dev/null
  report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${urls[$i]}")
  rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$report" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$report" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$report" | grep -E 'Non-2xx|Socket errors' || true)
  printf '%-16s %12s %10s %10s %s\n' "${names[$i]}" "$rps" "$p50" "$p99" "$errors" | tee -a "$out"
done
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
echo "server resident memory: $((rss / 1024)) MB now, $((hwm / 1024)) MB peak" | tee -a "$out"
echo "saved in ${out#"$root"/}"
