#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The whole suite built with clang and its own C++ library (libc++), self-contained (fmt
# compiled in): the code leans on nothing of libstdc++ and GCC's, and the tests link fmt
# as the program does. Needs clang and libc++-dev (Debian: clang libc++-14-dev
# libc++abi-14-dev). Usage: tests/libcxx.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-libcxx}
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS="-stdlib=libc++" -DCMAKE_EXE_LINKER_FLAGS="-stdlib=libc++" \
  -DSTRETCH_SELF_CONTAINED=ON -DSTRETCH_WERROR=ON >/dev/null
cmake --build "$build" -j "$(nproc)"
if readelf -d "$build/stretch" | grep -q 'libstdc++'; then
  echo "FAIL: $build/stretch links libstdc++" >&2
  exit 1
fi
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
