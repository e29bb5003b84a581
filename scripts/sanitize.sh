#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer into its
# own folder (build-asan/, or TWIN_SANITIZE_BUILD_DIR) and runs every test there under
# Xvfb. Any sanitizer report fails the test that triggered it: UBSan halts on its first
# finding and LeakSanitizer fails a process that leaks. The only suppressions are leaks
# inside third-party libraries, each justified in scripts/sanitizers/lsan.supp.
# -O1 keeps the build and the instrumented run fast enough for CI on two cores; the
# line tables (-g1) make every report name file and line. Benchmarks are left out.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build_dir=${TWIN_SANITIZE_BUILD_DIR:-build-asan}
supp="$root/scripts/sanitizers"

# Test discovery runs each suite while building, so the options hold for the build too.
# allocator_may_return_null: a failed allocation returns null as the real allocator does
# under a function worker's address-space limit (RLIMIT_AS), instead of aborting the
# process with a report: the worker must meet the same failure it meets in a normal build.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"

start=$(date +%s)
TWIN_BUILD_DIR="$build_dir" "$root/scripts/build.sh" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
    -DTWIN_SANITIZE=ON -DTWIN_BUILD_BENCH=OFF
built=$(date +%s)
# Libraries stay loaded to the end (see keeploaded.c); the shim comes before the ASan
# runtime in the list of loaded libraries, which ASan then has to be told to accept.
cc -shared -fPIC -o "$build_dir/libtwin_keeploaded.so" "$supp/keeploaded.c"
status=0
(cd "$build_dir" && export LD_PRELOAD="$PWD/libtwin_keeploaded.so" \
    ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" && xvfb-run -a -s "-screen 0 1920x1080x24" \
    ctest --output-on-failure --timeout 900 -j "$(nproc)" --repeat until-pass:2) || status=$? # see test.sh
end=$(date +%s)
echo "sanitizer stage: build $((built - start)) s, tests $((end - built)) s"
exit $status
