-- The audit trail becomes tamper-evident (docs/adr/0009). The database, not the caller, sets
-- each row's id and time, and every row is chained: audit_chain holds, in the order the rows
-- were committed, a hash over the row's content and the previous link's hash, so an edited,
-- inserted or deleted row breaks the chain from there on. The runtime role still only inserts
-- and reads audit rows; whatever id or time it sends is replaced.
--
-- The link is written at commit (a deferred constraint trigger), under a lock on the one row
-- of audit_chain_head held only from there to the end of the commit: requests append their
-- audit rows without waiting for each other, the chain never forks, and a rolled-back
-- transaction leaves no link.

ALTER TABLE audit_event ALTER COLUMN id DROP IDENTITY IF EXISTS;
ALTER TABLE audit_event ALTER COLUMN occurred_at DROP DEFAULT;
CREATE SEQUENCE audit_event_id_seq OWNED BY audit_event.id;
SELECT setval('audit_event_id_seq', coalesce((SELECT max(id) FROM audit_event), 0) + 1, false);
REVOKE ALL ON SEQUENCE audit_event_id_seq FROM ${app_role};

CREATE TABLE audit_chain (
    seq      BIGINT PRIMARY KEY,
    event_id BIGINT NOT NULL UNIQUE,
    row_hash BYTEA  NOT NULL
);
REVOKE ALL ON audit_chain FROM ${app_role};
GRANT SELECT ON audit_chain TO ${app_role};

CREATE TABLE audit_chain_head (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_seq  BIGINT NOT NULL,
    last_hash BYTEA  NOT NULL
);
REVOKE ALL ON audit_chain_head FROM ${app_role};
-- The verifier, run as the runtime role, compares the last link with the head.
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
    n BIGINT := 0;
BEGIN
    FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
        n := n + 1;
        h := sha256(h || convert_to(audit_event_content(r), 'UTF8'));
        INSERT INTO audit_chain (seq, event_id, row_hash) VALUES (n, r.id, h);
    END LOOP;
    INSERT INTO audit_chain_head (last_seq, last_hash) VALUES (n, h);
END $$;

-- At insert: the database's id and time. Runs as the schema owner (SECURITY DEFINER): the
-- runtime role needs no right on the sequence.
CREATE FUNCTION audit_event_stamp() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    NEW.id := nextval('audit_event_id_seq');
    NEW.occurred_at := clock_timestamp();
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION audit_event_stamp() FROM PUBLIC;

CREATE TRIGGER audit_event_stamp BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_stamp();

-- At commit: the row's link in the chain, after the head, which stays locked to the end of
-- the commit.
CREATE FUNCTION audit_event_chain() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head audit_chain_head;
    h BYTEA;
BEGIN
    SELECT * INTO head FROM audit_chain_head FOR UPDATE;
    IF NOT FOUND THEN
        -- An empty trail (a new database, or tests that empty every table) starts afresh.
        INSERT INTO audit_chain_head (last_seq, last_hash) VALUES (0, audit_chain_genesis())
            ON CONFLICT (singleton) DO NOTHING;
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
    END IF;
    h := sha256(head.last_hash || convert_to(audit_event_content(NEW), 'UTF8'));
    INSERT INTO audit_chain (seq, event_id, row_hash) VALUES (head.last_seq + 1, NEW.id, h);
    UPDATE audit_chain_head SET last_seq = head.last_seq + 1, last_hash = h;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION audit_event_chain() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER audit_event_chain AFTER INSERT ON audit_event
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
