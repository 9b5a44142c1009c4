-- Provisional I-94 (land): a traveler's submission (1 to 25 applicants, one payment), each
-- applicant's application (personal data sealed, found by keyed fingerprints), its payments
-- (at the port or by card checkout) and the payment provider's webhook events already applied.
-- Statuses are `garita_domain::i94::{SubmissionStatus, ApplicantStatus, PaymentStatus}`, bound
-- by the service, never written here. Times are Unix seconds (UTC); dates ISO 8601 text.
CREATE TABLE i94_submissions (
    id TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    -- The land port the traveler expects to use (informative: valid at any land port).
    port_id TEXT NOT NULL,
    arrival_date TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    submitted_at BIGINT,
    paid_at BIGINT,
    -- When it stops being valid (set when submitted, moved when paid).
    valid_until BIGINT,
    expired_at BIGINT
);
CREATE INDEX i94_submissions_by_account ON i94_submissions (account_id, created_at);
CREATE INDEX i94_submissions_by_status ON i94_submissions (status, valid_until);

CREATE TABLE i94_applicants (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES i94_submissions(id) ON DELETE CASCADE,
    -- What the traveler and the officer name the application by (not personal).
    application_number TEXT NOT NULL UNIQUE,
    position BIGINT NOT NULL,
    -- The applicant (names, birth, passport, visa, address…), sealed with the row id.
    sealed BYTEA NOT NULL,
    status TEXT NOT NULL,
    fingerprints_taken BIGINT NOT NULL DEFAULT 0,
    class_of_admission TEXT,
    admit_until TEXT,
    i94_number TEXT UNIQUE,
    decided_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    decided_port TEXT,
    decided_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (submission_id, position)
);

-- One row per attempt to pay: the port's receipt, or a card checkout session. The fee in force
-- that day is recorded with it, in cents.
CREATE TABLE i94_payments (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES i94_submissions(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    -- The provider's reference: the port's receipt number, or the checkout session's id.
    provider_ref TEXT NOT NULL,
    status TEXT NOT NULL,
    fee_cents BIGINT NOT NULL CHECK (fee_cents > 0),
    applicants BIGINT NOT NULL CHECK (applicants BETWEEN 1 AND 25),
    amount_cents BIGINT NOT NULL CHECK (amount_cents = fee_cents * applicants),
    currency TEXT NOT NULL,
    checkout_url TEXT,
    recorded_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    paid_at BIGINT,
    UNIQUE (provider, provider_ref)
);
CREATE INDEX i94_payments_by_submission ON i94_payments (submission_id);
CREATE INDEX i94_payments_by_status ON i94_payments (provider, status);

-- Webhook events applied (by the provider's event id), so a replay changes nothing.
CREATE TABLE payment_events (
    provider TEXT NOT NULL,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (provider, event_id)
);

-- An applicant deleted by any path (with the account) takes its fingerprints with it.
-- 'i94_applicant' is `SubjectKind::I94Applicant`.
CREATE FUNCTION i94_applicants_forget_fingerprints() RETURNS trigger AS $$
BEGIN
    DELETE FROM identifier_fingerprints WHERE subject_kind = 'i94_applicant' AND subject_id = OLD.id;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER i94_applicants_forget_fingerprints AFTER DELETE ON i94_applicants
    FOR EACH ROW EXECUTE FUNCTION i94_applicants_forget_fingerprints();
