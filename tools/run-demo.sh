#!/usr/bin/env bash
# The main job: installs what is missing, builds, creates a local database with the region's real
# data from ../shared/data and prints the rollout summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
bash tools/build.sh
BUILD_DIR=${BUILD_DIR:-build}
DATA=${VERRIJKT_DATA:-$(cd .. && pwd)/shared/data}
DB=${VERRIJKT_DB:-$HOME/.local/share/verrijkt/verrijkt.db}
mkdir -p "$(dirname "$DB")"
CLI="$BUILD_DIR/src/cli/verrijkt-cli"
"$CLI" --db "$DB" import-municipalities "$DATA/municipalities.csv"
"$CLI" --db "$DB" import-schools "$DATA/schools_region.csv"
"$CLI" --db "$DB" import-tvt-known "$DATA/tvt_known_schools.csv"
"$CLI" --db "$DB" summary --year 2032-2033
echo "Database: $DB"
