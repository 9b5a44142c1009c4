-- Programme rosters (issue 20, item 2): an approved organisation's signed list of people
-- enrolled in a programme. The public keys an administrator registered for an organisation's
-- roster files (Ed25519, hex).
CREATE TABLE roster_keys (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX roster_keys_by_organisation ON roster_keys(organisation_id);

-- One import: the file's hash, the key that signed it, the counts and the row report (JSON:
-- line, roster id, field, code; no names, no dates).
CREATE TABLE roster_imports (
    id TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    key_id BIGINT NOT NULL REFERENCES roster_keys(id),
    file_sha256 TEXT NOT NULL,
    rows_total BIGINT NOT NULL,
    accepted BIGINT NOT NULL,
    unchanged BIGINT NOT NULL,
    refused BIGINT NOT NULL,
    report TEXT NOT NULL,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);

-- A person of a roster. Names, date of birth and nationality sealed (aad `roster_person:<id>`);
-- found only by keyed fingerprints: `data_fingerprint` (the whole row, to tell "the same row"
-- from "the same id, other data" without opening anything), `id_dob_fingerprint` (roster id +
-- date of birth: the check and the claim) and `name_dob_fingerprint` (names + date of birth).
CREATE TABLE roster_people (
    id TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    roster_id TEXT NOT NULL,
    sealed BYTEA NOT NULL,
    programme_status TEXT NOT NULL,
    data_fingerprint TEXT NOT NULL,
    id_dob_fingerprint TEXT NOT NULL,
    name_dob_fingerprint TEXT NOT NULL,
    import_id TEXT NOT NULL REFERENCES roster_imports(id),
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    claimed_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (organisation_id, roster_id)
);
CREATE INDEX roster_people_by_id_dob ON roster_people(id_dob_fingerprint);
CREATE INDEX roster_people_by_name_dob ON roster_people(name_dob_fingerprint);
CREATE UNIQUE INDEX roster_people_one_per_account ON roster_people(organisation_id, account_id);
