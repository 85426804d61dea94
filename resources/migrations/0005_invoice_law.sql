-- File format 5: what an invoice needs beyond one rate: expenses outside VAT and outside the discount,
-- stamp duty in every Italian scheme, foreign currency with the exchange rate, refunds and credit of a
-- cancelled invoice, payment details of every country, units in the plural, India's SAC codes and
-- place of supply, and the per-entry billed time of every line.

-- The business: what a line without a task or description is called, who pays the stamp duty, the
-- state or province (India's place of supply), Québec's QST number, India's default SAC for time,
-- and bank details of every country beyond IBAN and BIC.
ALTER TABLE business_profile ADD COLUMN service_description_en TEXT NOT NULL
    DEFAULT 'Virtual assistance services' CHECK (length(service_description_en) BETWEEN 1 AND 200);
ALTER TABLE business_profile ADD COLUMN service_description_it TEXT NOT NULL
    DEFAULT 'Servizi di assistenza da remoto' CHECK (length(service_description_it) BETWEEN 1 AND 200);
ALTER TABLE business_profile ADD COLUMN stamp_duty_charged INTEGER NOT NULL DEFAULT 1
    CHECK (stamp_duty_charged IN (0, 1));
ALTER TABLE business_profile ADD COLUMN state TEXT NOT NULL DEFAULT '' CHECK (length(state) <= 100);
ALTER TABLE business_profile ADD COLUMN qst_id TEXT NOT NULL DEFAULT '' CHECK (length(qst_id) <= 32);
ALTER TABLE business_profile ADD COLUMN sac TEXT NOT NULL DEFAULT '' CHECK (length(sac) <= 8);
ALTER TABLE business_profile ADD COLUMN sort_code TEXT NOT NULL DEFAULT '' CHECK (length(sort_code) <= 8);
ALTER TABLE business_profile ADD COLUMN account_number TEXT NOT NULL DEFAULT ''
    CHECK (length(account_number) <= 34);
ALTER TABLE business_profile ADD COLUMN routing_number TEXT NOT NULL DEFAULT ''
    CHECK (length(routing_number) <= 9);
ALTER TABLE business_profile ADD COLUMN institution TEXT NOT NULL DEFAULT '' CHECK (length(institution) <= 3);
ALTER TABLE business_profile ADD COLUMN transit TEXT NOT NULL DEFAULT '' CHECK (length(transit) <= 5);
ALTER TABLE business_profile ADD COLUMN bsb TEXT NOT NULL DEFAULT '' CHECK (length(bsb) <= 7);
ALTER TABLE business_profile ADD COLUMN ifsc TEXT NOT NULL DEFAULT '' CHECK (length(ifsc) <= 11);
ALTER TABLE business_profile ADD COLUMN upi TEXT NOT NULL DEFAULT '' CHECK (length(upi) <= 100);
ALTER TABLE business_profile ADD COLUMN payment_notes TEXT NOT NULL DEFAULT ''
    CHECK (length(payment_notes) <= 1000);

-- The client's state or province (India's place of supply) and GSTIN.
ALTER TABLE client ADD COLUMN state TEXT NOT NULL DEFAULT '' CHECK (length(state) <= 100);
ALTER TABLE client ADD COLUMN gstin TEXT NOT NULL DEFAULT '' CHECK (length(gstin) <= 15);

-- A service's unit in the plural ("calls"; empty: the singular is used) and its SAC code (India).
ALTER TABLE service ADD COLUMN unit_plural TEXT NOT NULL DEFAULT '' CHECK (length(unit_plural) <= 50);
ALTER TABLE service ADD COLUMN sac TEXT NOT NULL DEFAULT '' CHECK (length(sac) <= 8);

-- Units of the invoice's currency per euro, in millionths (1.0823 USD per EUR is 1082300), fixed when
-- an Italian business issues an invoice in another currency.
ALTER TABLE invoice ADD COLUMN exchange_rate INTEGER CHECK (exchange_rate IS NULL OR exchange_rate > 0);
-- A credit note's share of what the client had paid on the invoice it cancels: owed back to the
-- client, as a refund or as credit on a later invoice.
ALTER TABLE invoice ADD COLUMN carried_paid INTEGER NOT NULL DEFAULT 0 CHECK (carried_paid >= 0);

-- Lines: whether the invoice's discount reaches them (not expenses paid in the client's name), the
-- unit in the plural, the SAC code.
ALTER TABLE invoice_line ADD COLUMN discountable INTEGER NOT NULL DEFAULT 1 CHECK (discountable IN (0, 1));
ALTER TABLE invoice_line ADD COLUMN unit_plural TEXT NOT NULL DEFAULT '' CHECK (length(unit_plural) <= 50);
ALTER TABLE invoice_line ADD COLUMN sac TEXT NOT NULL DEFAULT '' CHECK (length(sac) <= 8);

-- What each entry of a line was billed: its time after the client's rounding and its amount. NULL on
-- lines made by older versions.
ALTER TABLE invoice_line_entry ADD COLUMN billed_seconds INTEGER;
ALTER TABLE invoice_line_entry ADD COLUMN amount INTEGER;

-- Money given back to a client out of a credit note.
CREATE TABLE refund (
    id             INTEGER PRIMARY KEY,
    credit_note_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE RESTRICT,
    refunded_on    TEXT    NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    note           TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX refund_credit_note ON refund (credit_note_id);

-- A payment made out of a credit note's credit rather than with new money.
ALTER TABLE payment ADD COLUMN credit_note_id INTEGER REFERENCES invoice (id);
CREATE INDEX payment_credit_note ON payment (credit_note_id) WHERE credit_note_id IS NOT NULL;

-- Stamp duty (marca da bollo, 2 euros over 77.47 outside VAT) is due in the ordinary scheme too.
UPDATE tax_profile SET stamp_duty = 200, stamp_duty_threshold = 7747 WHERE id = 'it-ordinario' AND builtin = 1;
-- The UK wording speaks of HMRC only for the domestic reverse charge; foreign customers get their own.
UPDATE tax_profile SET reverse_charge_note_en = 'Reverse charge: customer to account for the VAT to HMRC.',
                       reverse_charge_note_it = 'Inversione contabile: l''IVA è dovuta dal committente a HMRC.'
 WHERE id = 'uk-vat' AND builtin = 1;
