#!/usr/bin/env bash
# Restores a backup made by db/backup.sh into a new database, with its roles and grants.
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: db/restore.sh [options] BACKUP_DIR

Restores BACKUP_DIR (made by db/backup.sh) into a NEW database:
  1. checks the files against SHA256SUMS;
  2. creates the owner and runtime roles from globals.sql when they are missing, and
     re-applies their attributes, settings (jit = off) and password hashes from the backup;
     roles that already exist are kept and brought in line, other roles are left alone;
  3. creates the database owned by the owner role, with the database-level grants
     (CONNECT for the runtime role only);
  4. runs pg_restore in one transaction WITH owners and privileges (no --no-owner, no
     --no-acl), so table ownership, the runtime role's grants and the default privileges
     come back exactly as they were;
  5. runs ANALYZE and prints a short summary.

Options
  -d, --dbname NAME      database to create (default: the backed-up database's name);
                         use another name for a restore drill next to the live database
  --owner-role ROLE      schema owner role (default: $HF_DB_OWNER_ROLE or hf_owner)
  --app-role ROLE        runtime role (default: $HF_DB_APP_ROLE or hf_app)
  --replace              drop the target database first if it exists (DROP ... WITH (FORCE):
                         ends its sessions). Without it an existing database is an error.
  --maintenance-db NAME  database to connect to for CREATE/DROP DATABASE (default: postgres)
  -h, --help             this text

Connection: the standard libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass).
Run as a superuser (it creates roles and restores other roles' ownership), with pg_restore
of the same or a newer major version than the pg_dump that made the backup.
EOF
}

dbname=
owner_role=${HF_DB_OWNER_ROLE:-hf_owner}
app_role=${HF_DB_APP_ROLE:-hf_app}
replace=false
maintenance_db=postgres
backup_dir=

while [[ $# -gt 0 ]]; do
	case "$1" in
		-d | --dbname) dbname=${2:?missing value for $1}; shift 2 ;;
		--owner-role) owner_role=${2:?missing value for $1}; shift 2 ;;
		--app-role) app_role=${2:?missing value for $1}; shift 2 ;;
		--replace) replace=true; shift ;;
		--maintenance-db) maintenance_db=${2:?missing value for $1}; shift 2 ;;
		-h | --help) usage; exit 0 ;;
		-*) echo "restore.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
		*)
			[[ -z "$backup_dir" ]] || { echo "restore.sh: only one BACKUP_DIR" >&2; exit 2; }
			backup_dir=$1; shift ;;
	esac
done
[[ -n "$backup_dir" ]] || { usage >&2; exit 2; }

for tool in pg_restore psql sha256sum; do
	command -v "$tool" >/dev/null || { echo "restore.sh: $tool not found on PATH" >&2; exit 1; }
done

fail() {
	echo "restore.sh: $*" >&2
	exit 1
}

# Names end up in SQL text below: allow plain lower-case identifiers only.
plain_identifier() {
	[[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || fail "not a plain lower-case identifier: $1"
}

[[ -f "$backup_dir/MANIFEST" && -f "$backup_dir/globals.sql" && -f "$backup_dir/SHA256SUMS" ]] \
	|| fail "$backup_dir is not a backup made by db/backup.sh"
source_db=$(sed -n 's/^database=//p' "$backup_dir/MANIFEST")
dump="$backup_dir/$source_db.dump"
[[ -f "$dump" ]] || fail "missing $dump"
dbname=${dbname:-$source_db}
for name in "$source_db" "$dbname" "$owner_role" "$app_role"; do
	plain_identifier "$name"
done

echo "restore.sh: checking checksums"
(cd "$backup_dir" && sha256sum --check --quiet SHA256SUMS) || fail "checksum mismatch in $backup_dir"

psql_admin() {
	psql -X -q -v ON_ERROR_STOP=1 -d "$maintenance_db" "$@"
}

# --- 1. Target database ------------------------------------------------------------------
drop_existing=false
exists=$(psql_admin -A -t -c "SELECT count(*) FROM pg_database WHERE datname = '$dbname'")
if [[ "$exists" != 0 ]]; then
	if [[ "$replace" == true ]]; then
		drop_existing=true
	else
		fail "database $dbname exists: restore under another name (-d) or pass --replace"
	fi
fi

# --- 2. Roles -----------------------------------------------------------------------------
# pg_dumpall writes one statement per line: "CREATE ROLE r;", "ALTER ROLE r WITH ...;",
# "ALTER ROLE r SET jit TO 'off';", "GRANT a TO b ...;". Only the application's roles are
# taken, so a restore never changes the target server's superuser or other roles.
roles_sql=$(mktemp)
trap 'rm -f -- "$roles_sql"' EXIT
{
	for role in "$owner_role" "$app_role"; do
		grep -Eq "^CREATE ROLE $role;$" "$backup_dir/globals.sql" \
			|| fail "role $role is not in $backup_dir/globals.sql"
		# shellcheck disable=SC2016 # $hf$ is SQL dollar quoting
		printf 'DO $hf$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) THEN CREATE ROLE %s; END IF; END $hf$;\n' \
			"'$role'" "$role"
		grep -E "^(ALTER ROLE|COMMENT ON ROLE) $role " "$backup_dir/globals.sql" || true
	done
	# memberships between the application's roles (none today; kept if one is added)
	grep -E "^GRANT ($owner_role|$app_role) TO ($owner_role|$app_role)[ ;]" "$backup_dir/globals.sql" || true
} >"$roles_sql"

echo "restore.sh: creating or updating roles $owner_role, $app_role"
psql_admin --single-transaction -f "$roles_sql"

# --- 3. Database --------------------------------------------------------------------------
if [[ "$drop_existing" == true ]]; then
	echo "restore.sh: dropping existing database $dbname"
	psql_admin -c "DROP DATABASE $dbname WITH (FORCE)"
fi
echo "restore.sh: creating database $dbname owned by $owner_role"
psql_admin -c "CREATE DATABASE $dbname OWNER $owner_role ENCODING 'UTF8' TEMPLATE template0"

# Database-level grants and settings live outside the schema: pg_restore applies them only
# with --create, which cannot rename the database. Take them from the archive and point
# them at the new name, after a safe baseline (nobody but the runtime role may connect).
database_grants=$(pg_restore --create --schema-only --file=- "$dump" \
	| grep -E "^(GRANT|REVOKE) .* ON DATABASE $source_db (TO|FROM) |^ALTER DATABASE $source_db SET " \
	| sed -E "s/ ON DATABASE $source_db / ON DATABASE $dbname /; s/^ALTER DATABASE $source_db SET /ALTER DATABASE $dbname SET /" \
	|| true)
psql_admin --single-transaction <<EOF
REVOKE ALL ON DATABASE $dbname FROM PUBLIC;
GRANT CONNECT ON DATABASE $dbname TO $app_role;
$database_grants
EOF

# --- 4. Schema, data, owners, grants ------------------------------------------------------
echo "restore.sh: restoring $dump into $dbname"
pg_restore --exit-on-error --single-transaction --dbname="$dbname" "$dump"
psql -X -q -v ON_ERROR_STOP=1 -d "$dbname" -c 'ANALYZE'

# --- 5. Summary ---------------------------------------------------------------------------
psql -X -v ON_ERROR_STOP=1 -d "$dbname" <<'EOF'
\pset footer off
SELECT tableowner AS owner, count(*) AS tables
  FROM pg_tables WHERE schemaname = 'public' GROUP BY tableowner;
SELECT to_regclass('public.flyway_schema_history') IS NOT NULL AS has_flyway \gset
\if :has_flyway
SELECT version AS flyway_version, description FROM flyway_schema_history
 WHERE success ORDER BY installed_rank DESC LIMIT 1;
\endif
EOF
echo "restore.sh: done: database $dbname restored from $backup_dir"
