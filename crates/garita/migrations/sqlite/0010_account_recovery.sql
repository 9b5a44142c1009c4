-- Getting back into an account: e-mail verification, password reset, change of e-mail.
-- `email_verified_at`: when the account proved it reads its address. Accounts that existed
-- before this migration are grandfathered: set to their creation time (they were never asked).
ALTER TABLE accounts ADD COLUMN email_verified_at BIGINT;
UPDATE accounts SET email_verified_at = created_at;

-- Single-use tokens sent by e-mail: only the SHA-256 (hex) of a 32-byte random token is
-- stored. `new_email_sealed`: the address a change-email token confirms (sealed with the
-- vault, associated data "account-token:<token_hash>").
CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify-email', 'reset-password', 'change-email')),
    new_email_sealed BLOB,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX account_tokens_by_account ON account_tokens (account_id, purpose);
