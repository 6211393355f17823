#!/usr/bin/env bash
# The civicwatch format benchmark, in one command, from any folder:
#   examples/bench/run.sh [N | --records N] [--rounds R] [--warmup W] [--data sample|random]
#                         [--memory-records M] [--xmx SIZE] [--html-posts P] [--no-child] [--no-memory]
#   examples/bench/run.sh side-by-side [--sightings N] [--rounds R] [--no-jq] [--keep] [--dir DIR]
#                                      [--jvm 'OPTIONS'] (JSON, JSON Lines against the floor; --jvm gives
#                                      both children the same JVM options, e.g. the launcher's)
# Builds the examples module and the modules it needs (tests skipped), then runs
# org.civicwatch.examples.bench.FormatBenchmark on the examples' runtime class path.
# JAVA_OPTS goes to the benchmark's JVM (default -Xmx1g); the memory check starts its own child JVM.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
cp_file="$root/examples/target/bench-classpath.txt"

# One reactor build: the class path then names this tree's freshly built jars (core, formats), never
# stale copies in ~/.m2. Every module writes the file in turn; examples, built last, writes the final one.
mvn -B -q -ntp -DskipTests -pl examples -am package dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$cp_file"

# Run from a private copy of this tree's jars and classes: a build started elsewhere while the benchmark
# runs must not swap a jar under the running JVM.
lib="$root/examples/target/bench-lib"
rm -rf "$lib" && mkdir -p "$lib"
cp -R "$root/examples/target/classes" "$lib/classes"
cp_run="$lib/classes"
IFS=':' read -r -a entries <<< "$(cat "$cp_file")"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$root"/*) cp "$entry" "$lib/" && cp_run="$cp_run:$lib/$(basename "$entry")" ;;
        *) cp_run="$cp_run:$entry" ;;
    esac
done

main=org.civicwatch.examples.bench.FormatBenchmark
if [ "${1:-}" = side-by-side ]; then
    # JSON and JSON Lines against Jackson's token copy (and jq), each conversion a whole process.
    shift
    main=org.civicwatch.examples.bench.JsonSideBySide
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx1g} -cp "$cp_run" "$main" "$@"
