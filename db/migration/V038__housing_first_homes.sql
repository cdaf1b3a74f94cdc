-- Each participant's first move-in and whether they were in a home 12, 24 and 36 months after
-- it (issue 13): what days to housing, housing stability and the days in temporary housing
-- need, so that the dashboard and the yearly report no longer find every participant's first
-- move-in, and the tenancies around each anniversary, from all their tenancies on every view.
--
-- A pure function of the participant's tenancy rows, kept by triggers on tenancy in the same
-- transaction as every change to them, so no code path (a move-in, an end, a correction, an
-- erasure, an import in SQL) can forget it; housing_first_homes_rebuild() recomputes all of it.
--
-- after_12, after_24, after_36, on the day that many months after moved_in (counted only once
-- that day has come):
--   HOUSED      a tenancy covered that day, or the last one before it ended by a move to
--               another home or a bought home (the participant lives on in a home of their own);
--   DECEASED    no tenancy covered it and the last one ended by death: not counted at all;
--   NOT_HOUSED  otherwise.
CREATE TABLE housing_first_home (
    participant_id BIGINT      PRIMARY KEY REFERENCES participant (id),
    moved_in       DATE        NOT NULL,
    after_12       VARCHAR(10) NOT NULL CHECK (after_12 IN ('HOUSED', 'DECEASED', 'NOT_HOUSED')),
    after_24       VARCHAR(10) NOT NULL CHECK (after_24 IN ('HOUSED', 'DECEASED', 'NOT_HOUSED')),
    after_36       VARCHAR(10) NOT NULL CHECK (after_36 IN ('HOUSED', 'DECEASED', 'NOT_HOUSED'))
);
-- Days to housing asks for those first housed in a period.
CREATE INDEX housing_first_home_moved_in_idx ON housing_first_home (moved_in) INCLUDE (participant_id);

-- The application reads it; only the trigger functions (their owner's rights) write it.
REVOKE ALL ON housing_first_home FROM ${app_role};
GRANT SELECT ON housing_first_home TO ${app_role};

-- Where a participant stood on a day, from their tenancies (see the table's comment).
CREATE FUNCTION housing_standing_on(pid BIGINT, day DATE) RETURNS VARCHAR
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT CASE
               WHEN EXISTS (SELECT 1 FROM tenancy t
                            WHERE t.participant_id = pid AND t.first_night_on <= day
                              AND (t.ended_on IS NULL OR t.ended_on > day)) THEN 'HOUSED'
               ELSE coalesce((SELECT CASE WHEN e.end_reason IN ('MOVED_TO_OTHER_HOME', 'BOUGHT_OWN_HOME') THEN 'HOUSED'
                                          WHEN e.end_reason = 'DECEASED' THEN 'DECEASED'
                                          ELSE 'NOT_HOUSED' END
                              FROM tenancy e WHERE e.participant_id = pid AND e.ended_on <= day
                              ORDER BY e.ended_on DESC, e.id DESC LIMIT 1), 'NOT_HOUSED')
           END
$$;

-- What the rows of the participants given should be, from their tenancies alone (those never
-- moved in have none): the one computation the triggers and the rebuild share.
CREATE FUNCTION housing_first_homes_fresh(ids BIGINT[]) RETURNS SETOF housing_first_home
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT f.participant_id, f.moved_in,
           housing_standing_on(f.participant_id, CAST(f.moved_in + make_interval(months => 12) AS DATE)),
           housing_standing_on(f.participant_id, CAST(f.moved_in + make_interval(months => 24) AS DATE)),
           housing_standing_on(f.participant_id, CAST(f.moved_in + make_interval(months => 36) AS DATE))
    FROM (SELECT participant_id, min(first_night_on) AS moved_in FROM tenancy
          WHERE participant_id = ANY (ids) AND first_night_on IS NOT NULL GROUP BY participant_id) f
$$;

-- The rows of the participants given, recomputed from their tenancies. A second transaction
-- changing the same participant's tenancies waits for the first and then recomputes with the
-- first one's rows committed: a transaction-scoped lock per participant, taken in id order
-- (each statement after it reads afresh), or for a change of many participants at once (an
-- import) one lock on the whole table, which a per-participant change's writes also wait for.
CREATE FUNCTION housing_first_homes_refresh(ids BIGINT[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    one BIGINT;
BEGIN
    IF cardinality(ids) > 100 THEN
        LOCK TABLE housing_first_home IN SHARE ROW EXCLUSIVE MODE;
    ELSE
        FOR one IN SELECT DISTINCT i FROM unnest(ids) AS i WHERE i IS NOT NULL ORDER BY i LOOP
            PERFORM pg_advisory_xact_lock(31033, (one % 2147483647)::INT);
        END LOOP;
    END IF;
    DELETE FROM housing_first_home WHERE participant_id = ANY (ids);
    INSERT INTO housing_first_home SELECT * FROM housing_first_homes_fresh(ids);
END
$$;
REVOKE ALL ON FUNCTION housing_first_homes_refresh(BIGINT[]) FROM PUBLIC;

CREATE FUNCTION housing_first_homes_inserted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM housing_first_homes_refresh(ARRAY(SELECT DISTINCT participant_id FROM new_rows));
    RETURN NULL;
END
$$;
CREATE FUNCTION housing_first_homes_updated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM housing_first_homes_refresh(ARRAY(
        SELECT n.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.participant_id, n.first_night_on, n.ended_on, n.end_reason)
              IS DISTINCT FROM (o.participant_id, o.first_night_on, o.ended_on, o.end_reason)
        UNION SELECT o.participant_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.participant_id IS DISTINCT FROM o.participant_id));
    RETURN NULL;
END
$$;
CREATE FUNCTION housing_first_homes_deleted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM housing_first_homes_refresh(ARRAY(SELECT DISTINCT participant_id FROM old_rows));
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION housing_first_homes_inserted() FROM PUBLIC;
REVOKE ALL ON FUNCTION housing_first_homes_updated() FROM PUBLIC;
REVOKE ALL ON FUNCTION housing_first_homes_deleted() FROM PUBLIC;

CREATE TRIGGER tenancy_first_homes_inserted AFTER INSERT ON tenancy
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION housing_first_homes_inserted();
CREATE TRIGGER tenancy_first_homes_updated AFTER UPDATE ON tenancy
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION housing_first_homes_updated();
CREATE TRIGGER tenancy_first_homes_deleted AFTER DELETE ON tenancy
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION housing_first_homes_deleted();

-- Everything recomputed from the tenancies (for the operator, after rows were written around
-- the application with the triggers off, e.g. a restore), returning for how many participants
-- the rows had differed and how many rows there are now.
CREATE FUNCTION housing_first_homes_rebuild(OUT differed BIGINT, OUT total BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    LOCK TABLE housing_first_home IN EXCLUSIVE MODE;
    CREATE TEMPORARY TABLE fresh_first_home ON COMMIT DROP AS
    SELECT * FROM housing_first_homes_fresh(ARRAY(SELECT DISTINCT participant_id FROM tenancy));
    -- Participants whose row was wrong, missing or should not have been there.
    SELECT count(DISTINCT participant_id) INTO differed FROM (
        (SELECT * FROM fresh_first_home EXCEPT SELECT * FROM housing_first_home)
        UNION ALL (SELECT * FROM housing_first_home EXCEPT SELECT * FROM fresh_first_home)) d;
    DELETE FROM housing_first_home;
    INSERT INTO housing_first_home SELECT * FROM fresh_first_home;
    GET DIAGNOSTICS total = ROW_COUNT;
    DROP TABLE fresh_first_home;
END
$$;
REVOKE ALL ON FUNCTION housing_first_homes_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION housing_first_homes_rebuild() TO ${app_role};

SELECT housing_first_homes_rebuild();
