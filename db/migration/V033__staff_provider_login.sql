-- The municipality's identity provider (OpenID Connect, docs/adr/0013): which provider
-- identity (issuer + subject, which the provider never reuses) is which staff member. The
-- first login through a provider links the person by their username claim; from then on
-- the link decides, so a username claim that changes or is given to somebody else later
-- (a reused user principal name) cannot reach this staff member. An administrator's reset
-- of the second factor removes the links, and the next login links again.
CREATE TABLE staff_provider_login (
    staff_member_id BIGINT        NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
    issuer          VARCHAR(500)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    linked_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (staff_member_id, issuer),
    CONSTRAINT staff_provider_login_identity_uk UNIQUE (issuer, subject)
);
REVOKE TRUNCATE ON staff_provider_login FROM ${app_role};
