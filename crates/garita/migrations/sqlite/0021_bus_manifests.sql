-- Advance bus manifests (`bus_manifests`): a bus line's trips to a land port, every version of
-- each trip's manifest, and each person on board (sealed), with what the officer recorded.

-- A trip: one bus, one arrival at a port. `arrival_day` is the port's calendar day of
-- `arrival_at` (what "Buses today" lists by). `version` is the manifest in force. `summary`
-- is the counts kept when the officer closes the trip (JSON: manifested, arrived, missing,
-- added). Deleted with everything below it by the retention job after the configured period.
CREATE TABLE bus_trips (
    id TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    trip_number TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    port_id TEXT NOT NULL,
    arrival_at BIGINT NOT NULL,
    arrival_day TEXT NOT NULL,
    plate TEXT NOT NULL,
    plate_country TEXT NOT NULL,
    status TEXT NOT NULL,
    version BIGINT NOT NULL CHECK (version >= 1),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    processed_at BIGINT,
    processed_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    summary TEXT,
    UNIQUE (organisation_id, trip_number, arrival_day)
);
CREATE INDEX bus_trips_by_port_day ON bus_trips(port_id, arrival_day, arrival_at);
CREATE INDEX bus_trips_by_organisation ON bus_trips(organisation_id, arrival_at);

-- Every version of a trip's manifest: kept, so the officer sees what changed.
CREATE TABLE bus_manifest_versions (
    trip_id TEXT NOT NULL REFERENCES bus_trips(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    source TEXT NOT NULL,
    travelers BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    PRIMARY KEY (trip_id, version)
);

-- A person on board in one version (sealed: the whole checked line as JSON, the row id as
-- associated data). `added` marks a person the officer found on the bus who was not on the
-- manifest (1) rather than a manifested one (0). `state` and `outcome` are the officer's.
CREATE TABLE bus_manifest_travelers (
    id TEXT PRIMARY KEY,
    trip_id TEXT NOT NULL REFERENCES bus_trips(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    position BIGINT NOT NULL,
    sealed BLOB NOT NULL,
    added BIGINT NOT NULL DEFAULT 0 CHECK (added IN (0, 1)),
    state TEXT NOT NULL,
    outcome TEXT,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL
);
CREATE INDEX bus_manifest_travelers_by_trip ON bus_manifest_travelers(trip_id, version, position);
