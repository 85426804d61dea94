-- File format 6: the local month and day of every time entry and usage record, kept by the file
-- itself, so reports, the calendar and totals read an index of them instead of the whole history.

-- The time zone the keys are in (the user's), and its UTC offset from each of its transitions on:
-- an instant's offset is that of the last transition at or before it. Minuta fills both whenever
-- the file is opened for writing in another zone than they hold ('' at first) and computes the keys
-- again; a reader in another zone does not use them.
CREATE TABLE local_zone (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT    NOT NULL
) STRICT;
INSERT INTO local_zone (id, name) VALUES (1, '');

CREATE TABLE local_offset (
    from_utc       INTEGER PRIMARY KEY,
    offset_seconds INTEGER NOT NULL CHECK (offset_seconds BETWEEN -86400 AND 86400)
) STRICT;
INSERT INTO local_offset (from_utc, offset_seconds) VALUES (-9223372036854775808, 0);

-- local_month: the year and month as 202611; local_day: days since 1970-01-01, both where the
-- work started, in the zone above.
ALTER TABLE time_entry ADD COLUMN local_month INTEGER;
ALTER TABLE time_entry ADD COLUMN local_day INTEGER;
ALTER TABLE usage_record ADD COLUMN local_month INTEGER;
ALTER TABLE usage_record ADD COLUMN local_day INTEGER;

-- Triggers set the keys on every insert and on every change of the start, whoever writes, and an
-- index per table reads a month's figures without the rows: Minuta makes them with the keys (they
-- are rebuilt with them when the zone changes).
