#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Two recorders of one group (--share) against one recorder, on the same feed from one
# local mosquitto into a private PostgreSQL. The recorders' sessions are made first, then
# N QoS 1 messages of the demo are published while they are away (the broker queues each
# message for one member of the group), then the recorders are started and timed until
# they have processed all N and stopped (their last merge included). One recorder and the
# pair take turns (ROUNDS times, order alternating), each on a database of its own.
# Prints wall time, the recorders' CPU seconds and the whole server's CPU seconds
# (postmaster, exited backends and background processes, from /proc).
#   bench/recorder/shared-recorders.sh [N] [ROUNDS]   (BUILD=build-dir, default build)
set -euo pipefail
n=${1:-20000}
rounds=${2:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/bench/recorder/recorderlib.sh"

createdb -h 127.0.0.1 -p "$pgport" -U twin one
createdb -h 127.0.0.1 -p "$pgport" -U twin two
# The sessions (and the history layouts) first.
start one-a one "$(db one)"; stop one-a
start two-a two "$(db two)"; start two-b two "$(db two)"; stop two-a two-b

for ((r = 1; r <= rounds; r++)); do
    "$bin/twinctl" simulate --broker "$broker" --project "$project" --count "$n" --qos 1 > /dev/null 2>&1
    order=(one two)
    [ $((r % 2)) = 0 ] && order=(two one)
    declare -A wall=() cpu=() server=()
    for run in "${order[@]}"; do
        recorders=(one-a)
        [ "$run" = two ] && recorders=(two-a two-b)
        for rec in "${recorders[@]}"; do fresh "$rec"; done
        s0=$(serverCpu)
        t0=$(date +%s.%N)
        for rec in "${recorders[@]}"; do start "$rec" "$run" "$(db "$run")"; done
        until [ "$(processed "${recorders[@]}")" -ge "$n" ]; do sleep 0.02; done
        stop "${recorders[@]}"
        t1=$(date +%s.%N)
        sleep 0.2 # the backends exit
        wall[$run]=$(echo "$t1 - $t0" | bc -l)
        cpu[$run]=$(for rec in "${recorders[@]}"; do cat "$work/$rec.cpu"; done | paste -sd+ | bc -l)
        server[$run]=$(echo "$(serverCpu) - $s0" | bc -l)
    done
    printf 'round %d: one recorder %.2f s (%.0f msg/s, CPU %.2f s + server %.2f s), two of a group %.2f s (%.0f msg/s, CPU %.2f s + server %.2f s): %.2fx the rate, %.2fx the CPU\n' \
        "$r" "${wall[one]}" "$(echo "$n / ${wall[one]}" | bc -l)" "${cpu[one]}" "${server[one]}" \
        "${wall[two]}" "$(echo "$n / ${wall[two]}" | bc -l)" "${cpu[two]}" "${server[two]}" \
        "$(echo "${wall[one]} / ${wall[two]}" | bc -l)" \
        "$(echo "(${cpu[two]} + ${server[two]}) / (${cpu[one]} + ${server[one]})" | bc -l)"
done
