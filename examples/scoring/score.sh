#!/usr/bin/env bash
# Scores the blog extractors on folders of pages with gold files, from any folder:
#   examples/scoring/score.sh [-v] [--kuromoji] [--speed SECONDS] FOLDER...
# e.g. examples/scoring/score.sh importers/blog-html/src/test/resources/org/civicwatch/importers/html/round3
# Builds the examples module and what it needs (tests skipped), then runs
# org.civicwatch.examples.ScoreExtraction, which prints precision and recall per record type for each page
# and in total; -v also prints each gold record missed and each extracted record not in the gold file.
# --kuromoji scores sightings with areas found by the Kuromoji experiment; --speed SECONDS times reading the pages.
set -euo pipefail

here="$(pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp_file="$root/examples/target/scoring-classpath.txt"
(cd "$root" && mvn -B -q -ntp -Dstyle.color=never -DskipTests -pl examples -am package dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$cp_file")
cd "$here"
exec java -cp "$root/examples/target/classes:$(cat "$cp_file")" org.civicwatch.examples.ScoreExtraction "$@"
