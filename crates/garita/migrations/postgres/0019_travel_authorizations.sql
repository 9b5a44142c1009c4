-- Advance travel authorization (ATA) for parole processes (`travel_authorizations`): supporter
-- cases imported from USCIS batches signed by the agency, the monthly selection, the
-- beneficiary's steps, adjudicators' decisions and the airline check.

-- Agencies' Ed25519 public keys (registered by a platform administrator). A batch is verified
-- against the keys not revoked; the import names the one that matched.
CREATE TABLE ata_agency_keys (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT REFERENCES organisations(id),
    label TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- One import of a signed batch: what it brought and its report (line, case number, reasons of
-- each refused row — no names, no dates).
CREATE TABLE ata_imports (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL,
    key_id BIGINT NOT NULL REFERENCES ata_agency_keys(id),
    file_sha256 TEXT NOT NULL,
    rows_total BIGINT NOT NULL,
    accepted BIGINT NOT NULL,
    unchanged BIGINT NOT NULL,
    refused BIGINT NOT NULL,
    report TEXT NOT NULL,
    imported_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);

-- One beneficiary's case. Personal data sealed (`sealed`: the case as imported; `passport_sealed`,
-- `photo_sealed`, `biographic_sealed`: what the beneficiary gave); found by keyed fingerprints
-- only (`passport_fingerprint` = lookups::fingerprint of the passport, `dob_fingerprint` of the
-- date of birth). `id` is random and is the pseudonym in the selection's public record.
CREATE TABLE ata_cases (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL,
    case_number TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL,
    sealed BYTEA NOT NULL,
    nationality TEXT NOT NULL,
    status TEXT NOT NULL,
    import_id TEXT NOT NULL REFERENCES ata_imports(id),
    confirmed_at BIGINT,
    invited_at BIGINT,
    selection_month TEXT,
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    biographic_sealed BYTEA,
    mismatches TEXT NOT NULL DEFAULT '',
    passport_sealed BYTEA,
    passport_fingerprint TEXT,
    dob_fingerprint TEXT NOT NULL,
    attestations TEXT NOT NULL DEFAULT '',
    photo_sealed BYTEA,
    submitted_at BIGINT,
    decision_reason TEXT,
    decided_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    decided_at BIGINT,
    valid_until TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ata_cases_pool ON ata_cases (programme_id, status, confirmed_at);
CREATE INDEX ata_cases_passport ON ata_cases (passport_fingerprint);
CREATE INDEX ata_cases_account ON ata_cases (account_id);

-- Steps the beneficiary has done, each saved on its own.
CREATE TABLE ata_steps (
    case_id TEXT NOT NULL REFERENCES ata_cases(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    done_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, step)
);

-- Invitation links: only the SHA-256 of the token; single use, expiring, tied to the case.
CREATE TABLE ata_invitations (
    token_hash TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES ata_cases(id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL
);

-- The monthly selection: committed before (seed kept until it runs), published after.
CREATE TABLE ata_selections (
    programme_id TEXT NOT NULL,
    month TEXT NOT NULL,
    status TEXT NOT NULL,
    commitment TEXT NOT NULL,
    seed TEXT NOT NULL,
    record TEXT,
    pool BIGINT,
    selected BIGINT,
    created_at BIGINT NOT NULL,
    ran_at BIGINT,
    PRIMARY KEY (programme_id, month)
);
