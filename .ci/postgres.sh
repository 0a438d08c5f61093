#!/bin/sh
# Makes a PostgreSQL server available for the storage and registry tests, idempotently:
# installs Debian's postgresql when missing, starts the cluster, creates role and database
# aimaq / aimaq_test, and prints the JDBC URL the tests read from AIMAQ_TEST_PG_URL.
# Runs as root (CI) or through sudo when available.
set -eu

ROLE=aimaq
PASSWORD=aimaq
DATABASE=aimaq_test
PORT=5432

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "postgres.sh: installing postgresql from the Debian packages" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    as_root pg_createcluster "$VERSION" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 == "online" { up = 1 } END { exit !up }'; then
    as_root pg_ctlcluster "$VERSION" main start
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')

# Wait until the server accepts connections (a fresh start takes a moment).
tries=0
until as_postgres psql -p "$PORT" -qAtc 'select 1' >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
        echo "postgres.sh: PostgreSQL $VERSION did not accept connections on port $PORT" >&2
        exit 1
    fi
    sleep 1
done

if [ "$(as_postgres psql -p "$PORT" -qAtc "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]; then
    as_postgres psql -p "$PORT" -qc "create role $ROLE login password '$PASSWORD'"
fi
# The central-mode security tests make database users of their own (two logins and a group role).
as_postgres psql -p "$PORT" -qc "alter role $ROLE createrole"
if [ "$(as_postgres psql -p "$PORT" -qAtc "select 1 from pg_database where datname = '$DATABASE'")" != 1 ]; then
    as_postgres psql -p "$PORT" -qc "create database $DATABASE owner $ROLE encoding 'UTF8' template template0"
fi

echo "jdbc:postgresql://localhost:$PORT/$DATABASE?user=$ROLE&password=$PASSWORD"
