#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the comfort function through TwinStudio's runtime (time limit on) and through
# Node.js's vm (script run once, process() called directly), alternately ROUNDS times,
# and prints the best rate of each and their ratio; then the same plain-JavaScript
# harness (engine_harness.js) in QJSEngine and in Node, which compares the engines alone.
# Alternating rounds keep the two comparable on a machine whose load moves.
# Usage: bench/functions/run.sh [BUILD_DIR] [ROOMS] [INVOCATIONS] [ROUNDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
rooms=${2:-50}
count=${3:-200000}
rounds=${4:-3}
[ -x "$build/bin/function_bench" ] || cmake --build "$build" --target function_bench
echo "node $(node --version), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
all=""
i=0
while [ "$i" -lt "$rounds" ]; do
    ours=$("$build/bin/function_bench" "$rooms" "$count")
    node=$(node "$here/node_vm_bench.js" "$here/comfort.js" "$rooms" "$count")
    echo "round $((i + 1)):" $ours $node
    all="$all
$ours
$node"
    i=$((i + 1))
done
echo "$all" | tr ' ' '\n' | awk -F= '
    $2 + 0 > best[$1] { best[$1] = $2 + 0 }
    END {
        printf "best per wall second: runtime 1 worker %d, engine %d, node vm %d, node without vm %d\n",
            best["runtime_1_worker_invocations_per_s"], best["engine_invocations_per_s"],
            best["node_vm_invocations_per_s"], best["node_plain_invocations_per_s"]
        printf "best per CPU second:  runtime 1 worker %d, engine %d, node vm %d, node without vm %d\n",
            best["runtime_invocations_per_cpu_s"], best["engine_invocations_per_cpu_s"],
            best["node_vm_invocations_per_cpu_s"], best["node_plain_invocations_per_cpu_s"]
        printf "ratio worker/node_vm = %.2f per wall second, %.2f per CPU second (goal >= 1.0)\n",
            best["runtime_1_worker_invocations_per_s"] / best["node_vm_invocations_per_s"],
            best["runtime_invocations_per_cpu_s"] / best["node_vm_invocations_per_cpu_s"]
        printf "engines alone on identical plain JavaScript (engine_harness.js), per CPU second: QJSEngine %d, node %d, ratio %.2f\n",
            best["v4_harness_invocations_per_cpu_s"], best["node_harness_invocations_per_cpu_s"],
            best["v4_harness_invocations_per_cpu_s"] / best["node_harness_invocations_per_cpu_s"]
        printf "runtime 1 worker / QJSEngine harness = %.2f per CPU second (the share of the engine ceiling reached)\n",
            best["runtime_invocations_per_cpu_s"] / best["v4_harness_invocations_per_cpu_s"]
    }'
