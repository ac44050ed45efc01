#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, starts a throwaway PostgreSQL on loopback
# (so the server and sync suites run on both SQLite and PostgreSQL) and runs every ctest test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
bash tools/build.sh
BUILD_DIR=${BUILD_DIR:-build}

# shellcheck source=tools/pg-test-server.sh
source tools/pg-test-server.sh start
trap 'source tools/pg-test-server.sh stop' EXIT

ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 1200
