#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What recording costs the live pipeline: `twinctl ingest --count N` on the demo project
# with and without `--record FILE`, fed by `twinctl simulate --count N` through one local
# mosquitto (max_queued_messages 0), alternating the order over three rounds at QoS 1.
# Prints each run's rate (messages processed per second, from the first message received
# to the last processed) and the ratio with/without (goal >= 0.8); and the CPU time
# (user + system) ingest spent per message, which on shared cores moves much less than
# the rate; and how fast a replay (`twinctl replay --fast`) feeds the same capture back.
#
# Usage: bench/telemetry/record.sh [N] [ROUNDS]
#        (N default 100000, ROUNDS default 3; BUILD=build-dir, default build)
set -euo pipefail

N=${1:-100000}
ROUNDS=${2:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BUILD:-$ROOT/build}/bin
TWINCTL=$BIN/twinctl
[ -x "$TWINCTL" ] || { echo "build twinctl first: cmake --build build --target twinctl" >&2; exit 2; }

. "$ROOT/bench/telemetry/localbroker.sh"
PROJECT=$WORK/bench.twinproj
"$TWINCTL" project new "$PROJECT" --demo > /dev/null
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['$1'])"; }

# run [extra ingest args...]: prints the rate ingest reports and its CPU µs per message.
# The CPU time is the ingest process's own (rusage of the child), not the feeder's.
run() {
    rm -f "$PROJECT.history"*
    python3 - "$WORK/cpu.txt" "$TWINCTL" ingest --broker "$URL" --project "$PROJECT" --count "$N" --duration 300 \
        --qos 1 --json --trust "$@" > "$WORK/out.json" 2> "$WORK/err.txt" <<'PY' &
import resource, subprocess, sys
subprocess.run(sys.argv[2:])
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write(str(r.ru_utime + r.ru_stime))
PY
    local pid=$!
    for _ in $(seq 200); do grep -q subscribed "$WORK/err.txt" 2>/dev/null && break; sleep 0.05; done
    "$TWINCTL" simulate --broker "$URL" --project "$PROJECT" --count "$N" --qos 1 > /dev/null
    wait "$pid"
    echo "$(field messagesPerSecond < "$WORK/out.json") $(python3 -c "print($(cat "$WORK/cpu.txt") * 1e6 / $N)")"
}

echo "N=$N messages per run at QoS 1; broker $URL; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %12s %12s %7s %12s %12s %7s\n' round "plain msg/s" "record msg/s" ratio "plain µs/msg" \
    "record µs/msg" "cpu"
for round in $(seq "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then
        read -r plain plaincpu < <(run); read -r recorded reccpu < <(run --record "$WORK/traffic.capture")
    else
        read -r recorded reccpu < <(run --record "$WORK/traffic.capture"); read -r plain plaincpu < <(run)
    fi
    printf '%-6s %12.0f %12.0f %7.2f %12.1f %12.1f %7.2f\n' "$round" "$plain" "$recorded" \
        "$(python3 -c "print($recorded / $plain)")" "$plaincpu" "$reccpu" "$(python3 -c "print($reccpu / $plaincpu)")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
lines=$(($(wc -l < "$WORK/traffic.capture") - 1))
rm -f "$PROJECT.replay.history"*
replay=$("$TWINCTL" replay --project "$PROJECT" --capture "$WORK/traffic.capture" --fast --json --trust 2>/dev/null | field messagesPerSecond)
printf 'capture: %s messages, %s bytes; replay --fast: %.0f msg/s\n' "$lines" "$(stat -c %s "$WORK/traffic.capture")" "$replay"
