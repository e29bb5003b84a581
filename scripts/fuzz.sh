#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz, fuzz_*) with clang into build-fuzz/ (or
# TWIN_FUZZ_BUILD_DIR), only what they need, and runs each for TWIN_FUZZ_SECONDS
# (default 60) from the seed corpora in tests/fuzz/seeds. A crash, a hang (over 10 s on
# one input) or a sanitizer report fails the run; the input is kept in
# build-fuzz/artifacts/ to be turned into a regression test of the normal suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build_dir=${TWIN_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${TWIN_FUZZ_SECONDS:-60}
cc=${TWIN_FUZZ_CC:-clang-14}
cxx=${TWIN_FUZZ_CXX:-clang++-14}
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
targets=(fuzz_mqtt_packet fuzz_payload fuzz_dtdl fuzz_import fuzz_project_open)
shared=$(cd "$root/.." && pwd)/shared

if [ ! -f "$build_dir/build.ninja" ]; then
    CC=$cc CXX=$cxx cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DTWINSTUDIO_FUZZ=ON -DTWIN_BUILD_TESTS=OFF -DTWIN_BUILD_BENCH=OFF "${launcher[@]}"
fi
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

mkdir -p "$build_dir/artifacts"

# fuzz_import reads a format byte before the file (0 adt-ndjson, 1 explorer-json,
# 2 native; +16 a partial import): its seeds are the tests' files with that byte, and
# each shared ontology file as one NDJSON line of the Models section.
import_seeds="$build_dir/seeds/import"
rm -rf "$import_seeds"
mkdir -p "$import_seeds"
for f in "$root"/tests/data/interchange/*; do
    case "$f" in
        *.ndjson) byte=00 ;;
        *.explorer.json) byte=01 ;;
        *.native.json) byte=02 ;;
        *) continue ;;
    esac
    name=$(basename "$f")
    { printf "\\x$byte"; cat "$f"; } > "$import_seeds/$name"
    { printf "\\x1${byte#0}"; cat "$f"; } > "$import_seeds/partial-$name"
done
if [ -d "$shared/ontologies" ]; then
    n=0
    while IFS= read -r f; do
        n=$((n + 1))
        { printf '\x00{"Section": "Models"}\n'; tr -d '\r\n' < "$f"; printf '\n'; } > "$import_seeds/ontology-$n.ndjson"
    done < <(find "$shared/ontologies" -name '*.json' | sort)
fi

for target in "${targets[@]}"; do
    name=${target#fuzz_}
    corpus="$build_dir/corpus/$name"
    mkdir -p "$corpus"
    max_len=65536
    case "$name" in
        dtdl)
            # The core ontology, the tests' DTDL cases, and where present the shared
            # reference ontologies and the official conformance cases.
            seeds=("$root/resources/ontologies/core" "$root/tests/data/dtdl-cases")
            for extra in "$shared/ontologies" "$shared/dtdl-conformance"; do
                if [ -d "$extra" ]; then seeds+=("$extra"); fi
            done ;;
        import) seeds=("$import_seeds") ;;
        project_open)
            # Project files of 512-byte pages (empty, a small import, the demo site).
            seeds=("$root/tests/fuzz/seeds/project")
            max_len=131072 ;;
        *) seeds=("$root/tests/fuzz/seeds/${name%%_*}") ;;
    esac
    echo "== $target: ${seconds} s"
    "$build_dir/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/$target-" \
        "$corpus" "${seeds[@]}"
done
