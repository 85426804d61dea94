<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>main</name>
    <message>
        <source>Minuta: time, usage and invoices for freelance virtual assistants.</source>
        <translation>Minuta: ore, servizi e fatture per assistenti virtuali freelance.</translation>
    </message>
    <message>
        <source>Open the Minuta file &lt;path&gt; (created when it does not exist). Without it, the file used last, or %1.</source>
        <translation>Apre il file di Minuta &lt;percorso&gt; (creandolo se non esiste). Senza questa opzione, l'ultimo file usato, oppure %1.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
</context>
<context>
    <name>minuta::Client</name>
    <message>
        <source>The client's name</source>
        <translation>Il nome del cliente</translation>
    </message>
    <message>
        <source>The contact name</source>
        <translation>Il nome del referente</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>L'indirizzo email</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Il numero di telefono</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L'indirizzo</translation>
    </message>
    <message>
        <source>The VAT number</source>
        <translation>La partita IVA</translation>
    </message>
    <message>
        <source>The fiscal code</source>
        <translation>Il codice fiscale</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Il testo delle note</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» non è un indirizzo email.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use two letters, such as IT or GB.</source>
        <translation>«%1» non è un codice paese; usa due lettere, come IT o GB.</translation>
    </message>
    <message>
        <source>The currency must be an ISO 4217 code, such as EUR or GBP.</source>
        <translation>La valuta deve essere un codice ISO 4217, come EUR o GBP.</translation>
    </message>
    <message>
        <source>Invoices can be written in English (en) or Italian (it), not “%1”.</source>
        <translation>Le fatture possono essere in inglese (en) o in italiano (it), non «%1».</translation>
    </message>
    <message>
        <source>The hourly rate must be in the client's currency (%1).</source>
        <translation>La tariffa oraria deve essere nella valuta del cliente (%1).</translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative.</source>
        <translation>La tariffa oraria non può essere negativa.</translation>
    </message>
    <message>
        <source>The billing increment must be 1, 5, 6, 10, 15, 30 or 60 minutes.</source>
        <translation>Lo scatto di fatturazione deve essere di 1, 5, 6, 10, 15, 30 o 60 minuti.</translation>
    </message>
    <message>
        <source>The minimum per entry must be between 0 and 1,440 minutes.</source>
        <translation>Il minimo per voce deve essere tra 0 e 1.440 minuti.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>I termini di pagamento devono essere tra 0 e 365 giorni.</translation>
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb.</source>
        <translation>«%1» non è un colore; scrivilo come #rrggbb.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Italian VAT number: check the 11 digits.</source>
        <translation>«%1» non è una partita IVA italiana valida: controlla le 11 cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Italian fiscal code.</source>
        <translation>«%1» non è un codice fiscale italiano valido.</translation>
    </message>
</context>
<context>
    <name>minuta::ClientRepository</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Non esiste un cliente con ID %1.</translation>
    </message>
    <message>
        <source>Say which client: a name or an id.</source>
        <translation>Indica quale cliente: un nome o un ID.</translation>
    </message>
    <message>
        <source>There is no client called “%1”.</source>
        <translation>Non esiste un cliente chiamato «%1».</translation>
    </message>
    <message>
        <source>Several archived clients are called “%1”; use the id instead.</source>
        <translation>Ci sono più clienti archiviati chiamati «%1»; usa l'ID.</translation>
    </message>
    <message>
        <source>There is already a client called “%1”.</source>
        <translation>Esiste già un cliente chiamato «%1».</translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation>Impossibile salvare il cliente</translation>
    </message>
    <message>
        <source>The currency of “%1” cannot change because work is already logged in %2. Add a new client for work in %3.</source>
        <translation>La valuta di «%1» non può cambiare perché c'è già del lavoro registrato in %2. Per il lavoro in %3 aggiungi un nuovo cliente.</translation>
    </message>
    <message>
        <source>“%1” has logged work, so it is archived rather than deleted.</source>
        <translation>«%1» ha del lavoro registrato, quindi viene archiviato anziché eliminato.</translation>
    </message>
</context>
<context>
    <name>minuta::Database</name>
    <message>
        <source>“%1” is damaged and cannot be read as a Minuta file.</source>
        <translation>«%1» è danneggiato e non può essere letto come file di Minuta.</translation>
    </message>
    <message>
        <source>Could not read “%1”</source>
        <translation>Impossibile leggere «%1»</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>Impossibile aprire «%1»</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Non è stato indicato alcun file.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Minuta file.</source>
        <translation>«%1» è una cartella, non un file di Minuta.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Minuta file (it is not a SQLite database).</source>
        <translation>«%1» non è un file di Minuta (non è un database SQLite).</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» non esiste.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossibile creare la cartella «%1».</translation>
    </message>
    <message>
        <source>“%1” is already open in another Minuta program (process %2). Close it there, or keep working in that window.</source>
        <translation>«%1» è già aperto in un altro programma di Minuta (processo %2). Chiudilo lì, oppure continua a lavorare in quella finestra.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing: its folder does not allow it.</source>
        <translation>Impossibile aprire «%1» in scrittura: la sua cartella non lo consente.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2</source>
        <translation>Impossibile creare «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Minuta (file format %2; this version reads up to %3). Update Minuta to open it; the file was not changed.</source>
        <translation>«%1» è stato salvato da una versione più recente di Minuta (formato %2; questa versione legge fino al %3). Aggiorna Minuta per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>“%1” uses an older file format (%2). Open it once in Minuta, or with a command that writes, to upgrade it.</source>
        <translation>«%1» usa un formato più vecchio (%2). Aprilo una volta in Minuta, o con un comando che scrive, per aggiornarlo.</translation>
    </message>
    <message>
        <source>Could not upgrade “%1” to file format %2 (%3); the file was left at format %4. %5</source>
        <translation>Impossibile aggiornare «%1» al formato %2 (%3); il file è rimasto al formato %4. %5</translation>
    </message>
    <message>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>Impossibile creare la cartella delle copie di sicurezza «%1».</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be written: %2</source>
        <translation>Impossibile scrivere la copia di sicurezza «%1»: %2</translation>
    </message>
</context>
<context>
    <name>minuta::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>L'importo è troppo grande.</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>Non si possono combinare importi in %1 e in %2.</translation>
    </message>
</context>
<context>
    <name>minuta::Service</name>
    <message>
        <source>The service's name</source>
        <translation>Il nome del servizio</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>L'unità</translation>
    </message>
    <message>
        <source>The price needs a currency.</source>
        <translation>Il prezzo deve avere una valuta.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Il prezzo non può essere negativo.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>L'aliquota deve essere tra 0 e 100%.</translation>
    </message>
</context>
<context>
    <name>minuta::ServiceRepository</name>
    <message>
        <source>There is already a service called “%1”.</source>
        <translation>Esiste già un servizio chiamato «%1».</translation>
    </message>
    <message>
        <source>“%1” has logged usage, so it is made inactive rather than deleted.</source>
        <translation>«%1» ha degli utilizzi registrati, quindi viene disattivato anziché eliminato.</translation>
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation>Non esiste un servizio con ID %1.</translation>
    </message>
    <message>
        <source>Say which service: a name or an id.</source>
        <translation>Indica quale servizio: un nome o un ID.</translation>
    </message>
    <message>
        <source>There is no service called “%1”.</source>
        <translation>Non esiste un servizio chiamato «%1».</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Non esiste un cliente con ID %1.</translation>
    </message>
    <message>
        <source>The price must be in the client's currency (%1).</source>
        <translation>Il prezzo deve essere nella valuta del cliente (%1).</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Il prezzo non può essere negativo.</translation>
    </message>
</context>
<context>
    <name>minuta::Settings</name>
    <message>
        <source>The currency must be an ISO 4217 code, such as EUR.</source>
        <translation>La valuta deve essere un codice ISO 4217, come EUR.</translation>
    </message>
    <message>
        <source>The default rate must be zero or more, in %1.</source>
        <translation>La tariffa predefinita deve essere zero o più, in %1.</translation>
    </message>
    <message>
        <source>The billing increment must be 1, 5, 6, 10, 15, 30 or 60 minutes.</source>
        <translation>Lo scatto di fatturazione deve essere di 1, 5, 6, 10, 15, 30 o 60 minuti.</translation>
    </message>
    <message>
        <source>The minimum per entry must be between 0 and 1,440 minutes.</source>
        <translation>Il minimo per voce deve essere tra 0 e 1.440 minuti.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>I termini di pagamento devono essere tra 0 e 365 giorni.</translation>
    </message>
    <message>
        <source>Invoices can be written in English (en) or Italian (it).</source>
        <translation>Le fatture possono essere in inglese (en) o in italiano (it).</translation>
    </message>
    <message>
        <source>The timer limit must be between 1 and 24 hours.</source>
        <translation>Il limite del timer deve essere tra 1 e 24 ore.</translation>
    </message>
</context>
<context>
    <name>minuta::TaxRate</name>
    <message>
        <source>“%1” is more than 100 %; write the rate as a percentage, such as 22.</source>
        <translation>«%1» supera il 100%; scrivi l'aliquota come percentuale, ad esempio 22.</translation>
    </message>
</context>
<context>
    <name>minuta::TimeEntryRepository</name>
    <message>
        <source>The time log could not be read</source>
        <translation>Impossibile leggere il registro ore</translation>
    </message>
    <message>
        <source>This entry is billed on an invoice, so it can no longer change.</source>
        <translation>Questa voce è già stata fatturata, quindi non può più cambiare.</translation>
    </message>
    <message>
        <source>Choose the client the work was for.</source>
        <translation>Scegli il cliente per cui hai svolto il lavoro.</translation>
    </message>
    <message>
        <source>The start is in the future.</source>
        <translation>L'inizio è nel futuro.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fine deve essere dopo l'inizio.</translation>
    </message>
    <message>
        <source>The end is in the future.</source>
        <translation>La fine è nel futuro.</translation>
    </message>
    <message>
        <source>An entry cannot be longer than 24 hours; log each day on its own.</source>
        <translation>Una voce non può superare le 24 ore; registra ogni giorno a parte.</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>L'attività</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descrizione</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>La tariffa non può essere negativa.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Non esiste un cliente con ID %1.</translation>
    </message>
    <message>
        <source>“%1” is archived; bring the client back before logging work for them.</source>
        <translation>«%1» è archiviato; ripristina il cliente prima di registrare lavoro a suo nome.</translation>
    </message>
    <message>
        <source>The rate must be in the client's currency (%1).</source>
        <translation>La tariffa deve essere nella valuta del cliente (%1).</translation>
    </message>
    <message>
        <source>The entry could not be saved</source>
        <translation>Impossibile salvare la voce</translation>
    </message>
    <message>
        <source>Another timer is already running.</source>
        <translation>C'è già un altro timer in corso.</translation>
    </message>
    <message>
        <source>It overlaps entry %1 for %2, %3–%4.</source>
        <translation>Si sovrappone alla voce %1 per %2, %3–%4.</translation>
    </message>
    <message>
        <source>Give the end of the work, or how long it lasted.</source>
        <translation>Indica quando è finito il lavoro, oppure quanto è durato.</translation>
    </message>
    <message>
        <source>Stop the timer to give this entry an end.</source>
        <translation>Ferma il timer per dare una fine a questa voce.</translation>
    </message>
    <message>
        <source>There is no time entry with id %1.</source>
        <translation>Non esiste una voce con ID %1.</translation>
    </message>
</context>
<context>
    <name>minuta::TimerService</name>
    <message>
        <source>No timer is running.</source>
        <translation>Nessun timer in corso.</translation>
    </message>
    <message>
        <source>The timer must stop after it started.</source>
        <translation>Il timer deve fermarsi dopo essere partito.</translation>
    </message>
    <message>
        <source>The timer cannot stop in the future.</source>
        <translation>Il timer non può fermarsi nel futuro.</translation>
    </message>
    <message>
        <source>The timer has run for %1, more than a day. Stop it at the time you finished instead.</source>
        <translation>Il timer è in corso da %1, più di un giorno. Fermalo piuttosto all'ora in cui hai finito.</translation>
    </message>
</context>
<context>
    <name>minuta::UnbilledWork</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di iniziare.</translation>
    </message>
</context>
<context>
    <name>minuta::UsageRepository</name>
    <message>
        <source>The usage could not be read</source>
        <translation>Impossibile leggere gli utilizzi</translation>
    </message>
    <message>
        <source>This usage is billed on an invoice, so it can no longer change.</source>
        <translation>Questo utilizzo è già stato fatturato, quindi non può più cambiare.</translation>
    </message>
    <message>
        <source>Choose the client who used the service.</source>
        <translation>Scegli il cliente che ha usato il servizio.</translation>
    </message>
    <message>
        <source>Choose the service.</source>
        <translation>Scegli il servizio.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantità deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>La quantità è troppo grande.</translation>
    </message>
    <message>
        <source>Say when the service was used.</source>
        <translation>Indica quando è stato usato il servizio.</translation>
    </message>
    <message>
        <source>The time of use is in the future.</source>
        <translation>Il momento dell'utilizzo è nel futuro.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Non esiste un cliente con ID %1.</translation>
    </message>
    <message>
        <source>“%1” is archived; bring the client back before logging usage for them.</source>
        <translation>«%1» è archiviato; ripristina il cliente prima di registrare utilizzi a suo nome.</translation>
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation>Non esiste un servizio con ID %1.</translation>
    </message>
    <message>
        <source>“%1” is no longer offered; make it active again to log it.</source>
        <translation>«%1» non è più offerto; riattivalo per registrarne l'utilizzo.</translation>
    </message>
    <message>
        <source>There is no usage with id %1.</source>
        <translation>Non esiste un utilizzo con ID %1.</translation>
    </message>
</context>
<context>
    <name>minuta::billing</name>
    <message>
        <source>Entry %1 has no hourly rate in %2, so it bills nothing: set a rate for the client or a default rate.</source>
        <translation>La voce %1 non ha una tariffa oraria in %2, quindi non fattura nulla: imposta una tariffa per il cliente o una tariffa predefinita.</translation>
    </message>
    <message>
        <source>“%1” has no price in %2, so usage %3 bills nothing: set the client's own price for it.</source>
        <translation>«%1» non ha un prezzo in %2, quindi l'utilizzo %3 non fattura nulla: imposta un prezzo specifico per il cliente.</translation>
    </message>
</context>
<context>
    <name>minuta::cli</name>
    <message>
        <source>Shows a client's work not billed yet, priced as the invoice will price it. Dates are inclusive.</source>
        <translation>Mostra il lavoro non ancora fatturato di un cliente, con i prezzi che avrà in fattura. Le date sono incluse.</translation>
    </message>
    <message>
        <source>The client, by name or id.</source>
        <translation>Il cliente, per nome o ID.</translation>
    </message>
    <message>
        <source>From this day.</source>
        <translation>Da questo giorno.</translation>
    </message>
    <message>
        <source>To this day, included.</source>
        <translation>Fino a questo giorno, incluso.</translation>
    </message>
    <message>
        <source>“unbilled” takes options only.</source>
        <translation>«unbilled» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“unbilled” needs --client.</source>
        <translation>«unbilled» richiede --client.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>tutte le date</translation>
    </message>
    <message>
        <source>%1: unbilled work, %2 (%3)</source>
        <translation>%1: lavoro non fatturato, %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing to bill.</source>
        <translation>Niente da fatturare.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Lavorato</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Rate/h</source>
        <translation>Tariffa/h</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unit.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>%1 billed (%2 worked)</source>
        <translation>%1 fatturate (%2 lavorate)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>The client's name.</source>
        <translation>Il nome del cliente.</translation>
    </message>
    <message>
        <source>The person to address.</source>
        <translation>La persona di riferimento.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Indirizzo email.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numero di telefono.</translation>
    </message>
    <message>
        <source>Billing address (\n for new lines).</source>
        <translation>Indirizzo di fatturazione (\n per andare a capo).</translation>
    </message>
    <message>
        <source>Country, two letters (IT, GB, US…).</source>
        <translation>Paese, due lettere (IT, GB, US…).</translation>
    </message>
    <message>
        <source>VAT number (partita IVA, GSTIN…).</source>
        <translation>Partita IVA (o equivalente estero: VAT number, GSTIN…).</translation>
    </message>
    <message>
        <source>Fiscal code (codice fiscale).</source>
        <translation>Codice fiscale.</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the client's invoices.</source>
        <translation>Valuta ISO 4217 delle fatture del cliente.</translation>
    </message>
    <message>
        <source>Language of the client's invoices: en or it.</source>
        <translation>Lingua delle fatture del cliente: en o it.</translation>
    </message>
    <message>
        <source>Hourly rate, such as 30.00, or "none" for the default rate.</source>
        <translation>Tariffa oraria, ad esempio 30.00, oppure "none" per la tariffa predefinita.</translation>
    </message>
    <message>
        <source>Hourly rate, such as 30.00.</source>
        <translation>Tariffa oraria, ad esempio 30.00.</translation>
    </message>
    <message>
        <source>Billing increment in minutes: 1, 5, 6, 10, 15, 30 or 60.</source>
        <translation>Scatto di fatturazione in minuti: 1, 5, 6, 10, 15, 30 o 60.</translation>
    </message>
    <message>
        <source>How entries round to the increment: up, nearest or down.</source>
        <translation>Come arrotondare le voci allo scatto: up (per eccesso), nearest (al più vicino) o down (per difetto).</translation>
    </message>
    <message>
        <source>Minimum billed minutes per entry.</source>
        <translation>Minuti minimi fatturati per voce.</translation>
    </message>
    <message>
        <source>Payment terms in days.</source>
        <translation>Termini di pagamento in giorni.</translation>
    </message>
    <message>
        <source>The client withholds tax (ritenuta d'acconto).</source>
        <translation>Il cliente applica la ritenuta d'acconto.</translation>
    </message>
    <message>
        <source>Colour on the calendar, as #rrggbb.</source>
        <translation>Colore nel calendario, come #rrggbb.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Note.</translation>
    </message>
    <message>
        <source>The client does not withhold tax.</source>
        <translation>Il cliente non applica la ritenuta d'acconto.</translation>
    </message>
    <message>
        <source>--currency: “%1” is not an ISO 4217 currency code, such as EUR or GBP.</source>
        <translation>--currency: «%1» non è un codice valuta ISO 4217, come EUR o GBP.</translation>
    </message>
    <message>
        <source>--rounding: write up, nearest or down, not “%1”.</source>
        <translation>--rounding: scrivi up, nearest o down, non «%1».</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinita</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviato)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Lingua fatture</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tariffa oraria</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>%1-minute increment, rounded %2, minimum %3 min</source>
        <translation>scatto di %1 min, arrotondamento %2, minimo %3 min</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termini di pagamento</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Ritenuta d'acconto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Adds a client. Options left out take the business defaults (see “settings”).</source>
        <translation>Aggiunge un cliente. Le opzioni omesse prendono le impostazioni predefinite dell'attività (vedi «settings»).</translation>
    </message>
    <message>
        <source>“client add” takes options only; put the name after --name.</source>
        <translation>«client add» accetta solo opzioni; metti il nome dopo --name.</translation>
    </message>
    <message>
        <source>“client add” needs --name.</source>
        <translation>«client add» richiede --name.</translation>
    </message>
    <message>
        <source>Lists the active clients, or all of them.</source>
        <translation>Elenca i clienti attivi, o tutti.</translation>
    </message>
    <message>
        <source>Include archived clients.</source>
        <translation>Includi i clienti archiviati.</translation>
    </message>
    <message>
        <source>“client list” takes no arguments.</source>
        <translation>«client list» non accetta argomenti.</translation>
    </message>
    <message>
        <source>No clients yet. Add one with: minuta-cli client add --name NAME</source>
        <translation>Ancora nessun cliente. Aggiungine uno con: minuta-cli client add --name NAME</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>%1 min %2</source>
        <translation>%1 min %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 gg</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>“%1” needs the client's name or id.</source>
        <translation>«%1» richiede il nome o l'ID del cliente.</translation>
    </message>
    <message>
        <source>Shows a client's details.</source>
        <translation>Mostra i dati di un cliente.</translation>
    </message>
    <message>
        <source>Changes a client's details; fields not given stay as they are.</source>
        <translation>Modifica i dati di un cliente; i campi non indicati restano invariati.</translation>
    </message>
    <message>
        <source>Archives a client: their history stays, they leave the lists.</source>
        <translation>Archivia un cliente: il suo storico resta, ma esce dagli elenchi.</translation>
    </message>
    <message>
        <source>Brings an archived client back.</source>
        <translation>Ripristina un cliente archiviato.</translation>
    </message>
    <message>
        <source>Archived “%1”.</source>
        <translation>«%1» archiviato.</translation>
    </message>
    <message>
        <source>“%1” is active again.</source>
        <translation>«%1» è di nuovo attivo.</translation>
    </message>
    <message>
        <source>Add a client.</source>
        <translation>Aggiungi un cliente.</translation>
    </message>
    <message>
        <source>List clients.</source>
        <translation>Elenca i clienti.</translation>
    </message>
    <message>
        <source>Show a client's details.</source>
        <translation>Mostra i dati di un cliente.</translation>
    </message>
    <message>
        <source>Change a client's details.</source>
        <translation>Modifica i dati di un cliente.</translation>
    </message>
    <message>
        <source>Archive a client.</source>
        <translation>Archivia un cliente.</translation>
    </message>
    <message>
        <source>Bring an archived client back.</source>
        <translation>Ripristina un cliente archiviato.</translation>
    </message>
    <message>
        <source>Shows the file, its format version and the rows in each table.</source>
        <translation>Mostra il file, la versione del suo formato e le righe di ogni tabella.</translation>
    </message>
    <message>
        <source>“info” takes no arguments.</source>
        <translation>«info» non accetta argomenti.</translation>
    </message>
    <message>
        <source>File:         %1</source>
        <translation>File:         %1</translation>
    </message>
    <message>
        <source>File format:  %1 (current)</source>
        <translation>Formato:      %1 (attuale)</translation>
    </message>
    <message>
        <source>File format:  %1 (this version of Minuta writes %2)</source>
        <translation>Formato:      %1 (questa versione di Minuta scrive il %2)</translation>
    </message>
    <message>
        <source>Size:         %1</source>
        <translation>Dimensione:   %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Service %1: %2, %3 %4 per %5%6%7</source>
        <translation>Servizio %1: %2, %3 %4 per %5%6%7</translation>
    </message>
    <message>
        <source>, tax %1</source>
        <translation>, aliquota %1</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (non attivo)</translation>
    </message>
    <message>
        <source>--currency: “%1” is not an ISO 4217 currency code.</source>
        <translation>--currency: «%1» non è un codice valuta ISO 4217.</translation>
    </message>
    <message>
        <source>The service's name, such as "Call answering".</source>
        <translation>Il nome del servizio, ad esempio "Risposta alle chiamate".</translation>
    </message>
    <message>
        <source>What is counted: call, page, hour…</source>
        <translation>Cosa si conta: chiamata, pagina, ora…</translation>
    </message>
    <message>
        <source>Price per unit, such as 1.50.</source>
        <translation>Prezzo per unità, ad esempio 1.50.</translation>
    </message>
    <message>
        <source>Currency of the price (default: the business's).</source>
        <translation>Valuta del prezzo (predefinita: quella dell'attività).</translation>
    </message>
    <message>
        <source>Tax rate in percent when it differs from the invoice's, such as 22, or "none".</source>
        <translation>Aliquota in percentuale, se diversa da quella della fattura, ad esempio 22, oppure "none".</translation>
    </message>
    <message>
        <source>Adds a service to the catalog.</source>
        <translation>Aggiunge un servizio al catalogo.</translation>
    </message>
    <message>
        <source>“service add” takes options only.</source>
        <translation>«service add» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“service add” needs --name, --unit and --price.</source>
        <translation>«service add» richiede --name, --unit e --price.</translation>
    </message>
    <message>
        <source>Changes a service; new prices apply to usage not billed yet.</source>
        <translation>Modifica un servizio; i nuovi prezzi valgono per gli utilizzi non ancora fatturati.</translation>
    </message>
    <message>
        <source>“service edit” needs the service's name or id.</source>
        <translation>«service edit» richiede il nome o l'ID del servizio.</translation>
    </message>
    <message>
        <source>Offers a service again.</source>
        <translation>Rimette in offerta un servizio.</translation>
    </message>
    <message>
        <source>Stops offering a service; its usage history stays.</source>
        <translation>Smette di offrire un servizio; lo storico dei suoi utilizzi resta.</translation>
    </message>
    <message>
        <source>“%1” needs the service's name or id.</source>
        <translation>«%1» richiede il nome o l'ID del servizio.</translation>
    </message>
    <message>
        <source>Lists the service catalog.</source>
        <translation>Elenca il catalogo dei servizi.</translation>
    </message>
    <message>
        <source>Include services no longer offered.</source>
        <translation>Includi i servizi non più offerti.</translation>
    </message>
    <message>
        <source>“service list” takes no arguments.</source>
        <translation>«service list» non accetta argomenti.</translation>
    </message>
    <message>
        <source>No services yet. Add one with: minuta-cli service add --name NAME --unit UNIT --price PRICE</source>
        <translation>Ancora nessun servizio. Aggiungine uno con: minuta-cli service add --name NAME --unit UNIT --price PRICE</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <source>Sets a client's own price for a service, in the client's currency ("none" removes it).</source>
        <translation>Imposta un prezzo specifico del cliente per un servizio, nella valuta del cliente ("none" lo rimuove).</translation>
    </message>
    <message>
        <source>The service, by name or id.</source>
        <translation>Il servizio, per nome o ID.</translation>
    </message>
    <message>
        <source>The price per unit, or "none".</source>
        <translation>Il prezzo per unità, oppure "none".</translation>
    </message>
    <message>
        <source>“service price” needs --client, --service and --price.</source>
        <translation>«service price» richiede --client, --service e --price.</translation>
    </message>
    <message>
        <source>%1 pays %2 %3 per %4 for %5.</source>
        <translation>Per %5, %1 paga %2 %3 a %4.</translation>
    </message>
    <message>
        <source>%1 pays the catalog price for %2.</source>
        <translation>Per %2, %1 paga il prezzo di catalogo.</translation>
    </message>
    <message>
        <source>Usage %1: %2 × %3 (%4) for %5, %6 %7</source>
        <translation>Utilizzo %1: %2 × %3 (%4) per %5, %6 %7</translation>
    </message>
    <message>
        <source>Logs units of a service used by a client.</source>
        <translation>Registra le unità di un servizio usate da un cliente.</translation>
    </message>
    <message>
        <source>How many units, up to three decimals (12, 1.5).</source>
        <translation>Quante unità, fino a tre decimali (12, 1.5).</translation>
    </message>
    <message>
        <source>When (default: now), such as 2026-11-02T09:00.</source>
        <translation>Quando (predefinito: adesso), ad esempio 2026-11-02T09:00.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Una nota.</translation>
    </message>
    <message>
        <source>“usage add” takes options only.</source>
        <translation>«usage add» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“usage add” needs --client, --service and --qty.</source>
        <translation>«usage add» richiede --client, --service e --qty.</translation>
    </message>
    <message>
        <source>Lists logged usage. Dates are inclusive.</source>
        <translation>Elenca gli utilizzi registrati. Le date sono incluse.</translation>
    </message>
    <message>
        <source>Only this client's usage.</source>
        <translation>Solo gli utilizzi di questo cliente.</translation>
    </message>
    <message>
        <source>“usage list” takes options only.</source>
        <translation>«usage list» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>No usage logged.</source>
        <translation>Nessun utilizzo registrato.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Deletes logged usage.</source>
        <translation>Elimina un utilizzo registrato.</translation>
    </message>
    <message>
        <source>“usage delete” needs the usage's id.</source>
        <translation>«usage delete» richiede l'ID dell'utilizzo.</translation>
    </message>
    <message>
        <source>Deleted usage %1.</source>
        <translation>Utilizzo %1 eliminato.</translation>
    </message>
    <message>
        <source>Add a service to the catalog.</source>
        <translation>Aggiungi un servizio al catalogo.</translation>
    </message>
    <message>
        <source>List the catalog.</source>
        <translation>Elenca il catalogo.</translation>
    </message>
    <message>
        <source>Change a service.</source>
        <translation>Modifica un servizio.</translation>
    </message>
    <message>
        <source>Stop offering a service.</source>
        <translation>Smetti di offrire un servizio.</translation>
    </message>
    <message>
        <source>Offer a service again.</source>
        <translation>Rimetti in offerta un servizio.</translation>
    </message>
    <message>
        <source>Set a client's own price.</source>
        <translation>Imposta un prezzo specifico per un cliente.</translation>
    </message>
    <message>
        <source>Log units of a service.</source>
        <translation>Registra le unità di un servizio.</translation>
    </message>
    <message>
        <source>List logged usage.</source>
        <translation>Elenca gli utilizzi registrati.</translation>
    </message>
    <message>
        <source>Delete logged usage.</source>
        <translation>Elimina un utilizzo registrato.</translation>
    </message>
    <message>
        <source>The business's currency.</source>
        <translation>La valuta dell'attività.</translation>
    </message>
    <message>
        <source>Default hourly rate, or "none".</source>
        <translation>Tariffa oraria predefinita, oppure "none".</translation>
    </message>
    <message>
        <source>Billing increment of new clients, in minutes.</source>
        <translation>Scatto di fatturazione dei nuovi clienti, in minuti.</translation>
    </message>
    <message>
        <source>Rounding of new clients: up, nearest or down.</source>
        <translation>Arrotondamento dei nuovi clienti: up, nearest o down.</translation>
    </message>
    <message>
        <source>Minimum minutes per entry of new clients.</source>
        <translation>Minuti minimi per voce dei nuovi clienti.</translation>
    </message>
    <message>
        <source>Payment terms of new clients, in days.</source>
        <translation>Termini di pagamento dei nuovi clienti, in giorni.</translation>
    </message>
    <message>
        <source>Invoice language of new clients: en or it.</source>
        <translation>Lingua delle fatture dei nuovi clienti: en o it.</translation>
    </message>
    <message>
        <source>Hours after which a running timer is flagged.</source>
        <translation>Ore dopo le quali un timer in corso viene segnalato.</translation>
    </message>
    <message>
        <source>Shows the business defaults stored in the file, or changes those given.</source>
        <translation>Mostra le impostazioni predefinite dell'attività salvate nel file, o modifica quelle indicate.</translation>
    </message>
    <message>
        <source>“settings” takes options only.</source>
        <translation>«settings» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>--rounding: write up, nearest or down.</source>
        <translation>--rounding: scrivi up, nearest o down.</translation>
    </message>
    <message>
        <source>Currency:          %1</source>
        <translation>Valuta:              %1</translation>
    </message>
    <message>
        <source>Default rate:      %1</source>
        <translation>Tariffa predefinita: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>New clients:       %1-minute increment, rounded %2, minimum %3 min, %4 days to pay, invoices in %5</source>
        <translation>Nuovi clienti:       scatto di %1 min, arrotondamento %2, minimo %3 min, pagamento a %4 giorni, fatture in lingua %5</translation>
    </message>
    <message>
        <source>Entry %1: %2, %3 %4–%5 (%6)%7</source>
        <translation>Voce %1: %2, %3 %4–%5 (%6)%7</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>Starts the timer for a client; a running timer is stopped first (a switch).</source>
        <translation>Avvia il timer per un cliente; un eventuale timer in corso viene prima fermato (cambio).</translation>
    </message>
    <message>
        <source>What kind of work (Email, Calls…).</source>
        <translation>Che tipo di lavoro (Email, Chiamate…).</translation>
    </message>
    <message>
        <source>A description of the work.</source>
        <translation>Una descrizione del lavoro.</translation>
    </message>
    <message>
        <source>“timer start” takes options only.</source>
        <translation>«timer start» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“timer start” needs --client.</source>
        <translation>«timer start» richiede --client.</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>Timer di %1 fermato dopo %2.</translation>
    </message>
    <message>
        <source>Timer running for %1 since %2.</source>
        <translation>Timer in corso per %1 dalle %2.</translation>
    </message>
    <message>
        <source>Stops the running timer, now or at the time you finished.</source>
        <translation>Ferma il timer in corso, adesso o all'ora in cui hai finito.</translation>
    </message>
    <message>
        <source>When the work ended, such as 2026-11-02T18:00.</source>
        <translation>Quando è finito il lavoro, ad esempio 2026-11-02T18:00.</translation>
    </message>
    <message>
        <source>“timer stop” takes no arguments.</source>
        <translation>«timer stop» non accetta argomenti.</translation>
    </message>
    <message>
        <source>The timer ran for less than a second; nothing was logged.</source>
        <translation>Il timer è andato per meno di un secondo; non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>Throws the running timer away.</source>
        <translation>Scarta il timer in corso.</translation>
    </message>
    <message>
        <source>“timer discard” takes no arguments.</source>
        <translation>«timer discard» non accetta argomenti.</translation>
    </message>
    <message>
        <source>Discarded the timer for %1.</source>
        <translation>Timer di %1 scartato.</translation>
    </message>
    <message>
        <source>Says whether a timer runs, for whom and for how long.</source>
        <translation>Indica se c'è un timer in corso, per chi e da quanto tempo.</translation>
    </message>
    <message>
        <source>“timer status” takes no arguments.</source>
        <translation>«timer status» non accetta argomenti.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Nessun timer in corso.</translation>
    </message>
    <message>
        <source>Running for %1 since %2 %3: %4</source>
        <translation>In corso per %1 dal %2 alle %3: %4</translation>
    </message>
    <message>
        <source>Logs work done without the timer.</source>
        <translation>Registra lavoro svolto senza il timer.</translation>
    </message>
    <message>
        <source>When the work started, such as 2026-11-02T09:00.</source>
        <translation>Quando è iniziato il lavoro, ad esempio 2026-11-02T09:00.</translation>
    </message>
    <message>
        <source>When it ended.</source>
        <translation>Quando è finito.</translation>
    </message>
    <message>
        <source>Or how long it lasted.</source>
        <translation>Oppure quanto è durato.</translation>
    </message>
    <message>
        <source>What kind of work.</source>
        <translation>Che tipo di lavoro.</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>Una descrizione.</translation>
    </message>
    <message>
        <source>Not to be billed.</source>
        <translation>Da non fatturare.</translation>
    </message>
    <message>
        <source>An hourly rate for this entry only, such as 45.00.</source>
        <translation>Una tariffa oraria solo per questa voce, ad esempio 45.00.</translation>
    </message>
    <message>
        <source>“log” takes options only.</source>
        <translation>«log» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“log” needs --client and --start.</source>
        <translation>«log» richiede --client e --start.</translation>
    </message>
    <message>
        <source>“log” needs either --end or --minutes.</source>
        <translation>«log» richiede --end oppure --minutes.</translation>
    </message>
    <message>
        <source>Lists time entries with their total. Dates are inclusive.</source>
        <translation>Elenca le voci del registro ore con il totale. Le date sono incluse.</translation>
    </message>
    <message>
        <source>Only this client's entries.</source>
        <translation>Solo le voci di questo cliente.</translation>
    </message>
    <message>
        <source>From this day, such as 2026-11-01.</source>
        <translation>Da questo giorno, ad esempio 2026-11-01.</translation>
    </message>
    <message>
        <source>“entries” takes options only.</source>
        <translation>«entries» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to è prima di --from.</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Nessuna voce.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fatturabile</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>fatturata</translation>
    </message>
    <message>
        <source>%1 entries, %2 worked, %3 billable.</source>
        <translation>Voci: %1, ore lavorate: %2, ore fatturabili: %3.</translation>
    </message>
    <message>
        <source>Changes a time entry; fields not given stay as they are.</source>
        <translation>Modifica una voce del registro ore; i campi non indicati restano invariati.</translation>
    </message>
    <message>
        <source>Move it to another client.</source>
        <translation>Spostala su un altro cliente.</translation>
    </message>
    <message>
        <source>New start.</source>
        <translation>Nuovo inizio.</translation>
    </message>
    <message>
        <source>New end.</source>
        <translation>Nuova fine.</translation>
    </message>
    <message>
        <source>New length, from the start.</source>
        <translation>Nuova durata, dall'inizio.</translation>
    </message>
    <message>
        <source>Task.</source>
        <translation>Attività.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Descrizione.</translation>
    </message>
    <message>
        <source>To be billed.</source>
        <translation>Da fatturare.</translation>
    </message>
    <message>
        <source>Hourly rate for this entry, or "none" for the client's.</source>
        <translation>Tariffa oraria per questa voce, oppure "none" per quella del cliente.</translation>
    </message>
    <message>
        <source>“entry edit” needs the entry's id.</source>
        <translation>«entry edit» richiede l'ID della voce.</translation>
    </message>
    <message>
        <source>Give --end or --minutes, not both.</source>
        <translation>Indica --end oppure --minutes, non entrambi.</translation>
    </message>
    <message>
        <source>Give --billable or --non-billable, not both.</source>
        <translation>Indica --billable oppure --non-billable, non entrambi.</translation>
    </message>
    <message>
        <source>Deletes a time entry.</source>
        <translation>Elimina una voce del registro ore.</translation>
    </message>
    <message>
        <source>Shows a time entry.</source>
        <translation>Mostra una voce del registro ore.</translation>
    </message>
    <message>
        <source>“%1” needs the entry's id.</source>
        <translation>«%1» richiede l'ID della voce.</translation>
    </message>
    <message>
        <source>Deleted entry %1 (%2, %3).</source>
        <translation>Voce %1 eliminata (%2, %3).</translation>
    </message>
    <message>
        <source>Start (or switch) the timer.</source>
        <translation>Avvia (o cambia) il timer.</translation>
    </message>
    <message>
        <source>Stop the running timer.</source>
        <translation>Ferma il timer in corso.</translation>
    </message>
    <message>
        <source>Throw the running timer away.</source>
        <translation>Scarta il timer in corso.</translation>
    </message>
    <message>
        <source>Show the running timer.</source>
        <translation>Mostra il timer in corso.</translation>
    </message>
    <message>
        <source>Show a time entry.</source>
        <translation>Mostra una voce del registro ore.</translation>
    </message>
    <message>
        <source>Change a time entry.</source>
        <translation>Modifica una voce del registro ore.</translation>
    </message>
    <message>
        <source>Delete a time entry.</source>
        <translation>Elimina una voce del registro ore.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>minuta::cli::Cli</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Stampa JSON per gli script.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Usage: minuta-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>Uso: minuta-cli [--db PERCORSO] [--json] COMANDO [OPZIONI]</translation>
    </message>
    <message>
        <source>Minuta's command line: the same file as the desktop app, for scripts and power users.</source>
        <translation>La riga di comando di Minuta: lo stesso file dell'app, per script e utenti esperti.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>The Minuta file to use (default: %1).</source>
        <translation>Il file di Minuta da usare (predefinito: %1).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>“minuta-cli COMMAND --help” shows the options of a command.</source>
        <translation>«minuta-cli COMANDO --help» mostra le opzioni di un comando.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db richiede il nome di un file.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Opzione sconosciuta «%1».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando sconosciuto «%1».</translation>
    </message>
    <message>
        <source>Show the file, its format version and its row counts.</source>
        <translation>Mostra il file, la versione del formato e il numero di righe.</translation>
    </message>
    <message>
        <source>Show or change the business defaults.</source>
        <translation>Mostra o modifica le impostazioni predefinite dell'attività.</translation>
    </message>
    <message>
        <source>Add, list, show, edit and archive clients.</source>
        <translation>Aggiungi, elenca, mostra, modifica e archivia i clienti.</translation>
    </message>
    <message>
        <source>Start, stop, discard the timer, or see its status.</source>
        <translation>Avvia, ferma o scarta il timer, oppure controllane lo stato.</translation>
    </message>
    <message>
        <source>Log work done without the timer.</source>
        <translation>Registra lavoro svolto senza il timer.</translation>
    </message>
    <message>
        <source>List time entries with their total.</source>
        <translation>Elenca le voci del registro ore con il totale.</translation>
    </message>
    <message>
        <source>Show, edit or delete a time entry.</source>
        <translation>Mostra, modifica o elimina una voce del registro ore.</translation>
    </message>
    <message>
        <source>Keep the catalog of pay-per-use services.</source>
        <translation>Gestisci il catalogo dei servizi a consumo.</translation>
    </message>
    <message>
        <source>Log, list and delete units of services used.</source>
        <translation>Registra, elenca ed elimina le unità di servizi utilizzate.</translation>
    </message>
    <message>
        <source>Show a client's unbilled work, priced.</source>
        <translation>Mostra il lavoro non fatturato di un cliente, con i prezzi.</translation>
    </message>
    <message>
        <source>Times are local ISO 8601 (2026-11-02T09:00), dates 2026-11-02, money with a dot (30.00).</source>
        <translation>Gli orari sono ISO 8601 locali (2026-11-02T09:00), le date 2026-11-02, gli importi con il punto (30.00).</translation>
    </message>
</context>
<context>
    <name>minuta::cli::Context</name>
    <message>
        <source>minuta-cli: %1</source>
        <translation>minuta-cli: %1</translation>
    </message>
    <message>
        <source>Usage: minuta-cli [--db PATH] %1 COMMAND [OPTIONS]</source>
        <translation>Uso: minuta-cli [--db PERCORSO] %1 COMANDO [OPZIONI]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>“minuta-cli %1 COMMAND --help” shows the options of a command.</source>
        <translation>«minuta-cli %1 COMANDO --help» mostra le opzioni di un comando.</translation>
    </message>
    <message>
        <source>“%1” needs a command.</source>
        <translation>«%1» richiede un comando.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Comando sconosciuto «%1 %2».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attenzione: %1</translation>
    </message>
    <message>
        <source>The Minuta file to use.</source>
        <translation>Il file di Minuta da usare.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Stampa JSON per gli script.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Usage: minuta-cli [--db PATH] %1</source>
        <translation>Uso: minuta-cli [--db PERCORSO] %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number from %3 to %4.</source>
        <translation>%1: «%2» deve essere un numero intero da %3 a %4.</translation>
    </message>
    <message>
        <source>“%1” is not an id.</source>
        <translation>«%1» non è un ID.</translation>
    </message>
    <message>
        <source>%1: write yes or no, not “%2”.</source>
        <translation>%1: scrivi yes o no, non «%2».</translation>
    </message>
</context>
<context>
    <name>minuta::cli::SettingsCommands</name>
    <message numerus="yes">
        <source>Timer flagged after %n hour(s)</source>
        <translation><numerusform>Timer segnalato dopo %n ora</numerusform><numerusform>Timer segnalato dopo %n ore</numerusform></translation>
    </message>
</context>
<context>
    <name>minuta::cli::TimeCommands</name>
    <message numerus="yes">
        <source>the timer has run longer than %n hour(s); did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</source>
        <translation><numerusform>il timer è in corso da più di %n ora; hai dimenticato di fermarlo? «minuta-cli timer stop --at TIME» lo ferma all'ora in cui hai davvero finito.</numerusform><numerusform>il timer è in corso da più di %n ore; hai dimenticato di fermarlo? «minuta-cli timer stop --at TIME» lo ferma all'ora in cui hai davvero finito.</numerusform></translation>
    </message>
</context>
<context>
    <name>minuta::decimal</name>
    <message>
        <source>“%1” is not a valid amount.</source>
        <translation>«%1» non è un importo valido.</translation>
    </message>
    <message>
        <source>“%1” is not a valid quantity.</source>
        <translation>«%1» non è una quantità valida.</translation>
    </message>
    <message>
        <source>“%1” is not a valid percentage.</source>
        <translation>«%1» non è una percentuale valida.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number.</source>
        <translation>«%1» non è un numero valido.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>«%1» è troppo grande.</translation>
    </message>
    <message>
        <source>“%1” has decimals, but only whole numbers are allowed here.</source>
        <translation>«%1» ha dei decimali, ma qui sono ammessi solo numeri interi.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>«%1» ha più di %n decimale.</numerusform>
            <numerusform>«%1» ha più di %n decimali.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>L'importo è vuoto.</translation>
    </message>
    <message>
        <source>The quantity is empty.</source>
        <translation>La quantità è vuota.</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>Il numero è vuoto.</translation>
    </message>
    <message>
        <source>“%1” is negative; only zero or more is allowed here.</source>
        <translation>«%1» è negativo; qui sono ammessi solo valori da zero in su.</translation>
    </message>
</context>
<context>
    <name>minuta::sql</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database reported an error</source>
        <translation>Il database ha segnalato un errore</translation>
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation>Il database non ha restituito alcuna riga.</translation>
    </message>
</context>
<context>
    <name>minuta::timeutil</name>
    <message>
        <source>“%1” is not a date and time; write it as 2026-11-02T09:00.</source>
        <translation>«%1» non è una data con ora; scrivila come 2026-11-02T09:00.</translation>
    </message>
    <message>
        <source>%1 does not exist in your time zone: the clocks changed at that time.</source>
        <translation>%1 non esiste nel tuo fuso orario: a quell'ora è cambiata l'ora legale.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-11-02.</source>
        <translation>«%1» non è una data; scrivila come 2026-11-02.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::AboutDialog</name>
    <message>
        <source>About Minuta</source>
        <translation>Informazioni su Minuta</translation>
    </message>
    <message>
        <source>Minuta %1</source>
        <translation>Minuta %1</translation>
    </message>
    <message>
        <source>Time, usage and invoices for freelance virtual assistants. Your data stays in one file on this computer.</source>
        <translation>Ore, servizi e fatture per assistenti virtuali freelance. I tuoi dati restano in un solo file su questo computer.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href="%1"&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2).</source>
        <translation>Software libero sotto la &lt;a href="%1"&gt;GNU General Public License&lt;/a&gt;, versione 3 o successiva (%2).</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilato con Qt %1, in esecuzione su Qt %2.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::MainWindow</name>
    <message>
        <source>No time logged yet</source>
        <translation>Nessuna ora registrata</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Ancora nessun cliente</translation>
    </message>
    <message>
        <source>No services yet</source>
        <translation>Ancora nessun servizio</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Ancora nessuna fattura</translation>
    </message>
    <message>
        <source>Nothing planned or logged yet</source>
        <translation>Niente di pianificato o registrato</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation>Ancora niente da riepilogare</translation>
    </message>
    <message>
        <source>The time you track with the timer or enter by hand will be listed here, day by day, with what is billable and what is already billed.</source>
        <translation>Le ore che registri con il timer o a mano compariranno qui, giorno per giorno, con ciò che è fatturabile e ciò che è già fatturato.</translation>
    </message>
    <message>
        <source>The people and companies you work for will be listed here, with their rates and the work not billed yet.</source>
        <translation>Le persone e le aziende per cui lavori compariranno qui, con le loro tariffe e il lavoro non ancora fatturato.</translation>
    </message>
    <message>
        <source>Services billed per use, such as calls answered or pages scanned, will be listed here with the units you log for each client.</source>
        <translation>I servizi fatturati a consumo, come chiamate gestite o pagine scansionate, compariranno qui con le unità registrate per ogni cliente.</translation>
    </message>
    <message>
        <source>The invoices you make from unbilled work will be listed here, with their status and the amount still due.</source>
        <translation>Le fatture create dal lavoro non fatturato compariranno qui, con il loro stato e l'importo ancora dovuto.</translation>
    </message>
    <message>
        <source>Your workload will appear here, day by day and week by week, once you log time or plan work.</source>
        <translation>Il tuo carico di lavoro comparirà qui, giorno per giorno e settimana per settimana, quando registrerai ore o pianificherai attività.</translation>
    </message>
    <message>
        <source>Hours, revenue and unpaid invoices per client and month will appear here once you log time.</source>
        <translation>Ore, ricavi e fatture non pagate per cliente e per mese compariranno qui quando registrerai delle ore.</translation>
    </message>
    <message>
        <source>Time log</source>
        <translation>Registro ore</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Resoconti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Nuovo file…</translation>
    </message>
    <message>
        <source>Start a new, empty Minuta file (%1)</source>
        <translation>Crea un nuovo file di Minuta vuoto (%1)</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Apri file…</translation>
    </message>
    <message>
        <source>Open another Minuta file (%1)</source>
        <translation>Apri un altro file di Minuta (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Minuta</source>
        <translation>&amp;Informazioni su Minuta</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Nessun timer in corso</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Nessun file aperto</translation>
    </message>
    <message>
        <source>Minuta keeps your clients, time and invoices in one file on this computer. Start a new file, or open one you already have.</source>
        <translation>Minuta conserva clienti, ore e fatture in un solo file su questo computer. Crea un nuovo file, oppure aprine uno che hai già.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <source>The file was upgraded to the new format; a copy of the old one is in %1.</source>
        <translation>Il file è stato aggiornato al nuovo formato; una copia di quello vecchio si trova in %1.</translation>
    </message>
    <message>
        <source>The Minuta file you are working in</source>
        <translation>Il file di Minuta su cui stai lavorando</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Nessun file aperto</translation>
    </message>
    <message>
        <source>New Minuta File</source>
        <translation>Nuovo file di Minuta</translation>
    </message>
    <message>
        <source>minuta.sqlite</source>
        <translation>minuta.sqlite</translation>
    </message>
    <message>
        <source>Minuta files (*.sqlite)</source>
        <translation>File di Minuta (*.sqlite)</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>Il file esiste già</translation>
    </message>
    <message>
        <source>“%1” already exists. Minuta opens it as it is rather than replacing it with an empty file.</source>
        <translation>«%1» esiste già. Minuta lo apre così com'è invece di sostituirlo con un file vuoto.</translation>
    </message>
    <message>
        <source>Open Minuta File</source>
        <translation>Apri file di Minuta</translation>
    </message>
    <message>
        <source>Minuta files (*.sqlite);;All files (*)</source>
        <translation>File di Minuta (*.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nessun file recente</translation>
    </message>
</context>
<context>
    <name>minuta::validation</name>
    <message numerus="yes">
        <source>%1 can be at most %n character(s) long.</source>
        <translation><numerusform>%1 può contenere al massimo %n carattere.</numerusform><numerusform>%1 può contenere al massimo %n caratteri.</numerusform></translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1 contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 non può mancare.</translation>
    </message>
</context>
</TS>