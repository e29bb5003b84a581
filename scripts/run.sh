#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the demo: a private mosquitto broker on a
# free local port, the simulator publishing to it, and TwinStudio opening the demo project
# connected to that broker. Everything started here is stopped when the app exits.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
bin="$root/${TWIN_BUILD_DIR:-build}/bin"

work=$(mktemp -d -t twinstudio-demo.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
       || shuf -i 20000-60000 -n 1)
cat > "$work/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
max_queued_messages 0
persistence false
CONF
mosquitto -c "$work/mosquitto.conf" > "$work/mosquitto.log" 2>&1 &
pids+=($!)
broker="mqtt://127.0.0.1:$port"

project="$work/demo.twinproj"
"$bin/twinctl" project new "$project" --demo
if "$bin/twinctl" simulate --help >/dev/null 2>&1; then
    "$bin/twinctl" simulate --broker "$broker" --project "$project" --rate 5 > "$work/simulate.log" 2>&1 &
    pids+=($!)
fi
echo "Broker: $broker  Project: $project"
"$bin/twinstudio" "$project" --broker "$broker" "$@"
