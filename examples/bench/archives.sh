#!/usr/bin/env bash
# Posts per second for each source a whole blog survives in, on one core, each conversion a whole process:
#   examples/bench/archives.sh [--posts N] [--pages P] [--rounds R]
# Builds the runnable jar (tests skipped), writes a Movable Type export of N entries, a web archive of
# N pages (gzip, one member per record), and folders of P saved pages (as the blog served them, and as
# the Wayback Machine serves them), then converts each to JSON Lines on CPU 0 (taskset; without it, a JVM
# told it has one processor), keeping the best of R rounds. Posts/s counts the whole process, JVM start
# included. JAVA_OPTS goes to each conversion's JVM (default -Xmx256m).
set -euo pipefail

posts=2000
pages=500
rounds=3
while [ $# -gt 0 ]; do
    case "$1" in
        --posts) posts="$2"; shift 2 ;;
        --pages) pages="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        *) echo "usage: $0 [--posts N] [--pages P] [--rounds R]" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -B -q -ntp -DskipTests -pl cli -am package

work="$(mktemp -d "${TMPDIR:-/tmp}/civicwatch-archives.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# a private copy: a build started elsewhere must not swap the jar under a running conversion
cp cli/target/civicwatch.jar "$work/civicwatch.jar"
writer="$root/cli/src/test/java/org/civicwatch/cli/Archives.java"
java "$writer" mt "$posts" "$work/export.txt"
java "$writer" warc "$posts" "$work/crawl.warc.gz"
java "$writer" html "$pages" "$work/pages"
java "$writer" wayback "$pages" "$work/wayback"

if command -v taskset > /dev/null; then
    one=(taskset -c 0 java)
else
    one=(java -XX:ActiveProcessorCount=1)
fi
# shellcheck disable=SC2206
opts=(${JAVA_OPTS:--Xmx256m})
blog="https://blog.goo.ne.jp/hibari-kai"

run() {  # name posts input [options...]
    local name="$1" n="$2" in="$3"
    shift 3
    local best=""
    for _ in $(seq "$rounds"); do
        local start end
        start=$(date +%s.%N)
        "${one[@]}" "${opts[@]}" -jar "$work/civicwatch.jar" convert --quiet "$@" "$in" "$work/out.jsonl"
        end=$(date +%s.%N)
        best=$(echo "$start $end $best" | awk '{t = $2 - $1; if ($3 == "" || t < $3) print t; else print $3}')
    done
    echo "$name $n $best" | awk '{printf "%-16s %6d posts  %7.2f s  %7.0f posts/s\n", $1, $2, $3, $2 / $3}'
}

echo "source           posts      best time   rate   (one core, best of $rounds, $(date -u +%Y-%m-%dT%H:%MZ))"
run "mt" "$posts" "$work/export.txt" -o "base-url=$blog"
run "warc" "$posts" "$work/crawl.warc.gz"
run "wayback-pages" "$pages" "$work/wayback"
run "blog-html-pages" "$pages" "$work/pages"
echo "load: $(uptime)"
