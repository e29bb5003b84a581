#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end ingest benchmark on one local mosquitto (max_queued_messages 0), in one run:
#   (0) the feeder alone: `twinctl simulate --count N` to a broker without subscribers
#   (a) a bare subscriber: `mosquitto_sub -C N`, fed by `twinctl simulate --count N`
#   (b) `twinctl ingest --count N` with history on, fed the same way
# at QoS 0 and QoS 1. (a) and (b) are timed alike: from the feeder's start to the
# receiver's exit. Prints the ratio (b)/(a) (goal >= 0.9), losses at QoS 1 (goal none)
# and ingest's p99 receive->visible latency (goal <= 5 ms), and the CPU time each receiver
# spent per message (user + system, all threads).
#
# Usage: bench/telemetry/ingest.sh [N]     (N default 200000; BUILD=build-dir, default build)
set -euo pipefail

N=${1:-200000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BUILD:-$ROOT/build}/bin
TWINCTL=$BIN/twinctl
MOSQUITTO=$(command -v mosquitto || echo /usr/sbin/mosquitto)
[ -x "$TWINCTL" ] || { echo "build twinctl first: cmake --build build --target twinctl" >&2; exit 2; }
[ -x "$MOSQUITTO" ] || { echo "mosquitto is not installed" >&2; exit 2; }
command -v mosquitto_sub >/dev/null || { echo "mosquitto_sub (mosquitto-clients) is not installed" >&2; exit 2; }

WORK=$(mktemp -d)
BROKER_PID=
cleanup() {
    [ -n "$BROKER_PID" ] && kill "$BROKER_PID" 2>/dev/null && wait "$BROKER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$WORK/mosquitto.conf" <<CONF
listener $PORT 127.0.0.1
allow_anonymous true
persistence false
max_queued_messages 0
CONF
"$MOSQUITTO" -c "$WORK/mosquitto.conf" > "$WORK/mosquitto.log" 2>&1 &
BROKER_PID=$!
for _ in $(seq 100); do
    (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break
    sleep 0.05
done
URL=mqtt://127.0.0.1:$PORT
PROJECT=$WORK/bench.twinproj
"$TWINCTL" project new "$PROJECT" --demo > /dev/null

now() { date +%s.%N; }
# Runs a command and writes the CPU seconds (user + system) it used to the file $CPU_OUT.
cputime() { python3 -c 'import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write(str(r.ru_utime + r.ru_stime))
sys.exit(code)' "$CPU_OUT" "$@"; }
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['$1'])"; }
rate() { python3 -c "print(round($1 / ($3 - $2)))"; }

echo "N=$N messages per run; broker $URL; $(nproc) cores"
printf '%-5s %12s %14s %14s %7s %14s %8s %9s %12s %12s\n' QoS "feeder msg/s" "(a) bare sub" "(b) ingest" "(b)/(a)" "ingest intern" lost "p99 ms" "(a) CPU us/m" "(b) CPU us/m"
for QOS in 0 1; do
    # (0) the feeder alone.
    FEED=$("$TWINCTL" simulate --broker "$URL" --project "$PROJECT" --count "$N" --qos "$QOS" --json | field messagesPerSecond)
    # At QoS 0 the feeder is done once its socket has taken everything; let the broker
    # work through what it still holds before a receiver subscribes.
    sleep 3

    # (a) the bare subscriber.
    CPU_OUT=$WORK/cpu-a cputime mosquitto_sub -h 127.0.0.1 -p "$PORT" -t 'twins/+/telemetry' -q "$QOS" -C "$N" > /dev/null &
    SUB=$!
    sleep 1 # mosquitto_sub has no "subscribed" signal
    T0=$(now)
    "$TWINCTL" simulate --broker "$URL" --project "$PROJECT" --count "$N" --qos "$QOS" --json > /dev/null
    wait $SUB
    T1=$(now)
    A=$(rate "$N" "$T0" "$T1")
    sleep 3

    # (b) twinctl ingest, history on.
    rm -f "$PROJECT.history"*
    CPU_OUT=$WORK/cpu-b cputime "$TWINCTL" ingest --broker "$URL" --project "$PROJECT" --count "$N" --duration 300 --qos "$QOS" --json \
        > "$WORK/ingest.json" 2> "$WORK/ingest.err" &
    ING=$!
    for _ in $(seq 200); do grep -q subscribed "$WORK/ingest.err" && break; sleep 0.05; done
    T0=$(now)
    "$TWINCTL" simulate --broker "$URL" --project "$PROJECT" --count "$N" --qos "$QOS" --json > /dev/null
    wait $ING || true
    T1=$(now)
    B=$(rate "$N" "$T0" "$T1")
    RECEIVED=$(field received < "$WORK/ingest.json")
    INTERNAL=$(field messagesPerSecond < "$WORK/ingest.json" | cut -d. -f1)
    P99=$(field p99LatencyMs < "$WORK/ingest.json")
    RATIO=$(python3 -c "print(f'{$B / $A:.2f}')")
    CPU_A=$(python3 -c "print(f'{$(cat "$WORK/cpu-a") * 1e6 / $N:.1f}')")
    CPU_B=$(python3 -c "print(f'{$(cat "$WORK/cpu-b") * 1e6 / $N:.1f}')")
    printf '%-5s %12s %14s %14s %7s %14s %8s %9s %12s %12s\n' "$QOS" "${FEED%.*}" "$A" "$B" "$RATIO" "$INTERNAL" $((N - RECEIVED)) "$P99" "$CPU_A" "$CPU_B"
done
