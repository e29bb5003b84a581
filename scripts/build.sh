#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (Ninja, Release) into build/ and builds everything. Extra arguments go to
# the CMake configure step, e.g. scripts/build.sh -DTWIN_SANITIZE=ON. TWIN_BUILD_DIR
# picks another build folder. Compiles go through ccache when it is installed, so a
# second build (or a second build folder of the same sources) reuses earlier objects.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build_dir=${TWIN_BUILD_DIR:-build}
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$build_dir/build.ninja" ] || [ $# -gt 0 ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
