-- A password someone else chose (an administrator creating the person or resetting the
-- password, or an operator's bootstrap variables) is known to more than its holder: the
-- holder must replace it at their next login before reaching any other page. Set by the
-- staff module, cleared when the holder changes their own password. Existing people keep
-- the password they have.
ALTER TABLE staff_member
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
