-- Border wait times: every report an officer makes for a lane of a port is kept (history), and
-- a pointer per port and lane names the latest one so the public feed never scans the history.
CREATE TABLE wait_time_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    port_id TEXT NOT NULL REFERENCES ports(id),
    lane TEXT NOT NULL CHECK (lane IN ('passenger-standard', 'passenger-ready', 'passenger-sentri',
        'pedestrian-standard', 'pedestrian-ready', 'commercial-standard', 'commercial-fast')),
    status TEXT NOT NULL CHECK (status IN ('open', 'lanes-reduced', 'closed')),
    lanes_open BIGINT NOT NULL CHECK (lanes_open >= 0 AND lanes_open <= 100),
    -- NULL when the lane is closed.
    delay_minutes BIGINT CHECK (delay_minutes IS NULL OR (delay_minutes >= 0 AND delay_minutes <= 1440)),
    reported_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    reported_at BIGINT NOT NULL
);
CREATE INDEX wait_time_reports_by_port ON wait_time_reports(port_id, reported_at);

CREATE TABLE wait_time_latest (
    port_id TEXT NOT NULL REFERENCES ports(id),
    lane TEXT NOT NULL,
    report_id BIGINT NOT NULL REFERENCES wait_time_reports(id),
    PRIMARY KEY (port_id, lane)
);
