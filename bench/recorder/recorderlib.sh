# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the recorder benchmarks: a private mosquitto (bench/telemetry/localbroker.sh)
# and a private PostgreSQL (no fsync: the figures compare the work, not the disk) in a
# work folder that goes when the script exits; the demo project; start/stop/processed for
# `twinctl record-service` runs, each recorder's CPU seconds from its shell's times, and
# the whole server's CPU seconds from /proc. Sets work, broker, bin, pgport, project.
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

# Starts recorder $1 of group $2 (empty: none) into history $3 (a URL or a file); its CPU
# seconds go to $work/$1.cpu when it ends.
start() {
    local share=()
    [ -n "$2" ] && share=(--share "$2")
    (
        "$bin/twinctl" record-service --project "$project" --broker "$broker" --client-id "$1" \
            "${share[@]}" --history "$3" --spool "$work/$1.spool" --health-interval 0.1 \
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

