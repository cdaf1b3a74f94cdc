-- Plan versions that agree a cadence other than weekly (issue 14): the compliance page asks
-- which participants of the teams in view ever had one, and found out by reading every plan
-- version in the country (at size L, 11,767 versions: 2.3 ms per view, growing with the
-- years). Few plans agree another cadence, so the index stays small.
CREATE INDEX bo_plan_version_cadence_idx ON bo_plan_version (participant_id) WHERE cadence <> 'WEEKLY';
