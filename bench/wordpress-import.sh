#!/usr/bin/env bash
# Imports a large generated WordPress export with the command line importer and a small
# heap, to show that memory stays bounded whatever the file's size. Prints the file size,
# the time taken, and the largest heap in use after a garbage collection (from the GC log).
#
#   bench/wordpress-import.sh                  # 20,000 posts of about 10 KB: about 200 MB
#   BENCH_POSTS=2000 bench/wordpress-import.sh # a quicker run
#   BENCH_SKIP_BUILD=1 bench/wordpress-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${BENCH_POSTS:-20000}
heap=${BENCH_HEAP:-256m}
work=$(mktemp -d /tmp/vigie-wxr-bench.XXXXXX)
trap 'cp "$work/gc.log" /tmp/vigie-wxr-gc.log 2>/dev/null; rm -rf "$work"' EXIT

. bench/lib.sh
bench_jdk

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests package
fi

python3 - "$work/export.xml" "$posts" <<'PY'
import sys, random
path, count = sys.argv[1], int(sys.argv[2])
words = ("enfants protection formation école prévention signalement bénévoles campagne "
         "association sensibilisation droits sécurité numérique parents écoute").split()
random.seed(42)
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
              'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
              '<channel><title>Bench</title><link>https://bench.example</link><wp:wxr_version>1.2</wp:wxr_version>\n')
    for c in range(20):
        out.write(f'<wp:category><wp:term_id>{c+1}</wp:term_id><wp:category_nicename><![CDATA[cat-{c}]]></wp:category_nicename>'
                  f'<wp:cat_name><![CDATA[Catégorie {c}]]></wp:cat_name></wp:category>\n')
    for i in range(count):
        paragraphs = "\n\n".join(" ".join(random.choice(words) for _ in range(160)) for _ in range(8))
        lang = ("fr", "nl", "en")[i % 3]
        out.write(f'<item><title><![CDATA[Article {i}]]></title><link>https://bench.example/{lang}/article-{i}/</link>'
                  f'<dc:creator><![CDATA[bench]]></dc:creator><content:encoded><![CDATA[{paragraphs}]]></content:encoded>'
                  f'<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>{i+1000}</wp:post_id>'
                  f'<wp:post_date_gmt><![CDATA[2020-01-01 10:00:00]]></wp:post_date_gmt><wp:post_name><![CDATA[article-{i}]]></wp:post_name>'
                  f'<wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order>'
                  f'<wp:post_type><![CDATA[post]]></wp:post_type><category domain="category" nicename="cat-{i % 20}"><![CDATA[Catégorie]]></category>'
                  f'<category domain="language" nicename="{lang}"><![CDATA[{lang}]]></category></item>\n')
    out.write('</channel></rss>\n')
PY

size=$(du -m "$work/export.xml" | cut -f1)
start=$(date +%s)
"$JAVA_HOME/bin/java" -Xmx"$heap" -XX:+UseSerialGC -Xlog:gc:file="$work/gc.log" -jar target/vigie.jar import-wordpress "$work/export.xml" \
  --spring.datasource.url="jdbc:h2:file:$work/db/vigie" --vigie.search.directory="$work/search" \
  --vigie.media.directory="$work/media" > "$work/out.txt"
end=$(date +%s)
after=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | sed -E 's/.*->([0-9]+)M/\1/')
peak=$(echo "$after" | sort -n | tail -1)
median=$(echo "$after" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "WordPress import benchmark $(date -u +%Y%m%dT%H%M%SZ): $posts posts, ${size} MB export, heap limit $heap"
grep -E '^  (post|category)' "$work/out.txt"
echo "time: $((end - start)) s; heap in use after a collection: median ${median} MB, largest ${peak} MB"
