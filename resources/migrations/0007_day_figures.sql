-- File format 7: the figures of each client's day and month, kept by the file itself beside the entries and
-- units they add up, so the monthly report, the calendar, the clients page and the time log's
-- totals read a few thousand rows instead of the whole history.

-- Rows are in the order of their day, so a period (a month, ten years) is one range of the table.
-- Finished time entries per local day (format 6's key), client and kind: billable or not, on an
-- invoice or not. Every figure is what the rows it counts add up to: their number, their raw
-- seconds, their billed seconds (each entry rounded under the client's terms) and their worth at
-- the rate that applies to each (the entry's, the client's, the business's default in the
-- client's currency), rounded per entry as an invoice prices it.
-- The figures have no declared type: a sum too large for 64 bits becomes a real number, which the
-- readers refuse, instead of failing the write that made it.
CREATE TABLE day_time (
    local_day      INTEGER NOT NULL,
    client_id      INTEGER NOT NULL,
    billable       INTEGER NOT NULL,
    invoiced       INTEGER NOT NULL,
    local_month    INTEGER NOT NULL,
    entries        NOT NULL,
    seconds        NOT NULL,
    billed_seconds NOT NULL,
    amount         NOT NULL,
    PRIMARY KEY (local_day, client_id, billable, invoiced)
) WITHOUT ROWID;

-- Units per local day, client and whether they are on an invoice: their number and their worth
-- at the client's price, else the catalog's in the client's currency.
CREATE TABLE day_usage (
    local_day   INTEGER NOT NULL,
    client_id   INTEGER NOT NULL,
    invoiced    INTEGER NOT NULL,
    local_month INTEGER NOT NULL,
    records     NOT NULL,
    amount      NOT NULL,
    PRIMARY KEY (local_day, client_id, invoiced)
) WITHOUT ROWID;

-- The same figures per local month: what the monthly report, the clients page and the time log's
-- totals over months or years read, a few rows per client and month.
CREATE TABLE month_time (
    local_month    INTEGER NOT NULL,
    client_id      INTEGER NOT NULL,
    billable       INTEGER NOT NULL,
    invoiced       INTEGER NOT NULL,
    entries        NOT NULL,
    seconds        NOT NULL,
    billed_seconds NOT NULL,
    amount         NOT NULL,
    PRIMARY KEY (local_month, client_id, billable, invoiced)
) WITHOUT ROWID;

CREATE TABLE month_usage (
    local_month INTEGER NOT NULL,
    client_id   INTEGER NOT NULL,
    invoiced    INTEGER NOT NULL,
    records     NOT NULL,
    amount      NOT NULL,
    PRIMARY KEY (local_month, client_id, invoiced)
) WITHOUT ROWID;

-- Minuta fills the four tables and makes the triggers that keep them (on every write
-- of an entry or unit, and of a client's terms, a price or the business's default rate) with the
-- local keys: forgetting the zone here has it compute the keys, and so the figures, at the next
-- opening for writing.
UPDATE local_zone SET name = '' WHERE id = 1;

-- The monthly report reads the figures now, not the month indexes of format 6.
DROP INDEX IF EXISTS time_entry_month;
DROP INDEX IF EXISTS usage_record_month;
