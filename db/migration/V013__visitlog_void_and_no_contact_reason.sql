-- Why a visit had no contact, and voiding a visit that should never have been logged (on the
-- wrong person, twice). A voided visit stays in the table and in the history, marked with who,
-- when and why; it no longer counts anywhere. The runtime role still may not DELETE visits
-- (V006), and a voided visit is final: no UPDATE may change it again.

-- Visits without contact say why. Those logged before this migration have no reason, and
-- may keep none: they are marked here, once, so the rule holds for every other row. A
-- NOT VALID constraint would not do: PostgreSQL checks it on every UPDATE of an old row too,
-- so voiding (or even bumping the version of) an old attempt would fail. The application
-- never writes legacy_no_reason.
ALTER TABLE visit
    ADD COLUMN no_contact_reason VARCHAR(30)
        CHECK (no_contact_reason IN ('NOT_HOME', 'DECLINED', 'IN_INSTITUTION', 'OTHER')),
    ADD COLUMN no_contact_text   VARCHAR(200),
    ADD COLUMN legacy_no_reason  BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE visit SET legacy_no_reason = TRUE WHERE NOT contact;
ALTER TABLE visit
    ADD CONSTRAINT visit_no_contact_reason_only_without_contact
        CHECK (NOT contact OR (no_contact_reason IS NULL AND no_contact_text IS NULL)),
    ADD CONSTRAINT visit_no_contact_reason_required
        CHECK (contact OR no_contact_reason IS NOT NULL OR legacy_no_reason),
    ADD CONSTRAINT visit_no_contact_text_for_other
        CHECK ((no_contact_reason IS NOT DISTINCT FROM 'OTHER') = (no_contact_text IS NOT NULL));

-- Voiding: who, when, why (a short choice; "other" needs the comment).
ALTER TABLE visit
    ADD COLUMN voided_at    TIMESTAMPTZ,
    ADD COLUMN voided_by    BIGINT REFERENCES staff_member (id),
    ADD COLUMN void_reason  VARCHAR(30)
        CHECK (void_reason IN ('WRONG_PARTICIPANT', 'DUPLICATE', 'DID_NOT_HAPPEN', 'OTHER')),
    ADD COLUMN void_comment VARCHAR(500),
    ADD CONSTRAINT visit_void_complete CHECK ((voided_at IS NULL) = (voided_by IS NULL)
                                              AND (voided_at IS NULL) = (void_reason IS NULL)),
    ADD CONSTRAINT visit_void_comment_when_voided CHECK (void_comment IS NULL OR voided_at IS NOT NULL),
    ADD CONSTRAINT visit_void_other_says_why CHECK (void_reason IS DISTINCT FROM 'OTHER' OR void_comment IS NOT NULL);

CREATE FUNCTION visit_voided_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.voided_at IS NOT NULL THEN
        RAISE EXCEPTION 'visit % is voided and cannot change', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER visit_voided_is_final BEFORE UPDATE ON visit
    FOR EACH ROW EXECUTE FUNCTION visit_voided_is_final();

-- Everything that counts visits reads only those with contact that are not voided: the
-- latest contact per participant (compliance, Min uke) probes this index.
CREATE INDEX visit_participant_counted_contact_idx ON visit (participant_id, visit_date)
    WHERE contact AND voided_at IS NULL;
DROP INDEX visit_participant_contact_idx;
