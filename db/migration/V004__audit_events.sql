-- The audit trail: who read or changed what about a participant, allowed or denied. Never
-- the content itself. Append-only for the application: the runtime role may insert and read
-- rows but not change, delete or truncate them; only the schema owner owns the table.
CREATE TABLE audit_event (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at         TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    actor_id            BIGINT       NOT NULL,
    actor_username      VARCHAR(64)  NOT NULL,
    actor_name          VARCHAR(200) NOT NULL,
    actor_roles         VARCHAR(200) NOT NULL,
    actor_team_ids      VARCHAR(500) NOT NULL,
    participant_id      BIGINT,
    participant_team_id BIGINT,
    record_type         VARCHAR(40)  NOT NULL,
    record_id           BIGINT,
    action              VARCHAR(20)  NOT NULL,
    outcome             VARCHAR(10)  NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED'))
);
-- No foreign keys: the trail must outlive the records and people it mentions.
CREATE INDEX audit_event_participant_idx ON audit_event (participant_id, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_team_idx ON audit_event (participant_team_id, occurred_at);

REVOKE ALL ON audit_event FROM ${app_role};
GRANT SELECT, INSERT ON audit_event TO ${app_role};
