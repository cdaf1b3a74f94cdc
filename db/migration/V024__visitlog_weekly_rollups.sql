-- Maintained visit aggregates (issues 13 and 14): what the compliance page, Min uke and the
-- dashboard's direct client time need, so that their cost no longer grows with the years of
-- visits behind each participant. The visit log keeps them in the same transaction as the
-- visit that changes them (VisitRollups, on VisitLogged / VisitCorrected / VisitVoided);
-- --housingfirst.visitlog.rebuild-rollups=true recomputes both from the raw rows.
-- Voided visits count nowhere. A participant's team and period of follow-up are not copied
-- here: they are read from the participant as the pages always did.

-- One row per participant, ISO week (its Monday) and caseworker who logged the visits.
CREATE TABLE visit_week (
    participant_id BIGINT NOT NULL REFERENCES participant (id),
    week_monday    DATE   NOT NULL CHECK (extract(isodow FROM week_monday) = 1),
    caseworker_id  BIGINT NOT NULL REFERENCES staff_member (id),
    visits         INT    NOT NULL CHECK (visits > 0),
    contacts       INT    NOT NULL CHECK (contacts BETWEEN 0 AND visits),
    minutes        INT    NOT NULL CHECK (minutes >= 0),
    -- The counts ride in the key's index: the pages read a participant's weeks by index only.
    PRIMARY KEY (participant_id, week_monday, caseworker_id) INCLUDE (visits, contacts, minutes)
);

-- The latest visit with contact per participant, over their whole history.
CREATE TABLE visit_last_contact (
    participant_id BIGINT PRIMARY KEY REFERENCES participant (id),
    last_contact   DATE   NOT NULL
);

INSERT INTO visit_week (participant_id, week_monday, caseworker_id, visits, contacts, minutes)
SELECT participant_id, visit_date - (extract(isodow FROM visit_date)::int - 1), created_by,
       count(*), count(*) FILTER (WHERE contact), coalesce(sum(duration_minutes), 0)
FROM visit
WHERE voided_at IS NULL
GROUP BY 1, 2, 3;

INSERT INTO visit_last_contact (participant_id, last_contact)
SELECT participant_id, max(visit_date)
FROM visit
WHERE contact AND voided_at IS NULL
GROUP BY participant_id;

-- The runtime role keeps them (V001's default privileges: select, insert, update, delete);
-- nothing ever needs to truncate them.
REVOKE TRUNCATE ON visit_week, visit_last_contact FROM ${app_role};

-- Participants still in follow-up, or exited since a date, per team: the compliance page
-- and the dashboard no longer walk those who left years ago.
CREATE INDEX participant_team_exited_idx ON participant (team_id, exited_on);
