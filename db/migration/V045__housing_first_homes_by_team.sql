-- Each first home carries its participant's team and restriction (issue 13), so that housing
-- stability for a section is read from the section's own rows of one index instead of every
-- first home of the country joined to every participant: measured at size L for one section
-- (3,200 homes of 33,700) about 10 -> 2 ms, for every section about 80 -> 15 ms.
--
-- The participant's team and restriction now, as every measure counts a participant for the
-- team they are in now. Copied from participant by housing_first_homes_fresh() whenever a
-- participant's tenancies change, and by a trigger on participant whenever their team or
-- restriction changes. As in V040, a tenancy change first locks its participants' rows FOR
-- SHARE: a move to another team in progress is waited for and then read as committed, and a
-- move waits for the tenancy change before it writes the new team into the rows. Neither waits
-- for the other while holding what the other needs, so a move-in that goes on to mark the
-- participant housed cannot deadlock with a move.
ALTER TABLE housing_first_home ADD COLUMN team_id BIGINT, ADD COLUMN restricted BOOLEAN;

UPDATE housing_first_home h SET team_id = p.team_id, restricted = p.restricted
FROM participant p WHERE p.id = h.participant_id;

ALTER TABLE housing_first_home ALTER COLUMN team_id SET NOT NULL, ALTER COLUMN restricted SET NOT NULL;

-- Stability asks for a section's homes moved into by a day: the index alone answers it.
CREATE INDEX housing_first_home_team_idx ON housing_first_home (team_id, moved_in)
    INCLUDE (restricted, after_12, after_24, after_36);

-- As in V038, with the participant's team and restriction.
CREATE OR REPLACE FUNCTION housing_first_homes_fresh(ids BIGINT[]) RETURNS SETOF housing_first_home
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT f.participant_id, f.moved_in,
           housing_standing_on(f.participant_id, CAST(f.moved_in + make_interval(months => 12) AS DATE)),
           housing_standing_on(f.participant_id, CAST(f.moved_in + make_interval(months => 24) AS DATE)),
           housing_standing_on(f.participant_id, CAST(f.moved_in + make_interval(months => 36) AS DATE)),
           p.team_id, p.restricted
    FROM (SELECT participant_id, min(first_night_on) AS moved_in FROM tenancy
          WHERE participant_id = ANY (ids) AND first_night_on IS NOT NULL GROUP BY participant_id) f
    JOIN participant p ON p.id = f.participant_id
$$;

-- As in V038, with the participants' rows locked FOR SHARE (see above) before they are read.
CREATE OR REPLACE FUNCTION housing_first_homes_refresh(ids BIGINT[]) RETURNS void
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
    PERFORM 1 FROM participant WHERE id = ANY (ids) ORDER BY id FOR SHARE;
    DELETE FROM housing_first_home WHERE participant_id = ANY (ids);
    INSERT INTO housing_first_home SELECT * FROM housing_first_homes_fresh(ids);
END
$$;

-- A participant moved to another team, or restricted or released: their first home follows.
-- The update holds the participant's row, so a tenancy change for them either committed before
-- (and its row is updated here) or waits for this transaction and then reads the new team.
CREATE FUNCTION housing_first_homes_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE housing_first_home h SET team_id = n.team_id, restricted = n.restricted
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE h.participant_id = n.id AND (n.team_id, n.restricted) IS DISTINCT FROM (o.team_id, o.restricted);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION housing_first_homes_moved() FROM PUBLIC;

CREATE TRIGGER participant_first_homes_moved AFTER UPDATE ON participant
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION housing_first_homes_moved();
