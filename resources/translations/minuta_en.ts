<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Idle time never asked about</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Minuta: time, usage and invoices for freelance virtual assistants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the Minuta file &lt;path&gt; (created when it does not exist). Without it, the file used last, or %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Minuta file to open, as --db does; or a CSV of time entries to import into the file open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::BusinessProfile</name>
    <message>
        <source>The business name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fiscal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a country code; use two letters, such as IT or GB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid Italian VAT number: check the 11 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid Italian fiscal code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid IBAN: check the letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a BIC; it has 8 or 11 letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pension contribution is between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service description in English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service description in Italian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The state or province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The QST number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The UPI id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other ways to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a SAC code; it has 6 digits, such as 998599.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a sort code; it has 6 digits, such as 12-34-56.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an account number; use 4 to 34 letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a routing number: it has 9 digits and a check digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an institution number; it has 3 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a transit number; it has 5 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a BSB; it has 6 digits, such as 062-000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an IFSC; it has 4 letters, a zero and 6 letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a UPI id, such as name@bank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an Italian postcode (CAP): five digits, such as 40126.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::BusinessRepository</name>
    <message>
        <source>“{%1}” is not part of a number pattern; use {YYYY}, {YY}, {MM}, {N} or {N:3}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number pattern needs exactly one {N} (or {N:3} for 001).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number pattern needs the year ({YYYY} or {YY}): numbers start again each year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number pattern may hold letters, digits, / - _ . and spaces, up to 40 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo image cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo is missing from the file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::Client</name>
    <message>
        <source>The client's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fiscal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a country code; use two letters, such as IT or GB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency must be an ISO 4217 code, such as EUR or GBP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices can be written in English (en) or Italian (it), not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hourly rate must be in the client's currency (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hourly rate cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing increment must be 1, 5, 6, 10, 15, 30 or 60 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum per entry must be between 0 and 1,440 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid Italian VAT number: check the 11 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid Italian fiscal code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient code (codice destinatario) has 7 letters and digits, or 6 for public bodies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The state or province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid GSTIN: 15 letters and digits ending in a check character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an Italian postcode (CAP): five digits, such as 40126.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ClientRepository</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which client: a name or an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no client called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several archived clients are called “%1”; use the id instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a client called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency of “%1” cannot change because work is already logged in %2. Add a new client for work in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has logged work, so it is archived rather than deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::Database</name>
    <message>
        <source>“%1” is damaged and cannot be read as a Minuta file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a folder, not a Minuta file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Minuta file (it is not a SQLite database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be created: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was saved by a newer version of Minuta (file format %2; this version reads up to %3). Update Minuta to open it; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” uses an older file format (%2). Open it once in Minuta, or with a command that writes, to upgrade it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not upgrade “%1” to file format %2 (%3); the file was left at format %4. %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup folder “%1” cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup “%1” cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made on request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the upgrade to file format %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the file held before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is the file itself, not a copy of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged and cannot be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a SQLite database, but not a Minuta file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another program is reading “%1”. Close it and restore again; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file as it was when it could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is open in another Minuta program. Close it there and restore again; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be moved into the backup folder; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a SQLite database of another program, not a Minuta file. Minuta leaves it as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is empty, so it is not a Minuta file yet. Minuta leaves it as it is: choose File ▸ New File… to make it one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged, so Minuta does not upgrade it. What could still be read of it is in “%2”; restore a whole copy with File ▸ Backups and Restore….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged (SQLite reports: %2), so Minuta writes nothing to it. Restore a copy with File ▸ Backups and Restore…, or with “minuta-cli backup restore”; “minuta-cli backup create” still copies what can be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The permissions of “%1” cannot be changed: only its owner can do that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be used: the disk that holds it is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is open for reading only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's copy was stopped before it was finished; it is made the next time the file opens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check of every page was stopped before it was finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy was stopped before it was finished.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::DemoData</name>
    <message>
        <source>Ask for 1 to 240 months, 1 to 500 clients and up to 20 million entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample data only goes into an empty file; this one already has clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample work could not be stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample usage could not be stored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::EInvoices</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft is not an e-invoice yet: issue it first, then export it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written as an e-invoice: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every progressive number of e-invoice files is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an Italian business issues FatturaPA e-invoices: set the business's country to Italy (IT).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's VAT number (partita IVA) is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's name is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's street and number are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's postcode (CAP, five digits) is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's city is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's tax regime (regime fiscale) “%1” is not one of RF01 to RF19.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax profile “%1” has more than one tax; an Italian e-invoice has only IVA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The street and number of %1 are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city of %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The postcode (CAP, five digits) of %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has neither a VAT number nor a fiscal code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A line bears no tax and says not why (its nature, such as N2.2): set it on the line or in the tax profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An e-invoice's amounts have two decimals; %1 has three.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit note does not say which invoice it cancels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue the invoice first: a draft has no number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a progressive: five capital letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A line's amount is too large for an e-invoice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::FileLock</name>
    <message>
        <source>“%1” is already open in another Minuta program (process %2). Close it there, or keep working in that window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is already open in another Minuta program. Close it there, or keep working in that window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be opened for writing: the disk is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be opened for writing: its folder does not allow it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be opened for writing: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ICalendarExport</name>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period of up to ten years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::InvoiceLine</name>
    <message>
        <source>The description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price needs a currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price cannot be negative; use the discount instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::InvoicePdf</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::InvoiceRepository</name>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice is issued, so it can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is archived; bring the client back before invoicing them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no unbilled work for %1%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue date is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some of this work was billed meanwhile; make the draft again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 is issued, so it can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price must be in the invoice's currency (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice has no line %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount is between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount must be zero or more, in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invoice cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice has no lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in your business name (and address) before issuing an invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice's total is negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last invoice of %1 is dated %2; this one cannot be dated before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number %1 is already used; change the number pattern in the business profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft is deleted, not cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 is already cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A credit note cannot be cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit note is dated between the invoice's date and today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last credit note of %1 is dated %2; this one cannot be dated before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments are recorded on issued invoices only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than zero, in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is more than what is still due (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 is damaged: its frozen copy cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payment date cannot be before the invoice's issue date, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payment date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invoice in euros has no exchange rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no VAT number or fiscal code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Italian invoice needs the buyer's address: fill in the address of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Italian invoice needs the buyer's VAT number or fiscal code: fill in one for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under reverse charge the buyer is a business: fill in the VAT number of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This invoice is in %1: give the exchange rate of its date, in %1 per euro, so that the taxable amounts and the VAT are also stated in euros.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note %1 is another client's or in another currency; only %2's credit in %3 pays this invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit cannot be used before its credit note's date, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is more than the credit left on credit note %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payment was carried to the credit note when invoice %1 was cancelled; record a refund on the credit note instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a credit note or a cancelled invoice; only those can owe money back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund cannot be dated before credit note %1, of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note %1 owes nothing back to the client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is more than what is still owed back to the client (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no refund with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The electronic invoice could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of this line's work is covered by a prepaid pack on another line; delete the draft and make it again to bill that work differently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The packs sold on the invoice could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack %1 is sold here, and work on other lines or invoices is drawn against it (or it renews into a period sold elsewhere). Close the pack instead, or delete that work's drafts first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::Pack</name>
    <message>
        <source>%1 left of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 %3 left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::PackRepository</name>
    <message>
        <source>There is no pack %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is archived; bring the client back before selling them a pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be in the client's currency (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pack covers from 1 minute to 100 years of time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pack covers more than zero units of a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each service is given once in a pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack's credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pack covers something: minutes of work, units of a service or an amount of money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack's price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack's first day is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack's first day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack's last day is not before its first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A retainer's period ends when it renews (%1); it takes no other last day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a retainer that renews carries unused minutes over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rollover cap is a number of minutes, from 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the hourly rate that work beyond the pack bills at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overage rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack is sold on issued invoice %1 and its work has used it; it cannot cover less than that. Cancel the invoice with a credit note to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack is sold on issued invoice %1; its price is what that invoice says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A retainer's later period renews as its first does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack was closed on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pack closes on its first day or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A report covers up to a hundred years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A retainer's period ends when it renews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the client's prepaid packs cover has changed since this draft was made (work, a pack or another invoice changed). Delete the draft and make it again, so that it bills what the packs now leave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It also sells pack %1, which goes with it: sell it again after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued invoices say pack %1 covered work that the change would leave uncovered; it cannot cover less, or other days, than that. Cancel those invoices with a credit note to change it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::PlanRepository</name>
    <message>
        <source>The planned work could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the client the work is for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say when the work starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The estimate must be between 1 minute and 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deadline cannot come before the work starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only repeating work has a last date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repetitions cannot end before the first one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is archived; bring the client back before planning work for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The planned work could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no planned work with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not fall on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every occurrence of “%1” is done already.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::RecurringRepository</name>
    <message>
        <source>There is no recurring fee %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is archived; bring the client back before billing them a fee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price must be in the client's currency (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fee stays with its client: delete it and add one for the other client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fee's periods up to the one from %1 are on invoices already, so its first day stays %2. To bill it on other days, end it and add a new fee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fee's periods up to the one from %1 are on invoices already, so its period stays the same. To bill it on other days, end it and add a new fee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period from %1 is on an invoice already: the last day cannot be before it. If that invoice is a draft you no longer want, delete it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ReportPdf</name>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::Reports</name>
    <message>
        <source>The report could not be made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period of up to fifty years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount in the report is too large to compute; check the rates and prices.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::Service</name>
    <message>
        <source>The service's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price needs a currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit in the plural</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a SAC code; it has 6 digits, such as 998599.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ServiceRepository</name>
    <message>
        <source>There is already a service called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has logged usage, so it is made inactive rather than deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which service: a name or an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no service called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price must be in the client's currency (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::Settings</name>
    <message>
        <source>The currency must be an ISO 4217 code, such as EUR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default rate must be zero or more, in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing increment must be 1, 5, 6, 10, 15, 30 or 60 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum per entry must be between 0 and 1,440 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices can be written in English (en) or Italian (it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer limit must be between 1 and 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily capacity must be between half an hour and 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The week starts on a day from Monday to Sunday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle time is asked about after 1 to 240 minutes away, or never (0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A prepaid pack is warned about once 1 % to 100 % of it is used.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::TaxProfiles</name>
    <message>
        <source>A tax profile's id is made of lower-case letters, digits and dashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every tax needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax rates are between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The taxes together exceed 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The withholding rate is between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp duty amounts cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italy, ordinary VAT scheme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italy, flat-rate scheme (forfettario)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United Kingdom, VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Australia, GST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada, GST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada, HST (Ontario)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada, GST and QST (Québec)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India, GST within the state (CGST + SGST)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India, GST between states (IGST)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United States, no sales tax</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::TaxRate</name>
    <message>
        <source>“%1” is more than 100 %; write the rate as a percentage, such as 22.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::TimeEntryRepository</name>
    <message>
        <source>The time log could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This entry is billed on an invoice, so it can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the client the work was for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry cannot be longer than 24 hours; log each day on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is archived; bring the client back before logging work for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate must be in the client's currency (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another timer is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It overlaps entry %1 for %2, %3–%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the end of the work, or how long it lasted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the timer to give this entry an end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no time entry with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer is still running on this entry; stop it before splitting the entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split the entry at a time inside it, after %1 and before %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::TimerService</name>
    <message>
        <source>No timer is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer must stop after it started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer cannot stop in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer has run for %1, more than a day. Stop it at the time you finished instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::TimesheetCsv</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::TimesheetImport</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is too large to be a time sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is too large to be a time sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted field never ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the client is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start time is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a duration (write 1.5 or 1:30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end or the duration is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These clients are not in Minuta: %1. Add them first, or let the import add them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client “%1” cannot be added: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n imported entry(s) overlap other work.</source>
        <translation>
            <numerusform>%n imported entry overlaps other work.</numerusform>
            <numerusform>%n imported entries overlap other work.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its first line must name the columns, such as: date, start, end, client, task, description, billable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no “client” column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no “start” column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has neither an “end” nor an “hours” column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (write it as 2026-11-02).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date written as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dates must be between 1970 and 9999.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::UnbilledWork</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::UsageRepository</name>
    <message>
        <source>The usage could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This usage is billed on an invoice, so it can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the client who used the service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say when the service was used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time of use is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is archived; bring the client back before logging usage for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is no longer offered; make it active again to log it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no usage with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The units of %1 on %2 add up to too many to count.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::WorkCalendar</name>
    <message>
        <source>The calendar could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period of up to ten years.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::billing</name>
    <message>
        <source>Entry %1 has no hourly rate in %2, so it bills nothing: set a rate for the client or a default rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no price in %2, so usage %3 bills nothing: set the client's own price for it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::cli</name>
    <message>
        <source>Shows a client's work not billed yet, priced as the invoice will price it. Dates are inclusive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client, by name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To this day, included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“unbilled” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“unbilled” needs --client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unbilled work, %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to bill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 billed (%2 worked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person to address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country, two letters (IT, GB, US…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT number (partita IVA, GSTIN…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal code (codice fiscale).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO 4217 currency of the client's invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the client's invoices: en or it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly rate, such as 30.00, or &quot;none&quot; for the default rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly rate, such as 30.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing increment in minutes: 1, 5, 6, 10, 15, 30 or 60.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How entries round to the increment: up, nearest or down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum billed minutes per entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment terms in days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client withholds tax (ritenuta d'acconto).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour on the calendar, as #rrggbb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client does not withhold tax.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--currency: “%1” is not an ISO 4217 currency code, such as EUR or GBP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rounding: write up, nearest or down, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1-minute increment, rounded %2, minimum %3 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withholding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a client. Options left out take the business defaults (see “settings”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“client add” takes options only; put the name after --name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“client add” needs --name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the active clients, or all of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include archived clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“client list” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clients yet. Add one with: minuta-cli client add --name NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs the client's name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows a client's details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes a client's details; fields not given stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archives a client: their history stays, they leave the lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brings an archived client back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is active again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a client's details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a client's details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring an archived client back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the file, its format version and the rows in each table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“info” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:         %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File format:  %1 (current)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File format:  %1 (this version of Minuta writes %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:         %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service %1: %2, %3 %4 per %5%6%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, tax %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--currency: “%1” is not an ISO 4217 currency code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's name, such as &quot;Call answering&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is counted: call, page, hour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price per unit, such as 1.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency of the price (default: the business's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax rate in percent when it differs from the invoice's, such as 22, or &quot;none&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a service to the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“service add” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“service add” needs --name, --unit and --price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes a service; new prices apply to usage not billed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“service edit” needs the service's name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offers a service again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops offering a service; its usage history stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs the service's name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the service catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include services no longer offered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“service list” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No services yet. Add one with: minuta-cli service add --name NAME --unit UNIT --price PRICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets a client's own price for a service, in the client's currency (&quot;none&quot; removes it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service, by name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price per unit, or &quot;none&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“service price” needs --client, --service and --price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pays %2 %3 per %4 for %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pays the catalog price for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage %1: %2 × %3 (%4) for %5, %6 %7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs units of a service used by a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many units, up to three decimals (12, 1.5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When (default: now), such as 2026-11-02T09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“usage add” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“usage add” needs --client, --service and --qty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists logged usage. Dates are inclusive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this client's usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“usage list” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usage logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes logged usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“usage delete” needs the usage's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted usage %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a service to the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop offering a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer a service again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a client's own price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log units of a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List logged usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete logged usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default hourly rate, or &quot;none&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing increment of new clients, in minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounding of new clients: up, nearest or down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum minutes per entry of new clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment terms of new clients, in days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice language of new clients: en or it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours after which a running timer is flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the business defaults stored in the file, or changes those given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“settings” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rounding: write up, nearest or down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency:          %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default rate:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New clients:       %1-minute increment, rounded %2, minimum %3 min, %4 days to pay, invoices in %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1: %2, %3 %4–%5 (%6)%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts the timer for a client; a running timer is stopped first (a switch).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What kind of work (Email, Calls…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A description of the work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“timer start” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“timer start” needs --client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timer running for %1 since %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops the running timer, now or at the time you finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the work ended, such as 2026-11-02T18:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“timer stop” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer ran for less than a second; nothing was logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throws the running timer away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“timer discard” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discarded the timer for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Says whether a timer runs, for whom and for how long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“timer status” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No timer is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running for %1 since %2 %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs work done without the timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the work started, such as 2026-11-02T09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or how long it lasted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What kind of work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not to be billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An hourly rate for this entry only, such as 45.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“log” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“log” needs --client and --start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“log” needs either --end or --minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists time entries with their total. Dates are inclusive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this client's entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this day, such as 2026-11-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“entries” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entries, %2 worked, %3 billable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes a time entry; fields not given stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move it to another client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New length, from the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To be billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly rate for this entry, or &quot;none&quot; for the client's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“entry edit” needs the entry's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --end or --minutes, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --billable or --non-billable, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes a time entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows a time entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs the entry's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted entry %1 (%2, %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start (or switch) the timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the running timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throw the running timer away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the running timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a time entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a time entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a time entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice this client under another tax profile (a foreign client).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge no tax: the client accounts for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-invoice recipient code (codice destinatario).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified email for e-invoices (PEC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge tax as usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the business's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fills an empty file with realistic sample data: clients, months of work and usage, invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months of history (default 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many clients (default 8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exactly this many time entries, for benchmarks (no invoices).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it: an Italian assistant in Bologna; en: a British one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed of the random choices (default 2026).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“demo” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--entries: from 1 to 20,000,000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--language: it or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1 clients, %2 time entries, %3 usage records and %4 invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (id %3), %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client: %1   Dates: %2, due %3   Profile: %4%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, reverse charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp duty (not charged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no invoice “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regime fiscale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set at least your name and address before issuing invoices: minuta-cli business set --name …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the business profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the business profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your business name, as on the invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country, two letters (IT, GB, US…); US and CA print on Letter paper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT number (partita IVA, ABN, GSTIN…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IBAN for payments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BIC of the bank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PNG, JPEG or SVG logo (&quot;none&quot; removes it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default payment terms of new clients, in days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice numbers, such as {YYYY}/{N:3} or FT{YY}-{N}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note numbers, such as NC-{YYYY}/{N:3}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax profile (see “tax-profiles”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pension contribution (rivalsa) in percent; 0 turns it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FatturaPA regime: RF01 ordinario, RF19 forfettario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes the business profile; options not given stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the business profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“business %1” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--logo: “%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the tax profiles and their rates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“tax-profiles” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes a draft invoice from the client's unbilled work in the period and prints its id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day of the period, included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time lines: one per entry, day, task, or one in total.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue date (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a blank draft when there is nothing to bill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice draft” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice draft” needs --client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--group: write entry, day, task or total, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a line by hand to a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the line bills.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity, up to three decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price, such as 25.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax rate in percent when it differs from the standard one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FatturaPA Natura of an untaxed line (N1…N7).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice add-line” needs the invoice's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice add-line” needs --description, --qty and --price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes a line from a draft; the work it billed is free again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice remove-line” needs the invoice's id and the line's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue date; the due date moves with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount amount, such as 50.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount in percent of the lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes printed on the invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice edit” needs the invoice's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows an invoice with its lines, taxes and totals (by id or number).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice show” needs the invoice's id or number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists invoices and credit notes, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this client's invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft, issued, unpaid, overdue, paid or cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice list” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status: write draft, issued, unpaid, overdue, paid or cancelled, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cur.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancels an issued invoice with a credit note and prints the credit note's number; its work can be billed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issues a draft: gives it the next number (printed), freezes it and marks its work billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs the invoice's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount received, such as 500.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it arrived (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice pay” needs the invoice's id and --amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes a draft; its work is free to bill again. Issued invoices are cancelled instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice delete” needs the invoice's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted draft %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the invoice as a PDF (default name: “&lt;number&gt; &lt;client&gt;.pdf” here).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add pages listing every billed entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice pdf” needs the invoice's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a draft from unbilled work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a line to a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a line from a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a draft's dates, discount or notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show an invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue a draft with the next number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel an invoice with a credit note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, every week until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, every month until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan %1: %2 for %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans an appointment or a task for a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is planned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it starts, such as 2026-11-02T09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long it should take, in minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its deadline, such as 2026-11-06.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekly or monthly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day a repetition may fall on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“plan add” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“plan add” needs --client, --title, --start and --minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--repeat: write weekly or monthly, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--until goes with --repeat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists planned work day by day (from today, four weeks ahead, unless told), or every plan with --all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the plans themselves, not their days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“plan list” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned. Plan work with: minuta-cli plan add --client C --title T --start TIME --minutes M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marks planned work done: the day given, or the latest occurrence so far (else the next one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day of the occurrence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark it not done again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“plan done” needs the plan's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not done: %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes planned work with every repetition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“plan delete” needs the plan's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted plan %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan an appointment or a task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List planned work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark planned work done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete planned work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours and money per client and month: logged, billable, unbilled, invoiced, paid, outstanding. The last twelve months unless told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the month of this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the month of this day, included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One client, by name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print comma-separated values for a spreadsheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“report monthly” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing logged or invoiced from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unbilled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As on this day (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“report aging” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes planned work and logged time as an iCalendar file for Google Calendar, Outlook or Thunderbird.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned work only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged time only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“calendar export” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“calendar export” needs --from, --to and -o.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours and money per client and month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid invoices by how late they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an iCalendar (.ics) file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies the file into its backups folder, or to a new file given with -o. Works while the app has the file open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new file to write the copy to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“backup create” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the copies in the file's backups folder, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“backup list” takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No copies of %1 yet. Make one with: minuta-cli backup create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaces the file with a copy: a file name from “backup list”, or the path of a copy. What the file holds now is kept as a copy first. The app must be closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“backup restore” needs the copy to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 from %2. What it held before is kept in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the file into its backups folder or to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the copies, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the file with a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The finished entries as CSV, for a spreadsheet: date, start, end, minutes, hours, client, task, description, billable, invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds the time entries of a CSV file: Minuta's own export, or Toggl Track's, Clockify's or Kimai's, read by the names of their columns. All or nothing: a row that cannot be read stops the import and says which. Entries already in the file are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the clients the file names that Minuta does not have yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the file and say what would be imported, without storing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the dates are written, such as dd/MM/yyyy (2026-11-02 unless told).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“import” needs the CSV file to read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would add the clients: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added the clients: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Would import %n entry(s) (%1 of work); nothing was stored.</source>
        <translation>
            <numerusform>Would import %n entry (%1 of work); nothing was stored.</numerusform>
            <numerusform>Would import %n entries (%1 of work); nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) (%1 of work).</source>
        <translation>
            <numerusform>Imported %n entry (%1 of work).</numerusform>
            <numerusform>Imported %n entries (%1 of work).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already in the file, skipped.</source>
        <translation>
            <numerusform>%n entry already in the file, skipped.</numerusform>
            <numerusform>%n entries already in the file, skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is damaged: the copy holds what could still be read of it. Restore an earlier copy with “minuta-cli backup restore” if one is whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access:       other people who use this computer can read it. Minuta offers to make it private when it opens it; or run: chmod 600 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access:       only you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State or province (US, Canada, Australia); India: the place of supply, such as Karnataka.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India: the client's GSTIN, 15 letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside VAT (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untaxed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  from credit note %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded %1 (refund %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used on later invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit owed back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange rate: 1 EUR = %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>charged to the client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>borne by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service (Italian)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QST number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SAC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BSB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other ways to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italy: whether the client pays the stamp duty (marca da bollo) on invoices that need it: yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What an English invoice line says when the work has no task or description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same for Italian invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State or province; India: the place of supply, such as Maharashtra.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada (Québec): the QST registration number; the GST number goes in --vat-id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India: the SAC code of time lines, 6 digits, such as 998599.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UK: the bank's sort code, such as 12-34-56.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UK, US, Canada, Australia, India: the bank account number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US: the bank's routing number (ABA), 9 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada: the bank's institution number, 3 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada: the branch's transit number, 5 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Australia: the BSB, 6 digits, such as 062-000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India: the branch's IFSC, such as HDFC0000123.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India: a UPI id to pay to, such as name@bank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other ways to pay, printed on invoices: PayPal, a payment link… (\n for new lines).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units of the invoice's currency per euro on its date, such as 1.0823 (USD): an Italian business states the VAT in euros too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--exchange-rate: the rate must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An expense paid in the client's name: outside VAT (N1, art. 15 DPR 633/72), the pension contribution, the withholding and the discount. With --tax-rate above 0 it is a cost billed on with VAT instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice's discount reaches this expense too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records a payment of an issued invoice, received or out of the client's credit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay out of the credit a credit note owes the client (its id or number, or the cancelled invoice's) rather than with new money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records money given back to the client out of a credit note (by its id or number, or the cancelled invoice's) and shows the credit note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount given back, such as 200.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it was given back (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice refund” needs the credit note's id and --amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record money given back out of a credit note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid invoices by how late they are: current, 1–30, 31–60, 61–90, over 90 days; credit owed back to a client as a negative balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (plural: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, SAC %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit in the plural, as in &quot;43 calls&quot;; left empty, the unit reads the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India: the service's SAC code, 6 digits, such as 998599.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plural</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“service show” needs the service's name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Splits a time entry in two at a time inside it: the entry ends there and a new one, alike in everything else, starts there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the second part starts, such as 2026-11-02T10:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“entry split” needs the entry's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“entry split” needs --at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split a time entry in two.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also read every page of the file, and compute again the local month and day it keeps of each entry and unit logged, and each client's figures per day and month (this writes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check:        every page is whole; local months and days, and the figures per day and month, computed again (%1 were wrong)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only minuta-cli-draw writes PDFs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minuta-cli: error: this command draws, and %1, which draws for minuta-cli, is missing; install Minuta again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minuta-cli: error: %1 stopped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street and number, such as &quot;Via Zamboni 12&quot; (\n for more lines).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode (CAP in Italy, five digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italy: the province, two letters, such as BO (the same as --state).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street and number, such as &quot;Via Roma 1&quot; (\n for more lines).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italy: the province, two letters, such as MI (the same as --state).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes an issued Italian invoice or credit note as a FatturaPA e-invoice (XML) for the Exchange System (SdI), unsigned, under its standard name IT&lt;fiscal code&gt;_&lt;progressive&gt;.xml (here, or in FOLDER); with --from and --to, every one issued in the period. Exporting again gives the same file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write, or the folder to write it in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First issue date of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last issue date of the period, included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice xml” needs an invoice's id, or --from and --to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“invoice xml --from … --to …” writes into a folder: give one that exists with -o.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n e-invoice(s) written</source>
        <translation>
            <numerusform>%n e-invoice written</numerusform>
            <numerusform>%n e-invoices written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not written</source>
        <translation>
            <numerusform>, %n not written</numerusform>
            <numerusform>, %n not written</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the Italian e-invoice (FatturaPA XML).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the invoice's PDF (a courtesy copy) inside the XML, for clients who open only the electronic invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes away from the computer after which the desktop app asks what to do with the time, or 0 for never.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inv. net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inv. gross</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more rows that cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 of credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(closed on %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack %1 for %2%3: %4, %5 %6, %7 – %8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beyond it: %1, worth %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews %1; carries up to %2 unused over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed outside Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold on invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold on draft %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name of your own for the pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of work it covers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours of work it covers, such as 10 or 7.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units of a service it covers, as SERVICE=QUANTITY; repeat for more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Money it covers, in the client's currency; 0 for none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the client pays for it; 0 for a complimentary pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its first day (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its last day (default: none; a retainer's period ends as it renews).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work beyond it: &quot;client&quot; (the client's terms), &quot;rate:R&quot; (R an hour) or &quot;stop&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews as a retainer: weekly, monthly or quarterly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unused minutes a retainer carries into its next period, at most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold outside Minuta: no line on a draft invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --minutes or --hours, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--hours must come to whole minutes, such as 10, 7.5 or 0.25.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--units is SERVICE=QUANTITY, such as &quot;Call answering=100&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--overage is &quot;client&quot;, &quot;rate:R&quot; (such as rate:30) or &quot;stop&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--renew is weekly, monthly or quarterly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sells a client a prepaid pack or retainer; its sale goes on the client's draft invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“pack add” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“pack add” needs --client and --price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs the pack's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes a pack. Once its sale is issued its price stays, and it cannot cover less than its work has used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“pack edit” needs the pack's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends a pack: work after its closing day no longer draws from it, and a retainer stops renewing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its last day (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“pack close” needs the pack's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows a pack: what it covers, what its work has used and what is left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“pack show” needs the pack's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the packs in use (with --all, the expired and closed ones too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this client's, by name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include expired and closed packs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“pack list” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No packs in use. Sell one with: minuta-cli pack add --client CLIENT --hours H --price P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell a client a prepaid pack or retainer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List packs and what each has left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a pack and its balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End a pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a pack's statement for the client, PDF or CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pack %1 of %2 is used up: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pack %1 of %2 is %3 % used: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes a pack's statement for the client, in their language: every entry and unit that drew it down, and what is left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“pack statement” needs the pack's id and -o FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement is written as .pdf or .csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote the statement of pack %1 (%2 lines) to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covered by packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held back (pack used up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still to bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee %1 for %2: %3, %4 × %5 %6, %7, from %8%9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On drafts up to the period from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a fixed fee that goes on the client's draft invoice each period, from its first day (periods already begun go on now).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the fee is for, as the invoice says it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price per period, in the client's currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many (default: 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week, month, quarter or year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first period's first day (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“recurring add” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“recurring add” needs --client, --description, --price and --every.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--every is week, month, quarter or year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the recurring fees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“recurring list” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recurring fees. Add one with: minuta-cli recurring add --client C --description T --price P --every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes a recurring fee; the lines it already put on invoices stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“recurring delete” needs the fee's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted fee %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a fee that recurs each period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the recurring fees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a recurring fee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid packs per month: sold (packs, hours, value), hours used, packs ended and the hours they left unused. The last twelve months unless told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“report packs” takes options only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours unused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid packs sold, used and left unused per month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much of a prepaid pack is used, in percent, before Minuta warns (default 80).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid packs:     warned about at %1 % used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next period from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended: no period after its last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tax rate in percent when it differs from the invoice's; “standard” for the invoice's own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day a period may start on (default: none; “none” to remove it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes a recurring fee. A new price goes on the next period; the periods already on invoices stay as they are, so once one is, the first day and the period stay too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“recurring edit” needs the fee's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a recurring fee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this client's packs, by name or id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::cli::Cli</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: minuta-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta's command line: the same file as the desktop app, for scripts and power users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Minuta file to use (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“minuta-cli COMMAND --help” shows the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the file, its format version and its row counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or change the business defaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add, list, show, edit and archive clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start, stop, discard the timer, or see its status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log work done without the timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List time entries with their total.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show, edit or delete a time entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the catalog of pay-per-use services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log, list and delete units of services used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a client's unbilled work, priced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times are local ISO 8601 (2026-11-02T09:00), dates 2026-11-02, money with a dot (30.00).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or change the business profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the tax profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft, issue, pay, cancel invoices and write PDFs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill an empty file with realistic sample data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan appointments and tasks; list them, mark them done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly figures per client; unpaid invoices by age.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export planned and logged work as an .ics file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the file, list its copies, restore one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add time entries from a CSV file (Minuta, Toggl, Clockify, Kimai).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell prepaid packs and retainers; see what each has left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed fees that go on a client's draft each period.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::cli::ClientCommands</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::cli::Context</name>
    <message>
        <source>minuta-cli: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: minuta-cli [--db PATH] %1 COMMAND [OPTIONS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“minuta-cli %1 COMMAND --help” shows the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Minuta file to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: minuta-cli [--db PATH] %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: “%2” must be a whole number from %3 to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: write yes or no, not “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it is right, run the command again with --force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not exist yet. A command that writes, such as “minuta-cli client add”, creates it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take a date before 2000 or more than a year ahead as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retainers could not renew: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retainer of %1 renewed: pack %2, %3 to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurring fees could not be added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 recurring fee line(s) added to draft invoices.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::cli::InvoiceCommands</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::cli::SettingsCommands</name>
    <message numerus="yes">
        <source>Timer flagged after %n hour(s)</source>
        <translation>
            <numerusform>Timer flagged after %n hour</numerusform>
            <numerusform>Timer flagged after %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle time asked about after %n minute(s) away</source>
        <translation>
            <numerusform>Idle time asked about after %n minute away</numerusform>
            <numerusform>Idle time asked about after %n minutes away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::cli::TimeCommands</name>
    <message numerus="yes">
        <source>the timer has run longer than %n hour(s); did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</source>
        <translation>
            <numerusform>the timer has run longer than %n hour; did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</numerusform>
            <numerusform>the timer has run longer than %n hours; did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::dayfigures</name>
    <message>
        <source>The file's figures per day could not be computed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::decimal</name>
    <message>
        <source>“%1” is not a valid amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid quantity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid percentage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has decimals, but only whole numbers are allowed here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>“%1” has more than %n decimal.</numerusform>
            <numerusform>“%1” has more than %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is negative; only zero or more is allowed here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::invoicecalc</name>
    <message>
        <source>The invoice's amounts are too large to compute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount (%1) is larger than the lines it applies to: it can be at most %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::invoiceplan</name>
    <message>
        <source>Held back, as the pack says to stop when it runs out: %1. Sell a new pack or change the pack's rule to bill it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::localkeys</name>
    <message>
        <source>The file's local times could not be set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::packs::Calculator</name>
    <message>
        <source>Pack %1 ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack %1 covers less than nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack %1 is in %2, not in the client's %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack %1 bills work beyond it at its own rate, and needs one in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 is not priced in the client's %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage %1 is not priced in the client's %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::sql</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database reported an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is damaged (SQLite reports: %1), so Minuta writes nothing more to it. Restore a copy with File ▸ Backups and Restore…, or with “minuta-cli backup restore”; “minuta-cli backup create” still copies what can be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be changed: it, or its folder, is read-only, so nothing was saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::timeutil</name>
    <message>
        <source>“%1” is not a date and time; write it as 2026-11-02T09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist in your time zone: the clocks changed at that time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-11-02.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no real UTC offset; offsets go from −14:00 to +14:00.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::AboutDialog</name>
    <message>
        <source>About Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time, usage and invoices for freelance virtual assistants. Your data stays in one file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::AddressFields</name>
    <message>
        <source>&amp;State or province:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two letters, as MI or RM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The province's two-letter code (sigla), as the electronic invoice wants it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In India the state decides the place of supply, and so which GST applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::AgingReportModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not due yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1–30 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>31–60 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>61–90 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over 90 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit owed back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit owed back: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta copies “%1” into its backups folder every day you open it, before each upgrade and whenever you ask. Restoring a copy replaces what the file holds now; that is kept as a copy first, so a restore can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No copies yet. “Back Up Now” makes one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the file into the backups folder now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore &amp;Other Copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a copy kept somewhere else, such as a USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the file with the selected copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta files (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace everything in “%1” with the copy of %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace everything in “%1” with “%2”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the file holds now is kept as a copy first, so you can go back to it from this window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::BatchInvoiceDialog</name>
    <message>
        <source>Invoice All Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft for each client with work not billed in the period. Nothing is issued: review each draft, then issue it from the invoice list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients to invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Make Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client has unbilled work in this period.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n client(s) to invoice, %1 in all.</source>
        <translation>
            <numerusform>%n client to invoice, %1 in all.</numerusform>
            <numerusform>%n clients to invoice, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft made, %n line(s)</source>
        <translation>
            <numerusform>Draft made, %n line</numerusform>
            <numerusform>Draft made, %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not made: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft(s) made. Double-click one to review it.</source>
        <translation>
            <numerusform>%n draft made. Double-click it to review it.</numerusform>
            <numerusform>%n drafts made. Double-click one to review it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) could not be invoiced; see why above.</source>
        <translation>
            <numerusform>%n client could not be invoiced; see why above.</numerusform>
            <numerusform>%n clients could not be invoiced; see why above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::CalendarPage</name>
    <message>
        <source>Log Time…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan Work…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan Work…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan an appointment or a task (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the shown month or week as a calendar file for Google Calendar, Outlook or Thunderbird</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 light day &amp;nbsp; %2 full day &amp;nbsp; %3 over capacity &amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;⚑&lt;/span&gt; deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected day's work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log time on this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan work on this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned or logged yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your workload will show here, day by day and week by week. Add a client, then log time with the timer or plan work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2  %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick when done; double-click to change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing logged or planned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 still planned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n use(s) of services</source>
        <translation>
            <numerusform>%n use of services</numerusform>
            <numerusform>%n uses of services</numerusform>
        </translation>
    </message>
    <message>
        <source>A free day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The work was not marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked done. Ctrl+Z takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked not done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed entries can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned. Ctrl+Z takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta %1 to %2.ics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>Saved %n event to %1.</numerusform>
            <numerusform>Saved %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::ClientDialog</name>
    <message>
        <source>The client withholds tax (ritenuta d'acconto)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse charge: no tax on this client's invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the default rate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the nearest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business's profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work is logged in this currency, so it can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fiscal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEC:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hourly rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Increment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Minimum per entry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax &amp;profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codice destinatario: the seven characters the SDI delivers e-invoices to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's certified email (PEC), for e-invoices when there is no recipient code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GST&amp;IN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post&amp;code, city:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ClientListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ClientsPage</name>
    <message>
        <source>Show archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a client (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice Unbilled Work…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not billed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the people and companies you work for, with their rates and how they are billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 an hour</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · billed in %n-minute steps, rounded %2 · pays in %3 days</source>
        <translation>
            <numerusform>%1 · billed in %n-minute steps, rounded %2 · pays in %3 days</numerusform>
            <numerusform>%1 · billed in %n-minute steps, rounded %2 · pays in %3 days</numerusform>
        </translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the nearest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withholds tax (ritenuta d'acconto)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing: every piece of work is billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2, %3 — %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue, %1 still due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 still due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring the client back to the lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the client from the lists; their history stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client was not restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client was not archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived %1. Undo (Ctrl+Z) or “Show archived” brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 an hour (the default rate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hourly rate yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h of work</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n use(s) of services</source>
        <translation>
            <numerusform>%n use of services</numerusform>
            <numerusform>%n uses of services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h logged, %2 h billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No time logged yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 owed back to the client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 still due, less %2 of credit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing owed either way.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 on %n draft(s) not issued yet: issue from Invoices to bill it.</source>
        <translation>
            <numerusform>%1 on %n draft not issued yet: issue it from Invoices to bill it.</numerusform>
            <numerusform>%1 on %n drafts not issued yet: issue them from Invoices to bill it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing beyond the drafts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None in use. A pack of hours, units or credit is drawn down by the work it covers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell a Pack…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell the client prepaid hours, units or credit, once or every period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h covered by packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h held back: the pack is used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 beyond it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>billed elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on a draft invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the pack's statement for the client, in their language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold %1 a pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold %1 a pack; its sale is on a draft invoice, to issue from Invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement was not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the Pack's Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote the statement to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change what the pack covers, its price or its days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the pack today: later work no longer draws on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack was not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the pack of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack was not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close %1's pack today? Work after today no longer draws on it; what it covered up to today stays covered, and what is left of it (%2) is not carried anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed the pack of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None. A fixed fee, such as mailbox management every month, goes on the client's draft invoice on each period's first day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a Recurring Fee…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bill the client a fixed fee every week, month, quarter or year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurring fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tax %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting: the client is archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting: the client now bills in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the fee's price, description or last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop billing the fee; the lines it already put on invoices stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added the fee for %1; its periods so far are on a draft invoice, to issue from Invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added the fee for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fee was not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the fee for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fee was not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the Recurring Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop billing %1 “%2”? The lines it already put on invoices and drafts stay; no new period is added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted the fee “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due from %1: goes on the draft within a minute</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::Commands</name>
    <message>
        <source>Add client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add time entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore client</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n time entry(s)</source>
        <translation>
            <numerusform>Delete %n time entry</numerusform>
            <numerusform>Delete %n time entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit time entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer service again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop offering service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split time entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change planned work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete planned work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark not done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::EntryDialog</name>
    <message>
        <source>Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own hourly rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Time Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Time Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1:15</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the work lasted: 1:15, or 75 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly rate of this entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That time does not exist in your time zone: the clocks changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– still running; the timer stops it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unless given its own, the entry bills at the client's rate, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client has no rate, nor the business a default one</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ImportDialog</name>
    <message>
        <source>&amp;Add the clients that are not in Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Time Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year first (2026-11-02)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day first (02/11/2026)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month first (11/02/2026)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day first with dots (02.11.2026)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dates written:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in Minuta: skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 export, read as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read as %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry(s) to import (%1 of work).</source>
        <translation>
            <numerusform>%n entry to import (%1 of work).</numerusform>
            <numerusform>%n entries to import (%1 of work).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in Minuta, skipped.</source>
        <translation>
            <numerusform>%n already in Minuta, skipped.</numerusform>
            <numerusform>%n already in Minuta, skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>New clients: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The first %n row(s) are shown.</source>
        <translation>
            <numerusform>The first row is shown.</numerusform>
            <numerusform>The first %n rows are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) that cannot be read.</source>
        <translation>
            <numerusform>… and %n more row that cannot be read.</numerusform>
            <numerusform>… and %n more rows that cannot be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until these are put right in the file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) (%1 of work).</source>
        <translation>
            <numerusform>Imported %n entry (%1 of work).</numerusform>
            <numerusform>Imported %n entries (%1 of work).</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the clients: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceActions</name>
    <message>
        <source>Issue the Invoice?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice for %1 (%2) gets the next number and can no longer change; its work is marked as billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice was not issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Invoice as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is saved. Open it now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 for %2: %3 still due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 is paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment recorded; %1 still due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the Invoice?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 is cancelled by a credit note with a number of its own. Its work can then be billed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice was not cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 is cancelled by credit note %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the Draft?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft goes, and its work is free to be billed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft was not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many %1 make one euro on %2? The invoice also states its taxable amounts and VAT in euros.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete the client's details now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Money received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit of %1 (%2 left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paid with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 the client paid stays on the credit note, owed back to them: as a refund, or as credit on a later invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note %1 owes %2 back to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Given back on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund recorded; credit note %1 owes nothing more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund recorded; %1 still owed back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Electronic Invoice Is Not Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Italian invoice is sent as an electronic invoice, and this one would lack:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete these details, then issue the invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Electronic Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FatturaPA files (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The electronic invoice was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1. Send it through your intermediary or the Fatture e Corrispettivi portal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceDialog</name>
    <message>
        <source>Issue date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dis&amp;count:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF with &amp;Timesheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record Pa&amp;yment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel with Credit Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft Invoice for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>work from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancels invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid %1 on %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The line was not removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line removed; its work is free to bill again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid %1 on %2 from credit note %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client had paid %1 on invoice %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded %1 on %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used %1 of the credit on later invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing more is owed back to the client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owed back to the client: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-invoice (&amp;XML)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the electronic invoice (FatturaPA) to send through the SdI</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceLineModel</name>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reverse charge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly paid, overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its electronic invoice (XML) was last exported on %1 at %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::InvoicesPage</name>
    <message>
        <source>&amp;New Invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice a client's unbilled work (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record Payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the invoice with a credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invoices here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make an invoice from a client's unbilled work: choose the period, check the lines and totals, then keep it as a draft or issue it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 still owed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record money given back to the client out of a credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 owed back to clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export E-invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the electronic invoice (FatturaPA XML) to send through the SdI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice All Clients…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a draft for every client with unbilled work in a period, to review</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft(s) made; each waits here to be reviewed and issued.</source>
        <translation>
            <numerusform>%n draft made; it waits here to be reviewed and issued.</numerusform>
            <numerusform>%n drafts made; each waits here to be reviewed and issued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::LineDialog</name>
    <message>
        <source>Own tax rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price per unit (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expense paid in the client's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside VAT (art. 15 DPR 633/72), the pension contribution, the withholding and the discount, unless you give it its own tax rate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::MainWindow</name>
    <message>
        <source>Time log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open another Minuta file (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No timer running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta keeps your clients, time and invoices in one file on this computer. Start a new file, or open one you already have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was upgraded to the new format; a copy of the old one is in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Minuta file you are working in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Minuta File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minuta.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta files (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists. Minuta opens it as it is rather than replacing it with an empty file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Minuta File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta files (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new, empty Minuta file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start or Stop the &amp;Timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the timer for the client in the bar, switch to it, or stop it (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Time Entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log Units…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the Last Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the Timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan Work…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the file into its backups folder now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the copies of the file and restore one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's copy of the file could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No copy was made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy was not restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored. What the file held before is kept as %1 in the backups folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be opened. Restore one of its copies, start a new file, or open another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups and Res&amp;tore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others can read this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other people who use this computer can read “%1”: your clients, your work and your invoices. Minuta keeps its files private to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make It Private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave It Shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only you can read the file now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the timer, on a small window (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your business is set up. Add your first client to start the timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up your business any time in Settings (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice &amp;All Clients…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Time Entries…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add time entries from a CSV: Minuta's own, Toggl Track, Clockify, Kimai or a spreadsheet; you see them before anything is stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Time Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3 due)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue</source>
        <translation>
            <numerusform>%n invoice overdue</numerusform>
            <numerusform>%n invoices overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Minuta running?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer for %1 is running. Keep Minuta in the tray, where the timer stays in sight? Settings can change this later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta is still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer for %1 goes on. Click Minuta's icon to bring the window back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retainers could not renew: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n retainer period(s) began; each is sold on the client's draft invoice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring fees could not be added: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n recurring fee(s) added to draft invoices.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::MonthView</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 logged (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>light day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>full day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::MonthlyReportModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unbilled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time logged, by the month the work started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part of it that is billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the billable time and the units used are worth, priced as an invoice prices them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part of that worth not on an invoice yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing logged or invoiced in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoiced (net)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoiced (gross)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net of the invoices issued that month, before taxes, less credit notes: the revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the invoices issued that month ask the client to pay: taxes included, less tax the client withholds, less credit notes. Paid and outstanding are on this basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments received that month, as the gross figure: taxes included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still owed on the invoices issued that month, as the gross figure: taxes included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In all: %1 h, %2 h billable · worth %3 · unbilled %4 · invoiced %5 net, %6 gross · paid %7 · outstanding %8</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::NewInvoiceDialog</name>
    <message>
        <source>New Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything not billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the invoice as a draft you can still change; its work is set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the invoice its number now; it can no longer change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a client first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice was not made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice is saved as a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything logged for %1 is billed already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no unbilled work for %1 from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside this period %1 is not billed yet: choose “Everything not billed” to see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 not billed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::PackDialog</name>
    <message>
        <source>Ends on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already billed outside Minuta: no line on a draft invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell a Pack to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, such as “Autumn”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unused hours carried into the next period, at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bill it on the client's usual terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bill it at an hourly rate of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold it back and warn me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Renews:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry &amp;over:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Beyond it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work for %1 from the first day draws the pack down, oldest pack first; what it covers shows on invoices at no charge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover units of one more service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a Pack of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave this service out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is chosen twice; give its units once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::PackReportModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packs sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packs ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours unused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packs and retainer periods whose first day is in the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hours those packs cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their prices, in each currency they were sold in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed time of the month's work that packs covered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packs past their last day, or closed, in the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What those packs left unused, less the hours a retainer carried into its next period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No packs in these months. Sell one from a client's page.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pack(s) sold, %1 h for %2</source>
        <translation>
            <numerusform>%n pack sold, %1 h for %2</numerusform>
            <numerusform>%n packs sold, %1 h for %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h used</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n ended, leaving %1 h unused</source>
        <translation>
            <numerusform>%n ended, leaving %1 h unused</numerusform>
            <numerusform>%n ended, leaving %1 h unused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::PlanDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Planned Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimate in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day of the repetitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes here apply to every repetition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this work with every repetition; Ctrl+Z brings it back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That time does not exist in your time zone: the clocks changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a client first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::RecurringDialog</name>
    <message>
        <source>Its own tax rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last period starts by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a Recurring Fee for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left unticked, the line bears the invoice's standard rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price each:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each period goes on %1's draft invoice on its first day, or the next time Minuta opens; periods already begun go on now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a Recurring Fee of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periods up to the one from %1 are on invoices already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No period starts after the last day: nothing more will be billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The periods from %1 to today go on the draft as soon as it is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next on the draft: the period from %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ReportsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the table shown as comma-separated values for a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the whole report, tables and charts, as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours and money per client and month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units per service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid invoices by age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours per client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By Client and Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours, revenue and unpaid invoices per client and month will show here once you log time for a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends before it starts: choose a later “To” month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta by client and month %1.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta services %1.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta unpaid invoices %1.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta report %1 to %2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid invoices on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is saved. Open it now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoiced per month, net of taxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoiced (net)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoiced per month, net of taxes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid packs per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta packs %1.csv</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ServiceDialog</name>
    <message>
        <source>Own tax rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price per unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As in “43 calls”; left empty, the unit reads the same in the plural</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's SAC code, printed on Indian invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit (p&amp;lural):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;SAC:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ServiceModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no longer offered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ServiceReportModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::ServicesPage</name>
    <message>
        <source>&amp;Log Units…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log units of a service for a client (Ctrl+U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Service…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a service you bill per use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop Offering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No services yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add what you bill per use, such as calls answered, pages scanned or hours of meeting room, with its price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No units logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log what a client used with Log Units (Ctrl+U): client, service, quantity, Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer Again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n use(s) logged</source>
        <translation>
            <numerusform>%n use logged</numerusform>
            <numerusform>%n uses logged</numerusform>
        </translation>
    </message>
    <message>
        <source>Units logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service did not change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed usage can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RF01 ordinary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RF19 flat-rate (forfettario)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fiscal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regime (FatturaPA):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile's tax rates in percent; several are joined by +, such as 5 + 9.975</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next numbers look like %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax &amp;profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax &amp;rates (%):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withholding (%):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pension &amp;contribution (%):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice &amp;numbers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note n&amp;umbers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{YYYY} or {YY} is the year, {MM} the month, {N} the number and {N:3} the number padded to three digits (001). Numbers start again each year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default hourly &amp;rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing &amp;increment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask about a timer after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work in a &amp;day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weeks &amp;start on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lan&amp;guage of Minuta:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language shows the next time Minuta starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices &amp;&amp; Taxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;&amp; Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Give %n tax rate(s), joined by +.</source>
        <translation>
            <numerusform>Give %n tax rate, joined by +.</numerusform>
            <numerusform>Give %n tax rates, joined by +.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charge the stamp duty to the client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Québec's QST registration number; the GST number goes in the VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SAC code printed on the lines of time; services have their own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QST number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SAC for time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayPal, a payment link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on your invoices; the bank fields are those of your country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sort code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Routing number (ABA):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;nstitution number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transit number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BS&amp;B:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;FSC:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;UPI ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other ways to pay:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The €2 marca da bollo of invoices over €77.47 outside VAT: added to what the client pays, or paid by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp duty:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default service (English):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default service (Italian):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What an invoice line says when its work has no task and no description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post&amp;code, city:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you come back after this long away from the computer while a timer runs, Minuta asks whether to keep the time away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask about &amp;idle time after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unavailable here: this desktop does not tell Minuta how long it has been idle (as some Wayland sessions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set Up &amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set Up Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A few questions about your business, so that your invoices are right from the first one. Every answer can be changed later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where do you work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amounts in %1, taxes as “%2”, invoices in %3. You can choose otherwise in the next steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep Minuta in the tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Closing the window while the timer runs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> % used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer bar, a notification and the command line say so when a client's prepaid pack is this much used, and again when it is used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warn about a &amp;prepaid pack at:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::TimeEntryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed on an invoice: it can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This entry shares time with another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time; write it as 9:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a duration; write it as 1:15 or 75.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What billable work is worth: the billed time at the client's rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the timer again for the same client, task and description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 worked, %2 billable, in %n entry(s)</source>
        <translation>
            <numerusform>%1 worked, %2 billable, in %n entry</numerusform>
            <numerusform>%1 worked, %2 billable, in %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>What the day's billable work is worth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units used this day: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer is running for this entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue: start the timer for %1 with this task and description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billed time at the rate that applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::TimeLogPage</name>
    <message>
        <source>&amp;Add Entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log time done without the timer (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log the same work again, right after it (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cut the entry in two at a time inside it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected entries (Del); Ctrl+Z brings them back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not billed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No time logged in this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the timer above for a client, or add work you did without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry(s) · %1 worked · %2 billable</source>
        <translation>
            <numerusform>%n entry · %1 worked · %2 billable</numerusform>
            <numerusform>%n entries · %1 worked · %2 billable</numerusform>
        </translation>
    </message>
    <message>
        <source> · showing the newest %1; scroll for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed entries can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate time entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry was not duplicated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry duplicated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split Time Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry from %1 to %2 becomes two.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split &amp;at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry was not split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Deleted %n entry. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Deleted %n entries. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Minuta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start by adding a client, someone you work for. Then start the timer above, or add work you did without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the entries shown as a CSV file for a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta time log %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuta time log %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Entries as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entries were not saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %n entry(s) to %1.</source>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the timer again for the entry's client, task and description (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change every detail of the entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the selected entries are billed to the client</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry(s) marked billable.</source>
        <translation>
            <numerusform>%n entry marked billable.</numerusform>
            <numerusform>%n entries marked billable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) marked not billable.</source>
        <translation>
            <numerusform>%n entry marked not billable.</numerusform>
            <numerusform>%n entries marked not billable.</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 running</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::TimerBar</name>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the work is for; type to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What are you working on?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time logged today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the timer (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the running timer and start one for this client (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the timer for this client (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No timer running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client to start the timer for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no client called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer did not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped %1 after %2; started %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timer started for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer did not stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged %1 for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer ran for less than a second; nothing was logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer for %1 has been running since %2, for %3. Did you forget to stop it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is the timer still running?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop at…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the timer at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you finished:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n client(s) match “%1”: type more of the name, or pick one.</source>
        <translation>
            <numerusform>%n client matches “%1”: type more of the name, or pick one.</numerusform>
            <numerusform>%n clients match “%1”: type more of the name, or pick one.</numerusform>
        </translation>
    </message>
    <message>
        <source>You were away from %1 to %2 (%3) while the timer for %4 ran. What should happen to that time?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep It</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard It</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard and Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time away was the whole entry; nothing was logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged %1 for %2, up to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer goes on from now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer is already running for this work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You were away %1 while the timer for %2 ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timer for %1 has been running for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the client's prepaid pack has left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid pack used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid pack nearly used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid pack %1 of %2: %3 % used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::TotalsWidget</name>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp duty (paid by you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untaxed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside VAT (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT in euros (1 EUR = %1 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total in euros</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::UsageDialog</name>
    <message>
        <source>Edit Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a client first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a service to the catalog first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::UsageModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::WeekView</name>
    <message>
        <source>%1 planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours of the week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Time Here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan Work Here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::validation</name>
    <message numerus="yes">
        <source>%1 can be at most %n character(s) long.</source>
        <translation>
            <numerusform>%1 can be at most %n character long.</numerusform>
            <numerusform>%1 can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, is before the year 2000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, is more than a year from today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period of up to two months.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
