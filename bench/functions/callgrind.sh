#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Instructions per invocation of the comfort function (callgrind), a figure the load of a
# shared machine does not move: one engine called directly, the same function in a worker
# process (the application's side and the worker's), and the QJSEngine harness
# (engine_harness.js, the engine's ceiling). Each part runs twice with a different count;
# the difference divided by the difference in invocations leaves start-up out.
# Usage: bench/functions/callgrind.sh [BUILD_DIR] [ROOMS]   (takes a few minutes)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
rooms=${2:-50}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
small=2000
large=6000
# Instructions of each process callgrind traced for PART and COUNT (a worker process ends first).
refs() {
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$out/$1.$2.%p" \
        "$build/bin/function_bench" "$rooms" "$2" "" "$1" >/dev/null 2>"$out/$1.$2.log"
    grep -h 'I *refs:' "$out/$1.$2.log" | sed 's/.*refs: *//; s/,//g'
}
for part in engine harness process; do
    a=$(refs "$part" "$small" | tr '\n' ' ')
    b=$(refs "$part" "$large" | tr '\n' ' ')
    # engine and harness warm up with as many invocations as they measure; the runtime
    # warms up with a fixed number.
    if [ "$part" = process ]; then n=$((large - small)); else n=$((2 * (large - small))); fi
    echo "$a|$b|$n|$part" | awk -F'|' '{
        split($1, a, " "); split($2, b, " "); total = 0; line = ""
        for (i = 1; i in a; ++i) { d = (b[i] - a[i]) / $3; total += d; line = line sprintf(" %.1fk", d / 1000) }
        printf "%s: %.1fk instructions per invocation (per process:%s)\n", $4, total / 1000, line }'
done
