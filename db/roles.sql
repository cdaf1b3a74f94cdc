-- Creates the Housing First database and its two login roles. Run once per server as a
-- superuser (or a role with CREATEROLE and CREATEDB); safe to run again: missing roles and
-- the database are created, passwords and settings are (re)applied.
--
--   psql -v ON_ERROR_STOP=1 -d postgres \
--        -v owner_password='...' -v app_password='...' -f db/roles.sql
--
-- Optional variables: owner_role (default hf_owner), app_role (default hf_app; must match
-- HF_DB_APP_ROLE), db_name (default housingfirst).
--
-- Why two roles:
--   * The OWNER role (hf_owner) owns the database, the schema objects and the Flyway
--     history. Only Flyway connects as it (SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD).
--   * The RUNTIME role (hf_app) is what the running application connects as
--     (SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD). It owns nothing and may only
--     read and write rows in the tables it was granted (V001 sets default privileges so
--     every table the owner creates grants it SELECT, INSERT, UPDATE, DELETE).
--   A table owner can always grant itself back any privilege and can ALTER, DROP or
--   TRUNCATE its tables, so the audit trail can only be append-only if the application's
--   role does not own it. Least privilege also means a SQL injection or a stolen runtime
--   password cannot change the schema.
--
-- Note: passwords are sent to the server in ALTER ROLE and stored as SCRAM hashes
-- (password_encryption = scram-sha-256, the default since PostgreSQL 14). Do not run this
-- script on a server that logs all statements (log_statement = 'all' or 'ddl').

\set ON_ERROR_STOP on

\if :{?owner_role}
\else
\set owner_role hf_owner
\endif
\if :{?app_role}
\else
\set app_role hf_app
\endif
\if :{?db_name}
\else
\set db_name housingfirst
\endif
\if :{?owner_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: variable owner_password is required'; END $$;
\endif
\if :{?app_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: variable app_password is required'; END $$;
\endif
SELECT :'owner_password' = '' OR :'app_password' = '' AS hf_empty_password \gset
\if :hf_empty_password
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: owner_password and app_password must not be empty'; END $$;
\endif

-- Roles (cluster-wide). CREATE ROLE has no IF NOT EXISTS: \gexec runs the statement only
-- when the query returns a row, i.e. when the role is missing.
SELECT format('CREATE ROLE %I', :'owner_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner_role') \gexec
SELECT format('CREATE ROLE %I', :'app_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_role') \gexec

-- Neither role gets any cluster-wide power; the owner's rights come from owning the
-- database, not from attributes.
ALTER ROLE :"owner_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'owner_password';
ALTER ROLE :"app_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'app_password';

-- JIT compilation made the caseload dashboards' aggregate queries slower, not faster.
ALTER ROLE :"app_role" SET jit = off;

-- The database, owned by the schema owner.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db_name', :'owner_role', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec
ALTER DATABASE :"db_name" OWNER TO :"owner_role";

-- Nobody but the two roles may connect or create temporary tables (PUBLIC has CONNECT and
-- TEMPORARY on every new database by default).
REVOKE ALL ON DATABASE :"db_name" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db_name" TO :"app_role";

-- Schema privileges are per database.
\connect :"db_name"

-- Since PostgreSQL 15 the public schema belongs to pg_database_owner (here: the owner
-- role) and PUBLIC may no longer create in it; say so explicitly anyway, so the runtime
-- role can never create tables, views or functions, whatever the server's version.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner_role')
  FROM pg_namespace
 WHERE nspname = 'public'
   AND nspowner IS DISTINCT FROM (SELECT oid FROM pg_roles WHERE rolname = 'pg_database_owner') \gexec
GRANT USAGE ON SCHEMA public TO :"app_role";

\echo roles.sql: roles :owner_role and :app_role, database :db_name ready
