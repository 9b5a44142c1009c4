-- no-transaction
-- Roles as grants. An account is a traveler's or staff's (`kind`); what staff may do is a set of
-- grants, each a role on one scope: a place (`location_id`), a programme, an organisation, or
-- the platform. Officers' ports and administrators become grants; `accounts.role` and
-- `accounts.port_id` go. SQLite cannot drop a CHECK constraint, so `accounts` is rebuilt as its
-- documentation prescribes (https://www.sqlite.org/lang_altertable.html#otheralter): foreign
-- keys off, and the legacy rename so the tables that refer to `accounts` keep referring to it.
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;

-- Organisations acting on the platform (partner agencies, brokers, carriers, bus lines,
-- airlines, shelters and aid organisations, government agencies); they act once approved.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    legal_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    identifier TEXT,
    status TEXT NOT NULL,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    decided_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    decided_at BIGINT
);
CREATE INDEX organisations_by_status ON organisations(status, created_at);

ALTER TABLE accounts RENAME TO accounts_before_grants;
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email_fingerprint TEXT NOT NULL UNIQUE,
    email_sealed BLOB NOT NULL,
    password_hash TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('traveler', 'staff')),
    language TEXT,
    member_count BIGINT NOT NULL DEFAULT 0 CHECK (member_count >= 0 AND member_count <= 11),
    created_at BIGINT NOT NULL,
    email_verified_at BIGINT
);
INSERT INTO accounts (id, email_fingerprint, email_sealed, password_hash, kind, language, member_count, created_at, email_verified_at)
    SELECT id, email_fingerprint, email_sealed, password_hash,
           CASE WHEN role = 'traveler' THEN 'traveler' ELSE 'staff' END,
           language, member_count, created_at, email_verified_at
    FROM accounts_before_grants;

CREATE TABLE grants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    scope_kind TEXT NOT NULL,
    location_id TEXT,
    programme TEXT,
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE,
    granted_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    granted_at BIGINT NOT NULL,
    CHECK ((scope_kind = 'platform' AND location_id IS NULL AND programme IS NULL AND organisation_id IS NULL)
        OR (scope_kind = 'location' AND location_id IS NOT NULL AND programme IS NULL AND organisation_id IS NULL)
        OR (scope_kind = 'programme' AND location_id IS NULL AND programme IS NOT NULL AND organisation_id IS NULL)
        OR (scope_kind = 'organisation' AND location_id IS NULL AND programme IS NULL AND organisation_id IS NOT NULL))
);
CREATE UNIQUE INDEX one_grant_per_scope ON grants(account_id, role, scope_kind, COALESCE(location_id, ''), COALESCE(programme, ''), COALESCE(organisation_id, 0));
CREATE INDEX grants_by_organisation ON grants(organisation_id);
INSERT INTO grants (account_id, role, scope_kind, location_id, granted_at)
    SELECT id, 'officer', 'location', port_id, created_at FROM accounts_before_grants WHERE role = 'officer';
INSERT INTO grants (account_id, role, scope_kind, granted_at)
    SELECT id, 'admin', 'platform', created_at FROM accounts_before_grants WHERE role = 'admin';

DROP TABLE accounts_before_grants;
PRAGMA foreign_key_check;
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;
