-- Appointments: slots with capacity, the daily draw and its commitment, requests, appointments,
-- the passes members show at the port, and members' photos (sealed).
CREATE TABLE slots (
    port_id TEXT NOT NULL REFERENCES ports(id),
    day TEXT NOT NULL,
    start_time TEXT NOT NULL,
    capacity BIGINT NOT NULL CHECK (capacity >= 0),
    taken BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    PRIMARY KEY (port_id, day, start_time)
);

CREATE TABLE draws (
    day TEXT PRIMARY KEY,
    commitment TEXT NOT NULL,
    seed_sealed BYTEA NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('committed', 'done')),
    published TEXT,
    participants BIGINT NOT NULL DEFAULT 0,
    selected BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    ran_at BIGINT
);

CREATE TABLE appointment_requests (
    id TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('open', 'selected', 'closed')),
    ports TEXT NOT NULL,
    answers TEXT NOT NULL,
    vulnerable BIGINT NOT NULL CHECK (vulnerable IN (0, 1)),
    region_state TEXT NOT NULL,
    first_requested_on TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX requests_open ON appointment_requests(status, submitted_at);

CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES appointment_requests(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    draw_day TEXT NOT NULL,
    port_id TEXT NOT NULL,
    day TEXT NOT NULL,
    start_time TEXT NOT NULL,
    size BIGINT NOT NULL CHECK (size >= 1),
    status TEXT NOT NULL CHECK (status IN ('offered', 'confirmed', 'declined', 'lapsed', 'cancelled', 'voided')),
    confirm_by BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    FOREIGN KEY (port_id, day, start_time) REFERENCES slots(port_id, day, start_time)
);
CREATE UNIQUE INDEX one_live_appointment ON appointments(account_id) WHERE status IN ('offered', 'confirmed');
CREATE INDEX appointments_by_slot ON appointments(port_id, day, start_time);
CREATE INDEX appointments_by_status ON appointments(status, confirm_by);

CREATE TABLE passes (
    code TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    traveler_id TEXT NOT NULL REFERENCES travelers(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX passes_by_appointment ON passes(appointment_id);

CREATE TABLE photos (
    traveler_id TEXT PRIMARY KEY REFERENCES travelers(id) ON DELETE CASCADE,
    sealed BYTEA NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
