#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end ingest benchmark on one local mosquitto (max_queued_messages 0). Each receiver
# subscribes, `twinctl simulate --count N` feeds it, and it exits after N messages:
#   lean pair: (a) twin_countsub, a libmosquitto subscriber that only counts, against
#              (b) `twinctl ingest` (the lean receiver)
#   Paho pair: (c) twin_pahocount, a Paho C++ subscriber that only counts, against
#              (d) `twinctl ingest --paho`
# ingest runs the demo project as `twinctl project new --demo` makes it, history on and
# its functions on. ROUNDS rounds at QoS 0 and QoS 1; inside each pair the order
# alternates from round to round, so that neither side always runs on a warmer (or
# busier) machine. Rates come from the messages received: received / (first message to
# the last one handled), as each receiver measures it. CPU per message: user + system
# time of the receiver's process, all threads, over the messages it received. Prints
# every run, then the median ratios (b)/(a) and (d)/(c) (goal >= 0.9) and CPU per message.
#
# Usage: bench/telemetry/ingest.sh [N] [ROUNDS]   (N default 200000, ROUNDS 3;
#        BUILD=build-dir, default build)
set -euo pipefail

N=${1:-200000}
ROUNDS=${2:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BUILD:-$ROOT/build}/bin
TWINCTL=$BIN/twinctl
for tool in twinctl twin_countsub twin_pahocount; do
    [ -x "$BIN/$tool" ] || { echo "build $tool first: cmake --build build --target $tool (twin_countsub needs libmosquitto-dev)" >&2; exit 2; }
done

. "$ROOT/bench/telemetry/localbroker.sh"
PROJECT=$WORK/bench.twinproj
"$TWINCTL" project new "$PROJECT" --demo > /dev/null

# Runs a command and writes the CPU seconds (user + system) it used to the file $CPU_OUT.
cputime() { python3 -c 'import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write(str(r.ru_utime + r.ru_stime))
sys.exit(code)' "$CPU_OUT" "$@"; }
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['$1'])"; }
kv() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" "$2"; }

# receive NAME QOS: starts receiver NAME, feeds it N messages, and appends
# "round qos name received rate cpu_us_per_message functionsRun" to $WORK/results.
receive() {
    local name=$1 qos=$2 out=$WORK/$1.out err=$WORK/$1.err
    rm -f "$PROJECT.history"* "$out" "$err"
    local cmd
    case $name in
    countsub) cmd=("$BIN/twin_countsub" 127.0.0.1 "$PORT" 'twins/+/telemetry' "$qos" "$N") ;;
    pahocount) cmd=("$BIN/twin_pahocount" "tcp://127.0.0.1:$PORT" 'twins/+/telemetry' "$qos" "$N") ;;
    ingest) cmd=("$TWINCTL" ingest --broker "$URL" --project "$PROJECT" --count "$N" --duration 300 --qos "$qos" --clean-session --json) ;;
    ingest-paho) cmd=("$TWINCTL" ingest --paho --broker "$URL" --project "$PROJECT" --count "$N" --duration 300 --qos "$qos" --clean-session --json) ;;
    esac
    CPU_OUT=$WORK/$name.cpu cputime "${cmd[@]}" > "$out" 2> "$err" &
    local pid=$!
    for _ in $(seq 400); do grep -qs subscribed "$err" && break; sleep 0.05; done
    "$TWINCTL" simulate --broker "$URL" --project "$PROJECT" --count "$N" --qos "$qos" --json > /dev/null
    wait $pid || true
    local received rate functions=-
    if [ "${name#ingest}" != "$name" ]; then
        received=$(field received < "$out")
        rate=$(field messagesPerSecond < "$out")
        functions=$(field functionsRun < "$out")
    else
        received=$(kv received "$out")
        rate=$(python3 -c "s = $(kv seconds "$out"); print($received / s if s > 0 else 0)")
    fi
    local cpu
    cpu=$(python3 -c "print($(cat "$WORK/$name.cpu") * 1e6 / max($received, 1))")
    echo "$ROUND $qos $name $received $rate $cpu $functions" >> "$WORK/results"
    printf '%5s %4s %-12s %9s %12.0f %14.2f %12s\n' "$ROUND" "$qos" "$name" "$received" "$rate" "$cpu" "$functions"
    # Let the broker settle before the next receiver subscribes.
    sleep 2
}

echo "N=$N messages per run, $ROUNDS rounds; broker $URL; $(nproc) cores, $(uptime | sed 's/.*load/load/')"
printf '%5s %4s %-12s %9s %12s %14s %12s\n' round QoS receiver received "msg/s" "CPU us/msg" functionsRun
for ROUND in $(seq "$ROUNDS"); do
    for QOS in 0 1; do
        if [ $((ROUND % 2)) -eq 1 ]; then
            receive countsub "$QOS"; receive ingest "$QOS"
            receive pahocount "$QOS"; receive ingest-paho "$QOS"
        else
            receive ingest "$QOS"; receive countsub "$QOS"
            receive ingest-paho "$QOS"; receive pahocount "$QOS"
        fi
    done
done

python3 - "$WORK/results" "$N" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
n = int(sys.argv[2])
def of(qos, name, column):
    return [float(r[column]) for r in rows if r[1] == qos and r[2] == name]
print()
for qos in ("0", "1"):
    for ours, base in (("ingest", "countsub"), ("ingest-paho", "pahocount")):
        ratios = [o / b for o, b in zip(of(qos, ours, 4), of(qos, base, 4)) if b > 0]
        lost = [n - r for r in of(qos, ours, 3)]
        print(f"QoS {qos}: {ours} / {base} = {statistics.median(ratios):.2f} median msg/s ratio "
              f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}); CPU per message "
              f"{statistics.median(of(qos, ours, 5)):.2f} us against {statistics.median(of(qos, base, 5)):.2f} us; "
              f"lost {max(lost):.0f}")
PY
