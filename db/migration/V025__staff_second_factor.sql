-- The second factor after the password (docs/adr/0013). An authenticator app's secret is
-- stored encrypted (AES-256-GCM, the key is outside the database: HF_SECOND_FACTOR_KEY) and
-- never shown again after enrolment; last_step is the time step of the last code accepted, so
-- a code cannot be used twice, nor an older one after it. Recovery codes are stored as
-- SHA-256 hashes (they are 60-bit random strings, so no slow hash is needed), each usable once.
CREATE TABLE staff_totp (
    staff_member_id BIGINT      PRIMARY KEY REFERENCES staff_member (id) ON DELETE CASCADE,
    secret          BYTEA       NOT NULL,
    enrolled_at     TIMESTAMPTZ NOT NULL,
    last_step       BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE staff_recovery_code (
    id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_member_id BIGINT      NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
    code_hash       CHAR(64)    NOT NULL,
    used_at         TIMESTAMPTZ,
    CONSTRAINT staff_recovery_code_uk UNIQUE (staff_member_id, code_hash)
);
REVOKE TRUNCATE ON staff_totp, staff_recovery_code FROM ${app_role};
