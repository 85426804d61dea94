-- File format 11: which invoice line bills which period of a recurring fee.
--
-- A fee's `billed_through` says how far its periods have gone on drafts. Deleting a draft must give
-- its periods back, so the next draft bills them, and no period may go on two invoices. A row per
-- period put on a draft says where it is. Removing its line from a draft leaves the row without a
-- line: the period was skipped, and is not billed again. Deleting the draft deletes the rows of its
-- lines first, so their periods are due again. The rows go with their fee.
CREATE TABLE recurring_billed (
    recurring_id    INTEGER NOT NULL REFERENCES recurring_line (id) ON DELETE CASCADE,
    period          TEXT    NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    invoice_line_id INTEGER REFERENCES invoice_line (id) ON DELETE SET NULL,
    PRIMARY KEY (recurring_id, period)
) STRICT, WITHOUT ROWID;
CREATE INDEX recurring_billed_line ON recurring_billed (invoice_line_id) WHERE invoice_line_id IS NOT NULL;
