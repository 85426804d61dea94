-- File format 2: clients, the time log with its timer, the service catalog and usage.
-- Instants are Unix seconds (UTC). Money is integer minor units of the client's currency (rates per
-- hour). Quantities are thousandths of a unit. Tax rates are thousandths of a percent (22 % = 22000).

CREATE TABLE client (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    -- The name case-folded and trimmed: what "unique among active clients" compares.
    name_key           TEXT    NOT NULL,
    contact_name       TEXT    NOT NULL DEFAULT '' CHECK (length(contact_name) <= 200),
    email              TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 320),
    phone              TEXT    NOT NULL DEFAULT '' CHECK (length(phone) <= 64),
    address            TEXT    NOT NULL DEFAULT '' CHECK (length(address) <= 1000),
    country            TEXT    NOT NULL DEFAULT '' CHECK (country = '' OR country GLOB '[A-Z][A-Z]'),
    vat_id             TEXT    NOT NULL DEFAULT '' CHECK (length(vat_id) <= 32),
    fiscal_code        TEXT    NOT NULL DEFAULT '' CHECK (length(fiscal_code) <= 32),
    currency           TEXT    NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    language           TEXT    NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'it')),
    -- NULL: the business's default rate applies.
    hourly_rate        INTEGER CHECK (hourly_rate IS NULL OR hourly_rate >= 0),
    increment_minutes  INTEGER NOT NULL DEFAULT 1 CHECK (increment_minutes IN (1, 5, 6, 10, 15, 30, 60)),
    rounding           TEXT    NOT NULL DEFAULT 'up' CHECK (rounding IN ('up', 'nearest', 'down')),
    minimum_minutes    INTEGER NOT NULL DEFAULT 0 CHECK (minimum_minutes BETWEEN 0 AND 1440),
    payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    withholding        INTEGER NOT NULL DEFAULT 0 CHECK (withholding IN (0, 1)),
    color              TEXT    NOT NULL DEFAULT '#2563eb' CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    notes              TEXT    NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
    archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX client_active_name ON client (name_key) WHERE archived = 0;

CREATE TABLE time_entry (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    task          TEXT    NOT NULL DEFAULT '' CHECK (length(task) <= 200),
    description   TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    start_at      INTEGER NOT NULL,
    -- NULL while the timer runs: the running timer is this row, so a crash loses nothing.
    end_at        INTEGER CHECK (end_at IS NULL OR end_at > start_at),
    billable      INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1)),
    -- Minor units per hour in the client's currency; NULL: the client's rate applies.
    rate_override INTEGER CHECK (rate_override IS NULL OR rate_override >= 0),
    -- Set when the entry is billed on an invoice.
    invoice_id    INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;

-- At most one timer runs: every running row has the same key in this unique index.
CREATE UNIQUE INDEX time_entry_one_running ON time_entry (ifnull(end_at, 0)) WHERE end_at IS NULL;
CREATE INDEX time_entry_client_start ON time_entry (client_id, start_at);
CREATE INDEX time_entry_start ON time_entry (start_at);
CREATE INDEX time_entry_invoice ON time_entry (invoice_id) WHERE invoice_id IS NOT NULL;

-- Billed work is history: it can be attached to or freed from an invoice, nothing else.
CREATE TRIGGER time_entry_billed_is_frozen
BEFORE UPDATE ON time_entry
WHEN OLD.invoice_id IS NOT NULL
 AND (NEW.client_id IS NOT OLD.client_id OR NEW.task IS NOT OLD.task
      OR NEW.description IS NOT OLD.description OR NEW.start_at IS NOT OLD.start_at
      OR NEW.end_at IS NOT OLD.end_at OR NEW.billable IS NOT OLD.billable
      OR NEW.rate_override IS NOT OLD.rate_override)
BEGIN
    SELECT RAISE(ABORT, 'billed time entries cannot be changed');
END;

CREATE TRIGGER time_entry_billed_is_kept
BEFORE DELETE ON time_entry
WHEN OLD.invoice_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'billed time entries cannot be deleted');
END;

CREATE TABLE service (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    name_key   TEXT    NOT NULL,
    unit       TEXT    NOT NULL CHECK (length(trim(unit)) BETWEEN 1 AND 50),
    currency   TEXT    NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    -- Thousandths of a percent; NULL: the invoice's standard rate applies.
    tax_rate   INTEGER CHECK (tax_rate IS NULL OR tax_rate BETWEEN 0 AND 100000),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX service_active_name ON service (name_key) WHERE active = 1;

-- A client's own price for a service, in the client's currency.
CREATE TABLE client_service_price (
    client_id  INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (client_id, service_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE usage_record (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    service_id     INTEGER NOT NULL REFERENCES service (id) ON DELETE RESTRICT,
    at             INTEGER NOT NULL,
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    note           TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    invoice_id     INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
) STRICT;

CREATE INDEX usage_record_client_at ON usage_record (client_id, at);
CREATE INDEX usage_record_at ON usage_record (at);
CREATE INDEX usage_record_invoice ON usage_record (invoice_id) WHERE invoice_id IS NOT NULL;

CREATE TRIGGER usage_record_billed_is_frozen
BEFORE UPDATE ON usage_record
WHEN OLD.invoice_id IS NOT NULL
 AND (NEW.client_id IS NOT OLD.client_id OR NEW.service_id IS NOT OLD.service_id
      OR NEW.at IS NOT OLD.at OR NEW.quantity_milli IS NOT OLD.quantity_milli
      OR NEW.note IS NOT OLD.note)
BEGIN
    SELECT RAISE(ABORT, 'billed usage cannot be changed');
END;

CREATE TRIGGER usage_record_billed_is_kept
BEFORE DELETE ON usage_record
WHEN OLD.invoice_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'billed usage cannot be deleted');
END;
