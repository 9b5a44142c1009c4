-- Notifications through an outbox: a row is written in the same transaction as the event it
-- tells of; a job sends due rows (retries with backoff) and marks them sent. The Message-ID is
-- fixed at enqueue, so a resend after a crash carries the same one.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    appointment_id TEXT,
    -- Set for notifications that must exist at most once (e.g. one reminder per offer).
    once_key TEXT UNIQUE,
    message_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'unsendable', 'delivered', 'undelivered')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    -- The provider's id of an SMS (Twilio's Message SID), for status callbacks.
    provider_id TEXT,
    -- The SMS destination's fingerprint (the caps per number count it).
    destination_fingerprint TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX notifications_due ON notifications(status, next_attempt_at);
CREATE INDEX notifications_by_account ON notifications(account_id, created_at);
CREATE INDEX notifications_by_provider ON notifications(provider_id);

-- What was sent, rendered once and sealed (row id as associated data), so a retry sends the
-- same words; deleted after the configured number of days.
CREATE TABLE notification_bodies (
    notification_id TEXT PRIMARY KEY REFERENCES notifications(id) ON DELETE CASCADE,
    sealed BLOB NOT NULL,
    created_at BIGINT NOT NULL
);

-- What an account event carries that must not be stored in the clear (a link, a code, the
-- old address to tell), sealed until the message is rendered.
CREATE TABLE notification_secrets (
    notification_id TEXT PRIMARY KEY REFERENCES notifications(id) ON DELETE CASCADE,
    sealed BLOB NOT NULL
);

-- The channels a traveler chose (e-mail on unless turned off; SMS once a number is verified).
CREATE TABLE notification_channels (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    email BIGINT NOT NULL DEFAULT 1 CHECK (email IN (0, 1)),
    sms BIGINT NOT NULL DEFAULT 0 CHECK (sms IN (0, 1)),
    updated_at BIGINT NOT NULL
);

-- A traveler's phone number for SMS, sealed; verified by a one-time code first.
CREATE TABLE sms_numbers (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    sealed BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    code_hash TEXT,
    code_expires_at BIGINT,
    code_attempts BIGINT NOT NULL DEFAULT 0,
    verified_at BIGINT,
    created_at BIGINT NOT NULL
);
