#!/bin/sh
# Start or stop a throwaway PostgreSQL cluster (with PostGIS) for geomap's tests.
#
#   scripts/pg-test-cluster.sh start [DIR]   # prints the cluster's URL on stdout
#   scripts/pg-test-cluster.sh stop  [DIR]   # stops it and deletes DIR
#
# The cluster lives in a temporary directory (DIR, or a fresh `mktemp -d`),
# listens on 127.0.0.1 only, on a free port, and has one password-protected
# superuser `geomap` and one database `geomap`. The directory of the last
# cluster started is remembered in $GEOMAP_PG_STATE (default
# ${TMPDIR:-/tmp}/geomap-pg-test.dir) so `stop` needs no argument.
# Run as root, the server runs as the unprivileged `postgres` user (PostgreSQL
# refuses to run as root).
#
# GEOMAP_PG_DURABLE=1 keeps PostgreSQL's default fsync/synchronous_commit (for
# benchmarks); otherwise they are off, as nothing needs to survive a crash.
#
# Typical CI use:
#   GEOMAP_TEST_PG=$(scripts/pg-test-cluster.sh start)
#   export GEOMAP_TEST_PG
#   python -m pytest tests
#   scripts/pg-test-cluster.sh stop
set -eu

PG_BIN=${PG_BIN:-}
if [ -z "$PG_BIN" ]; then
    for v in 17 16 15 14 13; do
        if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then PG_BIN=/usr/lib/postgresql/$v/bin; break; fi
    done
fi
if [ -z "$PG_BIN" ] && command -v initdb >/dev/null 2>&1; then PG_BIN=$(dirname "$(command -v initdb)"); fi
STATE=${GEOMAP_PG_STATE:-${TMPDIR:-/tmp}/geomap-pg-test.dir}

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

as_owner() {
    # Run a PostgreSQL program as the cluster owner.
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    [ -n "$PG_BIN" ] || die "PostgreSQL server binaries not found (Debian: apt-get install postgresql-15-postgis-3)"
    dir=${1:-}
    if [ -z "$dir" ]; then dir=$(mktemp -d "${TMPDIR:-/tmp}/geomap-pg.XXXXXX"); fi
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the server"
        chown postgres "$dir"
    fi
    chmod 700 "$dir"
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    printf '%s\n' "$password" > "$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pwfile"; fi
    as_owner "$PG_BIN/initdb" -D "$dir/data" -U geomap --pwfile="$dir/pwfile" -A scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$dir/pwfile"
    # Tests need no crash safety: skip fsync unless GEOMAP_PG_DURABLE=1 (benchmarks set it).
    fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${GEOMAP_PG_DURABLE:-0}" = 1 ]; then fast=""; fi
    # Find a free port; retry if another process grabs it first.
    tries=0
    while :; do
        port=$(free_port)
        if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $fast -c max_connections=60" \
            start >/dev/null 2>&1; then
            break
        fi
        tries=$((tries + 1))
        [ "$tries" -lt 5 ] || { tail -n 20 "$dir/server.log" >&2; die "the server did not start"; }
    done
    echo "$port" > "$dir/port"
    url="postgresql://geomap:$password@127.0.0.1:$port/geomap"
    PGPASSWORD=$password "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U geomap -d postgres \
        -c "CREATE DATABASE geomap" >/dev/null || die "cannot create the database"
    printf '%s\n' "$dir" > "$STATE"
    printf '%s\n' "$url" > "$dir/url"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/url"; fi
    chmod 600 "$dir/url"
    echo "pg-test-cluster: started in $dir on 127.0.0.1:$port" >&2
    printf '%s\n' "$url"
}

stop() {
    dir=${1:-}
    if [ -z "$dir" ]; then
        [ -f "$STATE" ] || die "no cluster to stop (no $STATE; give the directory)"
        dir=$(cat "$STATE")
    fi
    [ -d "$dir/data" ] || die "$dir is not a cluster started by this script"
    [ -n "$PG_BIN" ] || die "PostgreSQL server binaries not found"
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    if [ -f "$STATE" ] && [ "$(cat "$STATE")" = "$dir" ]; then rm -f "$STATE"; fi
    echo "pg-test-cluster: stopped and removed $dir" >&2
}

case "${1:-}" in
    start) shift; start "${1:-}" ;;
    stop) shift; stop "${1:-}" ;;
    *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
