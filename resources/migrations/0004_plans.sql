-- File format 4: planned work (appointments and tasks, once or repeating) and the file's own
-- identity, which keeps calendar exports' event ids stable.

CREATE TABLE plan (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    title       TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    notes       TEXT    NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    -- The first (or only) occurrence; later ones keep its local time of day.
    start_at    INTEGER NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    -- A deadline (local date, inclusive); each repetition's lies as many days after it.
    due_date    TEXT    CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    repeat      TEXT    NOT NULL DEFAULT 'none' CHECK (repeat IN ('none', 'weekly', 'monthly')),
    -- The last local date a repetition may fall on; NULL: for ever.
    until_date  TEXT    CHECK (until_date IS NULL OR until_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK (repeat <> 'none' OR until_date IS NULL)
) STRICT;

CREATE INDEX plan_start ON plan (start_at);
CREATE INDEX plan_client ON plan (client_id);

-- Occurrences marked done, by the local date they fall on.
CREATE TABLE plan_done (
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    day     TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    done_at INTEGER NOT NULL,
    PRIMARY KEY (plan_id, day)
) STRICT, WITHOUT ROWID;

INSERT OR IGNORE INTO setting (key, value) VALUES ('file.id', lower(hex(randomblob(16))));
