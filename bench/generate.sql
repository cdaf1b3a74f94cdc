-- Benchmark data for Housing First case management: fills the real schema (after Flyway
-- has migrated it) with a fictional organisation, deterministically. Run as the schema
-- owner (or a superuser) on an EMPTY, freshly migrated database, e.g.
--
--   psql -v seed=1 -v sections=1 -v teams=1 -v cw_per_team=4 -v active=30 -v exited=10 \
--        -v years=3 -v audit_per_visit=2 -f bench/generate.sql <url>
--
-- Every random choice is a hash of (seed, what, which row) (hashtextextended), never
-- random(): the same seed on the same day gives the same rows. Dates are relative to the
-- day it runs, because the pages show "this week".
--
-- Everyone generated has the password 'Benk-maaling-passord-2026', hashed once with the
-- app's encoder (Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2) in SecurityConfiguration).
-- Users: caseworkers cw1..cwN (team t has cw((t-1)*k+1)..cw(t*k)), section leaders
-- leder1..lederS (section s leads teams 10(s-1)+1..10s), lederalle (leads every section), nav1 (NAV),
-- bolig1 (housing officer).
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;

SELECT count(*) > 0 AS hf_not_empty FROM participant \gset
\if :hf_not_empty
DO $$ BEGIN RAISE EXCEPTION 'generate.sql: the database already has participants; start from an empty one'; END $$;
\endif

SELECT set_config('bench.seed', :'seed', false), set_config('bench.today', current_date::text, false) \gset bench_

-- A number in [0, 1) from the seed, a stream name and a row key.
CREATE FUNCTION pg_temp.r(stream text, k bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (hashtextextended(stream || ':' || k, current_setting('bench.seed')::bigint) & 9007199254740991)::float8
           / 9007199254740992.0;
-- A UUID from the seed, a stream and a key (submission keys).
CREATE FUNCTION pg_temp.u(stream text, k bigint) RETURNS uuid LANGUAGE sql IMMUTABLE
    RETURN md5(current_setting('bench.seed') || ':' || stream || ':' || k)::uuid;

CREATE TEMP TABLE cfg AS
SELECT :sections::int AS sections, :teams::int AS teams, :cw_per_team::int AS k, :active::int AS active,
       :exited::int AS exited, :years::int AS years, :audit_per_visit::int AS audit_per_visit,
       current_setting('bench.today')::date AS today,
       '$argon2id$v=19$m=19456,t=2,p=1$eIYNnR1HvTOm4qp2yRNb+w$3bxG1EcgmrFscKZfzj5P2UVuZFlC5VwZjkOuSwiQKOA'::text AS pw;

\echo organisation
INSERT INTO section (id, name) SELECT s, 'Seksjon ' || s FROM cfg, generate_series(1, cfg.sections) s;
INSERT INTO team (id, section_id, name)
SELECT t, least(1 + (t - 1) / 10, cfg.sections), 'HF-team ' || t FROM cfg, generate_series(1, cfg.teams) t;
INSERT INTO district (name) SELECT 'Bydel ' || d FROM generate_series(1, 12) d ON CONFLICT DO NOTHING;

-- Staff: caseworkers 1..teams*k, then one leader per section, NAV and the housing officer.
INSERT INTO staff_member (id, username, full_name, password_hash, created_at)
SELECT i, 'cw' || i, 'Booppfølger ' || i, cfg.pw, cfg.today - 4000 FROM cfg, generate_series(1, cfg.teams * cfg.k) i;
INSERT INTO staff_member_role SELECT i, 'CASEWORKER' FROM cfg, generate_series(1, cfg.teams * cfg.k) i;
INSERT INTO staff_member_team SELECT i, 1 + (i - 1) / cfg.k FROM cfg, generate_series(1, cfg.teams * cfg.k) i;
INSERT INTO staff_member (id, username, full_name, password_hash, created_at)
SELECT cfg.teams * cfg.k + s, 'leder' || s, 'Seksjonsleder ' || s, cfg.pw, cfg.today - 4000
FROM cfg, generate_series(1, cfg.sections) s;
INSERT INTO staff_member_role SELECT cfg.teams * cfg.k + s, 'SECTION_LEADER' FROM cfg, generate_series(1, cfg.sections) s;
INSERT INTO staff_member_section SELECT cfg.teams * cfg.k + s, s FROM cfg, generate_series(1, cfg.sections) s;
INSERT INTO staff_member (id, username, full_name, password_hash, created_at)
SELECT cfg.teams * cfg.k + cfg.sections + 1, 'nav1', 'NAV-veileder 1', cfg.pw, cfg.today - 4000 FROM cfg
UNION ALL
SELECT cfg.teams * cfg.k + cfg.sections + 2, 'bolig1', 'Boligkonsulent 1', cfg.pw, cfg.today - 4000 FROM cfg;
INSERT INTO staff_member_role
SELECT cfg.teams * cfg.k + cfg.sections + 1, 'NAV' FROM cfg
UNION ALL SELECT cfg.teams * cfg.k + cfg.sections + 2, 'HOUSING_OFFICER' FROM cfg;
-- A leader of every section (the dashboard's all-sections view).
INSERT INTO staff_member (id, username, full_name, password_hash, created_at)
SELECT cfg.teams * cfg.k + cfg.sections + 3, 'lederalle', 'Leder for alle seksjoner', cfg.pw, cfg.today - 4000 FROM cfg;
INSERT INTO staff_member_role SELECT cfg.teams * cfg.k + cfg.sections + 3, 'SECTION_LEADER' FROM cfg;
INSERT INTO staff_member_section
SELECT cfg.teams * cfg.k + cfg.sections + 3, s FROM cfg, generate_series(1, cfg.sections) s;

\echo participants
-- Ids 1..active are in follow-up, the rest have exited. Inclusions spread over the years;
-- 85 % get a lease 3 to 25 weeks after inclusion.
CREATE TEMP TABLE p AS
SELECT id, team, cw, cw2, included_on, exited_on,
       CASE WHEN pg_temp.r('housed', id) < 0.85 THEN included_on + 20 + floor(pg_temp.r('lease', id) * 150)::int END AS lease_on
FROM (SELECT g AS id, 1 + (g - 1) % cfg.teams AS team,
             ((g - 1) % cfg.teams) * cfg.k + 1 + floor(pg_temp.r('cw', g) * cfg.k)::int AS cw,
             CASE WHEN cfg.k > 1 AND pg_temp.r('cw2?', g) < 0.5
                  THEN ((g - 1) % cfg.teams) * cfg.k + 1 + (floor(pg_temp.r('cw', g) * cfg.k)::int + 1) % cfg.k END AS cw2,
             CASE WHEN g <= cfg.active THEN cfg.today - 14 - floor(pg_temp.r('incl', g) * (cfg.years * 365 - 14))::int
                  ELSE cfg.today - 200 - floor(pg_temp.r('incl', g) * (cfg.years * 365 - 200))::int END AS included_on,
             g > cfg.active AS gone, cfg.today AS today
      FROM cfg, generate_series(1, cfg.active + cfg.exited) g) x,
     LATERAL (SELECT CASE WHEN gone THEN included_on + 120
                          + floor(pg_temp.r('exit', id) * (today - included_on - 127))::int END AS exited_on) e;
-- A lease that would start after the exit or in the future never happened.
UPDATE p SET lease_on = NULL WHERE lease_on >= coalesce(exited_on, (SELECT today FROM cfg));

INSERT INTO participant (id, team_id, primary_caseworker_id, secondary_caseworker_id, full_name, search_name,
    birth_date, phone, current_stay, months_homeless, guardian_need, consent_nav, consent_housing, consent_date,
    status, included_on, active_since, exited_on, exit_reason, created_at, created_by, submission_key)
SELECT p.id, p.team, p.cw, p.cw2, n.full_name, lower(n.full_name),
       date '1960-01-01' + floor(pg_temp.r('born', p.id) * 14000)::int,
       '9' || lpad((p.id * 7919 % 10000000)::text, 7, '0'),
       (ARRAY['STREET', 'FRIENDS_SOFA', 'CAMPING', 'TEMPORARY_HOUSING', 'INSTITUTION', 'PRISON'])[1 + floor(pg_temp.r('stay', p.id) * 6)::int],
       floor(pg_temp.r('months', p.id) * 120)::int, 'NO', TRUE, TRUE, p.included_on,
       CASE WHEN p.exited_on IS NOT NULL THEN 'EXITED' WHEN p.lease_on IS NOT NULL THEN 'HOUSED' ELSE 'INCLUDED' END,
       p.included_on, p.included_on, p.exited_on,
       CASE WHEN p.exited_on IS NOT NULL THEN (ARRAY['STABLE_WITHOUT_FOLLOW_UP', 'MOVED_AWAY', 'DECLINED_FOLLOW_UP',
           'LONG_TERM_INSTITUTION'])[1 + floor(pg_temp.r('why', p.id) * 4)::int] END,
       p.included_on::timestamptz + interval '10 hours', p.cw, pg_temp.u('participant', p.id)
FROM p, LATERAL (SELECT (ARRAY['Anne', 'Bjørn', 'Camilla', 'Dag', 'Eva', 'Frode', 'Guro', 'Håkon', 'Ida', 'Jon',
                               'Kristin', 'Lars', 'Marit', 'Nils', 'Ole', 'Petra', 'Rune', 'Siri', 'Tor', 'Unni'])
                         [1 + floor(pg_temp.r('first', p.id) * 20)::int]
                     || ' ' || (ARRAY['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen',
                               'Kristiansen', 'Jensen', 'Karlsen', 'Berg', 'Haugen', 'Hagen', 'Eriksen', 'Bakken'])
                         [1 + floor(pg_temp.r('last', p.id) * 15)::int]
                     || ' ' || p.id AS full_name) n
ORDER BY p.id;

INSERT INTO participant_status_change (participant_id, from_status, to_status, reason, effective_on, changed_at, changed_by)
SELECT id, NULL, 'INCLUDED', NULL, included_on, included_on + time '10:00', cw FROM p
UNION ALL SELECT id, 'INCLUDED', 'HOUSED', NULL, lease_on, lease_on + time '12:00', cw FROM p WHERE lease_on IS NOT NULL
UNION ALL SELECT p.id, CASE WHEN lease_on IS NULL THEN 'INCLUDED' ELSE 'HOUSED' END, 'EXITED', x.exit_reason, p.exited_on,
                 p.exited_on + time '12:00', p.cw
          FROM p JOIN participant x ON x.id = p.id WHERE p.exited_on IS NOT NULL
ORDER BY 5, 1;

\echo housing
-- One unit, offer, allocation, lease and first-rent task per housed participant (same id).
INSERT INTO housing_unit (id, street_address, unit_label, postcode, district, kind, rooms, area_m2, floor,
    monthly_rent_kroner, landlord, status, building_units, let_to_housing_first, building_key, available_from,
    submission_key, created_at)
SELECT id, 'Benkeveien ' || (1 + id / 8), 'H0' || (101 + id % 8), lpad((1000 + id % 8000)::text, 4, '0'),
       'Bydel ' || (1 + id % 12), 'MUNICIPAL_RENTAL', 1 + floor(pg_temp.r('rooms', id) * 3)::int,
       25 + floor(pg_temp.r('m2', id) * 40)::int, id % 5, 6000 + floor(pg_temp.r('rent', id) * 60)::int * 100,
       'Kommunen', CASE WHEN exited_on IS NULL THEN 'LET' ELSE 'AVAILABLE' END, 8, TRUE,
       'benkeveien ' || (1 + id / 8), CASE WHEN exited_on IS NOT NULL THEN exited_on + 30 END,
       pg_temp.u('unit', id), lease_on - 60
FROM p WHERE lease_on IS NOT NULL ORDER BY id;
INSERT INTO housing_offer (id, participant_id, made_on, made_by, status)
SELECT id, id, lease_on - 14, cw, 'CHOSEN' FROM p WHERE lease_on IS NOT NULL ORDER BY id;
INSERT INTO housing_offer_unit (offer_id, unit_id, status_before, viewing_on, viewing_with, answer, answered_on)
SELECT id, id, 'AVAILABLE', lease_on - 12, 'Booppfølger', 'CHOSEN', lease_on - 11 FROM p WHERE lease_on IS NOT NULL ORDER BY id;
INSERT INTO allocation (id, participant_id, unit_id, offer_id, allocated_on, meeting_due, created_by, created_at,
    meeting_held_on, housing_service_attended, team_attended, nav_attended, participant_attended)
SELECT id, id, id, id, lease_on - 10, lease_on - 7, cw, lease_on - 10 + time '11:00', lease_on - 8, TRUE, TRUE, TRUE, TRUE
FROM p WHERE lease_on IS NOT NULL ORDER BY id;
INSERT INTO tenancy (id, participant_id, unit_id, allocation_id, kind, starts_on, term, monthly_rent_kroner, landlord,
    deposit, rent_deduction, keys_on, first_night_on, ended_on, end_reason, rehousing, created_by, created_at)
SELECT p.id, p.id, p.id, p.id, 'LEASE', p.lease_on, 'THREE_YEARS', u.monthly_rent_kroner, 'Kommunen', 'NAV_GUARANTEE',
       TRUE, p.lease_on, p.lease_on + 1, p.exited_on, CASE WHEN p.exited_on IS NOT NULL THEN 'MOVED_TO_OTHER_HOME' END,
       CASE WHEN p.exited_on IS NOT NULL THEN FALSE END, p.cw, p.lease_on - 5 + time '09:00'
FROM p JOIN housing_unit u ON u.id = p.id ORDER BY p.id;
-- First rent: confirmed by NAV for leases older than six weeks, open (NAV's queue) after.
INSERT INTO first_rent_task (id, tenancy_id, participant_id, due_on, confirmed_at, confirmed_by, paid_by, paid_on,
    amount_ore, reference, deposit_guarantee_given, establishment_grant, rent_deduction_set_up)
SELECT t.id, t.id, t.participant_id, t.starts_on,
       CASE WHEN old THEN t.starts_on - 3 + time '13:00' END, CASE WHEN old THEN nav.id END,
       CASE WHEN old THEN 'NAV' END, CASE WHEN old THEN t.starts_on - 3 END,
       CASE WHEN old THEN t.monthly_rent_kroner * 100::bigint END, CASE WHEN old THEN 'BENK-' || t.id END,
       CASE WHEN old THEN TRUE END, CASE WHEN old THEN 'GRANTED' END, CASE WHEN old THEN TRUE END
FROM tenancy t, cfg, LATERAL (SELECT t.starts_on < cfg.today - 42 AS old) o,
     (SELECT id FROM staff_member WHERE username = 'nav1') nav
ORDER BY t.id;

\echo visits
-- Weekly from inclusion to exit (or today): 7 % of weeks missed, 10 % without contact.
INSERT INTO visit (participant_id, visit_date, kind, contact, no_contact_reason, duration_minutes, home_condition,
    concerns, practical_help, submission_key, created_by, created_at)
SELECT p.id, d.visit_date,
       CASE WHEN pg_temp.r('kind', key) < 0.7 THEN 'HOME_VISIT' WHEN pg_temp.r('kind', key) < 0.85 THEN 'PHONE'
            ELSE 'MEETING_ELSEWHERE' END,
       c.contact, CASE WHEN NOT c.contact THEN 'NOT_HOME' END, CASE WHEN c.contact THEN 30 + (key % 7) * 10 END,
       CASE WHEN c.contact THEN 'FINE' END, '', '', pg_temp.u('visit', key), coalesce(p.cw, 1),
       d.visit_date + time '15:00'
FROM p, cfg,
     LATERAL generate_series(0, (coalesce(p.exited_on, cfg.today) - p.included_on) / 7) w,
     LATERAL (SELECT p.id * 10000 + w AS key) k,
     LATERAL (SELECT p.included_on + w * 7 + (p.id + w) % 3 AS visit_date) d,
     LATERAL (SELECT pg_temp.r('contact', key) >= 0.1 AS contact) c
WHERE d.visit_date <= coalesce(p.exited_on, cfg.today) AND pg_temp.r('gap', key) >= 0.07
ORDER BY p.id, w;
-- The visit log's maintained roll-ups (V024), as its rebuild command computes them: rows
-- written here in SQL bypass the application's events.
INSERT INTO visit_week (participant_id, week_monday, caseworker_id, visits, contacts, minutes)
SELECT participant_id, visit_date - (extract(isodow FROM visit_date)::int - 1), created_by,
       count(*), count(*) FILTER (WHERE contact), coalesce(sum(duration_minutes), 0)
FROM visit WHERE voided_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO visit_last_contact (participant_id, last_contact, contact_weeks)
SELECT l.participant_id, l.last_contact, bit_or(CAST(1 AS BIGINT) << ((l.monday - w.week_monday) / 7))
FROM (SELECT participant_id, max(visit_date) AS last_contact,
             max(visit_date - (extract(isodow FROM visit_date)::int - 1)) AS monday
      FROM visit WHERE contact AND voided_at IS NULL GROUP BY participant_id) l
JOIN visit_week w ON w.participant_id = l.participant_id AND w.contacts > 0
                 AND w.week_monday BETWEEN l.monday - 63 * 7 AND l.monday
GROUP BY l.participant_id, l.last_contact;

\echo bo-plans, follow-up agreements and FIT
-- 60 % of those in follow-up have a bo-plan: one to three versions, four months apart, agreed.
INSERT INTO bo_plan_version (participant_id, version_no, submission_key, plan_date, lasting_home, resources,
    wanted_services, review_on, created_by, created_at)
SELECT p.id, v, pg_temp.u('boplan', p.id * 10 + v), d.plan_date, 'Et trygt sted å bo, med egen nøkkel.',
       'Familie og naboer', 'Hjelp med økonomi', d.plan_date + 90, p.cw, d.plan_date + time '14:00'
FROM p, cfg, generate_series(1, 3) v, LATERAL (SELECT p.included_on + 30 + (v - 1) * 120 AS plan_date) d
WHERE p.exited_on IS NULL AND pg_temp.r('boplan', p.id) < 0.6 AND v <= 1 + floor(pg_temp.r('versions', p.id) * 3)
      AND d.plan_date <= cfg.today
ORDER BY p.id, v;
INSERT INTO bo_plan_goal (version_id, position, goal_key, life_area, wording, steps, responsible, target_date, status)
SELECT b.id, g, pg_temp.u('goal', b.participant_id * 10 + g), (ARRAY['HOUSING', 'FINANCES'])[g],
       (ARRAY['Betale husleie hver måned', 'Ordne gjeld'])[g], 'Sammen med booppfølger', 'Deltaker',
       b.plan_date + 180, 'IN_PROGRESS'
FROM bo_plan_version b, generate_series(1, 2) g ORDER BY b.id, g;
INSERT INTO bo_plan_agreement (version_id, submission_key, answered_on, kind, recorded_by, recorded_at)
SELECT id, pg_temp.u('answer', id), plan_date, 'AGREED_ORALLY', created_by, created_at + interval '1 hour'
FROM bo_plan_version ORDER BY id;
INSERT INTO follow_up_agreement (participant_id, version_no, submission_key, agreed_on, visit_arrangement,
    unreachable_plan, kind, created_by, created_at)
SELECT id, 1, pg_temp.u('follow-up', id), lease_on, 'Ukentlig hjemmebesøk', 'Ringe, så banke på, så kontakte NAV',
       'SIGNED_ON_PAPER', cw, lease_on + time '16:00'
FROM p WHERE exited_on IS NULL AND lease_on IS NOT NULL ORDER BY id;
-- Half of those in follow-up fill in ORS and SRS every four weeks over the last year.
INSERT INTO fit_session (participant_id, session_date, ors_individual, ors_interpersonal, ors_social, ors_overall,
    srs_relationship, srs_goals, srs_approach, srs_overall, submission_key, created_by, created_at)
SELECT p.id, d.on_day, o.v, o.v, round((o.v + 0.5)::numeric, 1), o.v, s.v, s.v, s.v, round((s.v - 0.3)::numeric, 1),
       pg_temp.u('fit', p.id * 100 + n), p.cw, d.on_day + time '15:30'
FROM p, cfg, generate_series(0, 12) n,
     LATERAL (SELECT greatest(p.included_on, cfg.today - 365) + n * 28 AS on_day) d,
     LATERAL (SELECT round((3 + pg_temp.r('ors', p.id * 100 + n) * 5)::numeric, 1) AS v) o,
     LATERAL (SELECT round((8 + pg_temp.r('srs', p.id * 100 + n) * 2)::numeric, 1) AS v) s
WHERE p.exited_on IS NULL AND pg_temp.r('fit', p.id) < 0.5 AND d.on_day <= cfg.today
ORDER BY p.id, n;

\echo audit trail
-- Per visit: the caseworker read the participant page and logged the visit (audit_per_visit
-- = 2), or only logged it (1). Chained like the app's trigger does (V021), in time order,
-- with the real times of the past (the trigger would stamp them all "now").
CREATE TEMP TABLE audit_src AS
SELECT (row_number() OVER (ORDER BY occurred_at, participant_id, record_type))::bigint AS id, occurred_at, actor_id,
       actor_username, actor_name, 'CASEWORKER'::varchar AS actor_roles, actor_team_ids, participant_id,
       participant_team_id, record_type, record_id, action
FROM (SELECT v.visit_date + time '14:55' + (v.id % 300) * interval '1 second' AS occurred_at, s.id AS actor_id,
             s.username AS actor_username, s.full_name AS actor_name, p.team::text AS actor_team_ids,
             p.id AS participant_id, p.team AS participant_team_id, 'PARTICIPANT'::varchar AS record_type,
             p.id AS record_id, 'READ'::varchar AS action
      FROM visit v JOIN p ON p.id = v.participant_id JOIN staff_member s ON s.id = v.created_by, cfg
      WHERE cfg.audit_per_visit >= 2
      UNION ALL
      SELECT v.visit_date + time '15:00' + (v.id % 300) * interval '1 second', s.id, s.username, s.full_name,
             p.team::text, p.id, p.team, 'VISIT', v.id, 'CREATE'
      FROM visit v JOIN p ON p.id = v.participant_id JOIN staff_member s ON s.id = v.created_by, cfg
      WHERE cfg.audit_per_visit >= 1) a;

-- Loaded with the triggers off (their id, time and link are ours here), and linked in the
-- chain exactly as V021's commit-time trigger links rows: in id order, each row's hash over
-- the previous link's hash and its content. The chain is a running aggregate (a window over
-- the rows in id order), so 20 M rows link in one pass instead of one INSERT at a time.
SELECT EXISTS (SELECT 1 FROM audit_event) AS hf_audit_not_empty \gset
\if :hf_audit_not_empty
DO $$ BEGIN RAISE EXCEPTION 'generate.sql: audit_event is not empty'; END $$;
\endif
CREATE FUNCTION pg_temp.link(h bytea, content text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT
    RETURN sha256(h || convert_to(content, 'UTF8'));
SELECT audit_chain_genesis() AS hf_genesis \gset
CREATE AGGREGATE pg_temp.chain(text) (SFUNC = pg_temp.link, STYPE = bytea, INITCOND = :'hf_genesis');
ALTER TABLE audit_event DISABLE TRIGGER USER;
INSERT INTO audit_event (id, occurred_at, actor_id, actor_username, actor_name, actor_roles, actor_team_ids,
    participant_id, participant_team_id, record_type, record_id, action, outcome)
SELECT id, occurred_at, actor_id, actor_username, actor_name, actor_roles, actor_team_ids, participant_id,
       participant_team_id, record_type, record_id, action, 'ALLOWED'
FROM audit_src ORDER BY id;
ALTER TABLE audit_event ENABLE TRIGGER USER;
INSERT INTO audit_chain (seq, event_id, row_hash)
SELECT row_number() OVER w, e.id, pg_temp.chain(audit_event_content(e)) OVER w
FROM audit_event e
WINDOW w AS (ORDER BY e.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);
DELETE FROM audit_chain_head;
INSERT INTO audit_chain_head (last_seq, last_hash)
SELECT c.seq, c.row_hash FROM audit_chain c ORDER BY c.seq DESC LIMIT 1;
INSERT INTO audit_chain_head (last_seq, last_hash)
SELECT 0, audit_chain_genesis() WHERE NOT EXISTS (SELECT 1 FROM audit_chain_head);
SELECT setval('audit_event_id_seq', coalesce((SELECT max(id) FROM audit_event), 0) + 1, false) \gset bench_

\echo sequences
-- Explicit ids above: move every identity sequence past them.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = 'public' AND is_identity = 'YES' LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), coalesce((SELECT max(%I) FROM %I), 0) + 1, false)',
                       c.table_name, c.column_name, c.column_name, c.table_name);
    END LOOP;
END $$;

ANALYZE;
SELECT (SELECT count(*) FROM staff_member) AS staff, (SELECT count(*) FROM participant) AS participants,
       (SELECT count(*) FROM participant WHERE status <> 'EXITED') AS active, (SELECT count(*) FROM visit) AS visits,
       (SELECT count(*) FROM tenancy) AS tenancies, (SELECT count(*) FROM bo_plan_version) AS bo_plans,
       (SELECT count(*) FROM fit_session) AS fit_sessions, (SELECT count(*) FROM audit_event) AS audit_rows;
-- The same seed on the same day gives the same fingerprint (the chain head's hash covers
-- every audit row).
SELECT (SELECT sum(hashtext(x::text)) FROM participant x) AS participants_fp,
       (SELECT sum(hashtext(x::text)) FROM (SELECT id, participant_id, visit_date, kind, contact, submission_key FROM visit) x) AS visits_fp,
       (SELECT sum(hashtext(x::text)) FROM tenancy x) AS tenancies_fp,
       (SELECT encode(last_hash, 'hex') FROM audit_chain_head) AS audit_chain_head;
