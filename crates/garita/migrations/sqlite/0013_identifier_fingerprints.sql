-- Identifiers sealed at rest (a name with a date of birth, a passport number, a PASSID...) found
-- without decrypting: one keyed fingerprint (HMAC-SHA-256 under the vault's lookup key, hex) per
-- identifier of a subject. Never the identifier itself.
-- `subject_kind`/`subject_id`: the row the identifier belongs to (`traveler` = travelers.id; later
-- features add theirs). There is no foreign key, since subjects live in several tables: deleting
-- a subject must delete its fingerprints (`lookups::forget`, or a trigger like the one below for
-- rows that can also vanish by a cascade, e.g. when an account is deleted).
CREATE TABLE identifier_fingerprints (
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    identifier_kind TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id, identifier_kind, fingerprint)
);
CREATE INDEX identifier_fingerprints_by_fingerprint ON identifier_fingerprints (identifier_kind, fingerprint);

-- A member deleted by any path (removed from the group, or with the account) takes its
-- fingerprints with it. 'traveler' is `SubjectKind::Traveler`.
CREATE TRIGGER travelers_forget_fingerprints AFTER DELETE ON travelers
BEGIN
    DELETE FROM identifier_fingerprints WHERE subject_kind = 'traveler' AND subject_id = OLD.id;
END;
