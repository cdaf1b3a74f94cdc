-- Visits and their minutes per team, ISO week (its Monday) and caseworker who logged them
-- (issue 13): the dashboard's direct client time read from about a hundred rows per team and
-- quarter instead of every participant's weeks (visit_week, V024) joined to the participant.
--
-- Derived from visit_week and the participant's team and restriction, kept by triggers in the
-- same transaction as every change to either, so no code path (a visit saved, corrected or
-- voided, a roll-up rebuild, an erasure, an import in SQL, a move to another team, a
-- restriction) can forget it; visit_team_weeks_rebuild() recomputes all of it.
-- A participant's visits count for the team they are in now, as the pages always counted them.
--
-- Kept by adding and subtracting: each statement that changes visit_week adds its new rows and
-- subtracts its old ones; a participant's change of team or restriction moves all their weeks;
-- a key whose visits and minutes fall to 0 is deleted. The counts have no CHECK (>= 0):
-- PostgreSQL checks the row an INSERT ... ON CONFLICT proposes, a negative change included,
-- before it finds the row to add it to; the rebuild reports drift instead.
--
-- Each trigger call locks its keys in key order. One statement on visit_week can fire its
-- delete, update and insert triggers one after the other, so two transactions could still lock
-- the same two keys in opposite orders: the same caseworker's visits to two participants of one
-- team corrected across the same two weeks in opposite directions at the same moment, or such a
-- correction while one of them moves team. PostgreSQL then ends one of them; the visit log
-- answers "not saved, send again" with what was typed kept, and the submission key saves it once.
-- A lock per team would rule that out, but it made every save in a team wait for the one before
-- to commit (measured at L: 178 -> 98 saves/s at 16 users).
CREATE TABLE visit_team_week (
    team_id       BIGINT  NOT NULL,
    week_monday   DATE    NOT NULL,
    caseworker_id BIGINT  NOT NULL,
    restricted    BOOLEAN NOT NULL,
    visits        BIGINT  NOT NULL,
    minutes       BIGINT  NOT NULL,
    PRIMARY KEY (team_id, week_monday, caseworker_id, restricted) INCLUDE (visits, minutes)
);

-- The application reads it; only the trigger functions (their owner's rights) write it.
REVOKE ALL ON visit_team_week FROM ${app_role};
GRANT SELECT ON visit_team_week TO ${app_role};

-- Adds changes (negative to subtract) to their keys, in key order; keys left at zero are
-- deleted.
CREATE FUNCTION visit_team_weeks_apply(changes visit_team_week[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO visit_team_week AS t (team_id, week_monday, caseworker_id, restricted, visits, minutes)
    SELECT c.team_id, c.week_monday, c.caseworker_id, c.restricted, c.visits, c.minutes
    FROM unnest(changes) c
    WHERE c.visits <> 0 OR c.minutes <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (team_id, week_monday, caseworker_id, restricted) DO UPDATE
    SET visits = t.visits + EXCLUDED.visits, minutes = t.minutes + EXCLUDED.minutes;
    DELETE FROM visit_team_week t USING unnest(changes) c
    WHERE (t.team_id, t.week_monday, t.caseworker_id, t.restricted)
          = (c.team_id, c.week_monday, c.caseworker_id, c.restricted)
      AND t.visits = 0 AND t.minutes = 0;
END
$$;
REVOKE ALL ON FUNCTION visit_team_weeks_apply(visit_team_week[]) FROM PUBLIC;

-- Adds the visits and minutes given (negative to subtract), keyed by participant, to their
-- participant's current team. The participants' rows are locked FOR SHARE first (in id order):
-- a change of team or restriction in progress is waited for and then read as committed, and a
-- change of team waits for this transaction before it moves the participant's weeks.
CREATE FUNCTION visit_team_weeks_add(participant_ids BIGINT[], mondays DATE[], caseworkers BIGINT[],
                                     visits BIGINT[], minutes BIGINT[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM 1 FROM participant WHERE id = ANY (participant_ids) ORDER BY id FOR SHARE;
    PERFORM visit_team_weeks_apply(ARRAY(
        SELECT ROW(p.team_id, d.week_monday, d.caseworker_id, p.restricted, sum(d.visits), sum(d.minutes))::visit_team_week
        FROM unnest(participant_ids, mondays, caseworkers, visits, minutes)
                 AS d (participant_id, week_monday, caseworker_id, visits, minutes)
        JOIN participant p ON p.id = d.participant_id
        GROUP BY p.team_id, d.week_monday, d.caseworker_id, p.restricted));
END
$$;
REVOKE ALL ON FUNCTION visit_team_weeks_add(BIGINT[], DATE[], BIGINT[], BIGINT[], BIGINT[]) FROM PUBLIC;

CREATE FUNCTION visit_team_weeks_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    ids BIGINT[]; mondays DATE[]; caseworkers BIGINT[]; visits BIGINT[]; minutes BIGINT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(participant_id), array_agg(week_monday), array_agg(caseworker_id),
               array_agg(n.visits::BIGINT), array_agg(n.minutes::BIGINT)
        INTO ids, mondays, caseworkers, visits, minutes FROM new_rows n;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(participant_id), array_agg(week_monday), array_agg(caseworker_id),
               array_agg(d.visits), array_agg(d.minutes)
        INTO ids, mondays, caseworkers, visits, minutes
        FROM (SELECT participant_id, week_monday, caseworker_id, n.visits::BIGINT AS visits,
                     n.minutes::BIGINT AS minutes FROM new_rows n
              UNION ALL
              SELECT participant_id, week_monday, caseworker_id, -o.visits::BIGINT, -o.minutes::BIGINT
              FROM old_rows o) d;
    ELSE
        SELECT array_agg(participant_id), array_agg(week_monday), array_agg(caseworker_id),
               array_agg(-o.visits::BIGINT), array_agg(-o.minutes::BIGINT)
        INTO ids, mondays, caseworkers, visits, minutes FROM old_rows o;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM visit_team_weeks_add(ids, mondays, caseworkers, visits, minutes);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION visit_team_weeks_changed() FROM PUBLIC;

CREATE TRIGGER visit_week_team_weeks_inserted AFTER INSERT ON visit_week
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION visit_team_weeks_changed();
CREATE TRIGGER visit_week_team_weeks_updated AFTER UPDATE ON visit_week
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION visit_team_weeks_changed();
CREATE TRIGGER visit_week_team_weeks_deleted AFTER DELETE ON visit_week
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION visit_team_weeks_changed();

-- An owner's TRUNCATE of the weekly roll-ups (the application cannot) empties this one too.
CREATE FUNCTION visit_team_weeks_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM visit_team_week;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION visit_team_weeks_truncated() FROM PUBLIC;
CREATE TRIGGER visit_week_team_weeks_truncated AFTER TRUNCATE ON visit_week
    FOR EACH STATEMENT EXECUTE FUNCTION visit_team_weeks_truncated();

-- A participant moved to another team, or restricted or released: all their weeks move from
-- the old key to the new. The update holds the participant's row, so a visit being saved for
-- them meanwhile either committed before (and is moved here) or waits and adds to the new key.
CREATE FUNCTION visit_team_weeks_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM visit_team_weeks_apply(ARRAY(
        SELECT ROW(k.team_id, w.week_monday, w.caseworker_id, k.restricted,
                   sum(k.sign * w.visits), sum(k.sign * w.minutes))::visit_team_week
        FROM (SELECT n.id, n.team_id, n.restricted, 1 AS sign
              FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE (n.team_id, n.restricted) IS DISTINCT FROM (o.team_id, o.restricted)
              UNION ALL
              SELECT o.id, o.team_id, o.restricted, -1
              FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE (n.team_id, n.restricted) IS DISTINCT FROM (o.team_id, o.restricted)) k
        JOIN visit_week w ON w.participant_id = k.id
        GROUP BY k.team_id, w.week_monday, w.caseworker_id, k.restricted));
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION visit_team_weeks_moved() FROM PUBLIC;

CREATE TRIGGER participant_team_weeks_moved AFTER UPDATE ON participant
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION visit_team_weeks_moved();

-- Everything recomputed from visit_week (for the operator, after rows were written around the
-- triggers, e.g. a restore), returning how many keys had differed and how many rows there are.
CREATE FUNCTION visit_team_weeks_rebuild(OUT differed BIGINT, OUT total BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Changes wait (their triggers write the table) until this commits, and then add to it.
    LOCK TABLE visit_team_week IN EXCLUSIVE MODE;
    CREATE TEMPORARY TABLE fresh_team_week ON COMMIT DROP AS
    SELECT p.team_id, w.week_monday, w.caseworker_id, p.restricted,
           sum(w.visits)::BIGINT AS visits, sum(w.minutes)::BIGINT AS minutes
    FROM visit_week w JOIN participant p ON p.id = w.participant_id
    GROUP BY p.team_id, w.week_monday, w.caseworker_id, p.restricted;
    -- Every row that differs counts, one of zeros or below zero included.
    SELECT count(*) INTO differed FROM (
        (SELECT * FROM pg_temp.fresh_team_week EXCEPT SELECT * FROM visit_team_week)
        UNION ALL (SELECT * FROM visit_team_week EXCEPT SELECT * FROM pg_temp.fresh_team_week)) d;
    DELETE FROM visit_team_week;
    INSERT INTO visit_team_week SELECT * FROM pg_temp.fresh_team_week;
    GET DIAGNOSTICS total = ROW_COUNT;
    DROP TABLE pg_temp.fresh_team_week;
END
$$;
REVOKE ALL ON FUNCTION visit_team_weeks_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION visit_team_weeks_rebuild() TO ${app_role};

SELECT visit_team_weeks_rebuild();
