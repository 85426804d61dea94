<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>“%1” is already open in another Minuta program (process %2). Close it there, or keep working in that window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be opened for writing: its folder does not allow it.</source>
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
        <source>Billing address (\n for new lines).</source>
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
        <source>Hourly rate, such as 30.00, or "none" for the default rate.</source>
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
        <source>The service's name, such as "Call answering".</source>
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
        <source>Tax rate in percent when it differs from the invoice's, such as 22, or "none".</source>
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
        <source>Sets a client's own price for a service, in the client's currency ("none" removes it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service, by name or id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price per unit, or "none".</source>
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
        <source>Default hourly rate, or "none".</source>
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
        <source>Hourly rate for this entry, or "none" for the client's.</source>
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
</context>
<context>
    <name>minuta::cli::SettingsCommands</name>
    <message numerus="yes">
        <source>Timer flagged after %n hour(s)</source>
        <translation><numerusform>Timer flagged after %n hour</numerusform><numerusform>Timer flagged after %n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>minuta::cli::TimeCommands</name>
    <message numerus="yes">
        <source>the timer has run longer than %n hour(s); did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</source>
        <translation><numerusform>the timer has run longer than %n hour; did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</numerusform><numerusform>the timer has run longer than %n hours; did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</numerusform></translation>
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
        <translation><numerusform>“%1” has more than %n decimal.</numerusform><numerusform>“%1” has more than %n decimals.</numerusform></translation>
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
        <source>Free software under the &lt;a href="%1"&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::ui::MainWindow</name>
    <message>
        <source>No time logged yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No services yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invoices yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned or logged yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time you track with the timer or enter by hand will be listed here, day by day, with what is billable and what is already billed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The people and companies you work for will be listed here, with their rates and the work not billed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services billed per use, such as calls answered or pages scanned, will be listed here with the units you log for each client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoices you make from unbilled work will be listed here, with their status and the amount still due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your workload will appear here, day by day and week by week, once you log time or plan work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours, revenue and unpaid invoices per client and month will appear here once you log time.</source>
        <translation type="unfinished" />
    </message>
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
        <source>Start a new, empty Minuta file (%1)</source>
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
</context>
<context>
    <name>minuta::validation</name>
    <message numerus="yes">
        <source>%1 can be at most %n character(s) long.</source>
        <translation><numerusform>%1 can be at most %n character long.</numerusform><numerusform>%1 can be at most %n characters long.</numerusform></translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>