-- Programme rosters' places (issue 20, item 2). The share of a port's daily capacity an
-- administrator reserves for roster people, and how many days before a slot's day its unused
-- reserved places go back to the daily draw (from that day's draw on).
CREATE TABLE roster_quotas (
    port_id TEXT PRIMARY KEY REFERENCES ports(id),
    percent BIGINT NOT NULL CHECK (percent >= 0 AND percent <= 100),
    release_days_before BIGINT NOT NULL CHECK (release_days_before >= 0 AND release_days_before <= 60),
    set_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    set_at BIGINT NOT NULL
);

-- The places of one slot reserved for roster people: made by the first draw that offers the
-- slot while a quota is set; `taken` by the roster draw; what is left is held from the daily
-- draw until the draw of `release_on`.
CREATE TABLE roster_reservations (
    port_id TEXT NOT NULL,
    day TEXT NOT NULL,
    start_time TEXT NOT NULL,
    places BIGINT NOT NULL CHECK (places >= 0),
    taken BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= places),
    release_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (port_id, day, start_time),
    FOREIGN KEY (port_id, day, start_time) REFERENCES slots(port_id, day, start_time) ON DELETE CASCADE
);
CREATE INDEX roster_reservations_by_release ON roster_reservations(release_on);

-- Each day's roster draw, run just before the daily draw on the places still held. Its seed
-- is derived from the daily draw's (`garita_domain::rosters::roster_seed`), so nothing secret
-- is kept here; `published` is the record anyone can verify.
CREATE TABLE roster_draws (
    day TEXT PRIMARY KEY,
    commitment TEXT NOT NULL,
    participants BIGINT NOT NULL,
    selected BIGINT NOT NULL,
    published TEXT NOT NULL,
    ran_at BIGINT NOT NULL
);

-- When an import last listed a person (new or unchanged): a person no import has listed for a
-- year is deleted (`crate::retention`, rule `roster-people`).
ALTER TABLE roster_people ADD COLUMN listed_at BIGINT;
