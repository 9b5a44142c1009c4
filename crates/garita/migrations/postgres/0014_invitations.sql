-- Invitations to act on the platform: an organisation's manager invites a member, an
-- administrator invites CBP staff (no organisation). The link carries a random token of which
-- only the SHA-256 is kept; it opens once, before it expires, for the account of exactly the
-- invited address (kept as its keyed fingerprint, and sealed to show to the inviter). Accepting
-- gives the grant named here (role + scope, as `grants` stores it) in the same transaction
-- that marks the invitation accepted.
CREATE TABLE invitations (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    scope_kind TEXT NOT NULL,
    location_id TEXT,
    programme TEXT,
    email_fingerprint TEXT NOT NULL,
    email_sealed BYTEA NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    revoked_at BIGINT
);
CREATE INDEX invitations_by_organisation ON invitations(organisation_id, created_at);
CREATE INDEX invitations_by_address ON invitations(email_fingerprint);
