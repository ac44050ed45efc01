#!/usr/bin/env bash
# The demo: installs what is missing, builds, and runs verrijkt-server on 127.0.0.1 (embedded SQLite)
# loaded with the region's real register (../shared/data) and invented activity up to today
# (generate-demo), with four demo accounts; then opens the app signed in to it.
#
#   bash tools/run-demo.sh                    # everything; the app opens as the regional team
#   bash tools/run-demo.sh --as coordinator   # ... as a school coordinator (also: officer, admin)
#   bash tools/run-demo.sh --app-only --as officer   # another app window against a running demo
#   bash tools/run-demo.sh --reset            # start the demo data over
#   bash tools/run-demo.sh --no-build         # skip the package check and the build
#
# The first run takes about a minute after the build; later runs reuse the data in
# $VERRIJKT_DEMO_DIR (default ~/.local/share/verrijkt/demo). Ctrl+C stops the server and the app.
set -euo pipefail
cd "$(dirname "$0")/.."

AS=regional
APP_ONLY=0
RESET=0
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --as) AS=${2:-}; shift 2 ;;
    --app-only) APP_ONLY=1; shift ;;
    --reset) RESET=1; shift ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-demo.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
done
case "$AS" in
  admin|regional|coordinator|officer) ;;
  *) echo "run-demo.sh: --as takes admin, regional, coordinator or officer" >&2; exit 1 ;;
esac

BUILD_DIR=${BUILD_DIR:-build}
DATA=${VERRIJKT_DATA:-$(cd .. && pwd)/shared/data}
DEMO=${VERRIJKT_DEMO_DIR:-$HOME/.local/share/verrijkt/demo}
PORT=${VERRIJKT_DEMO_PORT:-8080}
URL="http://127.0.0.1:$PORT"
CLI="$BUILD_DIR/src/cli/verrijkt-cli"
SERVER="$BUILD_DIR/src/server/verrijkt-server"
APP="$BUILD_DIR/src/app/verrijkt"
ACCOUNTS="$DEMO/accounts" # role user password [school]: owner-only, so a second run can print them

if [ "$APP_ONLY" -eq 0 ] && [ "$BUILD" -eq 1 ]; then
  bash tools/deps.sh
  bash tools/build.sh
fi
umask 077 # the demo's databases and passwords: for this user only
for binary in "$CLI" "$SERVER" "$APP"; do
  [ -x "$binary" ] || { echo "run-demo.sh: $binary is missing; run without --app-only to build" >&2; exit 1; }
done

server_up() { curl -fsS --max-time 2 "$URL/api/health" >/dev/null 2>&1; }
account() { awk -v r="$1" '$1 == r { print $'"$2"' }' "$ACCOUNTS"; }

# --- the app for one role --------------------------------------------------------------------
APP_PID=""
open_app() {
  local user password
  user=$(account "$AS" 2)
  password=$(account "$AS" 3)
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "No display here (\$DISPLAY and \$WAYLAND_DISPLAY are empty), so the app is not opened."
    echo "On a machine with a display, open it against this server with"
    echo "  bash tools/run-demo.sh --app-only --as $AS"
    echo "or start $APP, sign in at $URL as $user with the password above."
    return
  fi
  echo "Opening the app as $user ($AS)..."
  # printf is a shell builtin: the password goes through a pipe, never onto a command line.
  printf '%s\n' "$password" | "$APP" --db "$DEMO/device-$user.db" --server "$URL" --user "$user" &
  APP_PID=$!
}

if [ "$APP_ONLY" -eq 1 ]; then
  [ -f "$ACCOUNTS" ] && server_up || { echo "run-demo.sh: no demo server at $URL; run bash tools/run-demo.sh first" >&2; exit 1; }
  open_app
  [ -n "$APP_PID" ] && wait "$APP_PID"
  exit 0
fi

# --- the demo data (once) --------------------------------------------------------------------
mkdir -p "$DEMO"
if [ "$RESET" -eq 1 ]; then
  rm -f "$DEMO"/ready "$DEMO"/accounts "$DEMO"/*.db "$DEMO"/*.db-* "$DEMO"/server.log
fi
if server_up; then
  echo "run-demo.sh: something already answers at $URL (another demo?); stop it or set VERRIJKT_DEMO_PORT" >&2
  exit 1
fi

TODAY=$(date +%F)
year=${TODAY:0:4}; month=${TODAY:5:2}
start=$((10#$month >= 8 ? year : year - 1))
[ "$start" -lt 2026 ] && start=2026
[ "$start" -gt 2032 ] && start=2032
UNTIL="$start-$((start + 1))"

if [ ! -f "$DEMO/ready" ]; then
  rm -f "$DEMO"/accounts "$DEMO"/*.db "$DEMO"/*.db-*
  SEED="$DEMO/seed.db"
  echo "Loading the region's register and demo activity up to $TODAY (school year $UNTIL)..."
  "$CLI" --db "$SEED" import-municipalities "$DATA/municipalities.csv" >/dev/null
  "$CLI" --db "$SEED" import-schools "$DATA/schools_region.csv" >/dev/null
  "$CLI" --db "$SEED" import-tvt-known "$DATA/tvt_known_schools.csv" >/dev/null
  "$CLI" --db "$SEED" generate-demo --seed 1 --until "$UNTIL" --until-date "$TODAY" >/dev/null
  # A coordinator of the school with most sessions, the bridge officer with most contacts placed today.
  SCHOOL=$(sqlite3 "$SEED" "SELECT vestiging FROM enrichment_sessions GROUP BY vestiging
                            ORDER BY COUNT(*) DESC, vestiging LIMIT 1")
  OFFICER=$(sqlite3 "$SEED" "SELECT o.user_name FROM bridge_officers o JOIN placements p ON p.officer_id = o.id
      WHERE p.deleted = 0 AND p.from_date <= '$TODAY' AND (p.to_date IS NULL OR p.to_date >= '$TODAY')
      GROUP BY o.id ORDER BY (SELECT COUNT(*) FROM family_contacts c WHERE c.officer_id = o.id) DESC,
      o.user_name LIMIT 1")
  [ -n "$SCHOOL" ] && [ -n "$OFFICER" ] || { echo "run-demo.sh: the demo data has no sessions or placements yet" >&2; exit 2; }
  add_user() { # role user [school]
    local out
    out=$("$SERVER" --db "$DEMO/server.db" user add "$2" --role "$1" ${3:+--school "$3"} 2>/dev/null)
    echo "$1 $2 $(sed -n 's/^password: //p' <<<"$out") ${3:-}" >>"$ACCOUNTS"
  }
  add_user admin beheer
  add_user regional regio
  add_user coordinator coordinator "$SCHOOL"
  add_user officer "$OFFICER"
fi

# --- the server ------------------------------------------------------------------------------
SERVER_PID=""
cleanup() {
  trap - INT TERM EXIT
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap 'cleanup; exit 130' INT TERM
trap cleanup EXIT
"$SERVER" --db "$DEMO/server.db" --listen 127.0.0.1 --port "$PORT" >>"$DEMO/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  server_up && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "run-demo.sh: verrijkt-server stopped; see $DEMO/server.log" >&2; exit 1; }
  sleep 0.2
done
server_up || { echo "run-demo.sh: verrijkt-server does not answer at $URL; see $DEMO/server.log" >&2; exit 1; }

if [ ! -f "$DEMO/ready" ]; then
  echo "Sending the region to the server (as beheer)..."
  account admin 3 | "$CLI" --db "$DEMO/seed.db" sync --server "$URL" --user beheer >/dev/null
  echo "$TODAY" >"$DEMO/ready"
fi

school=$(account coordinator 4)
school_name=$(sqlite3 "$DEMO/seed.db" "SELECT name FROM schools WHERE vestiging = '$school'")
echo
echo "Verrijkt demo server: $URL (SQLite: $DEMO/server.db, data up to $(cat "$DEMO/ready"))"
echo "Accounts (also in $ACCOUNTS):"
printf '  %-12s %-14s %s\n' role user password
while read -r role user password rest; do
  note=""
  [ "$role" = coordinator ] && note="  ($school_name, $school)"
  [ "$role" = officer ] && note="  (bridge officer with placements)"
  printf '  %-12s %-14s %s%s\n' "$role" "$user" "$password" "$note"
done <"$ACCOUNTS"

open_app
echo
echo "Ctrl+C stops the server$([ -n "$APP_PID" ] && echo ' and the app'). Another role in a second terminal:"
echo "  bash tools/run-demo.sh --app-only --as coordinator|officer|regional|admin"
wait "$SERVER_PID"
