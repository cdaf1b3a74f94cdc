-- One current allocation per participant. An allocation that did not become a home (the
-- participant changed their mind, the unit was not ready, the landlord withdrew) is released
-- by an explicit step: the unit goes back to the housing service, and a new offer can be
-- made. Until then no new offer is made (HousingOffers.offer refuses it).
ALTER TABLE allocation
    ADD COLUMN released_on    DATE,
    ADD COLUMN release_reason VARCHAR(30) CHECK (release_reason IN ('PARTICIPANT_CHANGED_MIND', 'UNIT_NOT_READY',
                                  'LANDLORD_WITHDREW', 'OTHER')),
    ADD COLUMN released_by    BIGINT REFERENCES staff_member (id),
    ADD CONSTRAINT allocation_release_complete CHECK ((released_on IS NULL) = (release_reason IS NULL)
                                                     AND (released_on IS NULL) = (released_by IS NULL)),
    ADD CONSTRAINT allocation_release_after_allocation CHECK (released_on IS NULL OR released_on >= allocated_on);

-- NAV's "confirmed in the last 30 days" reads the newest confirmations first.
CREATE INDEX first_rent_task_confirmed_idx ON first_rent_task (confirmed_at DESC) WHERE confirmed_at IS NOT NULL;
