#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests.
#
#   source tools/pg-test-server.sh start   # initdb in a temp dir, start on 127.0.0.1:<free port>,
#                                          # export VERRIJKT_TEST_PG="host=... port=... dbname=postgres user=postgres"
#   ctest ...                              # server tests now also run on PostgreSQL
#   source tools/pg-test-server.sh stop    # stop the cluster and delete it
#
# Run as root, the cluster runs as the postgres user (PostgreSQL refuses to run as root). Without
# sourcing, `start` prints the export line instead (eval "$(bash tools/pg-test-server.sh start)").
# Data is written without fsync: the cluster is for tests only and never kept.

_vpg_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then echo /usr/lib/postgresql/15/bin; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && echo "$d"
}

_vpg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

_vpg_free_port() {
  local p
  for p in $(shuf -i 20000-60000 -n 100); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

_vpg_start() {
  local bin dir port
  bin=$(_vpg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg-test-server: no PostgreSQL binaries found (install postgresql or set PG_BIN)" >&2
    return 1
  fi
  dir=$(mktemp -d /tmp/verrijkt-pg.XXXXXX) || return 1
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir" || return 1
  fi
  port=$(_vpg_free_port) || { echo "pg-test-server: no free port" >&2; return 1; }
  _vpg_as_owner "'$bin/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C --no-sync >'$dir/initdb.log' 2>&1" || {
    echo "pg-test-server: initdb failed, see $dir/initdb.log" >&2
    return 1
  }
  _vpg_as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" \
      start >'$dir/pg_ctl.log' 2>&1" || {
    echo "pg-test-server: the server did not start, see $dir/server.log" >&2
    return 1
  }
  VERRIJKT_TEST_PG="host=127.0.0.1 port=$port dbname=postgres user=postgres"
  VERRIJKT_PG_TEST_DIR="$dir"
  export VERRIJKT_TEST_PG VERRIJKT_PG_TEST_DIR
  echo "pg-test-server: PostgreSQL on 127.0.0.1:$port (data in $dir)" >&2
  if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    echo "export VERRIJKT_TEST_PG='$VERRIJKT_TEST_PG' VERRIJKT_PG_TEST_DIR='$VERRIJKT_PG_TEST_DIR'"
  fi
}

_vpg_stop() {
  local bin dir="${VERRIJKT_PG_TEST_DIR:-}"
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    echo "pg-test-server: nothing to stop (VERRIJKT_PG_TEST_DIR is not set)" >&2
    return 0
  fi
  bin=$(_vpg_bin)
  _vpg_as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null 2>&1"
  rm -rf "$dir"
  unset VERRIJKT_TEST_PG VERRIJKT_PG_TEST_DIR
  echo "pg-test-server: stopped" >&2
}

case "${1:-}" in
  start) _vpg_start ;;
  stop) _vpg_stop ;;
  *) echo "usage: source tools/pg-test-server.sh start|stop" >&2; false ;;
esac
