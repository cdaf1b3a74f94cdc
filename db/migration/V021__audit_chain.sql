-- The audit trail becomes tamper-evident (docs/adr/0009). The database, not the caller, sets
-- each row's id and time, and each row carries a hash over its own content and the previous
-- row's hash, so an edited, inserted or deleted row breaks the chain from there on. The
-- runtime role still only inserts and reads; whatever id or time it sends is replaced.
--
-- Appends are serialised by the one row of audit_chain_head, locked from the append to the
-- end of the appending transaction: two transactions appending at once queue for it, so the
-- chain never forks, and a rolled-back append leaves the head as it was.

ALTER TABLE audit_event ALTER COLUMN id DROP IDENTITY IF EXISTS;
ALTER TABLE audit_event ALTER COLUMN occurred_at DROP DEFAULT;
ALTER TABLE audit_event ADD COLUMN row_hash BYTEA;

CREATE TABLE audit_chain_head (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_id   BIGINT NOT NULL,
    last_hash BYTEA  NOT NULL
);
REVOKE ALL ON audit_chain_head FROM ${app_role};
-- The verifier, run as the runtime role, compares the last row with the head.
GRANT SELECT ON audit_chain_head TO ${app_role};

-- One field of the hashed content: its length in characters, a colon, the value; '-' for
-- NULL. Unambiguous whatever the values hold. The verifier (audit/AuditChain.java) builds the
-- same text. Every function in it is immutable or stable as declared, so PostgreSQL inlines
-- them into the trigger's expression (an int || text concatenation would not be, and made
-- each append several times slower).
CREATE FUNCTION audit_field(v TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN v IS NULL THEN '-' ELSE length(v)::TEXT || ':' || v END;

CREATE FUNCTION audit_event_content(e audit_event) RETURNS TEXT
    LANGUAGE sql STABLE
    RETURN audit_field(e.id::TEXT)
        || audit_field(to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_field(e.actor_id::TEXT)
        || audit_field(e.actor_username)
        || audit_field(e.actor_name)
        || audit_field(e.actor_roles)
        || audit_field(e.actor_team_ids)
        || audit_field(e.participant_id::TEXT)
        || audit_field(e.participant_team_id::TEXT)
        || audit_field(e.record_type)
        || audit_field(e.record_id::TEXT)
        || audit_field(e.action)
        || audit_field(e.outcome);

-- Where every chain starts.
CREATE FUNCTION audit_chain_genesis() RETURNS BYTEA
    LANGUAGE sql IMMUTABLE
    RETURN sha256(convert_to('housing-first audit chain', 'UTF8'));

-- Chains the existing rows in id order.
DO $$
DECLARE
    r audit_event;
    h BYTEA := audit_chain_genesis();
    last BIGINT := 0;
BEGIN
    FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
        h := sha256(h || convert_to(audit_event_content(r), 'UTF8'));
        UPDATE audit_event SET row_hash = h WHERE id = r.id;
        last := r.id;
    END LOOP;
    INSERT INTO audit_chain_head (last_id, last_hash) VALUES (last, h);
END $$;

ALTER TABLE audit_event ALTER COLUMN row_hash SET NOT NULL;

-- Runs as the schema owner (SECURITY DEFINER): the runtime role needs no right on the head.
CREATE FUNCTION audit_event_append() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head audit_chain_head;
BEGIN
    SELECT * INTO head FROM audit_chain_head FOR UPDATE;
    IF NOT FOUND THEN
        -- An empty trail (a new database, or tests that empty every table) starts afresh.
        INSERT INTO audit_chain_head (last_id, last_hash) VALUES (0, audit_chain_genesis())
            ON CONFLICT (singleton) DO NOTHING;
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
    END IF;
    NEW.id := head.last_id + 1;
    NEW.occurred_at := clock_timestamp();
    NEW.row_hash := sha256(head.last_hash || convert_to(audit_event_content(NEW), 'UTF8'));
    UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.row_hash;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION audit_event_append() FROM PUBLIC;

CREATE TRIGGER audit_event_append BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append();
