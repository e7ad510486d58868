#!/usr/bin/env bash
# Measures the public site under load: builds the jar, starts it on 127.0.0.1 with demo content in
# a scratch folder, then runs wrk (2 threads, 32 connections) on the home page, listing page 2, a
# post and a search whose query differs on every request (bench/paths.lua, with word pairs taken
# from the demo pages). Then a crawler walks BENCH_CRAWL distinct existing addresses (pages, tags,
# categories, archive pages, searches) one after the other on one connection while wrk measures
# readers of the home page and a post. Prints requests/s, p50/p99 latency and the server's
# resident memory. A second pass measures the same with the page cache turned off (every request
# rendered).
#
#   bench/run.sh                       # build, then measure both passes
#   BENCH_SKIP_BUILD=1 bench/run.sh    # reuse target/vigie.jar
#   BENCH_SECONDS=30 BENCH_HEAP=256m BENCH_PASSES=cached bench/run.sh
#   BENCH_CRAWL=0 bench/run.sh         # without the crawler
#   BENCH_JFR=1 bench/run.sh           # also records a JFR profile of each pass's measured load
#   BENCH_JAR=/tmp/old.jar bench/run.sh # measure another build (implies BENCH_SKIP_BUILD)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${BENCH_SECONDS:-20}
warmup=${BENCH_WARMUP_SECONDS:-10}
port=${BENCH_PORT:-18080}
heap=${BENCH_HEAP:-256m}
connections=${BENCH_CONNECTIONS:-32}
passes=${BENCH_PASSES:-cached uncached}
crawl=${BENCH_CRAWL:-20000}
crawl_limit=${BENCH_CRAWL_SECONDS:-300}
jfr=${BENCH_JFR:-}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
. bench/lib.sh
bench_jdk
jar=${BENCH_JAR:-$root/target/vigie.jar}
if [ -z "${BENCH_JAR:-}" ] && { [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f target/vigie.jar ]; }; then
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$root/bench/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/bench/results/$stamp.txt"
work=""
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    # A server that does not stop within 20 s (it stopped answering) is killed.
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ -n "$work" ]; then rm -rf "$work"; fi
  pid=""
  work=""
}
trap cleanup EXIT

# measure LABEL CACHE_MEGABYTES
measure() {
  work=$(mktemp -d)
  (cd "$work" && exec "$JAVA_HOME/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Xss512k \
    -XX:ReservedCodeCacheSize=64m -jar "$jar" --server.port="$port" \
    --server.address=127.0.0.1 --vigie.site.base-url="http://127.0.0.1:$port" \
    --vigie.site.page-cache-megabytes="$2" > "$work/server.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/robots.txt" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
  done
  local base="http://127.0.0.1:$port" listing post
  listing=$(curl -fs "$base/fr/actualites")
  post=$(grep -o 'href="/fr/actualites/[a-z0-9-]*"' <<<"$listing" | grep -v '/page/' | sed -n '1s/^href="\(.*\)"$/\1/p')
  [ -n "$post" ] || { echo "No post found on the listing" >&2; exit 1; }
  addresses "$base" "$work"
  printf '/fr/\n%s\n' "$post" > "$work/readers.txt"
  local names=("home" "listing page 2" "post" "search") i
  local urls=("$base/fr/" "$base/fr/actualites/page/2" "$base$post" "$base/fr/recherche")
  echo "-- $1" | tee -a "$out"
  [ -z "$jfr" ] || "$JAVA_HOME/bin/jcmd" "$pid" JFR.start name=bench settings=profile > /dev/null
  printf '%-16s %12s %10s %10s %12s\n' "page" "requests/s" "p50" "p99" "server CPU" | tee -a "$out"
  for i in "${!urls[@]}"; do
    local script=() warm=() report
    if [ "${names[$i]}" = search ]; then
      # Warm-up and measure on different halves of the queries: no query is asked twice.
      warm=(-s "$root/bench/paths.lua" "${urls[$i]}" -- "$work/search-warm.txt" 2)
      script=(-s "$root/bench/paths.lua" "${urls[$i]}" -- "$work/search.txt" 2)
    else
      warm=("${urls[$i]}")
      script=("${urls[$i]}")
    fi
    wrk -t2 -c"$connections" -d"${warmup}s" "${warm[@]}" > /dev/null
    local ticks
    ticks=$(cpu_ticks)
    report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${script[@]}")
    line "${names[$i]}" "$report" "$((($(cpu_ticks) - ticks) * 1000 / $(getconf CLK_TCK)))"
    if [ "${names[$i]}" = search ] && [ "$(awk '/requests in/ {print $1}' <<<"$report")" -gt "$(wc -l < "$work/search.txt")" ]; then
      echo "  (more requests than distinct queries: some were asked twice)" | tee -a "$out"
    fi
  done
  if [ "$crawl" -gt 0 ]; then crawler "$base"; fi
  local rss hwm
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  echo "server resident memory: $((rss / 1024)) MB now, $((hwm / 1024)) MB peak" | tee -a "$out"
  if [ -n "$jfr" ]; then
    local recording="${out%.txt}-${2}mb.jfr"
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.dump name=bench filename="$recording" > /dev/null
    echo "profile: ${recording#"$root"/} (jfr view hot-methods ${recording#"$root"/})" | tee -a "$out"
  fi
  cleanup
}

# cpu_ticks: the server's CPU time so far (user and system), in clock ticks
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$pid/stat"
}

# line NAME WRK_REPORT [CPU_MS]: one row of the table; with the server's CPU time during the
# run, its CPU per request too, which other work on the machine does not change much.
line() {
  local rps p50 p99 errors requests cpu=""
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$2")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$2")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$2")
  requests=$(awk '/requests in/ {print $1}' <<<"$2")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$2" | tr -s ' ' | tr '\n' ' ' || true)
  if [ -n "${3:-}" ] && [ "${requests:-0}" -gt 0 ]; then
    cpu=$(awk -v ms="$3" -v n="$requests" 'BEGIN { printf "%.2f ms/req", ms / n }')
  fi
  printf '%-16s %12s %10s %10s %12s %s\n' "$1" "$rps" "$p50" "$p99" "$cpu" "$errors" | tee -a "$out"
}

# addresses BASE FOLDER: from the running site, the distinct searches of the search line
# (search.txt, search-warm.txt) and the crawler's addresses (crawl.txt). Searches are pairs of
# words a few words apart on a public page of that language, so each one finds something.
addresses() {
  local base=$1 folder=$2 language page
  : > "$folder/crawl-pages.txt"
  for language in fr nl en; do
    curl -fs "$base/sitemap-$language.xml" | grep -o '<loc>[^<]*</loc>' | sed 's#<loc>[a-z]*://[^/]*\(.*\)</loc>#\1#' \
      | grep "^/$language/" | sort -u > "$folder/pages-$language.txt"
    : > "$folder/words-$language.txt"
    while read -r page; do
      curl -fs "$base$page" > "$folder/page.html" || continue
      # Links to tags, categories and other pages of the site are addresses a crawler follows.
      { grep -o 'href="/'"$language"'/[^"?#]*"' "$folder/page.html" || true; } | sed 's/^href="\(.*\)"$/\1/' >> "$folder/crawl-pages.txt"
      sed -n '/<main/,/<\/main>/p' "$folder/page.html" | sed 's/<[^>]*>/ /g' \
        | { LC_ALL=C.UTF-8 grep -oE '[[:alpha:]]{4,}' || true; } | tr '\n' ' ' >> "$folder/words-$language.txt"
      echo >> "$folder/words-$language.txt"
    done < "$folder/pages-$language.txt"
    cat "$folder/pages-$language.txt" >> "$folder/crawl-pages.txt"
    LC_ALL=C awk -v path="$(search_path "$base" "$language")" -v limit=200000 '
      BEGIN { for (i = 0; i < 256; i++) code[sprintf("%c", i)] = sprintf("%%%02X", i) }
      function encode(word,   out, i, c) {
        out = ""
        for (i = 1; i <= length(word); i++) {
          c = substr(word, i, 1)
          out = out ((c ~ /[A-Za-z0-9]/) ? c : code[c])
        }
        return out
      }
      { for (i = 1; i <= NF; i++) for (k = 1; k <= 40 && i + k <= NF; k++) {
          query = encode($i) "+" encode($(i + k))
          if (!(query in seen) && count < limit) { seen[query] = 1; count++; print path "?q=" query }
      } }' "$folder/words-$language.txt" > "$folder/search-$language.txt"
  done
  awk 'NR % 2 == 0' "$folder/search-fr.txt" > "$folder/search.txt"
  awk 'NR % 2 == 1' "$folder/search-fr.txt" > "$folder/search-warm.txt"
  # Archive pages: every page number of the news, then of each category and tag listed.
  local listing last
  for listing in $(sort -u "$folder/crawl-pages.txt" | grep -E '^/(fr|nl|en)/[a-z]+(/[a-z]+/[a-z0-9-]+)?$' | grep -v "/recherche\|/zoeken\|/search" || true); do
    last=$(curl -fs "$base$listing" | grep -o "href=\"$listing/page/[0-9]*\"" | grep -o '[0-9]*"$' | tr -d '"' | sort -n | tail -n 1 || true)
    if [ -n "$last" ]; then seq 2 "$last" | sed "s#^#$listing/page/#" >> "$folder/crawl-pages.txt"; fi
  done
  # Existing addresses first, then searches of every language, in turn, up to the crawl size.
  sort -u "$folder/crawl-pages.txt" > "$folder/crawl.txt"
  paste -d '\n' "$folder/search-nl.txt" "$folder/search-en.txt" "$folder/search-fr.txt" | grep -v '^$' \
    | head -n "$((crawl > $(wc -l < "$folder/crawl.txt") ? crawl - $(wc -l < "$folder/crawl.txt") : 0))" >> "$folder/crawl.txt" || true
  if [ "$crawl" -gt "$(wc -l < "$folder/crawl.txt")" ]; then
    echo "only $(wc -l < "$folder/crawl.txt") distinct addresses for a crawl of $crawl" >&2
    crawl=$(wc -l < "$folder/crawl.txt")
  fi
}

# search_path BASE LANGUAGE: the search address of that language, read from its home page's form
search_path() {
  curl -fs "$1/$2/" | grep -o 'action="/'"$2"'/[^"]*"' | head -n 1 | sed 's/^action="\(.*\)"$/\1/'
}

# crawler BASE: one client (curl, one connection kept open) walks the crawl list once, address
# after address, while readers (home and a post, in turn) are measured on 32 other connections;
# prints both and the server's resident memory before and after the crawl.
crawler() {
  local before after readers
  before=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  sed 's#^\(.*\)$#url = "'"$1"'\1"\noutput = "/dev/null"#' "$work/crawl.txt" > "$work/crawl.curl"
  timeout "$crawl_limit" curl -s --max-time 10 -K "$work/crawl.curl" -w '%{http_code} %{time_total}\n' \
    > "$work/crawled.txt" &
  local crawler_pid=$! started=$SECONDS
  readers=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/paths.lua" "$1" -- "$work/readers.txt" 2)
  wait "$crawler_pid" || echo "the crawler stopped early" | tee -a "$out"
  local took=$((SECONDS - started))
  after=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  line "readers+crawler" "$readers"
  sort -k2 -n "$work/crawled.txt" | awk -v took="$took" -v name="crawler (1 conn)" '
    { time[NR] = $2; if ($1 !~ /^[23]/) errors++ }
    END { p50 = time[int(NR * 0.5) + 1]; p99 = time[int(NR * 0.99) + 1]
      printf "%-16s %12.2f %8.2fms %8.2fms %s\n", name, NR / (took > 0 ? took : 1), p50 * 1000, p99 * 1000,
        (errors > 0) ? errors " errors (status not 2xx/3xx)" : "" }' | tee -a "$out"
  echo "crawler: $(wc -l < "$work/crawled.txt") of $crawl distinct addresses in ${took}s;" \
    "server resident memory $((before / 1024)) MB before, $((after / 1024)) MB after" | tee -a "$out"
}

echo "Vigie benchmark $stamp: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg) at start, wrk -t2 -c$connections -d${seconds}s after ${warmup}s warm-up, heap $heap, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" | tee "$out"
for pass in $passes; do
  case $pass in
    cached) measure "page cache on (default)" 64 ;;
    uncached) measure "page cache off: every request rendered" 0 ;;
  esac
done
echo "saved in ${out#"$root"/}"
