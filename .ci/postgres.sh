#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1 for the persistence tests, installing it from
# Debian's packages if needed. Prints the JDBC URL to use. Usage: .ci/postgres.sh [port]
set -euo pipefail
port=${1:-55432}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "Installing PostgreSQL from Debian's packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
data=/tmp/vigie-postgres-$port
if [ -f "$data/postmaster.pid" ]; then
  su postgres -c "$pgbin/pg_ctl -D $data stop -m immediate" >&2 || true
fi
rm -rf "$data"
mkdir -p "$data"
chown postgres "$data"
su postgres -c "$pgbin/initdb -D $data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$pgbin/pg_ctl -D $data -l $data/server.log -w start -o '-c listen_addresses=127.0.0.1 -p $port -c max_connections=200 -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off'" >&2
psql=("$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -c "create user vigie password 'vigie'" >&2
"${psql[@]}" -c "create database vigie_test owner vigie" >&2
echo "jdbc:postgresql://127.0.0.1:$port/vigie_test"
