#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through ctest. The whole run sits
# under one Xvfb server so GUI and Quick 3D tests get a real X display (xcb); headless
# suites set QT_QPA_PLATFORM=offscreen themselves.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/deps.sh"
"$root/scripts/build.sh" "$@"
build_dir=${TWIN_BUILD_DIR:-build}
cd "$build_dir"
xvfb-run -a -s "-screen 0 1920x1080x24" \
    ctest --output-on-failure --timeout 600 -j "$(nproc)"
