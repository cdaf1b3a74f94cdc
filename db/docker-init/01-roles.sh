#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data volume
# (/docker-entrypoint-initdb.d): creates the schema owner and runtime roles and the
# housingfirst database with db/roles.sql, mounted at /opt/housingfirst/db/roles.sql.
set -euo pipefail

: "${HF_OWNER_PASSWORD:?set HF_OWNER_PASSWORD (password of the schema owner role hf_owner)}"
: "${HF_APP_PASSWORD:?set HF_APP_PASSWORD (password of the runtime role hf_app)}"

psql -X -v ON_ERROR_STOP=1 \
	--username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
	-v owner_password="$HF_OWNER_PASSWORD" \
	-v app_password="$HF_APP_PASSWORD" \
	-v app_role="${HF_DB_APP_ROLE:-hf_app}" \
	-f /opt/housingfirst/db/roles.sql
