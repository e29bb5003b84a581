#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the 3D view benchmark under Xvfb (Mesa llvmpipe); arguments go to it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${TWIN_BUILD_DIR:-$root/build}
cmake --build "$build_dir" --target twin_view3d_bench >/dev/null
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" "$build_dir/bin/twin_view3d_bench" "$@"
