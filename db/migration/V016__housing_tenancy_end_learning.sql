-- Re-housing learns from what went wrong: the end of a tenancy records what went wrong and
-- where the person stays now; the next offer warns about units in the building the person
-- lost a home in.
ALTER TABLE tenancy
    ADD COLUMN what_went_wrong  VARCHAR(2000),
    ADD COLUMN stay_after       VARCHAR(30) CHECK (stay_after IN ('STREET', 'FRIENDS_SOFA', 'CAMPING',
                                    'TEMPORARY_HOUSING', 'INSTITUTION', 'PRISON', 'HOSPITAL', 'OTHER')),
    ADD COLUMN stay_after_other VARCHAR(200);
