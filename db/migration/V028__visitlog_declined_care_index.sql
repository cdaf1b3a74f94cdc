-- The latest visit where health care was declined, per participant, is asked for every
-- participant with a follow-up agreement whenever plans are counted (the section leader's
-- dashboard, Min uke, the home page). Without an index of its own PostgreSQL read every
-- visit of those participants: 57 ms per dashboard view at benchmark size M (1,500 active,
-- 505,000 visits). Declines are rare, so this partial index is small, and the query
-- (HealthCareDeclines.latest) reads a few entries per participant.
CREATE INDEX visit_declined_care_idx ON visit (participant_id, visit_date)
    WHERE health_care_declined AND voided_at IS NULL;
