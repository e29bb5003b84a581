#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What recording costs the live pipeline: `twinctl ingest --count N` on the demo project
# with and without `--record FILE`, fed by `twinctl simulate --count N` through one local
# mosquitto (max_queued_messages 0), alternating the order over three rounds at QoS 1.
# Prints each run's rate (messages processed per second, from the first message received
# to the last processed) and the ratio with/without (goal >= 0.8), and how fast a replay
# (`twinctl replay --fast`) feeds the same capture back.
#
# Usage: bench/telemetry/record.sh [N]     (N default 100000; BUILD=build-dir, default build)
set -euo pipefail

N=${1:-100000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BUILD:-$ROOT/build}/bin
TWINCTL=$BIN/twinctl
[ -x "$TWINCTL" ] || { echo "build twinctl first: cmake --build build --target twinctl" >&2; exit 2; }

. "$ROOT/bench/telemetry/localbroker.sh"
PROJECT=$WORK/bench.twinproj
"$TWINCTL" project new "$PROJECT" --demo > /dev/null
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['$1'])"; }

# run LABEL [extra ingest args...]: prints the rate ingest reports.
run() {
    rm -f "$PROJECT.history"*
    "$TWINCTL" ingest --broker "$URL" --project "$PROJECT" --count "$N" --duration 300 --qos 1 --json --trust \
        "$@" > "$WORK/out.json" 2> "$WORK/err.txt" &
    local pid=$!
    for _ in $(seq 200); do grep -q subscribed "$WORK/err.txt" 2>/dev/null && break; sleep 0.05; done
    "$TWINCTL" simulate --broker "$URL" --project "$PROJECT" --count "$N" --qos 1 > /dev/null
    wait "$pid"
    field messagesPerSecond < "$WORK/out.json"
}

echo "N=$N messages per run at QoS 1; broker $URL; $(nproc) cores"
printf '%-6s %14s %14s %8s\n' round "plain msg/s" "record msg/s" ratio
for round in 1 2 3; do
    if [ $((round % 2)) -eq 1 ]; then
        plain=$(run); recorded=$(run --record "$WORK/traffic.capture")
    else
        recorded=$(run --record "$WORK/traffic.capture"); plain=$(run)
    fi
    printf '%-6s %14.0f %14.0f %8.2f\n' "$round" "$plain" "$recorded" "$(python3 -c "print($recorded / $plain)")"
done
lines=$(($(wc -l < "$WORK/traffic.capture") - 1))
rm -f "$PROJECT.replay.history"*
replay=$("$TWINCTL" replay --project "$PROJECT" --capture "$WORK/traffic.capture" --fast --json --trust 2>/dev/null | field messagesPerSecond)
printf 'capture: %s messages, %s bytes; replay --fast: %.0f msg/s\n' "$lines" "$(stat -c %s "$WORK/traffic.capture")" "$replay"
