-- Where each participant's FIT series stands (issue 13): the first and latest ORS total, the
-- latest and the one before it of SRS, and the latest session's date, one row per participant
-- with a session. The dashboard's FIT counts, Min uke and the participant page read it instead
-- of ordering every participant's sessions four times on every view: measured at size L for
-- one section (1,000 active participants) 7-9 -> 1-2 ms, for every section about 80 -> 10 ms.
--
-- A pure function of the participant's fit_session rows, kept by triggers in the same
-- transaction as every change to them (as V038 keeps the first homes), so no code path (a
-- session, a correction, an import in SQL) can forget it; fit_standings_rebuild() recomputes
-- all of it. Ties on the same day go to the later session (higher id), as before.
CREATE TABLE fit_standing (
    participant_id BIGINT        PRIMARY KEY REFERENCES participant (id),
    first_ors      NUMERIC(3, 1),
    latest_ors     NUMERIC(3, 1),
    latest_srs     NUMERIC(3, 1),
    previous_srs   NUMERIC(3, 1),
    last_session   DATE          NOT NULL
);

-- The application reads it; only the trigger functions (their owner's rights) write it.
REVOKE ALL ON fit_standing FROM ${app_role};
GRANT SELECT ON fit_standing TO ${app_role};

-- What the rows of the participants given should be, from their sessions alone: the one
-- computation the triggers and the rebuild share.
CREATE FUNCTION fit_standings_fresh(ids BIGINT[]) RETURNS SETOF fit_standing
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT s.participant_id,
           (array_agg(s.ors_total ORDER BY s.session_date, s.id) FILTER (WHERE s.ors_total IS NOT NULL))[1],
           (array_agg(s.ors_total ORDER BY s.session_date DESC, s.id DESC)
                FILTER (WHERE s.ors_total IS NOT NULL))[1],
           (array_agg(s.srs_total ORDER BY s.session_date DESC, s.id DESC)
                FILTER (WHERE s.srs_total IS NOT NULL))[1],
           (array_agg(s.srs_total ORDER BY s.session_date DESC, s.id DESC)
                FILTER (WHERE s.srs_total IS NOT NULL))[2],
           max(s.session_date)
    FROM fit_session s WHERE s.participant_id = ANY (ids)
    GROUP BY s.participant_id
$$;

-- The rows of the participants given, recomputed from their sessions. A second transaction
-- changing the same participant's sessions waits for the first and then recomputes with the
-- first one's sessions committed: a transaction-scoped lock per participant, taken in id order
-- (each statement after it reads afresh), or for a change of many participants at once (an
-- import) one lock on the whole table, which a per-participant change's writes also wait for.
CREATE FUNCTION fit_standings_refresh(ids BIGINT[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    one BIGINT;
BEGIN
    IF cardinality(ids) > 100 THEN
        LOCK TABLE fit_standing IN SHARE ROW EXCLUSIVE MODE;
    ELSE
        FOR one IN SELECT DISTINCT i FROM unnest(ids) AS i WHERE i IS NOT NULL ORDER BY i LOOP
            PERFORM pg_advisory_xact_lock(31042, (one % 2147483647)::INT);
        END LOOP;
    END IF;
    DELETE FROM fit_standing WHERE participant_id = ANY (ids);
    INSERT INTO fit_standing SELECT * FROM fit_standings_fresh(ids);
END
$$;
REVOKE ALL ON FUNCTION fit_standings_refresh(BIGINT[]) FROM PUBLIC;

CREATE FUNCTION fit_standings_inserted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM fit_standings_refresh(ARRAY(SELECT DISTINCT participant_id FROM new_rows));
    RETURN NULL;
END
$$;
-- Only a change of what the standing is made of: a participant, a date or a score.
CREATE FUNCTION fit_standings_updated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM fit_standings_refresh(ARRAY(
        SELECT n.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.participant_id, n.session_date, n.ors_total, n.srs_total)
              IS DISTINCT FROM (o.participant_id, o.session_date, o.ors_total, o.srs_total)
        UNION SELECT o.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.participant_id IS DISTINCT FROM o.participant_id));
    RETURN NULL;
END
$$;
CREATE FUNCTION fit_standings_deleted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM fit_standings_refresh(ARRAY(SELECT DISTINCT participant_id FROM old_rows));
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION fit_standings_inserted() FROM PUBLIC;
REVOKE ALL ON FUNCTION fit_standings_updated() FROM PUBLIC;
REVOKE ALL ON FUNCTION fit_standings_deleted() FROM PUBLIC;

CREATE TRIGGER fit_session_standings_inserted AFTER INSERT ON fit_session
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fit_standings_inserted();
CREATE TRIGGER fit_session_standings_updated AFTER UPDATE ON fit_session
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION fit_standings_updated();
CREATE TRIGGER fit_session_standings_deleted AFTER DELETE ON fit_session
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fit_standings_deleted();

-- An owner's TRUNCATE of the sessions (a test's clean-up, a restore) leaves no standing behind.
CREATE FUNCTION fit_standings_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM fit_standing;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION fit_standings_truncated() FROM PUBLIC;
CREATE TRIGGER fit_session_standings_truncated AFTER TRUNCATE ON fit_session
    FOR EACH STATEMENT EXECUTE FUNCTION fit_standings_truncated();

-- Everything recomputed from the sessions (for the operator, after rows were written around
-- the application with the triggers off, e.g. a restore), returning for how many participants
-- the rows had differed and how many rows there are now.
CREATE FUNCTION fit_standings_rebuild(OUT differed BIGINT, OUT total BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    LOCK TABLE fit_standing IN EXCLUSIVE MODE;
    CREATE TEMPORARY TABLE fresh_fit_standing ON COMMIT DROP AS
    SELECT * FROM fit_standings_fresh(ARRAY(SELECT DISTINCT participant_id FROM fit_session));
    -- Participants whose row was wrong, missing or should not have been there.
    SELECT count(DISTINCT participant_id) INTO differed FROM (
        (SELECT * FROM fresh_fit_standing EXCEPT SELECT * FROM fit_standing)
        UNION ALL (SELECT * FROM fit_standing EXCEPT SELECT * FROM fresh_fit_standing)) d;
    DELETE FROM fit_standing;
    INSERT INTO fit_standing SELECT * FROM fresh_fit_standing;
    GET DIAGNOSTICS total = ROW_COUNT;
    DROP TABLE fresh_fit_standing;
END
$$;
REVOKE ALL ON FUNCTION fit_standings_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fit_standings_rebuild() TO ${app_role};

SELECT fit_standings_rebuild();
