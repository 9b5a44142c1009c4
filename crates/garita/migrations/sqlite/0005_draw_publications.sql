-- A day's published draw can be megabytes of JSON. Kept in its own table so that reading a
-- draw's small columns (status, ran_at) never walks through it: in SQLite a row's columns are
-- stored in order, and `published` sat before `ran_at`.
CREATE TABLE draw_publications (
    day TEXT PRIMARY KEY REFERENCES draws(day),
    published TEXT NOT NULL
);
INSERT INTO draw_publications (day, published) SELECT day, published FROM draws WHERE published IS NOT NULL;
UPDATE draws SET published = NULL;
