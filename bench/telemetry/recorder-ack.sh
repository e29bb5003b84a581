#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# twinctl record-service at QoS 1: acknowledging each message once stored (the default)
# against --ack-on-receipt, on the same feed from one local mosquitto (default window of
# 20 messages in flight, max_queued_messages 0). Both recorders' sessions are made first,
# then N messages are published while they are away: the broker holds the same feed for
# each. Each recorder in turn (alternating, ROUNDS times) is then started and timed until
# it has processed them all into its own SQLite history.
#   bench/telemetry/recorder-ack.sh [N] [ROUNDS]   (BUILD=build-dir, default build)
set -euo pipefail
n=${1:-20000}
rounds=${2:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${BUILD:-${TWIN_BUILD_DIR:-$root/build}}/bin
[ -x "$bin/twinctl" ] || { echo "build twinctl first: cmake --build build --target twinctl" >&2; exit 2; }

# The broker (max_queued_messages 0) and the work folder; both go when the script exits.
. "$root/bench/telemetry/localbroker.sh"
work=$WORK
pids=()
stopRecorders() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    cleanup
}
trap stopRecorders EXIT INT TERM
broker=$URL
project="$work/site.twinproj"
"$bin/twinctl" project new "$project" --demo > /dev/null
sleep 0.3

# Starts the recorder of mode $1 (stored | receipt); waits until it records.
start() {
    local extra=()
    [ "$1" = receipt ] && extra=(--ack-on-receipt)
    "$bin/twinctl" record-service --project "$project" --broker "$broker" --client-id "bench-$1" \
        --history "$work/$1.history" --spool "$work/$1.spool" --health-interval 0.1 "${extra[@]}" \
        2> "$work/$1.log" > /dev/null &
    pid=$!
    pids+=("$pid")
    until grep -qs recording "$work/$1.log"; do sleep 0.05; done
}
stop() {
    kill -TERM "$pid"
    wait "$pid" || true
}

for mode in stored receipt; do start "$mode"; stop; done
"$bin/twinctl" simulate --broker "$broker" --project "$project" --count "$n" --qos 1 > /dev/null 2>&1
echo "published $n QoS 1 messages"

# Each round drains a fresh copy: publish again after the first.
for ((r = 1; r <= rounds; r++)); do
    if [ "$r" -gt 1 ]; then
        "$bin/twinctl" simulate --broker "$broker" --project "$project" --count "$n" --qos 1 > /dev/null 2>&1
    fi
    declare -A seconds=()
    order=(stored receipt)
    [ $((r % 2)) = 0 ] && order=(receipt stored)
    for mode in "${order[@]}"; do
        t0=$(date +%s.%N)
        start "$mode"
        until grep -qE "[^0-9]$n processed in all" "$work/$mode.log"; do sleep 0.02; done
        t1=$(date +%s.%N)
        stop
        seconds[$mode]=$(echo "$t1 - $t0" | bc)
    done
    s=${seconds[stored]} o=${seconds[receipt]}
    printf 'round %d: ack once stored %.2f s (%.0f msg/s), on receipt %.2f s (%.0f msg/s), ratio %.2f\n' \
        "$r" "$s" "$(echo "$n / $s" | bc -l)" "$o" "$(echo "$n / $o" | bc -l)" "$(echo "$o / $s" | bc -l)"
done
