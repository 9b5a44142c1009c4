-- Appointment validation by partner agencies (`appointment_validations`): yes or no for a pass
-- code with a date of birth, nothing else.

-- Wrong dates of birth per pass code in the current 24-hour window, and the lock they set after
-- the fifth. The code is named by a keyed fingerprint (HMAC under the never-rotating lookup
-- key), never by itself; codes that do not exist are counted alike, so the table says nothing
-- about which codes are real. A row whose window is over is reset by the next wrong attempt.
CREATE TABLE appointment_validation_attempts (
    code_fingerprint TEXT PRIMARY KEY,
    failures BIGINT NOT NULL CHECK (failures >= 1),
    window_start BIGINT NOT NULL,
    locked_until BIGINT
);

-- Each pass's `pass_code_dob` fingerprint (`lookups::fingerprint` of the code with its member's
-- date of birth), made at the pass's first check by opening that one member's record; later
-- checks compare fingerprints and open nothing. Goes with the pass (and the member).
CREATE TABLE pass_validation_keys (
    code TEXT PRIMARY KEY REFERENCES passes(code) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
