-- File format 10: what each invoice's work drew from the client's packs, as the invoice shows it.
--
-- A pack's drawdown is worked out from the work every time. Once an invoice is issued, what it says a
-- pack covered is settled: editing earlier work, adding a pack or changing the client's rounding must
-- not move it. These rows are written with the draft, from the same drawdown as its lines, and are
-- read back only while the invoice is issued: its work then draws exactly this, and the rest of the
-- work draws from what is left.
CREATE TABLE pack_draw (
    invoice_id     INTEGER NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    entry_id       INTEGER REFERENCES time_entry (id) ON DELETE RESTRICT,
    usage_id       INTEGER REFERENCES usage_record (id) ON DELETE RESTRICT,
    -- 'drawn': what this pack covered of the work; 'overage': what no pack covered, billed (or held)
    -- by this pack's rule; 'plain': work on a day no pack covered (no pack).
    role           TEXT    NOT NULL CHECK (role IN ('drawn', 'overage', 'plain')),
    pack_id        INTEGER REFERENCES pack (id) ON DELETE RESTRICT,
    seconds        INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    quantity_milli INTEGER NOT NULL DEFAULT 0 CHECK (quantity_milli >= 0),
    amount         INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    CHECK ((entry_id IS NULL) <> (usage_id IS NULL)),
    CHECK ((pack_id IS NULL) = (role = 'plain'))
) STRICT;
CREATE INDEX pack_draw_invoice ON pack_draw (invoice_id);
CREATE INDEX pack_draw_pack ON pack_draw (pack_id) WHERE pack_id IS NOT NULL;
CREATE INDEX pack_draw_entry ON pack_draw (entry_id) WHERE entry_id IS NOT NULL;
CREATE INDEX pack_draw_usage ON pack_draw (usage_id) WHERE usage_id IS NOT NULL;

-- Settled with the invoice: only a draft's rows change.
CREATE TRIGGER pack_draw_frozen_insert
BEFORE INSERT ON pack_draw
WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;

CREATE TRIGGER pack_draw_frozen_update
BEFORE UPDATE ON pack_draw
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;

CREATE TRIGGER pack_draw_frozen_delete
BEFORE DELETE ON pack_draw
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;
