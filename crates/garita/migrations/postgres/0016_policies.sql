-- Policies: the rules an agency has decided (TOML text, its digest), each from a day on. The
-- policy of a day's draw is the latest one with effective_from <= that day (the largest id among
-- those of the same day). Once a draw has used one (first_used_by_draw), it is never changed:
-- the service only inserts. created_by is NULL for a policy added from the command line or
-- generated at start from the settings.
CREATE TABLE policies (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    digest TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    first_used_by_draw TEXT
);
CREATE INDEX policies_by_day ON policies(effective_from, id);

-- The policy each draw ran under (NULL: before policies existed). No foreign key: `garita copy`
-- copies tables in the order they were created, draws before policies.
ALTER TABLE draws ADD COLUMN policy_id BIGINT;

-- The group's one U.S. destination address, when the policy asks for it (sealed; NULL otherwise).
ALTER TABLE appointment_requests ADD COLUMN destination_sealed BYTEA;
