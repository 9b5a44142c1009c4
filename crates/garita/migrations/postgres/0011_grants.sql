-- Roles as grants. An account is a traveler's or staff's (`kind`); what staff may do is a set of
-- grants, each a role on one scope: a place (`location_id`), a programme, an organisation, or
-- the platform. Officers' ports and administrators become grants; `accounts.role` and
-- `accounts.port_id` go.

-- Organisations acting on the platform (partner agencies, brokers, carriers, bus lines,
-- airlines, shelters and aid organisations, government agencies); they act once approved.
CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
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

CREATE TABLE grants (
    id BIGSERIAL PRIMARY KEY,
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
    SELECT id, 'officer', 'location', port_id, created_at FROM accounts WHERE role = 'officer';
INSERT INTO grants (account_id, role, scope_kind, granted_at)
    SELECT id, 'admin', 'platform', created_at FROM accounts WHERE role = 'admin';

ALTER TABLE accounts DROP CONSTRAINT accounts_check;
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts DROP COLUMN port_id;
ALTER TABLE accounts RENAME COLUMN role TO kind;
UPDATE accounts SET kind = 'staff' WHERE kind <> 'traveler';
ALTER TABLE accounts ADD CONSTRAINT accounts_kind_check CHECK (kind IN ('traveler', 'staff'));
