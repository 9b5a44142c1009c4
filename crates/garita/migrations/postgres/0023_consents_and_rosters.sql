-- Helping organisations acting for travelers with their consent (issue 20).
-- A consent: what an organisation may do for one traveler's account (view, manage the group,
-- request, confirm: `garita_domain::consents::Permissions` as text) and until when; revoked by
-- the traveler at any time. At most one consent in force per account and organisation.
CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    permissions TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    until_at BIGINT NOT NULL,
    granted_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    how TEXT NOT NULL,
    revoked_at BIGINT,
    revoked_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX one_consent_in_force ON consents(account_id, organisation_id) WHERE revoked_at IS NULL;
CREATE INDEX consents_by_organisation ON consents(organisation_id, revoked_at);

-- Accounts made by an organisation's staff for someone without e-mail or phone: the traveler
-- signs in with the card's number. `secret_set_at` is when they chose their own password (the
-- staff member never knows it).
CREATE TABLE card_accounts (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    sign_in_number TEXT NOT NULL UNIQUE,
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    secret_set_at BIGINT
);

-- Printed cards: only the SHA-256 of the single-use setup code is kept. Reprinting voids the
-- card before; using a code marks it used in the same statement that finds it.
CREATE TABLE consent_cards (
    id TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    used_at BIGINT,
    voided_at BIGINT
);
CREATE INDEX consent_cards_by_account ON consent_cards(account_id);

-- What staff did for a traveler, as the traveler reads it ("done by <organisation>, staff
-- member <name>, on <date>"): names kept as they were then, so the line stays true after the
-- person leaves. The audit trail has the same act with both ids.
CREATE TABLE consent_actions (
    id BIGSERIAL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    organisation_id BIGINT,
    organisation_name TEXT NOT NULL,
    staff_account_id BIGINT,
    staff_name TEXT NOT NULL,
    action TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX consent_actions_by_account ON consent_actions(account_id, at);

-- The name a helper's staff member is shown to travelers by (set on the caseload page).
CREATE TABLE staff_display_names (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
