#!/usr/bin/env bash
# Measures start-up: builds the jar, then starts it BENCH_RUNS times (5) on 127.0.0.1 and times each
# start from the launch of the process until the first page (/fr/) answers 200. Two cases, reported
# apart: a fresh, empty data folder each time (first install: schema and demo content are created),
# and one already-initialised data folder restarted each time (the common case: a restart after an
# update). Prints each run and the median, and saves them under bench/results/. Then, unless
# BENCH_LOAD_SECONDS=0, it starts each launcher once more and puts it under wrk load (2 threads,
# 32 connections, BENCH_LOAD_SECONDS each on the home page, listing page 2, a post and a search,
# page cache on then off) and prints the server's resident memory (VmRSS now, VmHWM peak).
#
#   bench/startup.sh                      # build, then measure the start script and plain java -jar
#   BENCH_SKIP_BUILD=1 bench/startup.sh   # reuse target/vigie.jar
#   BENCH_LAUNCHERS=script BENCH_RUNS=3 BENCH_PORT=18081 bench/startup.sh
#
# Launchers: "jar" is `java -jar target/vigie.jar` with no flag; "script" is bin/vigie, the
# production start script (memory flags and the ahead-of-time or class-data-sharing cache, which it
# creates before the first measured run). BENCH_JAVA_OPTS adds JVM flags to the "jar" launcher.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${BENCH_RUNS:-5}
port=${BENCH_PORT:-18081}
launchers=${BENCH_LAUNCHERS:-script jar}
timeout_seconds=${BENCH_TIMEOUT_SECONDS:-120}
load_seconds=${BENCH_LOAD_SECONDS:-15}

. bench/lib.sh
bench_jdk
if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f target/vigie.jar ]; then
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$root/bench/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/bench/results/startup-$stamp.txt"
scratch=$(mktemp -d)
pid=""
stop_server() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  pid=""
}
trap 'stop_server; rm -rf "$scratch"' EXIT

# launch LAUNCHER FOLDER [ARGS...]: starts the server in FOLDER (its ./data), in the background.
launch() {
  local args=(--server.port="$port" --server.address=127.0.0.1 --vigie.site.base-url="http://127.0.0.1:$port" "${@:3}")
  case $1 in
    jar) # shellcheck disable=SC2086
      (cd "$2" && exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$root/target/vigie.jar" "${args[@]}") \
        > "$2/server.log" 2>&1 & ;;
    script) (cd "$2" && VIGIE_CACHE_DIRECTORY="$scratch/cache" exec "$root/bin/vigie" "${args[@]}") \
        > "$2/server.log" 2>&1 & ;;
  esac
  pid=$!
}

# first_page LAUNCHER FOLDER [ARGS...]: sets elapsed to the milliseconds from launch until /fr/
# answers 200, and leaves the server running.
elapsed=0
first_page() {
  local start now
  start=$(date +%s%N)
  launch "$@"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/fr/")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$2/server.log" >&2; exit 1; }
    now=$(date +%s%N)
    if [ $(((now - start) / 1000000000)) -ge "$timeout_seconds" ]; then
      echo "No first page after ${timeout_seconds}s" >&2; exit 1
    fi
    sleep 0.05
  done
  now=$(date +%s%N)
  elapsed=$(((now - start) / 1000000))
}

# under_load LAUNCHER LABEL CACHE_MEGABYTES: resident memory after wrk load on four pages.
under_load() {
  local folder="$scratch/load-$1" base="http://127.0.0.1:$port" post url rss hwm
  mkdir -p "$folder"
  first_page "$1" "$folder" --vigie.site.page-cache-megabytes="$3"
  post=$(curl -fs "$base/fr/actualites" | grep -o 'href="/fr/actualites/[a-z0-9-]*"' | grep -v '/page/' \
    | sed -n '1s/^href="\(.*\)"$/\1/p')
  for url in "$base/fr/" "$base/fr/actualites/page/2" "$base$post" "$base/fr/recherche?q=campagne"; do
    wrk -t2 -c32 -d"${load_seconds}s" "$url" | awk -v u="${url#"$base"}" '/Requests\/sec/ { printf "  %-28s %10s requests/s\n", u, $2 }' >&2
  done
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")
  hwm=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status")
  stop_server
  rm -rf "$folder"
  printf '%-44s resident memory under load (%s): %s MB now, %s MB peak\n' "$name" "$2" "$rss" "$hwm" | tee -a "$out"
}

# median of the numbers given as arguments
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# report LABEL TIMES...
report() {
  local label=$1 times
  shift
  times=$(printf '%5.2f ' $(printf '%s\n' "$@" | awk '{ print $1 / 1000 }'))
  printf '%-44s runs (s): %s median %5.2f s\n' "$label" "$times" \
    "$(awk -v m="$(median "$@")" 'BEGIN { print m / 1000 }')" | tee -a "$out"
}

echo "Vigie start-up $stamp: $(nproc) cores, $runs starts each, first page /fr/, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" | tee "$out"
for launcher in $launchers; do
  case $launcher in
    jar) name="java ${BENCH_JAVA_OPTS:+$BENCH_JAVA_OPTS }-jar target/vigie.jar" ;;
    script)
      name="bin/vigie"
      # The cache belongs to the jar, not to a data folder: created once, as after an upgrade.
      VIGIE_CACHE_DIRECTORY="$scratch/cache" "$root/bin/vigie" prepare > "$scratch/prepare.log" 2>&1 \
        || { cat "$scratch/prepare.log" >&2; exit 1; }
      echo "bin/vigie prepare: $(tail -n 1 "$scratch/prepare.log")" | tee -a "$out" ;;
    *) echo "Unknown launcher $launcher (jar or script)" >&2; exit 1 ;;
  esac
  fresh=()
  for i in $(seq 1 "$runs"); do
    folder="$scratch/fresh-$launcher-$i"
    mkdir -p "$folder"
    first_page "$launcher" "$folder"
    stop_server
    fresh+=("$elapsed")
    rm -rf "$folder"
  done
  report "$name, fresh data folder" "${fresh[@]}"
  folder="$scratch/initialised-$launcher"
  mkdir -p "$folder"
  first_page "$launcher" "$folder"
  stop_server
  restarts=()
  for i in $(seq 1 "$runs"); do
    first_page "$launcher" "$folder"
    stop_server
    restarts+=("$elapsed")
  done
  report "$name, initialised data folder" "${restarts[@]}"
  grep -h 'Started Vigie' "$folder/server.log" | sed 's/^.*\(Started Vigie.*\)$/last restart: \1/' | tee -a "$out"
  rm -rf "$folder"
  if [ "$load_seconds" -gt 0 ]; then
    command -v wrk >/dev/null || { echo "wrk is needed for the memory pass: apt-get install wrk" >&2; exit 1; }
    under_load "$launcher" "page cache on" 64
    under_load "$launcher" "page cache off" 0
  fi
done
echo "saved in ${out#"$root"/}"
