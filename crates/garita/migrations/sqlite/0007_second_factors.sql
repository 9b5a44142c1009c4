-- Second factors: a TOTP secret per account, sealed with the vault (associated data
-- "second-factor:<account id>"); `enrolled_at` is NULL while the person is still setting it up.
-- `last_used_step` is the time step of the last code accepted: a code of that step or an
-- earlier one is refused, so each code is accepted once.
CREATE TABLE second_factors (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    secret_sealed BLOB NOT NULL,
    last_used_step BIGINT,
    created_at BIGINT NOT NULL,
    enrolled_at BIGINT
);

-- Recovery codes, each usable once: stored as an HMAC under the vault's lookup key (codes are
-- random, 59 bits; a slow hash would add nothing and a key outside the database means a copy
-- of it cannot test guesses).
CREATE TABLE second_factor_recovery_codes (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (account_id, code_hash)
);

-- Between the password and the code: a short-lived, single-use state bound to one browser
-- (its cookie holds the token; only its SHA-256 is stored). Not a session: it opens nothing.
CREATE TABLE pending_logins (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    next_path TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pending_logins_account ON pending_logins (account_id);

-- A second factor is required of every role but the traveler's: sessions staff opened before
-- this migration were opened with a password alone, so they end here (staff sign in again and
-- set up their factor first).
DELETE FROM sessions WHERE account_id IN (SELECT id FROM accounts WHERE role <> 'traveler');
