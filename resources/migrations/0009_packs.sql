-- File format 9: prepaid packs and retainers.

-- A pack a client bought (or was given): minutes, units of services and/or money, covering the work
-- of its days. What it has used is never stored: it is drawn from the work every time it is asked.
-- A retainer is a pack that renews: each period is a pack of its own, `renewed_from` the one before.
CREATE TABLE pack (
    id                  INTEGER PRIMARY KEY,
    client_id           INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    name                TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    -- Billed minutes covered; up to a century of full days.
    minutes             INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 52560000),
    -- Money covered, in the pack's currency (the client's), minor units; NULL: none.
    amount              INTEGER CHECK (amount IS NULL OR amount > 0),
    -- What the client pays for it; 0 for a complimentary pack.
    price               INTEGER NOT NULL CHECK (price >= 0),
    currency            TEXT    NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    -- Local days, ISO: the first covered, the last (NULL: no expiry), the day it was closed.
    starts_on           TEXT    NOT NULL,
    ends_on             TEXT,
    closed_on           TEXT,
    overage             TEXT    NOT NULL DEFAULT 'client' CHECK (overage IN ('client', 'rate', 'stop')),
    overage_rate        INTEGER CHECK (overage_rate IS NULL OR overage_rate >= 0),
    renew               TEXT    NOT NULL DEFAULT '' CHECK (renew IN ('', 'weekly', 'monthly', 'quarterly')),
    rollover_cap_minutes INTEGER NOT NULL DEFAULT 0 CHECK (rollover_cap_minutes BETWEEN 0 AND 52560000),
    renewed_from        INTEGER UNIQUE REFERENCES pack (id) ON DELETE RESTRICT,
    -- Sold on an invoice made outside Minuta (or before it): no sale line here.
    billed_elsewhere    INTEGER NOT NULL DEFAULT 0 CHECK (billed_elsewhere IN (0, 1)),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK (overage <> 'rate' OR overage_rate IS NOT NULL)
) STRICT;
CREATE INDEX pack_client ON pack (client_id, starts_on);

-- The units of services a pack covers.
CREATE TABLE pack_unit (
    pack_id        INTEGER NOT NULL REFERENCES pack (id) ON DELETE CASCADE,
    service_id     INTEGER NOT NULL REFERENCES service (id) ON DELETE RESTRICT,
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    PRIMARY KEY (pack_id, service_id)
) STRICT, WITHOUT ROWID;

-- A line may sell a pack (its sale) or show the work a pack covered (at no charge).
ALTER TABLE invoice_line ADD COLUMN pack_id INTEGER REFERENCES pack (id) ON DELETE RESTRICT;
ALTER TABLE invoice_line ADD COLUMN pack_role TEXT NOT NULL DEFAULT ''
    CHECK (pack_role IN ('', 'sale', 'covered'));
CREATE INDEX invoice_line_pack ON invoice_line (pack_id) WHERE pack_id IS NOT NULL;

-- An invoice whose work was drawn against the client's packs: its work keeps counting in their
-- drawdown (work billed before any pack covered it does not).
ALTER TABLE invoice ADD COLUMN packs_drawn INTEGER NOT NULL DEFAULT 0 CHECK (packs_drawn IN (0, 1));

-- Units a line bills of a usage record, when a pack covered part of it (NULL: the whole record).
ALTER TABLE invoice_line_usage ADD COLUMN quantity_milli INTEGER;
ALTER TABLE invoice_line_usage ADD COLUMN amount INTEGER;

-- A fixed fee that recurs for a client ("mailbox management, €200 a month"): each period from its
-- first day, until its last, it goes on the client's draft invoice as a line, once.
CREATE TABLE recurring_line (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    description       TEXT    NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    quantity_milli    INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_price        INTEGER NOT NULL CHECK (unit_price >= 0),
    currency          TEXT    NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    -- Thousandths of a percent; NULL: the invoice's standard rate.
    tax_rate          INTEGER CHECK (tax_rate IS NULL OR tax_rate BETWEEN 0 AND 100000),
    every             TEXT    NOT NULL CHECK (every IN ('week', 'month', 'quarter', 'year')),
    starts_on         TEXT    NOT NULL,
    ends_on           TEXT,
    -- The first day of the last period put on a draft; NULL: none yet.
    billed_through    TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
) STRICT;
CREATE INDEX recurring_line_client ON recurring_line (client_id);
