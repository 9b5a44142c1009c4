-- Places as data (issue 13): every location Garita knows — land ports, airports, cargo
-- facilities, Trusted Traveler enrollment centers — mirrored at start from data/locations/.
-- What the data files say (kind, name, codes, zone, functions) is refreshed at every start;
-- what an agency sets (hours, capacity_per_hour, is_open) is the file's value until an
-- administrator edits it (updated_at set), and kept from then on.
CREATE TABLE locations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    -- CBP's 4-digit port code (land ports, land cargo facilities).
    port_code TEXT,
    -- IATA airport code (airports, air cargo).
    iata_code TEXT,
    state TEXT NOT NULL,
    country TEXT NOT NULL,
    border TEXT,
    time_zone TEXT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    -- The functions served, comma-separated (garita_domain::locations::Function).
    functions TEXT NOT NULL,
    -- Weekly opening hours in their canonical text ("Mon-Fri 08:00-16:00"); NULL: not stated.
    hours TEXT,
    capacity_per_hour BIGINT CHECK (capacity_per_hour IS NULL OR (capacity_per_hour >= 1 AND capacity_per_hour <= 10000)),
    is_open BIGINT NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
    -- Set by an administrator's edit only; NULL while the data file's values stand.
    updated_at BIGINT,
    updated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL
);
CREATE INDEX locations_by_kind ON locations(kind, state);
