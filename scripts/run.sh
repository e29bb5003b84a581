#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the demo: a private mosquitto broker on a
# free local port, the simulator publishing to it, and TwinStudio opening the demo project
# connected to that broker. The broker and the simulator stop when the app exits.
#
# The demo project lives in the user's data folder ($XDG_DATA_HOME/TwinStudio, else
# ~/.local/share/TwinStudio): it is made on the first run and reopened on every later
# one, so what is saved in it stays.
#
#   scripts/run.sh [--fresh] [--print-project] [TWINSTUDIO ARGUMENTS...]
#
#   --fresh          start over: replace the demo project (and its history) with a new one
#   --print-project  make the demo project if it is missing, print its path and exit
#                    (installs, builds and starts nothing; uses the twinctl already built)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

fresh=0
print_only=0
app_args=()
for arg in "$@"; do
    case "$arg" in
        --fresh) fresh=1 ;;
        --print-project) print_only=1 ;;
        *) app_args+=("$arg") ;;
    esac
done

# The demo project's path in the user's data folder.
demo_project_path() {
    local data=${XDG_DATA_HOME:-}
    if [ -z "$data" ]; then
        data="$HOME/.local/share"
    fi
    printf '%s\n' "$data/TwinStudio/demo.twinproj"
}

# Makes the demo project at $2 with twinctl $1 when it is missing, or when $3 is 1 (the
# old one and its history go); says which on stderr.
prepare_demo_project() {
    local twinctl=$1 project=$2 start_over=$3
    if [ "$start_over" = 1 ]; then
        rm -f "$project" "$project.history"
    fi
    if [ -e "$project" ]; then
        echo "Reopening the demo project $project (scripts/run.sh --fresh starts over)" >&2
        return 0
    fi
    mkdir -p "$(dirname "$project")"
    "$twinctl" project new "$project" --demo >/dev/null
    echo "Made the demo project $project" >&2
}

build_dir=${TWIN_BUILD_DIR:-build}
case "$build_dir" in
    /*) ;;
    *) build_dir="$root/$build_dir" ;;
esac
bin="$build_dir/bin"
project=$(demo_project_path)
if [ "$print_only" = 1 ]; then
    prepare_demo_project "$bin/twinctl" "$project" "$fresh"
    printf '%s\n' "$project"
    exit 0
fi

"$root/scripts/deps.sh"
"$root/scripts/build.sh"
prepare_demo_project "$bin/twinctl" "$project" "$fresh"

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

"$bin/twinctl" simulate --broker "$broker" --project "$project" --rate 5 > "$work/simulate.log" 2>&1 &
pids+=($!)
echo "Broker: $broker  Project: $project"
"$bin/twinstudio" "$project" --broker "$broker" "${app_args[@]}"
