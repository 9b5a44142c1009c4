-- Foundation: ports, accounts, sessions, travelers (personal data sealed), idempotency keys.
-- Integers are BIGINT and booleans 0/1 so the same queries read alike on SQLite and PostgreSQL.
CREATE TABLE ports (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    daily_capacity BIGINT NOT NULL,
    definition TEXT NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email_fingerprint TEXT NOT NULL UNIQUE,
    email_sealed BLOB NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('traveler', 'officer', 'admin')),
    port_id TEXT REFERENCES ports(id),
    language TEXT,
    member_count BIGINT NOT NULL DEFAULT 0 CHECK (member_count >= 0 AND member_count <= 11),
    created_at BIGINT NOT NULL,
    CHECK ((role = 'officer' AND port_id IS NOT NULL) OR (role <> 'officer' AND port_id IS NULL))
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions(account_id);

CREATE TABLE travelers (
    id TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    is_holder BIGINT NOT NULL DEFAULT 0 CHECK (is_holder IN (0, 1)),
    sealed BLOB NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX travelers_by_account ON travelers(account_id, created_at);
CREATE UNIQUE INDEX one_holder_per_account ON travelers(account_id) WHERE is_holder = 1;

CREATE TABLE idempotency_keys (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response_status BIGINT NOT NULL,
    response_body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, key)
);
