#!/usr/bin/env bash
# Measures pledges in a burst, three rounds on one server: BENCH_PLEDGES (1000) people join the
# Blue Heart demo campaign at once (32 at a time, as a browser without JavaScript posts the
# form), then all confirm at once from the links of their confirmation emails (read from the
# outbox, which sends nothing here). Prints, per round and as medians of 3, the joins and the
# confirmations per second, and checks that the page's counter went up by exactly as many.
#
# The server runs on 127.0.0.1 with the production flags (256 MB heap, serial GC) on the
# embedded H2 database, opened with AUTO_SERVER so that the outbox can be read while it runs.
# The per-client limits are widened (vigie.mobilisation.throttle-factor) since every request
# comes from one machine; the outbox is held (no SMTP server here).
#
#   bench/mobilisation-pledges.sh                      # build, then measure
#   BENCH_SKIP_BUILD=1 bench/mobilisation-pledges.sh   # reuse target/vigie.jar
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18092}
heap=${BENCH_HEAP:-256m}
pledges=${BENCH_PLEDGES:-1000}
path=/fr/agir/coeur-bleu
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

url="jdbc:h2:file:$work/data/vigie;MODE=Regular;AUTO_SERVER=TRUE"
(cd "$work" && VIGIE_DB_URL="$url" exec "$JAVA_HOME/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
  -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --vigie.site.base-url="$base" --vigie.mobilisation.throttle-factor=1000 --vigie.mail.relay-interval=PT1H \
  > "$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "$base$path" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done
unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/h2"
sql() { "$JAVA_HOME/bin/java" -cp "$work"/h2/h2-*.jar org.h2.tools.Shell -url "$url" -user sa -password "" -sql "$1"; }
supporters() { sleep 1.2; curl -fs "$base$path" | grep -o 'data-supporters>[^<]*' | head -n 1 | cut -d'>' -f2 | sed 's/[^0-9]//g'; }

join() {
  curl -s -o /dev/null -w "%{http_code}\n" -H "Origin: $base" --data-urlencode "token=$token" \
    --data-urlencode "firstName=Bench" --data-urlencode "email=r$round-$1@bench.example.org" \
    --data-urlencode "country=BE" --data-urlencode "wall=on" "$base$path"
}
confirm() { curl -s -o /dev/null -w "%{http_code}\n" -X POST -H "Origin: $base" "$base$1"; }
export -f join confirm
export base path

echo "Set-up: $(nproc) cores, heap $heap, H2 file database, $pledges pledges per round, 32 at a time, $(date -u +%FT%TZ)"
joins=()
confirms=()
for round in 1 2 3; do
  before=$(supporters)
  token=$(curl -fs "$base$path" | sed -n 's/.*name="token" value="\([^"]*\)".*/\1/p' | head -n 1)
  export token round
  sleep 3
  started=$(date +%s.%N)
  seq 1 "$pledges" | xargs -P 32 -I{} bash -c 'join {}' > "$work/joins-$round.txt"
  joined=$(date +%s.%N)
  sql "call csvwrite('$work/mails-$round.csv', 'select body from notifications_outbox where recipient like ''r$round-%@bench.example.org''')" > /dev/null
  grep -o '/fr/agir/confirmer/[A-Za-z0-9_-]\{43\}' "$work/mails-$round.csv" > "$work/links-$round.txt"
  started_confirms=$(date +%s.%N)
  xargs -P 32 -I{} bash -c 'confirm {}' < "$work/links-$round.txt" > "$work/confirms-$round.txt"
  confirmed=$(date +%s.%N)
  after=$(supporters)
  j=$(echo "scale=1; $(grep -c '^302' "$work/joins-$round.txt") / ($joined - $started)" | bc)
  c=$(echo "scale=1; $(grep -c '^302' "$work/confirms-$round.txt") / ($confirmed - $started_confirms)" | bc)
  joins+=("$j")
  confirms+=("$c")
  echo "round $round: joins $(sort "$work/joins-$round.txt" | uniq -c | tr -s ' \n' ' ')in $(echo "$joined - $started" | bc) s ($j/s);" \
    "links $(wc -l < "$work/links-$round.txt"); confirmations $(sort "$work/confirms-$round.txt" | uniq -c | tr -s ' \n' ' ')in" \
    "$(echo "$confirmed - $started_confirms" | bc) s ($c/s); counter $before -> $after (+$((after - before)))"
done
echo "median of 3: $(printf '%s\n' "${joins[@]}" | sort -n | sed -n 2p) joins/s, $(printf '%s\n' "${confirms[@]}" | sort -n | sed -n 2p) confirmations/s"
echo "Server errors: $(grep -c ' ERROR ' "$work/server.log" || true) in the log"
