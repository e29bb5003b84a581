#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the comfort function through TwinStudio's runtime (time limit on; one worker, and a
# worker per core), through Node.js's vm (script run once, process() called directly) and
# the way Node-RED's function node runs it (a compiled vm script run per message),
# alternately ROUNDS times, and prints the best rate of each and their ratios; then the
# same plain-JavaScript harness (engine_harness.js) in QJSEngine and in Node, which
# compares the engines alone: the ceiling a worker of the runtime can reach.
# Alternating rounds (ours first in odd rounds, Node first in even ones) keep the two
# comparable on a machine whose load moves. The runtime runs its functions in worker
# threads and in worker processes (the default isolation); its CPU figures count the
# worker processes too. Per CPU second is the figure to compare on a busy machine.
# Usage: bench/functions/run.sh [BUILD_DIR] [ROOMS] [INVOCATIONS] [ROUNDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
rooms=${2:-50}
count=${3:-200000}
rounds=${4:-3}
[ -x "$build/bin/function_bench" ] || cmake --build "$build" --target function_bench
load=$(uptime | sed 's/.*load average: //')
# Busy: before the run, other processes kept a core or more occupied (one-minute load >= 1).
echo "node $(node --version), $(nproc) cores, load average before the run $load:" \
    "$(echo "$load" | awk -F', ' '{ print ($1 + 0 >= 1 ? "busy" : "idle") }') machine"
all=""
# A figure of one round's output (0 when missing).
figure() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -1 | grep . || echo 0; }
# All workers against Node-RED within one round, per wall second: processes, threads.
roundRatios() {
    red=$(figure node_red_invocations_per_s "$2")
    awk -v p="$(figure runtime_process_all_workers_invocations_per_s "$1")" \
        -v t="$(figure runtime_all_workers_invocations_per_s "$1")" -v r="$red" \
        'BEGIN { if (r > 0) printf "all workers / Node-RED in this round: processes %.2f, threads %.2f", p / r, t / r }'
}
i=0
while [ "$i" -lt "$rounds" ]; do
    if [ $((i % 2)) -eq 0 ]; then
        ours=$("$build/bin/function_bench" "$rooms" "$count")
        node=$(node "$here/node_vm_bench.js" "$here/comfort.js" "$rooms" "$count")
        echo "round $((i + 1)) (runtime first):" $ours $node
        echo "  $(roundRatios "$ours" "$node")"
    else
        node=$(node "$here/node_vm_bench.js" "$here/comfort.js" "$rooms" "$count")
        ours=$("$build/bin/function_bench" "$rooms" "$count")
        echo "round $((i + 1)) (Node first):" $node $ours
        echo "  $(roundRatios "$ours" "$node")"
    fi
    all="$all
$ours
$node"
    i=$((i + 1))
done
echo "load at the end: $(uptime | sed 's/.*load average: //') (rates per wall second follow the neighbours; per CPU second less so)"
echo "$all" | tr ' ' '\n' | awk -F= '
    $2 + 0 > best[$1] { best[$1] = $2 + 0 }
    function ratio(a, b) { return b > 0 ? a / b : 0 }
    END {
        red = best["node_red_invocations_per_s"]; redCpu = best["node_red_invocations_per_cpu_s"]
        ceiling = best["v4_harness_invocations_per_cpu_s"]
        printf "best of the rounds, per wall second (per CPU second):\n"
        printf "  Node-RED function node (compiled vm script per message): %d (%d)\n", red, redCpu
        printf "  node vm, process() called directly: %d (%d); node without vm: %d (%d)\n",
            best["node_vm_invocations_per_s"], best["node_vm_invocations_per_cpu_s"],
            best["node_plain_invocations_per_s"], best["node_plain_invocations_per_cpu_s"]
        printf "  runtime, worker processes (default): 1 worker %d (%d), all %d workers %d (%d)\n",
            best["runtime_process_1_worker_invocations_per_s"], best["runtime_process_invocations_per_cpu_s"],
            best["runtime_process_all_workers_workers"], best["runtime_process_all_workers_invocations_per_s"],
            best["runtime_process_all_workers_invocations_per_cpu_s"]
        printf "  runtime, worker threads: 1 worker %d (%d), all %d workers %d (%d)\n",
            best["runtime_1_worker_invocations_per_s"], best["runtime_invocations_per_cpu_s"],
            best["runtime_all_workers_workers"], best["runtime_all_workers_invocations_per_s"],
            best["runtime_all_workers_invocations_per_cpu_s"]
        printf "  one engine called in this thread: %d (%d)\n", best["engine_invocations_per_s"],
            best["engine_invocations_per_cpu_s"]
        printf "all workers / Node-RED (goal > 1.0), per wall second: processes %.2f, threads %.2f; per CPU second: processes %.2f, threads %.2f\n",
            ratio(best["runtime_process_all_workers_invocations_per_s"], red),
            ratio(best["runtime_all_workers_invocations_per_s"], red),
            ratio(best["runtime_process_all_workers_invocations_per_cpu_s"], redCpu),
            ratio(best["runtime_all_workers_invocations_per_cpu_s"], redCpu)
        printf "engines alone on identical plain JavaScript (engine_harness.js), per CPU second: QJSEngine %d, node %d, ratio %.2f\n",
            ceiling, best["node_harness_invocations_per_cpu_s"], ratio(ceiling, best["node_harness_invocations_per_cpu_s"])
        printf "per worker / QJSEngine harness (share of the engine ceiling, goal >= 0.9), per CPU second: engine %.2f, thread worker %.2f, process worker %.2f, all thread workers %.2f, all process workers %.2f\n",
            ratio(best["engine_invocations_per_cpu_s"], ceiling), ratio(best["runtime_invocations_per_cpu_s"], ceiling),
            ratio(best["runtime_process_invocations_per_cpu_s"], ceiling),
            ratio(best["runtime_all_workers_invocations_per_cpu_s"], ceiling),
            ratio(best["runtime_process_all_workers_invocations_per_cpu_s"], ceiling)
        procs = ratio(best["runtime_process_all_workers_invocations_per_s"], red)
        threads = ratio(best["runtime_all_workers_invocations_per_s"], red)
        share = ratio(best["runtime_process_all_workers_invocations_per_cpu_s"], ceiling)
        shareThreads = ratio(best["runtime_all_workers_invocations_per_cpu_s"], ceiling)
        printf "GOAL all workers ahead of Node-RED in this run (per wall second, best rounds): processes (default) %.2f, threads %.2f: %s\n",
            procs, threads, ((procs > 1 || threads > 1) ? "met" : "not met")
        printf "GOAL per worker >= 0.9 of the engine ceiling (all workers running, per CPU second): processes (default) %.2f, threads %.2f: %s\n",
            share, shareThreads, ((share >= 0.9 || shareThreads >= 0.9) ? "met" : "not met")
    }'
