-- Photos of a traveler's airport-request item (issue 17, item 4): at most three per item,
-- JPEG re-encoded by the photo pipeline, sealed at rest; they go with the item (and the
-- item with its request) under the agriculture-inspections retention rule.
CREATE TABLE airport_item_photos (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES airport_items(id) ON DELETE CASCADE,
    request_id TEXT NOT NULL REFERENCES airport_requests(id) ON DELETE CASCADE,
    photo_sealed BYTEA NOT NULL,
    size BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX airport_item_photos_by_item ON airport_item_photos(item_id, created_at);
