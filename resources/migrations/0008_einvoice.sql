-- File format 8: what the Italian electronic invoice (FatturaPA) needs beyond format 7.

-- Addresses in parts: `address` keeps the street and number (older files: the whole address, which
-- Minuta splits when it can), beside the postcode and the city; `state` is already the province
-- (Italy), the state (US, Canada, Australia, India).
ALTER TABLE client ADD COLUMN postcode TEXT NOT NULL DEFAULT '' CHECK (length(postcode) <= 16);
ALTER TABLE client ADD COLUMN city TEXT NOT NULL DEFAULT '' CHECK (length(city) <= 100);
ALTER TABLE business_profile ADD COLUMN postcode TEXT NOT NULL DEFAULT '' CHECK (length(postcode) <= 16);
ALTER TABLE business_profile ADD COLUMN city TEXT NOT NULL DEFAULT '' CHECK (length(city) <= 100);

-- Each issued invoice or credit note exported as FatturaPA XML: the progressive number of its file
-- (ProgressivoInvio, and the file's name IT<fiscal id>_<progressive>.xml), given at its first export
-- and never to another, so every export of it is the same file; and when it was last exported.
-- Beside the invoice rather than in it: an issued invoice never changes.
CREATE TABLE einvoice (
    invoice_id       INTEGER PRIMARY KEY REFERENCES invoice (id) ON DELETE RESTRICT,
    progressive      TEXT    NOT NULL UNIQUE
                             CHECK (progressive GLOB '[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]'),
    first_exported_at INTEGER NOT NULL,
    last_exported_at INTEGER NOT NULL
) STRICT;
