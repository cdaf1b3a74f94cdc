-- Where each participant's bo-plan and follow-up agreement stand (issue 13): the latest plan
-- version's review date and whether the participant agreed to it (its latest answer), the first
-- follow-up agreement they did not decline, and the latest "hva trengs nå?" meeting; one row
-- per participant with any of them. The dashboard's bo-plan counts, Min uke, the participant
-- page and the home page read it instead of finding four things per participant on every view:
-- measured at size L for one section (1,000 active participants) 11-16 -> about 3 ms, for every
-- section about 110 -> 20 ms.
--
-- A pure function of the participant's bo_plan_version, bo_plan_agreement, follow_up_agreement
-- and bo_plan_needs_meeting rows, kept by triggers in the same transaction as every change to
-- them (as V042 keeps the FIT standings), so no code path (a plan, an answer, an agreement, a
-- meeting, an import in SQL) can forget it; boplan_standings_rebuild() recomputes all of it.
CREATE TABLE bo_plan_standing (
    participant_id BIGINT  PRIMARY KEY REFERENCES participant (id),
    -- The latest version's (highest version_no) review date; null without a plan.
    review_on      DATE,
    -- The latest answer (highest id) to the latest version agreed: signed on paper or orally.
    plan_agreed    BOOLEAN NOT NULL,
    -- The earliest follow-up agreement not declined.
    agreed_on      DATE,
    -- The latest meeting held.
    met_on         DATE
);

-- The application reads it; only the trigger functions (their owner's rights) write it.
REVOKE ALL ON bo_plan_standing FROM ${app_role};
GRANT SELECT ON bo_plan_standing TO ${app_role};

-- What the rows of the participants given should be, from their plans, answers, agreements
-- and meetings alone: the one computation the triggers and the rebuild share.
CREATE FUNCTION boplan_standings_fresh(ids BIGINT[]) RETURNS SETOF bo_plan_standing
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT s.* FROM (
        SELECT i.id, lv.review_on,
               coalesce((SELECT a.kind FROM bo_plan_agreement a WHERE a.version_id = lv.id
                         ORDER BY a.id DESC LIMIT 1) IN ('SIGNED_ON_PAPER', 'AGREED_ORALLY'), FALSE),
               (SELECT min(f.agreed_on) FROM follow_up_agreement f
                WHERE f.participant_id = i.id AND f.kind <> 'DECLINED'),
               (SELECT max(m.held_on) FROM bo_plan_needs_meeting m WHERE m.participant_id = i.id)
        FROM (SELECT DISTINCT i FROM unnest(ids) AS i WHERE i IS NOT NULL) AS i (id)
        LEFT JOIN LATERAL (SELECT v.id, v.review_on FROM bo_plan_version v WHERE v.participant_id = i.id
                           ORDER BY v.version_no DESC LIMIT 1) lv ON TRUE
    ) AS s (participant_id, review_on, plan_agreed, agreed_on, met_on)
    WHERE s.review_on IS NOT NULL OR s.agreed_on IS NOT NULL OR s.met_on IS NOT NULL
$$;

-- The rows of the participants given, recomputed. A second transaction changing the same
-- participant's rows waits for the first and then recomputes with the first one's rows
-- committed: a transaction-scoped lock per participant, taken in id order (each statement after
-- it reads afresh), or for a change of many participants at once (an import) one lock on the
-- whole table, which a per-participant change's writes also wait for.
CREATE FUNCTION boplan_standings_refresh(ids BIGINT[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    one BIGINT;
BEGIN
    IF cardinality(ids) > 100 THEN
        LOCK TABLE bo_plan_standing IN SHARE ROW EXCLUSIVE MODE;
    ELSE
        FOR one IN SELECT DISTINCT i FROM unnest(ids) AS i WHERE i IS NOT NULL ORDER BY i LOOP
            PERFORM pg_advisory_xact_lock(31044, (one % 2147483647)::INT);
        END LOOP;
    END IF;
    DELETE FROM bo_plan_standing WHERE participant_id = ANY (ids);
    INSERT INTO bo_plan_standing SELECT * FROM boplan_standings_fresh(ids);
END
$$;
REVOKE ALL ON FUNCTION boplan_standings_refresh(BIGINT[]) FROM PUBLIC;

-- Plans, follow-up agreements and meetings name their participant; a change of one of the
-- columns a standing is made of refreshes the participants before and after it.
CREATE FUNCTION boplan_standings_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM boplan_standings_refresh(ARRAY(SELECT participant_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM boplan_standings_refresh(ARRAY(SELECT participant_id FROM old_rows));
    ELSIF TG_TABLE_NAME = 'bo_plan_version' THEN
        PERFORM boplan_standings_refresh(ARRAY(
            SELECT x.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
                   LATERAL (VALUES (n.participant_id), (o.participant_id)) x (participant_id)
            WHERE (n.participant_id, n.version_no, n.review_on)
                  IS DISTINCT FROM (o.participant_id, o.version_no, o.review_on)));
    ELSIF TG_TABLE_NAME = 'follow_up_agreement' THEN
        PERFORM boplan_standings_refresh(ARRAY(
            SELECT x.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
                   LATERAL (VALUES (n.participant_id), (o.participant_id)) x (participant_id)
            WHERE (n.participant_id, n.agreed_on, n.kind) IS DISTINCT FROM (o.participant_id, o.agreed_on, o.kind)));
    ELSE
        PERFORM boplan_standings_refresh(ARRAY(
            SELECT x.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
                   LATERAL (VALUES (n.participant_id), (o.participant_id)) x (participant_id)
            WHERE (n.participant_id, n.held_on) IS DISTINCT FROM (o.participant_id, o.held_on)));
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION boplan_standings_changed() FROM PUBLIC;

-- Answers name their plan version: its participant.
CREATE FUNCTION boplan_standings_answered() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM boplan_standings_refresh(ARRAY(
            SELECT v.participant_id FROM new_rows n JOIN bo_plan_version v ON v.id = n.version_id));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM boplan_standings_refresh(ARRAY(
            SELECT v.participant_id FROM old_rows o JOIN bo_plan_version v ON v.id = o.version_id));
    ELSE
        PERFORM boplan_standings_refresh(ARRAY(
            SELECT v.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            JOIN bo_plan_version v ON v.id IN (n.version_id, o.version_id)
            WHERE (n.version_id, n.kind) IS DISTINCT FROM (o.version_id, o.kind)));
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION boplan_standings_answered() FROM PUBLIC;

CREATE TRIGGER bo_plan_version_standings_inserted AFTER INSERT ON bo_plan_version
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER bo_plan_version_standings_updated AFTER UPDATE ON bo_plan_version
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER bo_plan_version_standings_deleted AFTER DELETE ON bo_plan_version
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER follow_up_agreement_standings_inserted AFTER INSERT ON follow_up_agreement
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER follow_up_agreement_standings_updated AFTER UPDATE ON follow_up_agreement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER follow_up_agreement_standings_deleted AFTER DELETE ON follow_up_agreement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER bo_plan_needs_meeting_standings_inserted AFTER INSERT ON bo_plan_needs_meeting
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER bo_plan_needs_meeting_standings_updated AFTER UPDATE ON bo_plan_needs_meeting
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER bo_plan_needs_meeting_standings_deleted AFTER DELETE ON bo_plan_needs_meeting
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_changed();
CREATE TRIGGER bo_plan_agreement_standings_inserted AFTER INSERT ON bo_plan_agreement
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_answered();
CREATE TRIGGER bo_plan_agreement_standings_updated AFTER UPDATE ON bo_plan_agreement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION boplan_standings_answered();
CREATE TRIGGER bo_plan_agreement_standings_deleted AFTER DELETE ON bo_plan_agreement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_answered();

-- Everything recomputed from the plans, answers, agreements and meetings (for the operator,
-- after rows were written around the application with the triggers off, e.g. a restore),
-- returning for how many participants the rows had differed and how many rows there are now.
CREATE FUNCTION boplan_standings_rebuild(OUT differed BIGINT, OUT total BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    LOCK TABLE bo_plan_standing IN EXCLUSIVE MODE;
    CREATE TEMPORARY TABLE fresh_bo_plan_standing ON COMMIT DROP AS
    SELECT * FROM boplan_standings_fresh(ARRAY(
        SELECT participant_id FROM bo_plan_version UNION SELECT participant_id FROM follow_up_agreement
        UNION SELECT participant_id FROM bo_plan_needs_meeting));
    -- Participants whose row was wrong, missing or should not have been there.
    SELECT count(DISTINCT participant_id) INTO differed FROM (
        (SELECT * FROM fresh_bo_plan_standing EXCEPT SELECT * FROM bo_plan_standing)
        UNION ALL (SELECT * FROM bo_plan_standing EXCEPT SELECT * FROM fresh_bo_plan_standing)) d;
    DELETE FROM bo_plan_standing;
    INSERT INTO bo_plan_standing SELECT * FROM fresh_bo_plan_standing;
    GET DIAGNOSTICS total = ROW_COUNT;
    DROP TABLE fresh_bo_plan_standing;
END
$$;
REVOKE ALL ON FUNCTION boplan_standings_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION boplan_standings_rebuild() TO ${app_role};

-- A TRUNCATE by the owner (a test's clean-up, a restore) leaves the standings of what is left.
CREATE FUNCTION boplan_standings_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM boplan_standings_rebuild();
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION boplan_standings_truncated() FROM PUBLIC;
CREATE TRIGGER bo_plan_version_standings_truncated AFTER TRUNCATE ON bo_plan_version
    FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_truncated();
CREATE TRIGGER bo_plan_agreement_standings_truncated AFTER TRUNCATE ON bo_plan_agreement
    FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_truncated();
CREATE TRIGGER follow_up_agreement_standings_truncated AFTER TRUNCATE ON follow_up_agreement
    FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_truncated();
CREATE TRIGGER bo_plan_needs_meeting_standings_truncated AFTER TRUNCATE ON bo_plan_needs_meeting
    FOR EACH STATEMENT EXECUTE FUNCTION boplan_standings_truncated();

SELECT boplan_standings_rebuild();
