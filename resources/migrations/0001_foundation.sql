-- File format 1: preferences that belong to the file rather than to the computer
-- (the business's defaults, the timer's long-run limit, the daily capacity…).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
