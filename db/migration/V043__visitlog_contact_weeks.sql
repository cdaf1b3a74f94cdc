-- Each participant's recent weeks with contact, kept beside their latest contact (issue 13):
-- the compliance page and the dashboard read one row per participant instead of a range of
-- visit_week rows per participant (at size L: 1,200 participants of a section, 12 weeks and
-- more each, about 12 ms; every section about 120 ms).
--
-- contact_weeks holds one bit per ISO week, counted back from the week of last_contact:
-- bit 0 is that week, bit i the week i weeks before it, 64 weeks in all. A bit is set when
-- the participant had a visit with contact (never voided) in that week. No visit is dated
-- ahead of today, so the bits reach back at least 63 weeks from any later day: the pages ask
-- for 15.
--
-- Kept by the visit log in the saving transaction with last_contact itself (VisitRollups,
-- ADR 0007), recomputed from visit_week for that one participant whenever a visit with
-- contact is logged, corrected or voided; the roll-up rebuild recomputes and compares it.
ALTER TABLE visit_last_contact ADD COLUMN contact_weeks BIGINT;

UPDATE visit_last_contact c
SET contact_weeks = (
    SELECT bit_or(CAST(1 AS BIGINT) << ((a.monday - w.week_monday) / 7))
    FROM (SELECT c.last_contact - (extract(isodow FROM c.last_contact)::int - 1) AS monday) a
    JOIN visit_week w ON w.participant_id = c.participant_id
    WHERE w.contacts > 0 AND w.week_monday BETWEEN a.monday - 63 * 7 AND a.monday);

-- Every participant with a latest contact had contact in that week.
ALTER TABLE visit_last_contact ALTER COLUMN contact_weeks SET NOT NULL;
