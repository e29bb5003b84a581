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
MOSQUITTO=$(command -v mosquitto || echo /usr/sbin/mosquitto)
[ -x "$TWINCTL" ] || { echo "build twinctl first: cmake --build build --target twinctl" >&2; exit 2; }
[ -x "$MOSQUITTO" ] || { echo "mosquitto is not installed" >&2; exit 2; }

WORK=$(mktemp -d)
BROKER_PID=
cleanup() {
    [ -n "$BROKER_PID" ] && kill "$BROKER_PID" 2>/dev/null && wait "$BROKER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 0\n' "$PORT" > "$WORK/mosquitto.conf"
"$MOSQUITTO" -c "$WORK/mosquitto.conf" > "$WORK/mosquitto.log" 2>&1 &
BROKER_PID=$!
for _ in $(seq 100); do
    (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break
    sleep 0.05
done
URL=mqtt://127.0.0.1:$PORT
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
