-- Erasure of a participant's personal data after the retention period, or on request, and
-- the audit trail's own retention (docs/adr/0015, GDPR art. 5(1)(e) and 17).
--
-- An erased participant keeps its row and every date, status, reason code and count the
-- dashboards and the yearly report read; names, contact details and free texts are gone.
-- participant_erasure says that, when, and on what ground it happened (never what was
-- erased); the audit trail says who did it.
CREATE TABLE participant_erasure (
    participant_id BIGINT        PRIMARY KEY REFERENCES participant (id),
    erased_at      TIMESTAMPTZ   NOT NULL,
    kind           VARCHAR(20)   NOT NULL CHECK (kind IN ('RETENTION', 'REQUEST')),
    -- For an erasure on request: the section leader, and why (required then).
    erased_by      BIGINT REFERENCES staff_member (id),
    ground         VARCHAR(1000),
    CONSTRAINT participant_erasure_request_has_ground
        CHECK ((kind = 'REQUEST') = (erased_by IS NOT NULL AND ground IS NOT NULL))
);
-- An erasure is written once.
REVOKE UPDATE, DELETE, TRUNCATE ON participant_erasure FROM ${app_role};

-- The history tables the runtime role may only append to hold old and new values of free
-- texts too. They are erased by functions that run as the schema owner, one per module,
-- and only for participants that have left follow-up and whose erasure is recorded (in the
-- same transaction): the runtime role still cannot change history of anyone else.
CREATE FUNCTION erasable_participants(ids BIGINT[]) RETURNS BIGINT[]
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(p.id), '{}')
    FROM participant p JOIN participant_erasure e ON e.participant_id = p.id
    WHERE p.id = ANY (ids) AND p.status = 'EXITED'
$$;

-- participant: the history of changes to the record (phone, where they stay, ...).
CREATE FUNCTION participant_erase_history(ids BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    erasable BIGINT[] := erasable_participants(ids);
BEGIN
    UPDATE participant_change SET old_value = NULL, new_value = NULL, reason = NULL
    WHERE participant_id = ANY (erasable)
      AND (old_value IS NOT NULL OR new_value IS NOT NULL OR reason IS NOT NULL);
END $$;

-- visitlog: corrections of visits (the old and new note, among others).
CREATE FUNCTION visitlog_erase_history(ids BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    erasable BIGINT[] := erasable_participants(ids);
BEGIN
    UPDATE visit_correction c SET old_value = NULL, new_value = NULL
    FROM visit v
    WHERE v.id = c.visit_id AND v.participant_id = ANY (erasable)
      AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL);
END $$;

-- housing: corrections of a lease (landlord, among others).
CREATE FUNCTION housing_erase_history(ids BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    erasable BIGINT[] := erasable_participants(ids);
BEGIN
    UPDATE tenancy_correction c SET old_value = NULL, new_value = NULL
    FROM tenancy t
    WHERE t.id = c.tenancy_id AND t.participant_id = ANY (erasable)
      AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL);
END $$;

-- firstrent: corrections of NAV's confirmation (the payment reference, among others).
CREATE FUNCTION firstrent_erase_history(ids BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    erasable BIGINT[] := erasable_participants(ids);
BEGIN
    UPDATE first_rent_correction c SET old_value = NULL, new_value = NULL
    FROM first_rent_task f
    WHERE f.id = c.first_rent_task_id AND f.participant_id = ANY (erasable)
      AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL);
END $$;

-- tenancy: changes of complaints and other events in a home.
CREATE FUNCTION tenancy_erase_history(ids BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    erasable BIGINT[] := erasable_participants(ids);
BEGIN
    UPDATE tenancy_event_change c SET old_value = NULL, new_value = NULL
    FROM tenancy_event e
    WHERE e.id = c.event_id AND e.participant_id = ANY (erasable)
      AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL);
END $$;

-- boplan: every version of the plan and the follow-up agreement, the goals, the answers,
-- the "what is needed now" meetings. The dates, versions, cadence, life areas, goal
-- statuses and kinds of answer stay (the cadence and the measures count them).
CREATE FUNCTION boplan_erase(ids BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    erasable BIGINT[] := erasable_participants(ids);
BEGIN
    UPDATE bo_plan_goal g SET wording = '', steps = NULL, other_name = NULL, note = NULL
    FROM bo_plan_version v
    WHERE v.id = g.version_id AND v.participant_id = ANY (erasable)
      AND (g.wording <> '' OR g.steps IS NOT NULL OR g.other_name IS NOT NULL OR g.note IS NOT NULL);
    UPDATE bo_plan_agreement a SET comment = NULL
    FROM bo_plan_version v
    WHERE v.id = a.version_id AND v.participant_id = ANY (erasable) AND a.comment IS NOT NULL;
    UPDATE bo_plan_version SET lasting_home = '', resources = NULL, wanted_services = NULL,
        unwanted_services = NULL, involved = NULL, crisis_signs = NULL, crisis_helps = NULL,
        crisis_contacts = NULL, step_down_criteria = NULL
    WHERE participant_id = ANY (erasable)
      AND (lasting_home <> '' OR num_nonnulls(resources, wanted_services, unwanted_services, involved,
           crisis_signs, crisis_helps, crisis_contacts, step_down_criteria) > 0);
    UPDATE follow_up_agreement SET visit_arrangement = NULL, unreachable_plan = '', crisis_contacts = NULL,
        comment = NULL
    WHERE participant_id = ANY (erasable)
      AND (unreachable_plan <> '' OR num_nonnulls(visit_arrangement, crisis_contacts, comment) > 0);
    UPDATE bo_plan_needs_meeting SET attendees = '', outcome = ''
    WHERE participant_id = ANY (erasable) AND (attendees <> '' OR outcome <> '');
END $$;

-- survey: the free-text answer (the scores stay: they are read only as a team's half-year
-- aggregate, at least five answers each).
CREATE FUNCTION survey_erase(ids BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    erasable BIGINT[] := erasable_participants(ids);
BEGIN
    UPDATE survey_response SET free_text = NULL
    WHERE participant_id = ANY (erasable) AND free_text IS NOT NULL;
END $$;

REVOKE ALL ON FUNCTION erasable_participants(BIGINT[]), participant_erase_history(BIGINT[]),
    visitlog_erase_history(BIGINT[]), housing_erase_history(BIGINT[]), firstrent_erase_history(BIGINT[]),
    tenancy_erase_history(BIGINT[]), boplan_erase(BIGINT[]), survey_erase(BIGINT[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION participant_erase_history(BIGINT[]), visitlog_erase_history(BIGINT[]),
    housing_erase_history(BIGINT[]), firstrent_erase_history(BIGINT[]), tenancy_erase_history(BIGINT[]),
    boplan_erase(BIGINT[]), survey_erase(BIGINT[]) TO ${app_role};

-- A voided visit is final (V013), except that its free texts may be erased: emptied, with
-- every other column as it was, and only once the participant's erasure is recorded (so the
-- runtime role cannot empty a voided visit of anyone else). Texts a constraint requires stay
-- as empty strings.
CREATE OR REPLACE FUNCTION visit_voided_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kept visit;
BEGIN
    IF OLD.voided_at IS NOT NULL THEN
        kept := NEW;
        kept.note := OLD.note;
        kept.no_contact_text := OLD.no_contact_text;
        kept.void_comment := OLD.void_comment;
        IF kept IS NOT DISTINCT FROM OLD AND coalesce(NEW.note, '') = '' AND coalesce(NEW.no_contact_text, '') = ''
                AND coalesce(NEW.void_comment, '') = ''
                AND EXISTS (SELECT 1 FROM participant_erasure e WHERE e.participant_id = OLD.participant_id) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'visit % is voided and cannot change', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;

-- The audit trail's own retention. Rows older than the retention period are deleted from
-- the start of the chain by audit_purge, which runs as the schema owner: the runtime role
-- still cannot update or delete audit rows itself. The chain stays verifiable from an
-- anchor: the place and hash of the last link purged, where verification starts
-- (audit/AuditChain.java) instead of at the genesis hash.
CREATE TABLE audit_chain_anchor (
    singleton  BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    seq        BIGINT      NOT NULL,
    row_hash   BYTEA       NOT NULL,
    purged_at  TIMESTAMPTZ NOT NULL,
    cutoff     TIMESTAMPTZ NOT NULL
);
REVOKE ALL ON audit_chain_anchor FROM ${app_role};
GRANT SELECT ON audit_chain_anchor TO ${app_role};

-- Deletes the links (and their rows) from the start of the chain up to the first row that
-- is not older than the cutoff. Whatever cutoff the caller gives, nothing younger than two
-- years is deleted: the floor is here, so a compromised application cannot purge recent
-- rows. Returns how many rows were deleted.
CREATE FUNCTION audit_purge(cutoff TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    effective TIMESTAMPTZ := least(cutoff, now() - INTERVAL '2 years');
    last_kept BIGINT;
    upto BIGINT;
    anchor_hash BYTEA;
    purged BIGINT;
BEGIN
    -- Appends link under the head's lock at commit: hold it, so the chain does not move.
    PERFORM 1 FROM audit_chain_head FOR UPDATE;
    SELECT min(c.seq) INTO last_kept
    FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id
    WHERE e.id IS NULL OR e.occurred_at >= effective;
    IF last_kept IS NULL THEN
        SELECT max(seq) INTO upto FROM audit_chain;
    ELSE
        upto := last_kept - 1;
    END IF;
    IF upto IS NULL OR upto < 1 OR NOT EXISTS (SELECT 1 FROM audit_chain WHERE seq = upto) THEN
        RETURN 0;
    END IF;
    SELECT row_hash INTO anchor_hash FROM audit_chain WHERE seq = upto;
    DELETE FROM audit_event e USING audit_chain c WHERE c.event_id = e.id AND c.seq <= upto;
    GET DIAGNOSTICS purged = ROW_COUNT;
    DELETE FROM audit_chain WHERE seq <= upto;
    INSERT INTO audit_chain_anchor (seq, row_hash, purged_at, cutoff)
    VALUES (upto, anchor_hash, now(), effective)
    ON CONFLICT (singleton) DO UPDATE
        SET seq = EXCLUDED.seq, row_hash = EXCLUDED.row_hash, purged_at = EXCLUDED.purged_at,
            cutoff = EXCLUDED.cutoff;
    RETURN purged;
END $$;
REVOKE ALL ON FUNCTION audit_purge(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_purge(TIMESTAMPTZ) TO ${app_role};
