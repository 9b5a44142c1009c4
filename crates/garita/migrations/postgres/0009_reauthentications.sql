-- "My data" opens for a few minutes after the password (and second factor) are given again:
-- one row per session, gone with the session and by the retention job.
CREATE TABLE reauthentications (
    session_hash TEXT PRIMARY KEY REFERENCES sessions(token_hash) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    at BIGINT NOT NULL
);
