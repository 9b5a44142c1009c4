-- Which provisional I-94s a land port's officers see (issue 15, item 4): a row per land port
-- whose administrators chose; a port without a row sees every application (the default: an
-- I-94 is valid at any land port). `visibility` is `garita_domain::i94::Visibility`
-- (`any_land_port` or `own_port`), bound by the service. Each change is in the audit trail.
CREATE TABLE i94_port_visibility (
    port_id TEXT PRIMARY KEY,
    visibility TEXT NOT NULL,
    updated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
