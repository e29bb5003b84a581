#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the comfort function through TwinStudio's runtime (time limit on; one worker, and a
# worker per core), through Node.js's vm (script run once, process() called directly) and
# the way Node-RED's function node runs it (a compiled vm script run per message),
# alternately ROUNDS times, and prints the best rate of each and their ratios; then the
# same plain-JavaScript harness (engine_harness.js) in QJSEngine and in Node, which
# compares the engines alone: the ceiling a worker of the runtime can reach.
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
        printf "ratio worker/node_vm = %.2f per wall second, %.2f per CPU second\n",
            best["runtime_1_worker_invocations_per_s"] / best["node_vm_invocations_per_s"],
            best["runtime_invocations_per_cpu_s"] / best["node_vm_invocations_per_cpu_s"]
        printf "Node-RED function node (compiled vm script per message): %d per wall second, %d per CPU second\n",
            best["node_red_invocations_per_s"], best["node_red_invocations_per_cpu_s"]
        printf "runtime, all %d workers: %d per wall second, %d per CPU second; ratio to Node-RED %.2f per wall second (goal > 1.0), 1 worker %.2f\n",
            best["runtime_all_workers_workers"], best["runtime_all_workers_invocations_per_s"],
            best["runtime_all_workers_invocations_per_cpu_s"],
            best["runtime_all_workers_invocations_per_s"] / best["node_red_invocations_per_s"],
            best["runtime_1_worker_invocations_per_s"] / best["node_red_invocations_per_s"]
        if (best["runtime_process_1_worker_invocations_per_s"] > 0)
            printf "runtime with the functions in a worker process, 1 worker: %d per wall second; ratio to in-process %.2f\n",
                best["runtime_process_1_worker_invocations_per_s"],
                best["runtime_process_1_worker_invocations_per_s"] / best["runtime_1_worker_invocations_per_s"]
        printf "engines alone on identical plain JavaScript (engine_harness.js), per CPU second: QJSEngine %d, node %d, ratio %.2f\n",
            best["v4_harness_invocations_per_cpu_s"], best["node_harness_invocations_per_cpu_s"],
            best["v4_harness_invocations_per_cpu_s"] / best["node_harness_invocations_per_cpu_s"]
        printf "per worker / QJSEngine harness (the share of the engine ceiling reached, goal >= 0.9), per CPU second: 1 worker %.2f, all workers %.2f\n",
            best["runtime_invocations_per_cpu_s"] / best["v4_harness_invocations_per_cpu_s"],
            best["runtime_all_workers_invocations_per_cpu_s"] / best["v4_harness_invocations_per_cpu_s"]
    }'
