-- A change made on a phone without signal (a visit queued offline, docs/adr/0012) reaches the
-- server later than it was recorded. The audit row keeps both: occurred_at is when the server
-- stored it (set by the database, as before), recorded_at when the caseworker recorded it on
-- the phone (as the phone's clock says; NULL for everything recorded on the server).
ALTER TABLE audit_event ADD COLUMN recorded_at TIMESTAMPTZ;

-- The chain covers the new field too, but only where it is set: every row written before this
-- migration (and every row without it) hashes to exactly the same text as before, so the
-- existing chain stays valid. The verifier (audit/AuditChain.java) builds the same text.
CREATE OR REPLACE FUNCTION audit_event_content(e audit_event) RETURNS TEXT
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
        || audit_field(e.outcome)
        || CASE WHEN e.recorded_at IS NULL THEN ''
                ELSE audit_field(to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) END;
