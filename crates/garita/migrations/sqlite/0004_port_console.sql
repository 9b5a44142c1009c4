-- At the port: check-in progress of each appointment, each member's identity decision and
-- outcome, no-show consequences, priority after a capacity cut, and the hash-chained audit log.
ALTER TABLE appointments ADD COLUMN port_status TEXT;
ALTER TABLE appointments ADD COLUMN port_status_at BIGINT;
CREATE INDEX appointments_by_port_day ON appointments(port_id, day, status);

ALTER TABLE appointment_requests ADD COLUMN priority BIGINT NOT NULL DEFAULT 0;
ALTER TABLE appointment_requests ADD COLUMN blocked_until TEXT;
-- A message for the traveler about what happened to their appointment (moved, cut, no-show).
ALTER TABLE appointment_requests ADD COLUMN notice TEXT;

CREATE TABLE member_checks (
    code TEXT PRIMARY KEY REFERENCES passes(code) ON DELETE CASCADE,
    identity TEXT NOT NULL CHECK (identity IN ('confirmed', 'not-confirmed', 'referred')),
    outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'paroled-nta', 'processed-other', 'referred-secondary', 'withdrew')),
    officer_id BIGINT NOT NULL REFERENCES accounts(id),
    decided_at BIGINT NOT NULL
);

CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    ip TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- The chain's head: one row, updated in the same transaction as each append, which
-- serializes appends on every engine without advisory locks.
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
