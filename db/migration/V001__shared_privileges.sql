-- Flyway runs as the schema owner; the application connects as a separate runtime role
-- (placeholder app_role) that may only read and write rows. Every table created from here
-- on by the owner grants plain DML to the runtime role; tables that must be append-only
-- (the audit trail) revoke what they must in their own migration.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
