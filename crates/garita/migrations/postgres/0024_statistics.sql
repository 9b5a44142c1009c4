-- Open statistics: counters kept at write time (in the transaction of each event, so statistics
-- never open a sealed column), and the published, suppressed figures the refresh job freezes
-- day by day. No foreign keys to accounts: deleting an account never rewrites a count.
CREATE TABLE stats_counters (
    day TEXT NOT NULL,
    -- The port (or other place); '' when the figure is by something else (a state).
    place TEXT NOT NULL,
    metric TEXT NOT NULL,
    -- What the figure is broken down by within the place: '' or a state code or lane:minutes.
    dimension TEXT NOT NULL,
    groups BIGINT NOT NULL DEFAULT 0,
    people BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, place, metric, dimension)
);

-- What was published for a closed day (or the Monday of a closed week): written once, never
-- updated. people/groups are NULL when the figure is hidden.
CREATE TABLE stats_published (
    day TEXT NOT NULL,
    place TEXT NOT NULL,
    metric TEXT NOT NULL,
    dimension TEXT NOT NULL,
    groups BIGINT,
    people BIGINT,
    hidden BIGINT NOT NULL CHECK (hidden IN (0, 1)),
    PRIMARY KEY (day, place, metric, dimension)
);

-- The periods already published: kind 'day' or 'week'.
CREATE TABLE stats_periods (
    kind TEXT NOT NULL,
    period TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    PRIMARY KEY (kind, period)
);

-- Backfill from rows that exist already, from non-sealed columns only. Days are UTC days here
-- (live counters use the port's zone); events whose moment was not kept are counted when the
-- appointment was made.
INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(r.submitted_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), COALESCE((r.ports::json)->>0, ''), 'requests', '', COUNT(*), SUM(a.member_count)
FROM appointment_requests r JOIN accounts a ON a.id = r.account_id
GROUP BY to_char(to_timestamp(r.submitted_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), COALESCE((r.ports::json)->>0, '');

INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(r.submitted_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), '', 'requests-by-state', r.region_state, COUNT(*), SUM(a.member_count)
FROM appointment_requests r JOIN accounts a ON a.id = r.account_id
GROUP BY to_char(to_timestamp(r.submitted_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), r.region_state;

INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id, 'selected', '', COUNT(*), SUM(size)
FROM appointments GROUP BY to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id;

INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id, 'confirmed', '', COUNT(*), SUM(size)
FROM appointments WHERE status IN ('confirmed', 'cancelled') OR port_status IS NOT NULL
GROUP BY to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id;

INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(updated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id, 'cancellations', '', COUNT(*), SUM(size)
FROM appointments WHERE status IN ('declined', 'cancelled')
GROUP BY to_char(to_timestamp(updated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id;

INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(port_status_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id, 'checked-in', '', COUNT(*), SUM(size)
FROM appointments WHERE port_status IS NOT NULL AND port_status <> 'no-show' AND port_status_at IS NOT NULL
GROUP BY to_char(to_timestamp(port_status_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id;

INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(port_status_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id, 'no-shows', '', COUNT(*), SUM(size)
FROM appointments WHERE port_status = 'no-show' AND port_status_at IS NOT NULL
GROUP BY to_char(to_timestamp(port_status_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id;

INSERT INTO stats_counters (day, place, metric, dimension, groups, people)
SELECT to_char(to_timestamp(reported_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id, 'wait-minutes', lane || ':' || delay_minutes::text, COUNT(*), 0
FROM wait_time_reports WHERE delay_minutes IS NOT NULL
GROUP BY to_char(to_timestamp(reported_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD'), port_id, lane || ':' || delay_minutes::text;
