#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/run.sh keeps the demo project in the user's data folder: made once, reopened,
# --fresh starts over. Runs it with --print-project (nothing is installed, built or
# started) under a HOME of its own. Arguments: the source folder, the build folder.
set -euo pipefail
source_dir=$1
export TWIN_BUILD_DIR=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

run() { HOME="$home" "$source_dir/scripts/run.sh" --print-project "$@"; }

# No XDG_DATA_HOME: ~/.local/share/TwinStudio.
unset XDG_DATA_HOME
expected="$home/.local/share/TwinStudio/demo.twinproj"
[ "$(run 2>"$home/err")" = "$expected" ] || fail "the project is not $expected"
grep -q "Made the demo project" "$home/err" || fail "the first run does not say it made the project"
[ -s "$expected" ] || fail "no project at $expected"
"$TWIN_BUILD_DIR/bin/twinctl" project info "$expected" >/dev/null || fail "$expected is not a project"

# Reopened as it is: what the user saved stays.
touch -d '2001-02-03 04:05:06' "$expected"
: > "$expected.history"
[ "$(run 2>"$home/err")" = "$expected" ] || fail "the second run uses another project"
grep -q "Reopening the demo project" "$home/err" || fail "the second run does not say it reopens the project"
[ "$(stat -c %Y "$expected")" = "$(date -d '2001-02-03 04:05:06' +%s)" ] || fail "the second run replaced the project"
[ -e "$expected.history" ] || fail "the second run removed the history"

# --fresh starts over, history included.
[ "$(run --fresh 2>"$home/err")" = "$expected" ] || fail "--fresh uses another project"
grep -q "Made the demo project" "$home/err" || fail "--fresh does not make a new project"
[ "$(stat -c %Y "$expected")" != "$(date -d '2001-02-03 04:05:06' +%s)" ] || fail "--fresh kept the old project"
[ ! -e "$expected.history" ] || fail "--fresh kept the old history"

# XDG_DATA_HOME wins over HOME.
export XDG_DATA_HOME="$home/data"
[ "$(run 2>/dev/null)" = "$home/data/TwinStudio/demo.twinproj" ] || fail "XDG_DATA_HOME is not used"
[ -s "$home/data/TwinStudio/demo.twinproj" ] || fail "no project under XDG_DATA_HOME"
echo "run.sh keeps the demo project in the data folder"
