-- Allocation meetings on the dashboard (issue 13): the allocations of the period, by date,
-- together with the open meetings (allocation_open_meeting_idx), instead of every allocation
-- of the country joined with the section's participants. Measured at size L for one section:
-- 12 -> 2 ms.
CREATE INDEX allocation_allocated_on_idx ON allocation (allocated_on);
