#!/usr/bin/env bash
# The drills of issue 17 (not part of ./mvnw verify): each packages the app (or reuses
# target/*.jar with DRILL_SKIP_PACKAGE=1), starts its own PostgreSQL and app on loopback
# with the pieces in bench/lib.sh, fills a small generated organisation, runs, prints its
# figures, stops everything it started and exits non-zero when a check fails. Every drill
# is bounded by a watchdog (DRILL_TIMEOUT, 900 s). See drills/README.md.
#
#   drills/run.sh crash    # ~20 caseworkers save visits for 60 s while PostgreSQL is restarted
#                          # (pg_ctl restart -m fast) and killed (-m immediate) and started again
#   drills/run.sh fifty    # 50 caseworkers at once: Min uke, participant pages, visit saves
#   drills/run.sh twin     # two app instances on one database: session, throttle, exactly-once
#   drills/run.sh backup   # db/backup.sh, db/restore.sh into a fresh cluster, compared
#
# Settings: DRILL_USERS, DRILL_SECONDS (crash 20 / 60 s, fifty 50 / 30 s), DRILL_DIR
# (/tmp/hf-drill-<name>), DRILL_PG_PORT (55440), DRILL_APP_PORT (58180; twin also +1).
set -euo pipefail

NAME=${1:-}
case "$NAME" in
  crash) USERS=${DRILL_USERS:-20}; SECONDS_=${DRILL_SECONDS:-60} ;;
  fifty) USERS=${DRILL_USERS:-50}; SECONDS_=${DRILL_SECONDS:-30} ;;
  twin | backup) USERS=4; SECONDS_=0 ;;
  *) echo "usage: drills/run.sh crash|fifty|twin|backup" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
LOG_NAME="drill $NAME"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
DIR=${DRILL_DIR:-/tmp/hf-drill-$NAME}
PG_PORT=${DRILL_PG_PORT:-55440}
APP_PORT=${DRILL_APP_PORT:-58180}
APP2_PORT=$((APP_PORT + 1))
RESTORE_PORT=$((PG_PORT + 1))
hf_watchdog "${DRILL_TIMEOUT:-900}"

APP_PID=
APP2_PID=
cleanup() {
  kill "$WATCHDOG" 2>/dev/null || true
  hf_app_stop "$APP_PID"
  hf_app_stop "$APP2_PID"
  for d in "$DIR" "$DIR/restored"; do
    if [ -f "$d/pgdata/postmaster.pid" ]; then hf_pg_ctl "$d" -m fast stop || true; fi
  done
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# The backup drill needs pg_dump of the server's major version or newer: this machine's
# client tools (psql, pg_dump) may be older than the embedded PostgreSQL 17, so the drill
# then runs on the server binaries installed with those tools.
if [ "$NAME" = backup ]; then
  DUMP_MAJOR=$(pg_dump --version | sed -E 's/.* ([0-9]+)\..*/\1/')
  if [ "$DUMP_MAJOR" -lt "${PG_VERSION%%.*}" ] && [ -z "${HF_PG_BIN:-}" ]; then
    export HF_PG_BIN=/usr/lib/postgresql/$DUMP_MAJOR/bin
    log "pg_dump on PATH is $DUMP_MAJOR, older than the embedded PostgreSQL $PG_VERSION: running on $HF_PG_BIN"
  fi
fi

rm -rf "$DIR"; mkdir -p "$DIR"
hf_package
hf_extract "$DIR"
hf_pg_create "$DIR" "$PG_PORT" 60
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/housingfirst"
SUPER_URL="postgresql://postgres@127.0.0.1:$PG_PORT/housingfirst"
hf_app_start "$DIR" "$APP_PORT" "$DB_URL" || exit 1
# 50 caseworkers in 5 teams, 300 active participants + 10 exited, one year of history.
hf_generate "$SUPER_URL" 1 1 5 10 300 10 1 2 >/dev/null

DRIVER=(java -Xmx256m -cp "$DIR/driver:$PGJDBC" -Ddrill.base="http://127.0.0.1:$APP_PORT"
  -Ddrill.db="$DB_URL" -Ddrill.dbUser=postgres -Ddrill.dbPassword= -Ddrill.password="$HF_GENERATED_PASSWORD"
  -Ddrill.users="$USERS" -Ddrill.seconds="$SECONDS_")
javac -nowarn -cp "$PGJDBC" -d "$DIR/driver" "$ROOT/bench/WebSession.java" "$ROOT/drills/DrillDriver.java"

status=0
case "$NAME" in
crash)
  log "load: $USERS caseworkers saving visits for $SECONDS_ s; PostgreSQL restarted (fast) at 15 s, killed (immediate) at 35 s"
  "${DRIVER[@]}" -Ddrill.mode=crash -Ddrill.startedFile="$DIR/load-started" DrillDriver > "$DIR/driver.out" 2>&1 &
  DRIVER_PID=$!
  # The clock starts when every caseworker is signed in and the load begins.
  for i in $(seq 1 300); do [ -f "$DIR/load-started" ] || ! kill -0 "$DRIVER_PID" 2>/dev/null && break; sleep 1; done
  sleep 15
  log "pg_ctl restart -m fast"
  T0=$(date +%s%N); hf_pg_ctl "$DIR" restart -m fast; log "  up again after $(( ($(date +%s%N) - T0) / 1000000 )) ms"
  sleep 20
  log "pg_ctl stop -m immediate (no shutdown checkpoint: crash recovery from the WAL on start)"
  T0=$(date +%s%N); hf_pg_ctl "$DIR" stop -m immediate; sleep 2; hf_pg_ctl "$DIR" start
  log "  up again after $(( ($(date +%s%N) - T0) / 1000000 )) ms"
  grep -E "database system was not properly shut down|redo done|automatic recovery" "$DIR/postgres.log" | sed 's/^/  postgres: /' || true
  wait "$DRIVER_PID" || status=1
  cat "$DIR/driver.out"
  if kill -0 "$APP_PID" 2>/dev/null; then log "the app ran through the drill (pid $APP_PID, never restarted)"; else log "the app died"; status=1; fi
  log "pool replacements in the app log: $(grep -c 'every pooled connection replaced' "$DIR/app.log" || true)"
  hf_verify_audit_chain "$SUPER_URL"
  ;;
fifty)
  log "load: $USERS caseworkers at once for $SECONDS_ s"
  "${DRIVER[@]}" -Ddrill.mode=fifty DrillDriver || status=1
  psql -X -qtA "$SUPER_URL" -c "SELECT 'sessions stored: ' || count(*) FROM spring_session" | sed 's/^/  /'
  hf_verify_audit_chain "$SUPER_URL"
  ;;
twin)
  APP1_PID=$APP_PID
  HF_APP_ARGS= hf_app_start "$DIR" "$APP2_PORT" "$DB_URL" "$DIR/app2.log" || exit 1
  APP2_PID=$APP_PID; APP_PID=$APP1_PID
  "${DRIVER[@]}" -Ddrill.mode=twin -Ddrill.base2="http://127.0.0.1:$APP2_PORT" DrillDriver || status=1
  ;;
backup)
  hf_app_stop "$APP_PID"; APP_PID=
  export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres
  "$ROOT/db/backup.sh" -d housingfirst -o "$DIR/backups"
  BACKUP=$(ls -d "$DIR"/backups/housingfirst-* | tail -1)
  mkdir -p "$DIR/restored/pg"; ln -s "$DIR/pg/bin" "$DIR/restored/pg/bin"
  hf_pg_init "$DIR/restored" "$RESTORE_PORT" 60
  PGPORT=$RESTORE_PORT "$ROOT/db/restore.sh" "$BACKUP"
  "$ROOT/drills/compare.sh" "postgresql://postgres@127.0.0.1:$PG_PORT/housingfirst" \
    "postgresql://postgres@127.0.0.1:$RESTORE_PORT/housingfirst" || status=1
  log "the app on the restored database"
  if hf_app_start "$DIR" "$APP_PORT" "jdbc:postgresql://127.0.0.1:$RESTORE_PORT/housingfirst" "$DIR/app-restored.log"; then
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/login")
    if [ "$code" = 200 ]; then log "  [ok] the app started (Flyway validated the restored schema) and serves /login"; else log "  [FAIL] /login answered $code"; status=1; fi
    if grep -q "Successfully validated\|Schema .* is up to date" "$DIR/app-restored.log"; then log "  [ok] $(grep -o 'Successfully validated [0-9]* migrations\|Schema .* is up to date.*' "$DIR/app-restored.log" | head -1)"; fi
  else
    log "  [FAIL] the app did not start on the restored database"; status=1
  fi
  ;;
esac
log "machine: $(hf_machine); other helpers' builds and tests shared the 2 cores"
if [ "$status" = 0 ]; then log "PASSED"; else log "FAILED"; fi
exit "$status"
