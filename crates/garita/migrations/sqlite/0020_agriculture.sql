-- Agriculture inspections (`agriculture`): perishable-cargo inspection requests of organisations
-- with the facilities' agriculture specialists, their message threads, the hours' capacity, and
-- travelers' airport inspection requests. States are `garita_domain::agriculture` enums.

-- One request of an organisation for an inspection at a cargo facility. The desired window and
-- the proposed or scheduled time are instants (UTC seconds), shown in the facility's zone. The
-- contact (a person's name, phone, e-mail) is sealed (`agriculture-contact:<id>`).
CREATE TABLE cargo_requests (
    id TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_by_key TEXT REFERENCES api_keys(id) ON DELETE SET NULL,
    location_id TEXT NOT NULL REFERENCES locations(id),
    status TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    window_end BIGINT NOT NULL CHECK (window_end > window_start),
    hs_chapter TEXT NOT NULL,
    hs_subheading TEXT,
    commodity TEXT NOT NULL,
    origin_country TEXT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    unit TEXT NOT NULL,
    container_number TEXT,
    plate_country TEXT,
    plate_state TEXT,
    plate TEXT,
    entry_number TEXT NOT NULL,
    temperature TEXT NOT NULL,
    contact_sealed BLOB NOT NULL,
    specialist_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    proposed_at BIGINT,
    scheduled_at BIGINT,
    -- The hour whose place the request holds while scheduled (`agriculture_hours`).
    held_hour BIGINT,
    outcome TEXT,
    closing_note TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (container_number IS NOT NULL OR plate IS NOT NULL)
);
CREATE INDEX cargo_requests_by_organisation ON cargo_requests(organisation_id, created_at);
CREATE INDEX cargo_requests_by_location ON cargo_requests(location_id, status, window_start);

-- Each hour's inspections at a facility against its capacity: a place is taken by
-- `UPDATE … SET taken = taken + 1 WHERE … AND taken + 1 <= capacity`, and the CHECK refuses
-- anything beyond, so no hour ever holds more than its capacity (as `slots` do).
CREATE TABLE agriculture_hours (
    location_id TEXT NOT NULL REFERENCES locations(id),
    hour_start BIGINT NOT NULL,
    capacity BIGINT NOT NULL CHECK (capacity >= 0),
    taken BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    PRIMARY KEY (location_id, hour_start)
);

-- Messages between the organisation and the specialists on a request. The text and any
-- attachment are sealed (`agriculture-message:<id>`, `agriculture-attachment:<id>`).
CREATE TABLE cargo_messages (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES cargo_requests(id) ON DELETE CASCADE,
    side TEXT NOT NULL,
    author_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    body_sealed BLOB NOT NULL,
    attachment_type TEXT,
    attachment_size BIGINT,
    attachment_sealed BLOB,
    created_at BIGINT NOT NULL
);
CREATE INDEX cargo_messages_by_request ON cargo_messages(request_id, created_at);

-- How many of the other side's messages each side has read on a request (unread = their count now
-- minus this; a count, not a time, so two messages in one second are never missed).
CREATE TABLE cargo_reads (
    request_id TEXT NOT NULL REFERENCES cargo_requests(id) ON DELETE CASCADE,
    side TEXT NOT NULL,
    read_count BIGINT NOT NULL CHECK (read_count >= 0),
    PRIMARY KEY (request_id, side)
);

-- A traveler's request for an agriculture inspection at an arrival airport.
CREATE TABLE airport_requests (
    id TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES locations(id),
    flight TEXT NOT NULL,
    flight_date TEXT NOT NULL,
    status TEXT NOT NULL,
    answered_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX airport_requests_by_location ON airport_requests(location_id, status, flight_date);
CREATE INDEX airport_requests_by_account ON airport_requests(account_id, created_at);

-- The items of an airport request; the traveler's description and the specialist's note are
-- sealed (`airport-item:<id>`, `airport-answer:<id>`).
CREATE TABLE airport_items (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES airport_requests(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    category TEXT NOT NULL,
    description_sealed BLOB NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    origin_country TEXT NOT NULL,
    answer TEXT,
    answer_note_sealed BLOB
);
CREATE INDEX airport_items_by_request ON airport_items(request_id, position);
