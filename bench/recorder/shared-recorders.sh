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
bin=${BUILD:-${TWIN_BUILD_DIR:-$root/build}}/bin
[ -x "$bin/twinctl" ] || { echo "build twinctl first: cmake --build build --target twinctl" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL's server binaries (initdb, pg_ctl) are not installed" >&2; exit 2; }

# The broker and the work folder; the server, the recorders, both go when the script exits.
. "$root/bench/telemetry/localbroker.sh"
work=$WORK
broker=$URL
pids=()
stopAll() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    asServer "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop > /dev/null 2>&1 || true
    cleanup
}
trap stopAll EXIT INT TERM
# PostgreSQL does not run as root: as root, the server runs as postgres.
asServer() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
chmod 755 "$work"
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres: "$work/pg"

pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
asServer "$pgbin/initdb" -D "$work/pg" -U twin -A trust > /dev/null
# As the tests run it: no fsync (the figures compare the work, not the disk).
asServer "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start > /dev/null
postmaster=$(head -1 "$work/pg/postmaster.pid")
db() { echo "postgresql://twin@127.0.0.1:$pgport/$1"; }

# CPU seconds of the whole server so far: the postmaster, its exited children, its live ones.
serverCpu() {
    local ticks=0 f
    f=($(sed 's/.*) //' "/proc/$postmaster/stat"))
    ticks=$((f[11] + f[12] + f[13] + f[14]))
    for child in $(pgrep -P "$postmaster"); do
        f=($(sed 's/.*) //' "/proc/$child/stat" 2>/dev/null || echo))
        [ ${#f[@]} -gt 13 ] && ticks=$((ticks + f[11] + f[12]))
    done
    echo "$ticks / $(getconf CLK_TCK)" | bc -l
}

project="$work/site.twinproj"
"$bin/twinctl" project new "$project" --demo > /dev/null

# Starts recorder $1 of group $2 into database $3; its CPU seconds go to $work/$1.cpu when it ends.
start() {
    (
        "$bin/twinctl" record-service --project "$project" --broker "$broker" --client-id "$1" \
            --share "$2" --history "$(db "$3")" --spool "$work/$1.spool" --health-interval 0.1 \
            2> "$work/$1.log" > /dev/null &
        echo $! > "$work/$1.pid"
        wait $! || true
        times > "$work/$1.times" # not in a pipeline: that would be a subshell's
        tail -1 "$work/$1.times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' > "$work/$1.cpu"
    ) &
    pids+=("$!")
    until [ -s "$work/$1.pid" ] && grep -qs recording "$work/$1.log"; do sleep 0.05; done
}
stop() {
    local rec
    for rec in "$@"; do kill -TERM "$(cat "$work/$rec.pid")"; done
    for rec in "$@"; do until [ -s "$work/$rec.cpu" ]; do sleep 0.02; done; done
}
processed() {
    local sum=0 r c
    for r in "$@"; do
        c=$(grep -o '[0-9]* processed in all' "$work/$r.log" | tail -1 | cut -d' ' -f1)
        sum=$((sum + ${c:-0}))
    done
    echo "$sum"
}
fresh() { rm -f "$work/$1.pid" "$work/$1.cpu" "$work/$1.times" "$work/$1.log"; }

createdb -h 127.0.0.1 -p "$pgport" -U twin one
createdb -h 127.0.0.1 -p "$pgport" -U twin two
# The sessions (and the history layouts) first.
start one-a one one; stop one-a
start two-a two two; start two-b two two; stop two-a two-b

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
        for rec in "${recorders[@]}"; do start "$rec" "$run" "$run"; done
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
