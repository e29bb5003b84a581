#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through ctest under one Xvfb
# server, so GUI and Quick 3D tests get a real X display (xcb); headless suites set
# QT_QPA_PLATFORM=offscreen themselves.
#
# Then the libFuzzer targets (scripts/fuzz.sh: clang, TWIN_FUZZ_SECONDS each, 60 by
# default) run from their seed corpora; TWIN_TEST_FUZZ=0 skips them.
#
# Last the sanitizer stage (scripts/sanitize.sh): the whole project built again with
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/, every test run there too
# (on two idle cores about 26 minutes of build and 6 of tests); TWIN_TEST_SANITIZE=0
# skips it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/deps.sh"
"$root/scripts/build.sh" "$@"
build_dir=${TWIN_BUILD_DIR:-build}
# A test that fails is run once more (its first failure stays in the log): once in a few
# thousand runs a test process could not connect to the Xvfb display at start. A test that
# fails twice fails the run.
(cd "$build_dir" && xvfb-run -a -s "-screen 0 1920x1080x24" \
    ctest --output-on-failure --timeout 600 -j "$(nproc)" --repeat until-pass:2)

if [ "${TWIN_TEST_FUZZ:-1}" = 1 ]; then
    "$root/scripts/fuzz.sh"
fi
if [ "${TWIN_TEST_SANITIZE:-1}" = 1 ]; then
    "$root/scripts/sanitize.sh"
fi
