-- no-transaction
-- An outbox message may go to someone who has no account yet: a parole beneficiary invited by
-- the monthly selection (`travel_authorizations`). Such a row has no `account_id`; its address,
-- link and languages are sealed in `notification_secrets` like every other secret (purged with
-- them), and it can only be an e-mail. SQLite cannot drop a NOT NULL, so `notifications` is
-- rebuilt as its documentation prescribes (https://www.sqlite.org/lang_altertable.html#otheralter):
-- foreign keys off, and the legacy rename so `notification_bodies` and `notification_secrets`
-- keep referring to `notifications` (and keep their rows).
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;

ALTER TABLE notifications RENAME TO notifications_before_0028;
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    account_id BIGINT REFERENCES accounts(id) ON DELETE CASCADE,
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
    sent_at BIGINT,
    CONSTRAINT notifications_recipient CHECK (account_id IS NOT NULL OR channel = 'email')
);
INSERT INTO notifications (id, account_id, kind, channel, appointment_id, once_key, message_id, status, attempts, next_attempt_at, last_error, provider_id, destination_fingerprint, created_at, sent_at)
    SELECT id, account_id, kind, channel, appointment_id, once_key, message_id, status, attempts, next_attempt_at, last_error, provider_id, destination_fingerprint, created_at, sent_at
    FROM notifications_before_0028;
DROP TABLE notifications_before_0028;
CREATE INDEX notifications_due ON notifications(status, next_attempt_at);
CREATE INDEX notifications_by_account ON notifications(account_id, created_at);
CREATE INDEX notifications_by_provider ON notifications(provider_id);

PRAGMA foreign_key_check;
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;
