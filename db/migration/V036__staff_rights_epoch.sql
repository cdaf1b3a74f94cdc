-- One number that moves whenever anything a signed-in person's rights are made of changes
-- (issue 14): whether a person is active, their name and username, whether they must change
-- their password, their roles, their teams, the sections they lead, and which teams those
-- sections hold. Each request compares it with the number its session's person was loaded
-- at (one read of one row) and reloads the person only when it has moved, so a deactivation
-- or a changed role still applies to the very next request without every request reloading
-- the person's roles, teams and sections. Kept by triggers, so no code path that changes these
-- tables can forget to move it; a login (last_login_at, failed_logins, locked_until) does not.
CREATE TABLE staff_rights_epoch (
    id    BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    epoch BIGINT  NOT NULL
);
INSERT INTO staff_rights_epoch (id, epoch) VALUES (TRUE, 1);
-- The application reads it; only the trigger function (its owner's rights) moves it.
REVOKE ALL ON staff_rights_epoch FROM ${app_role};
GRANT SELECT ON staff_rights_epoch TO ${app_role};

CREATE FUNCTION staff_rights_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE staff_rights_epoch SET epoch = epoch + 1;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION staff_rights_moved() FROM PUBLIC;

CREATE TRIGGER staff_member_rights_moved
    AFTER UPDATE ON staff_member FOR EACH ROW
    WHEN (OLD.active IS DISTINCT FROM NEW.active
          OR OLD.username IS DISTINCT FROM NEW.username
          OR OLD.full_name IS DISTINCT FROM NEW.full_name
          OR OLD.password_change_required IS DISTINCT FROM NEW.password_change_required)
    EXECUTE FUNCTION staff_rights_moved();
CREATE TRIGGER staff_member_removed
    AFTER DELETE OR TRUNCATE ON staff_member FOR EACH STATEMENT EXECUTE FUNCTION staff_rights_moved();
CREATE TRIGGER staff_member_role_rights_moved
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_member_role
    FOR EACH STATEMENT EXECUTE FUNCTION staff_rights_moved();
CREATE TRIGGER staff_member_team_rights_moved
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_member_team
    FOR EACH STATEMENT EXECUTE FUNCTION staff_rights_moved();
CREATE TRIGGER staff_member_section_rights_moved
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_member_section
    FOR EACH STATEMENT EXECUTE FUNCTION staff_rights_moved();
-- A section leader's rights cover every team of their sections.
CREATE TRIGGER team_added_or_removed
    AFTER INSERT OR DELETE OR TRUNCATE ON team FOR EACH STATEMENT EXECUTE FUNCTION staff_rights_moved();
CREATE TRIGGER team_moved
    AFTER UPDATE ON team FOR EACH ROW WHEN (OLD.section_id IS DISTINCT FROM NEW.section_id)
    EXECUTE FUNCTION staff_rights_moved();
