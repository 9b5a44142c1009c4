-- API keys of organisations for their own systems. Only a hash of the key is kept: SHA-256 of
-- the whole key, which holds 32 random bytes, so a guess is as hopeless as a session token's
-- and a fast hash is enough (a slow one like Argon2 protects low-entropy passwords, and would
-- cost tens of milliseconds on every API request). `prefix` is the key's public part, shown in
-- lists. `permissions` are the permission texts, space-separated. A key acts only while
-- `revoked_at` is NULL, `expires_at` is ahead and its organisation is approved.
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    permissions TEXT NOT NULL,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revoked_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    last_used_at BIGINT
);
CREATE INDEX api_keys_by_organisation ON api_keys(organisation_id, created_at);
