#!/usr/bin/env bash
# Runs the "curl walk-through" of docs/sync-protocol.md exactly as written (every ```bash block
# between the walkthrough markers) against a real verrijkt-server, and checks the answers.
# usage: run_walkthrough.sh <verrijkt-server binary> <docs/sync-protocol.md>
set -euo pipefail
BIN=$(readlink -f "$1")
DOC=$2
command -v curl >/dev/null || { echo "curl is needed for the walk-through" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The blocks, in order; a free port instead of 8080 so parallel test runs do not collide.
awk '/<!-- walkthrough:begin -->/{on=1} /<!-- walkthrough:end -->/{on=0}
     on && /^```bash/{code=1; next} on && /^```/{code=0; next} code' "$DOC" > "$WORK/blocks.sh"
[ -s "$WORK/blocks.sh" ] || { echo "no walk-through blocks found in $DOC" >&2; exit 1; }
PORT=$(for p in $(shuf -i 20000-60000 -n 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; break; }; done)
# verrijkt-server on the PATH as a script that execs the binary, so `verrijkt-server ... &` gives
# the server's own PID in $! (a shell function would give a subshell's, and killing that left the
# server running after every test run).
mkdir -p "$WORK/bin"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$BIN" > "$WORK/bin/verrijkt-server"
chmod +x "$WORK/bin/verrijkt-server"
{
  echo "export PATH=\"$WORK/bin:\$PATH\" TMPDIR=\"$WORK\"" # the walk-through's mktemp -d inside $WORK
  echo "trap 'kill \${SERVER_PID:-} 2>/dev/null || true' EXIT"
  sed -e "s/^PORT=8080$/PORT=$PORT/" "$WORK/blocks.sh"
} > "$WORK/run.sh"
grep -q "^PORT=$PORT$" "$WORK/run.sh" || { echo "the walk-through no longer sets PORT=8080" >&2; exit 1; }

(cd "$WORK" && timeout 120 bash -euo pipefail run.sh) > "$WORK/out.txt" 2>&1 || {
  echo "the walk-through failed:" >&2
  cat "$WORK/out.txt" >&2
  exit 1
}

# The last block stops the server; nothing may be left listening (a loaded machine may take a
# moment to close the socket, so wait up to 5 s before calling it left running).
for _ in $(seq 1 25); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
  sleep 0.2
done
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "the walk-through left verrijkt-server running on port $PORT" >&2
  exit 1
fi

expect() {
  grep -qF -- "$1" "$WORK/out.txt" || { echo "missing in the output: $1" >&2; cat "$WORK/out.txt" >&2; exit 1; }
}
expect '"backend":"sqlite"'
expect '"acks":[{"n":1,"status":"applied"},{"n":2,"status":"applied"}]'
expect '"key":"sync.field.type"'
expect '{"n":4,"status":"applied"}'
expect '"pupils":215'
expect '"cursor":3,"head":3,"more":false,"remaining":0,"reset":false'
expect '"acks":[{"n":5,"status":"applied"}]'
expect '"pull":{"changes":[{"seq":4,"entity":"school"'
expect '"city":"Haren"'
expect '"cursor":4,"head":4,"more":false,"remaining":0,"reset":false'
expect '"name":"coordinator1","role":"coordinator","schools":["11AK00"]'
expect '"error":"upgrade_required"'
expect '{"status":"logged_out"}'
expect '"message":"token revoked; log in again"'
echo "walk-through ok"
