-- Trusted Traveler memberships (SENTRI, NEXUS, Global Entry, FAST) and enrollment interviews
-- (`trusted_travelers`). An agency imports the minimum: programme, PASSID, date of birth,
-- status, expiry — no names, no addresses.

-- One row per PASSID. The PASSID is kept as its keyed fingerprint (`lookups::fingerprint`,
-- kind passid: unique, so an import is idempotent by PASSID) and sealed (row id as associated
-- data: an enrollment officer reads it at the interview); the date of birth only as a keyed
-- fingerprint of PASSID + date, to compare at linking. `account_id`: the traveler who linked it.
CREATE TABLE ttp_memberships (
    id TEXT PRIMARY KEY,
    programme TEXT NOT NULL,
    passid_fingerprint TEXT NOT NULL UNIQUE,
    dob_fingerprint TEXT NOT NULL,
    passid_sealed BLOB NOT NULL,
    status TEXT NOT NULL,
    -- ISO date; NULL for a membership not yet approved.
    expires_on TEXT,
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    linked_at BIGINT,
    -- Who imported it last: `cli`, or `organisation:<id>`.
    imported_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ttp_memberships_by_account ON ttp_memberships(account_id);

-- An enrollment center's interview slots, made from its hours and capacity when a day is first
-- offered; places taken by `UPDATE … SET taken = taken + 1 WHERE taken + 1 <= capacity`.
CREATE TABLE ttp_interview_slots (
    location_id TEXT NOT NULL REFERENCES locations(id),
    day TEXT NOT NULL,
    start_time TEXT NOT NULL,
    capacity BIGINT NOT NULL CHECK (capacity >= 0),
    taken BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    PRIMARY KEY (location_id, day, start_time)
);

-- Interviews booked. `live_membership_id` is the membership's id while the interview is booked
-- and NULL after (cancelled or decided): unique, so a membership holds one booked interview.
CREATE TABLE ttp_interviews (
    id TEXT PRIMARY KEY,
    membership_id TEXT NOT NULL REFERENCES ttp_memberships(id) ON DELETE CASCADE,
    live_membership_id TEXT UNIQUE,
    location_id TEXT NOT NULL,
    day TEXT NOT NULL,
    start_time TEXT NOT NULL,
    status TEXT NOT NULL,
    booked_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    booked_at BIGINT NOT NULL,
    decided_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    decided_at BIGINT,
    FOREIGN KEY (location_id, day, start_time) REFERENCES ttp_interview_slots(location_id, day, start_time)
);
CREATE INDEX ttp_interviews_by_day ON ttp_interviews(location_id, day);
CREATE INDEX ttp_interviews_by_membership ON ttp_interviews(membership_id);
