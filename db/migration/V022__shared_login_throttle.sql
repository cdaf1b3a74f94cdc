-- Failed logins, shared by every app instance (they were counted in each instance's memory).
-- The login throttle (shared/security/LoginThrottle) reads them per source address and per
-- (address, username): how many distinct unknown usernames one address tried is the sign of
-- spraying, which slows that address down; failures on one username from one address stop
-- that pair. Rows older than a day are removed as new ones come in. No password is ever here.
CREATE TABLE login_failure (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    failed_at TIMESTAMPTZ NOT NULL,
    source    VARCHAR(64) NOT NULL,
    username  VARCHAR(64) NOT NULL,
    known     BOOLEAN     NOT NULL
);
CREATE INDEX login_failure_source_idx ON login_failure (source, failed_at);
CREATE INDEX login_failure_failed_at_idx ON login_failure (failed_at);
