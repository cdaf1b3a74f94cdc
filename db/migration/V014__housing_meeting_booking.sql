-- The allocation meeting can be booked ahead (a planned date and time, shown on the list of
-- meetings to hold) and recorded as held later, with short minutes and whether the
-- participant took part.
ALTER TABLE allocation
    ADD COLUMN meeting_planned_at    TIMESTAMP,
    ADD COLUMN meeting_minutes       VARCHAR(4000),
    ADD COLUMN participant_attended  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT allocation_meeting_planned_after_allocation
        CHECK (meeting_planned_at IS NULL OR meeting_planned_at::date >= allocated_on);
