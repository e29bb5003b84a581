#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (Ninja, Release) into build/ and builds everything. Extra arguments go to
# the CMake configure step, e.g. scripts/build.sh -DTWIN_SANITIZE=ON.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build_dir=${TWIN_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ] || [ $# -gt 0 ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
