#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Recording to PostgreSQL against recording to the SQLite history file: one recorder each,
# on the same feed from one local mosquitto. Both recorders' sessions are made first, then
# N QoS 1 messages of the demo are published while they are away (the broker queues all N
# for each), then each recorder in turn is started and timed until it has processed all N
# and stopped (its last flush or merge included). ROUNDS rounds, order alternating.
# Prints wall time and CPU seconds: the recorder's, plus the whole server's for PostgreSQL.
#   bench/recorder/pg-vs-sqlite.sh [N] [ROUNDS]   (BUILD=build-dir, default build)
set -euo pipefail
n=${1:-20000}
rounds=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/bench/recorder/recorderlib.sh"

createdb -h 127.0.0.1 -p "$pgport" -U twin site
declare -A history=([pg]="$(db site)" [file]="$work/site.history")
# The sessions (and the history layouts) first.
for run in pg file; do start "$run" "" "${history[$run]}"; stop "$run"; done

for ((r = 1; r <= rounds; r++)); do
    "$bin/twinctl" simulate --broker "$broker" --project "$project" --count "$n" --qos 1 > /dev/null 2>&1
    order=(pg file)
    [ $((r % 2)) = 0 ] && order=(file pg)
    declare -A wall=() cpu=() server=()
    for run in "${order[@]}"; do
        fresh "$run"
        s0=$(serverCpu)
        t0=$(date +%s.%N)
        start "$run" "" "${history[$run]}"
        until [ "$(processed "$run")" -ge "$n" ]; do sleep 0.02; done
        stop "$run"
        t1=$(date +%s.%N)
        sleep 0.2 # the backends exit
        wall[$run]=$(echo "$t1 - $t0" | bc -l)
        cpu[$run]=$(cat "$work/$run.cpu")
        server[$run]=$(echo "$(serverCpu) - $s0" | bc -l)
    done
    printf 'round %d: SQLite file %.2f s (%.0f msg/s, CPU %.2f s), PostgreSQL %.2f s (%.0f msg/s, CPU %.2f s + server %.2f s): PostgreSQL at %.2fx the rate, %.2fx per CPU second\n' \
        "$r" "${wall[file]}" "$(echo "$n / ${wall[file]}" | bc -l)" "${cpu[file]}" \
        "${wall[pg]}" "$(echo "$n / ${wall[pg]}" | bc -l)" "${cpu[pg]}" "${server[pg]}" \
        "$(echo "${wall[file]} / ${wall[pg]}" | bc -l)" \
        "$(echo "${cpu[file]} / (${cpu[pg]} + ${server[pg]})" | bc -l)"
done
