#!/usr/bin/env bash
# Measures a burst of failed staff sign-ins: builds the jar, starts it on 127.0.0.1 with a
# 256 MB heap in a scratch folder, creates the first administrator, then fires BENCH_SIGNINS
# (200) sign-ins with wrong passwords all at once, half on the administrator's address and
# half on unknown ones, each from its own session with its CSRF token. Requests come from
# 127.0.0.2 onwards, ten per address, so that the per-address throttle lets them through to
# the password check. Prints the outcomes (wrong password, "busy, try again", throttled,
# errors), whether the server ran out of memory, and the latency median and p99.
#
#   bench/signin-load.sh                          # build, then measure
#   BENCH_SKIP_BUILD=1 bench/signin-load.sh       # reuse target/vigie.jar
#   BENCH_HASHING_CONCURRENCY=200 bench/signin-load.sh   # hashing unbounded, for comparison
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
port=${BENCH_PORT:-18082}
heap=${BENCH_HEAP:-256m}
signins=${BENCH_SIGNINS:-200}
per_address=${BENCH_PER_ADDRESS:-10}
limit=${BENCH_MAX_SECONDS:-60}
base="http://127.0.0.1:$port"

. bench/lib.sh
bench_jdk
bench_jar

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

extra=()
[ -n "${BENCH_HASHING_CONCURRENCY:-}" ] && extra+=("--vigie.identity.hashing.concurrency=$BENCH_HASHING_CONCURRENCY")
(cd "$work" && exec "$JAVA_HOME/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
  -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --vigie.site.base-url="$base" --vigie.demo.enabled=false "${extra[@]}" > "$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/robots.txt" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done

# The first administrator, with the setup token from the log.
token=$(sed -n 's/.*one-time setup token: \([A-Za-z0-9_-]*\).*/\1/p' "$work/server.log" | tail -n 1)
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
setup_csrf=$(curl -fs -c "$work/setup.jar" "$base/admin/setup" | csrf)
curl -fs -o /dev/null -b "$work/setup.jar" --data-urlencode "_csrf=$setup_csrf" --data-urlencode "token=$token" \
  --data-urlencode "email=bench@example.org" --data-urlencode "displayName=Bench" \
  --data-urlencode "password=correct horse battery staple" \
  --data-urlencode "passwordAgain=correct horse battery staple" --data-urlencode "language=en" "$base/admin/setup"

# One session and CSRF token for each sign-in, prepared before the burst.
mkdir -p "$work/sessions"
seq 1 "$signins" | xargs -P 8 -I{} sh -c \
  "curl -fs -c '$work/sessions/{}.jar' '$base/admin/login' | sed -n 's/.*name=\"_csrf\" value=\"\([^\"]*\)\".*/\1/p' | head -n 1 > '$work/sessions/{}.csrf'"

# The burst: every sign-in at once, each bounded to $limit seconds.
fire() {
  local i=$1 address email
  address="127.0.0.$(( (i - 1) / per_address + 2 ))"
  if [ $(( i % 2 )) -eq 0 ]; then email="bench@example.org"; else email="nobody-$i@example.org"; fi
  curl -s -o /dev/null --interface "$address" --max-time "$limit" -b "$work/sessions/$i.jar" \
    --data-urlencode "_csrf=$(cat "$work/sessions/$i.csrf")" --data-urlencode "email=$email" \
    --data-urlencode "password=wrong password number $i" \
    -w '%{http_code} %{redirect_url} %{time_total}\n' "$base/admin/login" || true
}
export -f fire
export work per_address limit base
started=$(date +%s.%N)
seq 1 "$signins" | xargs -P "$signins" -I{} bash -c 'fire {}' > "$work/results.txt"
ended=$(date +%s.%N)

alive=yes
kill -0 "$pid" 2>/dev/null || alive=no
oom=$(grep -c 'OutOfMemoryError' "$work/server.log" || true)
peak=$(sed -n 's/^VmHWM:\s*//p' "/proc/$pid/status" 2>/dev/null || echo "n/a")
count() { grep -c -- "$1" "$work/results.txt" || true; }
echo "Sign-ins fired:      $signins at once, heap $heap, hashing concurrency ${BENCH_HASHING_CONCURRENCY:-default}"
echo "Wall time:           $(echo "$ended - $started" | bc) s"
echo "Wrong password:      $(count 'error=bad')"
echo "Busy, try again:     $(count 'error=busy')"
echo "Throttled:           $(count 'error=throttled')"
echo "Errors (other):      $(grep -v -c -e 'error=bad' -e 'error=busy' -e 'error=throttled' "$work/results.txt" || true) (no answer, or not a sign-in answer)"
echo "OutOfMemoryError:    $oom in the log; server still running: $alive"
echo "Server peak RSS:     $peak"
sort -n -k3 "$work/results.txt" | awk '{ t[NR] = $3 } END {
  m = t[int((NR + 1) / 2)]; p = t[int(NR * 0.99 + 0.999)]
  printf "Latency median:      %.2f s\nLatency p99:         %.2f s\nLatency max:         %.2f s\n", m, p, t[NR] }'
