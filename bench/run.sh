#!/usr/bin/env bash
# The benchmark (not part of ./mvnw verify): packages the app, runs it in its production
# layout (extracted jar, 1 GB heap) on loopback against a PostgreSQL 17 it starts itself
# (the zonky binaries trial mode uses, fsync on, pg_stat_statements) or against the
# database you name, fills it with bench/generate.sql at the chosen size and drives every
# page with bench/LoadDriver.java at 1 and 16 users. See bench/README.md.
#
#   bench/run.sh S          # 1 team, 30 active                    (~6 min)
#   bench/run.sh M          # 150 caseworkers, 15 teams, 1,500 active, 10 years (~20 min)
#   bench/run.sh L          # issue 14's national size (~9 M visits, ~20 M audit rows)
#
# Settings (environment): BENCH_SEED (1), BENCH_SECONDS per phase (10), BENCH_WARMUP (30),
# BENCH_USERS (16), BENCH_PAGES (a word, or words separated by commas, to run only matching pages), BENCH_TIMEOUT for the
# whole run in seconds (3600), BENCH_DIR (/tmp/hf-bench-<size>), BENCH_SKIP_PACKAGE=1 to
# reuse target/*.jar, BENCH_KEEP=1 to leave the database and app running, BENCH_REUSE=1 to
# start the database an earlier run generated in BENCH_DIR at the same size and seed again
# instead of generating it anew.
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
LOG_NAME=bench
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
DIR=${BENCH_DIR:-/tmp/hf-bench-$SIZE}
SEED=${BENCH_SEED:-1}
TIMEOUT=${BENCH_TIMEOUT:-3600}
PG_PORT=${BENCH_PG_PORT:-55432}
APP_PORT=${BENCH_APP_PORT:-58080}

# Every run is bounded: a watchdog ends this script (and so the app and database) after TIMEOUT.
hf_watchdog "$TIMEOUT"

APP_PID=
cleanup() {
  kill "$WATCHDOG" 2>/dev/null || true
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept running: app pid ${APP_PID:-none}, database $DIR/pgdata"; return; fi
  hf_app_stop "$APP_PID"
  if [ -z "${BENCH_DB_URL:-}" ] && [ -f "$DIR/pgdata/postmaster.pid" ]; then hf_pg_ctl "$DIR" -m fast stop || true; fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT

mkdir -p "$DIR"
hf_package
hf_extract "$DIR"

REUSED=
if [ -z "${BENCH_DB_URL:-}" ] && [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$DIR/generated" ] \
   && [ "$(cut -d' ' -f1-2 "$DIR/generated")" = "$SIZE $SEED" ]; then
  # The database a previous run generated at this size and seed: started again, not refilled.
  REUSED=$(cat "$DIR/generated")
  log "reusing the database generated as: $REUSED"
  if [ "$(cut -d' ' -f3 "$DIR/generated")" != "$(date -u +%F)" ]; then
    log "note: generated on another day, so \"this week\" is not where the generator put it"
  fi
  hf_pg_ctl "$DIR" start -o "-p $PG_PORT"
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/housingfirst"
  OWNER_USER=hf_owner; OWNER_PASSWORD=hf_owner; APP_USER=hf_app; APP_PASSWORD=hf_app
  STATS_USER=postgres; STATS_PASSWORD=
  GEN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/housingfirst"
elif [ -z "${BENCH_DB_URL:-}" ]; then
  rm -f "$DIR/generated"
  hf_pg_create "$DIR" "$PG_PORT"
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

if [ -n "$REUSED" ]; then hf_forget_saves "$DIR" "$DB_URL" "$GEN_URL" || exit 1; fi
hf_app_start "$DIR" "$APP_PORT" "$DB_URL" || exit 1

if [ -z "$REUSED" ]; then
  hf_generate "$GEN_URL" "$SEED" $SECTIONS $TEAMS $CW $ACTIVE $EXITED $YEARS $AUDIT
  if [ -z "${BENCH_DB_URL:-}" ]; then echo "$SIZE $SEED $(date -u +%F)" > "$DIR/generated"; fi
fi
log "database $(psql -X -qtA "$GEN_URL" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"

log "driving the pages (${BENCH_SECONDS:-10} s per phase, 1 and ${BENCH_USERS:-16} users)"
java -Xmx256m -cp "$PGJDBC" \
  -Dbench.base="http://127.0.0.1:$APP_PORT" -Dbench.db="$DB_URL" -Dbench.dbUser="$STATS_USER" \
  -Dbench.dbPassword="$STATS_PASSWORD" -Dbench.appRole="$APP_USER" -Dbench.pid="$APP_PID" \
  -Dbench.users="${BENCH_USERS:-16}" -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warmup="${BENCH_WARMUP:-30}" \
  -Dbench.pages="${BENCH_PAGES:-}" -Dbench.out="$DIR/result-$SIZE.md" \
  "$ROOT/bench/LoadDriver.java"
log "verifying the audit chain (generated rows and those the run appended), in SQL as V021 computes it"
hf_verify_audit_chain "$GEN_URL"
log "machine: $(hf_machine)"
log "table written to $DIR/result-$SIZE.md"
