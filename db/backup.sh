#!/usr/bin/env bash
# Backs up the Housing First database together with the roles it depends on.
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: db/backup.sh [-d DBNAME] [-o BACKUP_ROOT] [--no-role-passwords]

Writes BACKUP_ROOT/DBNAME-YYYYMMDDTHHMMSSZ/ containing
  DBNAME.dump    pg_dump custom format (-Fc): schema, data, owners and grants
  globals.sql    pg_dumpall --roles-only: every role of the server, with its attributes,
                 settings (e.g. jit = off) and password HASHES (SCRAM), not plain passwords
  DBNAME.toc     pg_restore --list of the dump (proves the archive is readable)
  MANIFEST       database, time, server and pg_dump versions
  SHA256SUMS     checksums of the files above (restore.sh checks them)

Options
  -d, --dbname NAME        database to back up (default: housingfirst)
  -o, --output-dir DIR     where backup directories go (default: $HF_BACKUP_DIR or ./backups)
  --no-role-passwords      leave password hashes out of globals.sql (needed when the
                           connecting role is not a superuser; restored roles then have
                           no password until one is set)
  -h, --help               this text

Connection: the standard libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass).
Use a superuser: only a superuser can read the roles' password hashes.

The backup holds health data and password hashes: it is created readable by its owner
only (umask 077); store and ship it encrypted.
EOF
}

dbname=housingfirst
output_root=${HF_BACKUP_DIR:-./backups}
role_passwords=()

while [[ $# -gt 0 ]]; do
	case "$1" in
		-d | --dbname) dbname=${2:?missing value for $1}; shift 2 ;;
		-o | --output-dir) output_root=${2:?missing value for $1}; shift 2 ;;
		--no-role-passwords) role_passwords=(--no-role-passwords); shift ;;
		-h | --help) usage; exit 0 ;;
		*) echo "backup.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
	esac
done

for tool in pg_dump pg_dumpall pg_restore psql sha256sum; do
	command -v "$tool" >/dev/null || { echo "backup.sh: $tool not found on PATH" >&2; exit 1; }
done

umask 077
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$output_root/$dbname-$stamp"
work="$target.partial"
if [[ -e "$target" || -e "$work" ]]; then
	echo "backup.sh: $target already exists" >&2
	exit 1
fi
mkdir -p "$work"
# A backup that did not finish must never look like one that did.
trap 'rm -rf -- "$work"' EXIT

server_version=$(psql -X -A -t -v ON_ERROR_STOP=1 -d "$dbname" -c 'SHOW server_version')

echo "backup.sh: dumping database $dbname (server $server_version)"
pg_dump --format=custom --dbname="$dbname" --file="$work/$dbname.dump"

echo "backup.sh: dumping roles"
pg_dumpall --roles-only "${role_passwords[@]}" --file="$work/globals.sql"

pg_restore --list "$work/$dbname.dump" >"$work/$dbname.toc"

cat >"$work/MANIFEST" <<EOF
database=$dbname
created_utc=$stamp
server_version=$server_version
pg_dump_version=$(pg_dump --version)
host=${PGHOST:-local socket}:${PGPORT:-5432}
EOF

(cd "$work" && sha256sum -- "$dbname.dump" globals.sql "$dbname.toc" MANIFEST >SHA256SUMS)

mv -- "$work" "$target"
trap - EXIT
echo "backup.sh: done: $target"
