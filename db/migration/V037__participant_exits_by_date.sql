-- Exits in a period (the leader's dashboard, its drill-down and the yearly report) read only
-- the exits of that period, not every status change in the country (issue 13: at national
-- size the dashboard's exits scanned ~100,000 status changes for ~7,000 exits in a year).
CREATE INDEX participant_status_change_exit_idx ON participant_status_change (effective_on)
    INCLUDE (participant_id, reason) WHERE to_status = 'EXITED';
