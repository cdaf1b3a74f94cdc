#!/usr/bin/env bash
# Compares two Housing First databases after a restore (drills/run.sh backup): every
# table's row count and content checksum, the application roles (attributes, settings,
# password hashes), every grant (database, schema, tables, sequences, functions, default
# privileges) and table owners; then checks that the audit trail is still append-only for
# the runtime role on the restored one. Exits 1 on any difference.
#
#   drills/compare.sh SOURCE_URL RESTORED_URL     (libpq URLs of a superuser)
set -euo pipefail
SRC=$1
DST=$2
APP_ROLE=${HF_DB_APP_ROLE:-hf_app}
OWNER_ROLE=${HF_DB_OWNER_ROLE:-hf_owner}
status=0
q() { psql -X -qtA -v ON_ERROR_STOP=1 "$1" -c "$2"; }

# One line per table: name, rows, md5 of all rows as text in a fixed order.
tables_sql="SELECT string_agg(format('SELECT %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(t::text, E''\\n'' ORDER BY t::text)), ''-'') FROM %I.%I t', c.relname, n.nspname, c.relname), ' UNION ALL ' ORDER BY c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"
checksums() { q "$1" "$(q "$1" "$tables_sql")" | sort; }
checksums "$SRC" > /tmp/hf-compare-src.$$
checksums "$DST" > /tmp/hf-compare-dst.$$
tables=$(wc -l < /tmp/hf-compare-src.$$)
rows=$(awk '{s += $2} END {print s}' /tmp/hf-compare-src.$$)
if diff /tmp/hf-compare-src.$$ /tmp/hf-compare-dst.$$ > /tmp/hf-compare-diff.$$; then
  echo "  [ok] $tables tables, $rows rows: every table's row count and checksum equal"
else
  echo "  [FAIL] tables differ:"; sed 's/^/    /' /tmp/hf-compare-diff.$$; status=1
fi
awk '{printf "    %-40s %8d rows  %s\n", $1, $2, $3}' /tmp/hf-compare-src.$$ | sort -k2 -n -r | head -8
echo "    (the 8 largest of $tables)"

# Roles, grants, owners: a text listing of each side, compared. A missing ACL is the
# owner's default (acldefault): pg_dump leaves out an ACL equal to the default, so a
# sequence whose default was once written out explicitly comes back as NULL, the same
# privileges.
privileges_sql="
SELECT 'role ' || r.rolname || ' super=' || r.rolsuper || ' inherit=' || r.rolinherit || ' createrole=' || r.rolcreaterole
       || ' createdb=' || r.rolcreatedb || ' login=' || r.rolcanlogin || ' bypassrls=' || r.rolbypassrls
       || ' config=' || coalesce(array_to_string(r.rolconfig, ','), '') || ' password=' || coalesce(md5(a.rolpassword), 'none')
  FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid WHERE r.rolname IN ('$APP_ROLE', '$OWNER_ROLE')
UNION ALL
SELECT 'member ' || pg_get_userbyid(roleid) || ' of ' || pg_get_userbyid(member)
  FROM pg_auth_members WHERE pg_get_userbyid(member) IN ('$APP_ROLE', '$OWNER_ROLE')
UNION ALL
SELECT 'database acl ' || (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(coalesce(datacl, acldefault('d', datdba))) x) || ' owner ' || pg_get_userbyid(datdba)
  FROM pg_database WHERE datname = current_database()
UNION ALL
SELECT 'schema ' || nspname || ' owner ' || pg_get_userbyid(nspowner) || ' acl ' || (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(coalesce(nspacl, acldefault('n', nspowner))) x)
  FROM pg_namespace WHERE nspname = 'public'
UNION ALL
SELECT 'relation ' || c.relname || ' (' || c.relkind::text || ') owner ' || pg_get_userbyid(c.relowner) || ' acl '
       || (SELECT string_agg(x::text, ',' ORDER BY x::text)
             FROM unnest(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))) x)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
UNION ALL
SELECT 'function ' || p.oid::regprocedure::text || ' owner ' || pg_get_userbyid(p.proowner) || ' secdef=' || p.prosecdef
       || ' acl ' || (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(coalesce(p.proacl, acldefault('f', p.proowner))) x)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
UNION ALL
SELECT 'trigger ' || tgrelid::regclass || '.' || tgname || ' enabled=' || tgenabled::text
  FROM pg_trigger WHERE NOT tgisinternal
UNION ALL
SELECT 'default privileges for ' || pg_get_userbyid(defaclrole) || ' on ' || defaclobjtype::text || ': '
       || array_to_string(defaclacl, ',')
  FROM pg_default_acl"
q "$SRC" "$privileges_sql" | sort > /tmp/hf-compare-src.$$
q "$DST" "$privileges_sql" | sort > /tmp/hf-compare-dst.$$
if diff /tmp/hf-compare-src.$$ /tmp/hf-compare-dst.$$ > /tmp/hf-compare-diff.$$; then
  echo "  [ok] roles (attributes, settings, password hashes), owners and grants equal:" \
    "$(grep -c '^relation' /tmp/hf-compare-src.$$) relations, $(grep -c '^function' /tmp/hf-compare-src.$$) functions," \
    "$(grep -c '^trigger' /tmp/hf-compare-src.$$) triggers, $(grep -c '^default' /tmp/hf-compare-src.$$) default-privilege entries"
else
  echo "  [FAIL] roles, owners or grants differ:"; sed 's/^/    /' /tmp/hf-compare-diff.$$; status=1
fi
rm -f /tmp/hf-compare-src.$$ /tmp/hf-compare-dst.$$ /tmp/hf-compare-diff.$$

# The audit trail on the restored database, as the runtime role: no UPDATE, DELETE or
# TRUNCATE (append-only), and its hash chain intact.
for stmt in "UPDATE audit_event SET action = 'READ' WHERE id = (SELECT min(id) FROM audit_event)" \
            "DELETE FROM audit_event WHERE id = (SELECT min(id) FROM audit_event)" \
            "TRUNCATE audit_event" \
            "UPDATE audit_chain_head SET last_hash = NULL"; do
  out=$(psql -X -qtA "${DST%%\?*}" -c "SET ROLE $APP_ROLE; $stmt" 2>&1 || true)
  if echo "$out" | grep -q "permission denied"; then
    echo "  [ok] as $APP_ROLE on the restored database: ${stmt%% WHERE*} -> permission denied"
  else
    echo "  [FAIL] as $APP_ROLE on the restored database: ${stmt%% WHERE*} -> $out"; status=1
  fi
done
exit $status
