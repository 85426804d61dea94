-- File format 3: the business profile, tax profiles, invoices with their lines, taxes and payments,
-- credit notes, and what the Italian e-invoice (FatturaPA) will need.

-- Images (the logo) by content: an issued invoice keeps pointing at the logo it was issued with.
CREATE TABLE image (
    sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    mime   TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/svg+xml')),
    data   BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 2097152)
) STRICT, WITHOUT ROWID;

CREATE TABLE tax_profile (
    id                      TEXT PRIMARY KEY NOT NULL CHECK (id GLOB '[a-z0-9]*' AND length(id) BETWEEN 1 AND 40),
    name                    TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    title_en                TEXT NOT NULL DEFAULT 'Invoice',
    title_it                TEXT NOT NULL DEFAULT 'Fattura',
    tax_id_label_en         TEXT NOT NULL DEFAULT 'Tax ID',
    tax_id_label_it         TEXT NOT NULL DEFAULT 'Partita IVA',
    -- Withheld from clients flagged as withholding, on fees plus contribution (thousandths of a %).
    withholding_rate        INTEGER NOT NULL DEFAULT 0 CHECK (withholding_rate BETWEEN 0 AND 100000),
    withholding_name_en     TEXT NOT NULL DEFAULT 'Withholding tax',
    withholding_name_it     TEXT NOT NULL DEFAULT 'Ritenuta d''acconto',
    contribution_name_en    TEXT NOT NULL DEFAULT 'Pension contribution',
    contribution_name_it    TEXT NOT NULL DEFAULT 'Contributo previdenziale',
    -- Stamp duty (minor units of the invoice currency) when the untaxed amount exceeds the threshold.
    stamp_duty              INTEGER NOT NULL DEFAULT 0 CHECK (stamp_duty >= 0),
    stamp_duty_threshold    INTEGER NOT NULL DEFAULT 0 CHECK (stamp_duty_threshold >= 0),
    stamp_duty_charged      INTEGER NOT NULL DEFAULT 1 CHECK (stamp_duty_charged IN (0, 1)),
    legal_note_en           TEXT NOT NULL DEFAULT '',
    legal_note_it           TEXT NOT NULL DEFAULT '',
    reverse_charge_note_en  TEXT NOT NULL DEFAULT 'Reverse charge: the customer accounts for the tax.',
    reverse_charge_note_it  TEXT NOT NULL DEFAULT 'Inversione contabile: l''imposta è dovuta dal committente.',
    -- FatturaPA: the Natura of untaxed lines under this profile (N2.2 for the forfettario).
    exempt_nature           TEXT NOT NULL DEFAULT '',
    builtin                 INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
) STRICT, WITHOUT ROWID;

-- The taxes of a profile, each on the same base: GST and QST, CGST and SGST.
CREATE TABLE tax_profile_tax (
    profile_id TEXT NOT NULL REFERENCES tax_profile (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position   INTEGER NOT NULL,
    name_en    TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 40),
    name_it    TEXT NOT NULL CHECK (length(name_it) BETWEEN 1 AND 40),
    rate       INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 100000),
    PRIMARY KEY (profile_id, position)
) STRICT, WITHOUT ROWID;

INSERT INTO tax_profile (id, name, title_en, title_it, tax_id_label_en, tax_id_label_it, withholding_rate,
                         contribution_name_en, contribution_name_it, stamp_duty, stamp_duty_threshold,
                         legal_note_en, legal_note_it, reverse_charge_note_en, reverse_charge_note_it,
                         exempt_nature, builtin) VALUES
    ('generic', 'No tax', 'Invoice', 'Fattura', 'Tax ID', 'Partita IVA', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Reverse charge: the customer accounts for the tax.',
     'Inversione contabile: l''imposta è dovuta dal committente.', '', 1),
    ('it-ordinario', 'Italy, ordinary VAT scheme', 'Invoice', 'Fattura', 'VAT no.', 'P. IVA', 20000,
     'INPS contribution (rivalsa)', 'Rivalsa INPS', 0, 0, '', '',
     'Reverse charge: VAT to be accounted for by the recipient (Article 7-ter, Presidential Decree 633/1972).',
     'Operazione non soggetta a IVA ai sensi dell''art. 7-ter del DPR 633/1972 – inversione contabile.', 'N2.1', 1),
    ('it-forfettario', 'Italy, flat-rate scheme (forfettario)', 'Invoice', 'Fattura', 'VAT no.', 'P. IVA', 0,
     'INPS contribution (rivalsa)', 'Rivalsa INPS', 200, 7747,
     'Transaction without VAT under Article 1, paragraphs 54 to 89, of Italian Law no. 190/2014 (flat-rate '
     || 'scheme). Fee not subject to withholding tax under Article 1, paragraph 67, of Law no. 190/2014.',
     'Operazione senza applicazione dell''IVA ai sensi dell''art. 1, commi da 54 a 89, della Legge n. '
     || '190/2014 (regime forfettario). Compenso non soggetto a ritenuta d''acconto ai sensi dell''art. 1, '
     || 'comma 67, della Legge n. 190/2014.',
     'Transaction without VAT under Article 1, paragraphs 54 to 89, of Italian Law no. 190/2014.',
     'Operazione senza applicazione dell''IVA ai sensi dell''art. 1, commi da 54 a 89, della Legge n. 190/2014.',
     'N2.2', 1),
    ('uk-vat', 'United Kingdom, VAT', 'Invoice', 'Fattura', 'VAT reg. no.', 'Partita IVA', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Reverse charge: customer to account for VAT to HMRC.',
     'Inversione contabile: l''IVA è dovuta dal committente.', '', 1),
    ('au-gst', 'Australia, GST', 'Tax invoice', 'Fattura fiscale', 'ABN', 'ABN', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Reverse charge: the recipient accounts for the GST.',
     'Inversione contabile: la GST è dovuta dal committente.', '', 1),
    ('ca-gst', 'Canada, GST', 'Invoice', 'Fattura', 'GST no.', 'N. GST', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Reverse charge: the recipient self-assesses the tax.', 'Inversione contabile: l''imposta è dovuta dal committente.', '', 1),
    ('ca-hst-on', 'Canada, HST (Ontario)', 'Invoice', 'Fattura', 'HST no.', 'N. HST', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Reverse charge: the recipient self-assesses the tax.', 'Inversione contabile: l''imposta è dovuta dal committente.', '', 1),
    ('ca-qc', 'Canada, GST and QST (Québec)', 'Invoice', 'Fattura', 'GST/QST no.', 'N. GST/QST', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Reverse charge: the recipient self-assesses the tax.', 'Inversione contabile: l''imposta è dovuta dal committente.', '', 1),
    ('in-gst-intra', 'India, GST within the state (CGST + SGST)', 'Tax invoice', 'Fattura fiscale', 'GSTIN', 'GSTIN', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Tax payable on reverse charge basis: yes.', 'Imposta dovuta in inversione contabile: sì.', '', 1),
    ('in-gst-inter', 'India, GST between states (IGST)', 'Tax invoice', 'Fattura fiscale', 'GSTIN', 'GSTIN', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Tax payable on reverse charge basis: yes.', 'Imposta dovuta in inversione contabile: sì.', '', 1),
    ('us', 'United States, no sales tax', 'Invoice', 'Fattura', 'EIN', 'EIN', 0,
     'Pension contribution', 'Contributo previdenziale', 0, 0, '', '',
     'Reverse charge: the customer accounts for the tax.', 'Inversione contabile: l''imposta è dovuta dal committente.', '', 1);

INSERT INTO tax_profile_tax (profile_id, position, name_en, name_it, rate) VALUES
    ('it-ordinario', 1, 'VAT', 'IVA', 22000),
    ('uk-vat', 1, 'VAT', 'IVA', 20000),
    ('au-gst', 1, 'GST', 'GST', 10000),
    ('ca-gst', 1, 'GST', 'GST', 5000),
    ('ca-hst-on', 1, 'HST', 'HST', 13000),
    ('ca-qc', 1, 'GST', 'GST', 5000),
    ('ca-qc', 2, 'QST', 'QST', 9975),
    ('in-gst-intra', 1, 'CGST', 'CGST', 9000),
    ('in-gst-intra', 2, 'SGST', 'SGST', 9000),
    ('in-gst-inter', 1, 'IGST', 'IGST', 18000);

-- The business: one row.
CREATE TABLE business_profile (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    address             TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 1000),
    country             TEXT NOT NULL DEFAULT '' CHECK (country = '' OR country GLOB '[A-Z][A-Z]'),
    vat_id              TEXT NOT NULL DEFAULT '' CHECK (length(vat_id) <= 32),
    fiscal_code         TEXT NOT NULL DEFAULT '' CHECK (length(fiscal_code) <= 32),
    iban                TEXT NOT NULL DEFAULT '' CHECK (length(iban) <= 34),
    bic                 TEXT NOT NULL DEFAULT '' CHECK (length(bic) <= 11),
    email               TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 320),
    phone               TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 64),
    logo_sha256         TEXT REFERENCES image (sha256),
    number_pattern      TEXT NOT NULL DEFAULT '{YYYY}/{N:3}',
    credit_note_pattern TEXT NOT NULL DEFAULT 'NC-{YYYY}/{N:3}',
    tax_profile_id      TEXT NOT NULL DEFAULT 'generic' REFERENCES tax_profile (id) ON UPDATE CASCADE,
    -- Pension contribution (rivalsa) on fees, thousandths of a percent; 0 is off.
    contribution_rate   INTEGER NOT NULL DEFAULT 0 CHECK (contribution_rate BETWEEN 0 AND 100000),
    -- FatturaPA: RegimeFiscale (RF01, RF19…), TipoCassa (TC22 for INPS), TipoRitenuta (RT01/RT02),
    -- CausalePagamento (A), and whether stamp duty is paid virtually.
    regime_fiscale      TEXT NOT NULL DEFAULT '',
    cassa_type          TEXT NOT NULL DEFAULT '',
    withholding_type    TEXT NOT NULL DEFAULT 'RT01',
    withholding_reason  TEXT NOT NULL DEFAULT 'A',
    virtual_stamp_duty  INTEGER NOT NULL DEFAULT 1 CHECK (virtual_stamp_duty IN (0, 1)),
    updated_at          INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO business_profile (id) VALUES (1);

-- A client may be invoiced under another profile (a foreign client) or with reverse charge.
ALTER TABLE client ADD COLUMN tax_profile_id TEXT REFERENCES tax_profile (id) ON UPDATE CASCADE;
ALTER TABLE client ADD COLUMN reverse_charge INTEGER NOT NULL DEFAULT 0 CHECK (reverse_charge IN (0, 1));
-- FatturaPA: CodiceDestinatario (7 characters, 6 for public bodies) or PEC address.
ALTER TABLE client ADD COLUMN recipient_code TEXT NOT NULL DEFAULT '' CHECK (length(recipient_code) <= 7);
ALTER TABLE client ADD COLUMN pec TEXT NOT NULL DEFAULT '' CHECK (length(pec) <= 320);

CREATE TABLE invoice (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    status           TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'cancelled')),
    client_id        INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    number           TEXT    UNIQUE,
    sequence_year    INTEGER,
    sequence_no      INTEGER,
    currency         TEXT    NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    issue_date       TEXT    NOT NULL,             -- ISO date, the business's calendar
    due_date         TEXT    NOT NULL,
    period_from      TEXT,
    period_to        TEXT,
    grouping         TEXT    NOT NULL DEFAULT 'entry' CHECK (grouping IN ('entry', 'day', 'task', 'total')),
    tax_profile_id   TEXT    NOT NULL REFERENCES tax_profile (id) ON UPDATE CASCADE,
    reverse_charge   INTEGER NOT NULL DEFAULT 0 CHECK (reverse_charge IN (0, 1)),
    withholding      INTEGER NOT NULL DEFAULT 0 CHECK (withholding IN (0, 1)),
    contribution_rate INTEGER NOT NULL DEFAULT 0 CHECK (contribution_rate BETWEEN 0 AND 100000),
    discount_percent INTEGER NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100000),
    discount_amount  INTEGER NOT NULL DEFAULT 0 CHECK (discount_amount >= 0),
    notes            TEXT    NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    credited_invoice_id INTEGER REFERENCES invoice (id),
    -- Frozen at issue: the client, the business and the tax profile as they were (JSON).
    snapshot         TEXT,
    -- The totals, kept current on drafts and frozen at issue (minor units).
    net              INTEGER NOT NULL DEFAULT 0,
    contribution     INTEGER NOT NULL DEFAULT 0,
    tax              INTEGER NOT NULL DEFAULT 0,
    withholding_amount INTEGER NOT NULL DEFAULT 0,
    stamp_duty       INTEGER NOT NULL DEFAULT 0,
    total            INTEGER NOT NULL DEFAULT 0,
    due              INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    issued_at        INTEGER,
    UNIQUE (kind, sequence_year, sequence_no),
    CHECK ((status = 'draft') = (number IS NULL))
) STRICT;

CREATE INDEX invoice_client ON invoice (client_id, issue_date);
CREATE INDEX invoice_status ON invoice (status, due_date);

CREATE TABLE invoice_line (
    id             INTEGER PRIMARY KEY,
    invoice_id     INTEGER NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('time', 'usage', 'manual')),
    description    TEXT    NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    -- Time lines count seconds; other lines thousandths of a unit.
    seconds        INTEGER,
    quantity_milli INTEGER NOT NULL,
    unit           TEXT    NOT NULL DEFAULT '' CHECK (length(unit) <= 50),
    unit_price     INTEGER NOT NULL,
    amount         INTEGER NOT NULL,
    -- Thousandths of a percent; NULL: the profile's standard rate.
    tax_rate       INTEGER CHECK (tax_rate IS NULL OR tax_rate BETWEEN 0 AND 100000),
    -- FatturaPA Natura when the line carries no tax.
    nature         TEXT    NOT NULL DEFAULT '',
    -- Fees bear the pension contribution and the withholding; expenses do not.
    is_fee         INTEGER NOT NULL DEFAULT 1 CHECK (is_fee IN (0, 1))
) STRICT;

CREATE INDEX invoice_line_invoice ON invoice_line (invoice_id, position);

-- Which entries and usage each line billed. Links of a cancelled invoice stay as history; that an
-- entry is billed at most once at a time is time_entry.invoice_id's job.
CREATE TABLE invoice_line_entry (
    line_id  INTEGER NOT NULL REFERENCES invoice_line (id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL REFERENCES time_entry (id) ON DELETE RESTRICT,
    PRIMARY KEY (line_id, entry_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX invoice_line_entry_entry ON invoice_line_entry (entry_id);

CREATE TABLE invoice_line_usage (
    line_id  INTEGER NOT NULL REFERENCES invoice_line (id) ON DELETE CASCADE,
    usage_id INTEGER NOT NULL REFERENCES usage_record (id) ON DELETE RESTRICT,
    PRIMARY KEY (line_id, usage_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX invoice_line_usage_usage ON invoice_line_usage (usage_id);

-- The taxes of an invoice, per tax and rate, frozen at issue.
CREATE TABLE invoice_tax (
    invoice_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    rate       INTEGER NOT NULL,
    base       INTEGER NOT NULL,
    amount     INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE payment (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE RESTRICT,
    paid_on    TEXT    NOT NULL,
    amount     INTEGER NOT NULL CHECK (amount > 0),
    note       TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX payment_invoice ON payment (invoice_id);

-- Work points only at invoices that exist.
CREATE TRIGGER time_entry_invoice_exists
BEFORE UPDATE OF invoice_id ON time_entry
WHEN NEW.invoice_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM invoice WHERE id = NEW.invoice_id)
BEGIN
    SELECT RAISE(ABORT, 'no such invoice');
END;

CREATE TRIGGER usage_record_invoice_exists
BEFORE UPDATE OF invoice_id ON usage_record
WHEN NEW.invoice_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM invoice WHERE id = NEW.invoice_id)
BEGIN
    SELECT RAISE(ABORT, 'no such invoice');
END;

-- An issued invoice never changes; it can only be cancelled (by a credit note).
CREATE TRIGGER invoice_issued_is_frozen
BEFORE UPDATE ON invoice
WHEN OLD.status <> 'draft'
 AND NOT (OLD.status = 'issued' AND NEW.status = 'cancelled'
          AND NEW.number IS OLD.number AND NEW.total IS OLD.total AND NEW.snapshot IS OLD.snapshot
          AND NEW.issue_date IS OLD.issue_date AND NEW.client_id IS OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;

CREATE TRIGGER invoice_issued_is_kept
BEFORE DELETE ON invoice
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be deleted');
END;

CREATE TRIGGER invoice_line_frozen_insert
BEFORE INSERT ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;

CREATE TRIGGER invoice_line_frozen_update
BEFORE UPDATE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;

CREATE TRIGGER invoice_line_frozen_delete
BEFORE DELETE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;

CREATE TRIGGER invoice_tax_frozen
BEFORE DELETE ON invoice_tax
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be changed');
END;
