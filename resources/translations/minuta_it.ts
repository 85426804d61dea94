<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Idle time never asked about</source>
        <translation>Tempo di inattività: non si chiede mai</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
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
    <message>
        <source>A Minuta file to open, as --db does; or a CSV of time entries to import into the file open.</source>
        <translation>Un file di Minuta da aprire, come fa --db; oppure un CSV di voci di tempo da importare nel file aperto.</translation>
    </message>
</context>
<context>
    <name>minuta::BusinessProfile</name>
    <message>
        <source>The business name</source>
        <translation>Il nome dell'attività</translation>
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
        <source>The email address</source>
        <translation>L'indirizzo email</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Il numero di telefono</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use two letters, such as IT or GB.</source>
        <translation>«%1» non è un codice paese; usa due lettere, come IT o GB.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Italian VAT number: check the 11 digits.</source>
        <translation>«%1» non è una partita IVA italiana valida: controlla le 11 cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Italian fiscal code.</source>
        <translation>«%1» non è un codice fiscale italiano valido.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IBAN: check the letters and digits.</source>
        <translation>«%1» non è un IBAN valido: controlla lettere e cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a BIC; it has 8 or 11 letters and digits.</source>
        <translation>«%1» non è un BIC: deve avere 8 o 11 tra lettere e cifre.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» non è un indirizzo email.</translation>
    </message>
    <message>
        <source>The pension contribution is between 0 and 100 %.</source>
        <translation>La rivalsa previdenziale deve essere tra 0 e 100%.</translation>
    </message>
    <message>
        <source>The service description in English</source>
        <translation>La descrizione del servizio in inglese</translation>
    </message>
    <message>
        <source>The service description in Italian</source>
        <translation>La descrizione del servizio in italiano</translation>
    </message>
    <message>
        <source>The state or province</source>
        <translation>Lo stato o la provincia</translation>
    </message>
    <message>
        <source>The QST number</source>
        <translation>Il numero QST</translation>
    </message>
    <message>
        <source>The UPI id</source>
        <translation>L'ID UPI</translation>
    </message>
    <message>
        <source>The other ways to pay</source>
        <translation>Gli altri modi di pagamento</translation>
    </message>
    <message>
        <source>“%1” is not a SAC code; it has 6 digits, such as 998599.</source>
        <translation>“%1” non è un codice SAC; ha 6 cifre, come 998599.</translation>
    </message>
    <message>
        <source>“%1” is not a sort code; it has 6 digits, such as 12-34-56.</source>
        <translation>“%1” non è un sort code; ha 6 cifre, come 12-34-56.</translation>
    </message>
    <message>
        <source>“%1” is not an account number; use 4 to 34 letters and digits.</source>
        <translation>“%1” non è un numero di conto; usa da 4 a 34 lettere e cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a routing number: it has 9 digits and a check digit.</source>
        <translation>“%1” non è un routing number: ha 9 cifre e una cifra di controllo.</translation>
    </message>
    <message>
        <source>“%1” is not an institution number; it has 3 digits.</source>
        <translation>“%1” non è un institution number; ha 3 cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a transit number; it has 5 digits.</source>
        <translation>“%1” non è un transit number; ha 5 cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a BSB; it has 6 digits, such as 062-000.</source>
        <translation>“%1” non è un BSB; ha 6 cifre, come 062-000.</translation>
    </message>
    <message>
        <source>“%1” is not an IFSC; it has 4 letters, a zero and 6 letters or digits.</source>
        <translation>“%1” non è un IFSC; ha 4 lettere, uno zero e 6 lettere o cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a UPI id, such as name@bank.</source>
        <translation>“%1” non è un ID UPI, come nome@banca.</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>Il CAP</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Il comune</translation>
    </message>
    <message>
        <source>“%1” is not an Italian postcode (CAP): five digits, such as 40126.</source>
        <translation>«%1» non è un CAP italiano: cinque cifre, come 40126.</translation>
    </message>
</context>
<context>
    <name>minuta::BusinessRepository</name>
    <message>
        <source>“{%1}” is not part of a number pattern; use {YYYY}, {YY}, {MM}, {N} or {N:3}.</source>
        <translation>«{%1}» non è un elemento valido dello schema di numerazione; usa {YYYY}, {YY}, {MM}, {N} o {N:3}.</translation>
    </message>
    <message>
        <source>A number pattern needs exactly one {N} (or {N:3} for 001).</source>
        <translation>Uno schema di numerazione deve contenere esattamente un {N} (o {N:3} per 001).</translation>
    </message>
    <message>
        <source>A number pattern needs the year ({YYYY} or {YY}): numbers start again each year.</source>
        <translation>Uno schema di numerazione deve contenere l'anno ({YYYY} o {YY}): la numerazione riparte ogni anno.</translation>
    </message>
    <message>
        <source>A number pattern may hold letters, digits, / - _ . and spaces, up to 40 characters.</source>
        <translation>Uno schema di numerazione può contenere lettere, cifre, / - _ . e spazi, fino a 40 caratteri.</translation>
    </message>
    <message>
        <source>There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.</source>
        <translation>Il profilo fiscale «%1» non esiste; per l'elenco usa «minuta-cli tax-profiles».</translation>
    </message>
    <message>
        <source>The logo file is empty.</source>
        <translation>Il file del logo è vuoto.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>Il logo supera i 2 MB; usa un'immagine più piccola.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Il logo deve essere un'immagine PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>The logo image cannot be read: %1</source>
        <translation>Impossibile leggere l'immagine del logo: %1</translation>
    </message>
    <message>
        <source>The logo is missing from the file.</source>
        <translation>Il logo non è presente nel file.</translation>
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
    <message>
        <source>The recipient code (codice destinatario) has 7 letters and digits, or 6 for public bodies.</source>
        <translation>Il codice destinatario è composto da 7 caratteri tra lettere e cifre, o da 6 per la pubblica amministrazione.</translation>
    </message>
    <message>
        <source>The state or province</source>
        <translation>Lo stato o la provincia</translation>
    </message>
    <message>
        <source>“%1” is not a valid GSTIN: 15 letters and digits ending in a check character.</source>
        <translation>“%1” non è un GSTIN valido: 15 lettere e cifre che terminano con un carattere di controllo.</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>Il CAP</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Il comune</translation>
    </message>
    <message>
        <source>“%1” is not an Italian postcode (CAP): five digits, such as 40126.</source>
        <translation>«%1» non è un CAP italiano: cinque cifre, come 40126.</translation>
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
    <message>
        <source>There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.</source>
        <translation>Il profilo fiscale «%1» non esiste; per l'elenco usa «minuta-cli tax-profiles».</translation>
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
    <message>
        <source>Daily copy</source>
        <translation>Copia giornaliera</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Fatta su richiesta</translation>
    </message>
    <message>
        <source>Before the upgrade to file format %1</source>
        <translation>Prima dell'aggiornamento al formato %1</translation>
    </message>
    <message>
        <source>What the file held before a restore</source>
        <translation>Il contenuto del file prima di un ripristino</translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation>esiste già un file con questo nome</translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation>Non è stato indicato il file per il backup.</translation>
    </message>
    <message>
        <source>“%1” is the file itself, not a copy of it.</source>
        <translation>“%1” è il file stesso, non una sua copia.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be restored.</source>
        <translation>“%1” è danneggiato e non può essere ripristinato.</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not a Minuta file.</source>
        <translation>“%1” è un database SQLite, ma non un file di Minuta.</translation>
    </message>
    <message>
        <source>Another program is reading “%1”. Close it and restore again; nothing was changed.</source>
        <translation>Un altro programma sta leggendo “%1”. Chiudilo e ripeti il ripristino; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>The file as it was when it could not be opened</source>
        <translation>Il file com'era quando non si poteva aprire</translation>
    </message>
    <message>
        <source>“%1” is open in another Minuta program. Close it there and restore again; nothing was changed.</source>
        <translation>“%1” è aperto in un altro programma di Minuta. Chiudilo lì e ripeti il ripristino; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>“%1” could not be moved into the backup folder; nothing was changed.</source>
        <translation>Non è stato possibile spostare “%1” nella cartella dei backup; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another program, not a Minuta file. Minuta leaves it as it is.</source>
        <translation>«%1» è un database SQLite di un altro programma, non un file di Minuta. Minuta lo lascia com'è.</translation>
    </message>
    <message>
        <source>“%1” is empty, so it is not a Minuta file yet. Minuta leaves it as it is: choose File ▸ New File… to make it one.</source>
        <translation>«%1» è vuoto, quindi non è ancora un file di Minuta. Minuta lo lascia com'è: per farne uno scegli File ▸ Nuovo file…</translation>
    </message>
    <message>
        <source>“%1” is damaged, so Minuta does not upgrade it. What could still be read of it is in “%2”; restore a whole copy with File ▸ Backups and Restore….</source>
        <translation>«%1» è danneggiato, quindi Minuta non lo aggiorna. Ciò che se ne poteva ancora leggere è in «%2»; ripristina una copia integra con File ▸ Backup e ripristino…</translation>
    </message>
    <message>
        <source>“%1” is damaged (SQLite reports: %2), so Minuta writes nothing to it. Restore a copy with File ▸ Backups and Restore…, or with “minuta-cli backup restore”; “minuta-cli backup create” still copies what can be read.</source>
        <translation>«%1» è danneggiato (SQLite segnala: %2), quindi Minuta non vi scrive nulla. Ripristina una copia con File ▸ Backup e ripristino…, oppure con «minuta-cli backup restore»; «minuta-cli backup create» copia comunque ciò che si può ancora leggere.</translation>
    </message>
    <message>
        <source>The permissions of “%1” cannot be changed: only its owner can do that.</source>
        <translation>Impossibile cambiare i permessi di «%1»: può farlo solo il suo proprietario.</translation>
    </message>
    <message>
        <source>“%1” cannot be used: the disk that holds it is full. Free some space and try again; nothing was changed.</source>
        <translation>Impossibile usare «%1»: il disco che lo contiene è pieno. Libera un po' di spazio e riprova; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The file is open for reading only.</source>
        <translation>Il file è aperto in sola lettura.</translation>
    </message>
    <message>
        <source>Today's copy was stopped before it was finished; it is made the next time the file opens.</source>
        <translation>La copia di oggi è stata fermata prima della fine; verrà fatta alla prossima apertura del file.</translation>
    </message>
    <message>
        <source>The check of every page was stopped before it was finished.</source>
        <translation>Il controllo di ogni pagina è stato fermato prima della fine.</translation>
    </message>
    <message>
        <source>The copy was stopped before it was finished.</source>
        <translation>La copia è stata fermata prima della fine.</translation>
    </message>
</context>
<context>
    <name>minuta::DemoData</name>
    <message>
        <source>Ask for 1 to 240 months, 1 to 500 clients and up to 20 million entries.</source>
        <translation>Puoi chiedere da 1 a 240 mesi, da 1 a 500 clienti e fino a 20 milioni di voci.</translation>
    </message>
    <message>
        <source>Sample data only goes into an empty file; this one already has clients.</source>
        <translation>I dati di esempio si possono inserire solo in un file vuoto; questo contiene già dei clienti.</translation>
    </message>
    <message>
        <source>Sample work could not be stored</source>
        <translation>Impossibile salvare il lavoro di esempio</translation>
    </message>
    <message>
        <source>Sample usage could not be stored</source>
        <translation>Impossibile salvare gli utilizzi di esempio</translation>
    </message>
</context>
<context>
    <name>minuta::EInvoices</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>A draft is not an e-invoice yet: issue it first, then export it.</source>
        <translation>Una bozza non è ancora una fattura elettronica: prima emettila, poi esportala.</translation>
    </message>
    <message>
        <source>%1 cannot be written as an e-invoice: %2</source>
        <translation>Impossibile scrivere %1 come fattura elettronica: %2</translation>
    </message>
    <message>
        <source>Every progressive number of e-invoice files is used.</source>
        <translation>Tutti i progressivi dei file delle fatture elettroniche sono già usati.</translation>
    </message>
    <message>
        <source>Only an Italian business issues FatturaPA e-invoices: set the business's country to Italy (IT).</source>
        <translation>Solo un'attività italiana emette fatture elettroniche FatturaPA: imposta l'Italia (IT) come paese dell'attività.</translation>
    </message>
    <message>
        <source>The business's VAT number (partita IVA) is missing.</source>
        <translation>Manca la partita IVA dell'attività.</translation>
    </message>
    <message>
        <source>The business's name is missing.</source>
        <translation>Manca il nome dell'attività.</translation>
    </message>
    <message>
        <source>The business's street and number are missing.</source>
        <translation>Mancano via e numero civico dell'attività.</translation>
    </message>
    <message>
        <source>The business's postcode (CAP, five digits) is missing.</source>
        <translation>Manca il CAP (cinque cifre) dell'attività.</translation>
    </message>
    <message>
        <source>The business's city is missing.</source>
        <translation>Manca il comune dell'attività.</translation>
    </message>
    <message>
        <source>The business's tax regime (regime fiscale) “%1” is not one of RF01 to RF19.</source>
        <translation>Il regime fiscale «%1» dell'attività non è uno tra RF01 e RF19.</translation>
    </message>
    <message>
        <source>The tax profile “%1” has more than one tax; an Italian e-invoice has only IVA.</source>
        <translation>Il profilo fiscale «%1» ha più di un'imposta; una fattura elettronica italiana ha solo l'IVA.</translation>
    </message>
    <message>
        <source>The street and number of %1 are missing.</source>
        <translation>Mancano via e numero civico di %1.</translation>
    </message>
    <message>
        <source>The city of %1 is missing.</source>
        <translation>Manca il comune di %1.</translation>
    </message>
    <message>
        <source>The postcode (CAP, five digits) of %1 is missing.</source>
        <translation>Manca il CAP (cinque cifre) di %1.</translation>
    </message>
    <message>
        <source>%1 has neither a VAT number nor a fiscal code.</source>
        <translation>%1 non ha né partita IVA né codice fiscale.</translation>
    </message>
    <message>
        <source>A line bears no tax and says not why (its nature, such as N2.2): set it on the line or in the tax profile.</source>
        <translation>Una riga è senza IVA e non dice perché (la natura, come N2.2): indicala sulla riga o nel profilo fiscale.</translation>
    </message>
    <message>
        <source>An e-invoice's amounts have two decimals; %1 has three.</source>
        <translation>Gli importi di una fattura elettronica hanno due decimali; %1 ne ha tre.</translation>
    </message>
    <message>
        <source>The credit note does not say which invoice it cancels.</source>
        <translation>La nota di credito non indica quale fattura storna.</translation>
    </message>
    <message>
        <source>Issue the invoice first: a draft has no number.</source>
        <translation>Prima emetti la fattura: una bozza non ha numero.</translation>
    </message>
    <message>
        <source>“%1” is not a progressive: five capital letters and digits.</source>
        <translation>«%1» non è un progressivo: cinque tra lettere maiuscole e cifre.</translation>
    </message>
    <message>
        <source>A line's amount is too large for an e-invoice.</source>
        <translation>L'importo di una riga è troppo grande per una fattura elettronica.</translation>
    </message>
</context>
<context>
    <name>minuta::FileLock</name>
    <message>
        <source>“%1” is already open in another Minuta program (process %2). Close it there, or keep working in that window.</source>
        <translation>«%1» è già aperto in un altro programma di Minuta (processo %2). Chiudilo lì, oppure continua a lavorare in quella finestra.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Minuta program. Close it there, or keep working in that window.</source>
        <translation>«%1» è già aperto in un altro programma di Minuta. Chiudilo lì, oppure continua a lavorare in quella finestra.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing: the disk is full.</source>
        <translation>Impossibile aprire «%1» in scrittura: il disco è pieno.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing: its folder does not allow it.</source>
        <translation>Impossibile aprire «%1» in scrittura: la sua cartella non lo consente.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing: %2</source>
        <translation>Impossibile aprire «%1» in scrittura: %2</translation>
    </message>
</context>
<context>
    <name>minuta::ICalendarExport</name>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Scegli un periodo che non finisca prima di iniziare.</translation>
    </message>
    <message>
        <source>Choose a period of up to ten years.</source>
        <translation>Scegli un periodo di al massimo dieci anni.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>minuta::InvoiceLine</name>
    <message>
        <source>The description</source>
        <translation>La descrizione</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>L'unità</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantità deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The price needs a currency.</source>
        <translation>Il prezzo deve avere una valuta.</translation>
    </message>
    <message>
        <source>The price cannot be negative; use the discount instead.</source>
        <translation>Il prezzo non può essere negativo; usa lo sconto.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>L'aliquota deve essere tra 0 e 100%.</translation>
    </message>
</context>
<context>
    <name>minuta::InvoicePdf</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Impossibile avviare la creazione del PDF.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«%1» è una cartella.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>minuta::InvoiceRepository</name>
    <message>
        <source>Draft %1</source>
        <translation>Bozza %1</translation>
    </message>
    <message>
        <source>The invoice is issued, so it can no longer change.</source>
        <translation>La fattura è stata emessa e non può più essere modificata.</translation>
    </message>
    <message>
        <source>“%1” is archived; bring the client back before invoicing them.</source>
        <translation>«%1» è archiviato; ripristina il cliente prima di emettere fatture a suo nome.</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> dal %1 al %2</translation>
    </message>
    <message>
        <source>There is no unbilled work for %1%2.</source>
        <translation>Non c'è lavoro da fatturare per %1%2.</translation>
    </message>
    <message>
        <source>The issue date is not a date.</source>
        <translation>La data di emissione non è una data valida.</translation>
    </message>
    <message>
        <source>Some of this work was billed meanwhile; make the draft again.</source>
        <translation>Nel frattempo parte di questo lavoro è stata fatturata; crea di nuovo la bozza.</translation>
    </message>
    <message>
        <source>Invoice %1 is issued, so it can no longer change.</source>
        <translation>La fattura %1 è stata emessa e non può più essere modificata.</translation>
    </message>
    <message>
        <source>The price must be in the invoice's currency (%1).</source>
        <translation>Il prezzo deve essere nella valuta della fattura (%1).</translation>
    </message>
    <message>
        <source>The invoice has no line %1.</source>
        <translation>La fattura non ha una riga %1.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>La data di scadenza non può precedere la data di emissione.</translation>
    </message>
    <message>
        <source>The discount is between 0 and 100 %.</source>
        <translation>Lo sconto deve essere tra 0 e 100%.</translation>
    </message>
    <message>
        <source>The discount must be zero or more, in %1.</source>
        <translation>Lo sconto deve essere zero o più, in %1.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Il testo delle note</translation>
    </message>
    <message>
        <source>An invoice cannot be dated in the future.</source>
        <translation>Una fattura non può avere una data futura.</translation>
    </message>
    <message>
        <source>The invoice has no lines.</source>
        <translation>La fattura non ha righe.</translation>
    </message>
    <message>
        <source>Fill in your business name (and address) before issuing an invoice.</source>
        <translation>Inserisci il nome (e l'indirizzo) della tua attività prima di emettere una fattura.</translation>
    </message>
    <message>
        <source>The invoice's total is negative.</source>
        <translation>Il totale della fattura è negativo.</translation>
    </message>
    <message>
        <source>The last invoice of %1 is dated %2; this one cannot be dated before it.</source>
        <translation>L'ultima fattura del %1 è datata %2; questa non può avere una data precedente.</translation>
    </message>
    <message>
        <source>The number %1 is already used; change the number pattern in the business profile.</source>
        <translation>Il numero %1 è già in uso; modifica lo schema di numerazione nel profilo dell'attività.</translation>
    </message>
    <message>
        <source>A draft is deleted, not cancelled.</source>
        <translation>Una bozza si elimina, non si storna.</translation>
    </message>
    <message>
        <source>Invoice %1 is already cancelled.</source>
        <translation>La fattura %1 è già stata stornata.</translation>
    </message>
    <message>
        <source>A credit note cannot be cancelled.</source>
        <translation>Una nota di credito non può essere stornata.</translation>
    </message>
    <message>
        <source>The credit note is dated between the invoice's date and today.</source>
        <translation>La data della nota di credito deve essere compresa tra quella della fattura e oggi.</translation>
    </message>
    <message>
        <source>The last credit note of %1 is dated %2; this one cannot be dated before it.</source>
        <translation>L'ultima nota di credito del %1 è datata %2; questa non può avere una data precedente.</translation>
    </message>
    <message>
        <source>Payments are recorded on issued invoices only.</source>
        <translation>I pagamenti si registrano solo sulle fatture emesse.</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>La data del pagamento non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The amount must be more than zero, in %1.</source>
        <translation>L'importo deve essere maggiore di zero, in %1.</translation>
    </message>
    <message>
        <source>The amount is more than what is still due (%1).</source>
        <translation>L'importo supera quanto ancora dovuto (%1).</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation>Non esiste un pagamento con ID %1.</translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation>Non esiste una fattura con ID %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is damaged: its frozen copy cannot be read.</source>
        <translation>La fattura %1 è danneggiata: impossibile leggerne la copia congelata.</translation>
    </message>
    <message>
        <source>The issue date</source>
        <translation>La data di emissione</translation>
    </message>
    <message>
        <source>The payment date cannot be before the invoice's issue date, %1.</source>
        <translation>La data del pagamento non può precedere la data di emissione della fattura, %1.</translation>
    </message>
    <message>
        <source>The payment date</source>
        <translation>La data del pagamento</translation>
    </message>
    <message>
        <source>An invoice in euros has no exchange rate.</source>
        <translation>Una fattura in euro non ha tasso di cambio.</translation>
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation>Il tasso di cambio deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 non ha un indirizzo.</translation>
    </message>
    <message>
        <source>%1 has no VAT number or fiscal code.</source>
        <translation>%1 non ha partita IVA né codice fiscale.</translation>
    </message>
    <message>
        <source>An Italian invoice needs the buyer's address: fill in the address of %1.</source>
        <translation>Una fattura italiana richiede l'indirizzo del committente: inserisci l'indirizzo di %1.</translation>
    </message>
    <message>
        <source>An Italian invoice needs the buyer's VAT number or fiscal code: fill in one for %1.</source>
        <translation>Una fattura italiana richiede la partita IVA o il codice fiscale del committente: inseriscine uno per %1.</translation>
    </message>
    <message>
        <source>Under reverse charge the buyer is a business: fill in the VAT number of %1.</source>
        <translation>Con l'inversione contabile il committente è un'impresa: inserisci la partita IVA di %1.</translation>
    </message>
    <message>
        <source>This invoice is in %1: give the exchange rate of its date, in %1 per euro, so that the taxable amounts and the VAT are also stated in euros.</source>
        <translation>Questa fattura è in %1: indica il tasso di cambio della sua data, in %1 per euro, così che imponibili e IVA siano indicati anche in euro.</translation>
    </message>
    <message>
        <source>Credit note %1 is another client's or in another currency; only %2's credit in %3 pays this invoice.</source>
        <translation>La nota di credito %1 è di un altro cliente o in un'altra valuta; solo il credito di %2 in %3 paga questa fattura.</translation>
    </message>
    <message>
        <source>The credit cannot be used before its credit note's date, %1.</source>
        <translation>Il credito non si può usare prima della data della sua nota di credito, %1.</translation>
    </message>
    <message>
        <source>The amount is more than the credit left on credit note %1 (%2).</source>
        <translation>L'importo supera il credito rimasto sulla nota di credito %1 (%2).</translation>
    </message>
    <message>
        <source>This payment was carried to the credit note when invoice %1 was cancelled; record a refund on the credit note instead.</source>
        <translation>Questo pagamento è passato alla nota di credito quando la fattura %1 è stata annullata; registra invece un rimborso sulla nota di credito.</translation>
    </message>
    <message>
        <source>%1 is not a credit note or a cancelled invoice; only those can owe money back.</source>
        <translation>%1 non è una nota di credito né una fattura annullata; solo queste possono dover restituire denaro.</translation>
    </message>
    <message>
        <source>The refund date cannot be in the future.</source>
        <translation>La data del rimborso non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The refund cannot be dated before credit note %1, of %2.</source>
        <translation>Il rimborso non può essere datato prima della nota di credito %1, del %2.</translation>
    </message>
    <message>
        <source>Credit note %1 owes nothing back to the client.</source>
        <translation>La nota di credito %1 non deve restituire nulla al cliente.</translation>
    </message>
    <message>
        <source>The amount is more than what is still owed back to the client (%1).</source>
        <translation>L'importo supera quanto ancora dovuto al cliente (%1).</translation>
    </message>
    <message>
        <source>There is no refund with id %1.</source>
        <translation>Non esiste un rimborso con id %1.</translation>
    </message>
    <message>
        <source>The electronic invoice could not be written: %1</source>
        <translation>Impossibile scrivere la fattura elettronica: %1</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Scegli un periodo che non finisca prima di iniziare.</translation>
    </message>
    <message>
        <source>Part of this line's work is covered by a prepaid pack on another line; delete the draft and make it again to bill that work differently.</source>
        <translation>Parte del lavoro di questa riga è coperta da un pacchetto prepagato in un'altra riga; elimina la bozza e rifalla per fatturare quel lavoro in un altro modo.</translation>
    </message>
    <message>
        <source>The packs sold on the invoice could not be read.</source>
        <translation>Non è stato possibile leggere i pacchetti venduti nella fattura.</translation>
    </message>
    <message>
        <source>Pack %1 is sold here, and work on other lines or invoices is drawn against it (or it renews into a period sold elsewhere). Close the pack instead, or delete that work's drafts first.</source>
        <translation>Il pacchetto %1 è venduto qui, e su di esso è scalato lavoro di altre righe o fatture (oppure si rinnova in un periodo venduto altrove). Chiudi invece il pacchetto, o elimina prima le bozze di quel lavoro.</translation>
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
    <name>minuta::Pack</name>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 rimasti su %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 left</source>
        <translation>%1 su %2 %3 rimasti</translation>
    </message>
</context>
<context>
    <name>minuta::PackRepository</name>
    <message>
        <source>There is no pack %1.</source>
        <translation>Non esiste il pacchetto %1.</translation>
    </message>
    <message>
        <source>The pack's name</source>
        <translation>Il nome del pacchetto</translation>
    </message>
    <message>
        <source>“%1” is archived; bring the client back before selling them a pack.</source>
        <translation>«%1» è archiviato; ripristina il cliente prima di vendergli un pacchetto.</translation>
    </message>
    <message>
        <source>%1 must be in the client's currency (%2).</source>
        <translation>%1 deve essere nella valuta del cliente (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 non può essere negativo.</translation>
    </message>
    <message>
        <source>A pack covers from 1 minute to 100 years of time.</source>
        <translation>Un pacchetto comprende da 1 minuto a 100 anni di tempo.</translation>
    </message>
    <message>
        <source>A pack covers more than zero units of a service.</source>
        <translation>Un pacchetto comprende più di zero unità di un servizio.</translation>
    </message>
    <message>
        <source>Each service is given once in a pack.</source>
        <translation>Ogni servizio si indica una sola volta in un pacchetto.</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>Non esiste il servizio %1.</translation>
    </message>
    <message>
        <source>The pack's credit</source>
        <translation>Il credito del pacchetto</translation>
    </message>
    <message>
        <source>A pack covers something: minutes of work, units of a service or an amount of money.</source>
        <translation>Un pacchetto comprende qualcosa: minuti di lavoro, unità di un servizio o un importo di denaro.</translation>
    </message>
    <message>
        <source>The pack's price</source>
        <translation>Il prezzo del pacchetto</translation>
    </message>
    <message>
        <source>The pack's first day is not a date.</source>
        <translation>Il primo giorno del pacchetto non è una data.</translation>
    </message>
    <message>
        <source>The pack's first day</source>
        <translation>Il primo giorno del pacchetto</translation>
    </message>
    <message>
        <source>The pack's last day is not before its first.</source>
        <translation>L'ultimo giorno del pacchetto non può precedere il primo.</translation>
    </message>
    <message>
        <source>A retainer's period ends when it renews (%1); it takes no other last day.</source>
        <translation>Il periodo di un canone finisce quando si rinnova (%1); non accetta un altro ultimo giorno.</translation>
    </message>
    <message>
        <source>Only a retainer that renews carries unused minutes over.</source>
        <translation>Solo un canone che si rinnova riporta i minuti non usati.</translation>
    </message>
    <message>
        <source>The rollover cap is a number of minutes, from 0.</source>
        <translation>Il tetto del riporto è un numero di minuti, da 0.</translation>
    </message>
    <message>
        <source>Give the hourly rate that work beyond the pack bills at.</source>
        <translation>Indica la tariffa oraria a cui fatturare il lavoro oltre il pacchetto.</translation>
    </message>
    <message>
        <source>The overage rate</source>
        <translation>La tariffa oltre il pacchetto</translation>
    </message>
    <message>
        <source>The pack is sold on issued invoice %1 and its work has used it; it cannot cover less than that. Cancel the invoice with a credit note to change it.</source>
        <translation>Il pacchetto è venduto con la fattura emessa %1 e il lavoro lo ha già usato; non può comprendere meno di così. Per cambiarlo, annulla la fattura con una nota di credito.</translation>
    </message>
    <message>
        <source>The pack is sold on issued invoice %1; its price is what that invoice says.</source>
        <translation>Il pacchetto è venduto con la fattura emessa %1; il suo prezzo è quello della fattura.</translation>
    </message>
    <message>
        <source>A retainer's later period renews as its first does.</source>
        <translation>I periodi successivi di un canone si rinnovano come il primo.</translation>
    </message>
    <message>
        <source>The pack was closed on %1.</source>
        <translation>Il pacchetto è stato chiuso il %1.</translation>
    </message>
    <message>
        <source>A pack closes on its first day or later.</source>
        <translation>Un pacchetto si chiude dal suo primo giorno in poi.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Scegli un periodo che non finisca prima di cominciare.</translation>
    </message>
    <message>
        <source>A report covers up to a hundred years.</source>
        <translation>Un resoconto copre al massimo cento anni.</translation>
    </message>
    <message>
        <source>A retainer's period ends when it renews.</source>
        <translation>Il periodo di un canone finisce quando si rinnova.</translation>
    </message>
    <message>
        <source>What the client's prepaid packs cover has changed since this draft was made (work, a pack or another invoice changed). Delete the draft and make it again, so that it bills what the packs now leave.</source>
        <translation>Ciò che i pacchetti prepagati del cliente coprono è cambiato da quando è stata creata questa bozza (sono cambiati lavoro, un pacchetto o un'altra fattura). Elimina la bozza e creala di nuovo, così che fatturi ciò che i pacchetti ora lasciano.</translation>
    </message>
    <message>
        <source>It also sells pack %1, which goes with it: sell it again after.</source>
        <translation>Vende anche il pacchetto %1, che verrà eliminato con essa: vendilo di nuovo dopo.</translation>
    </message>
    <message>
        <source>Issued invoices say pack %1 covered work that the change would leave uncovered; it cannot cover less, or other days, than that. Cancel those invoices with a credit note to change it.</source>
        <translation>Fatture emesse indicano che il pacchetto %1 ha coperto lavoro che la modifica lascerebbe scoperto; non può coprire meno di così, né altri giorni. Annulla quelle fatture con una nota di credito per modificarlo.</translation>
    </message>
</context>
<context>
    <name>minuta::PlanRepository</name>
    <message>
        <source>The planned work could not be read</source>
        <translation>Impossibile leggere il lavoro pianificato</translation>
    </message>
    <message>
        <source>Choose the client the work is for.</source>
        <translation>Scegli il cliente per cui è il lavoro.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Il titolo</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Il testo delle note</translation>
    </message>
    <message>
        <source>Say when the work starts.</source>
        <translation>Indica quando inizia il lavoro.</translation>
    </message>
    <message>
        <source>The estimate must be between 1 minute and 24 hours.</source>
        <translation>La stima deve essere tra 1 minuto e 24 ore.</translation>
    </message>
    <message>
        <source>The deadline cannot come before the work starts.</source>
        <translation>La scadenza non può precedere l'inizio del lavoro.</translation>
    </message>
    <message>
        <source>Only repeating work has a last date.</source>
        <translation>Solo il lavoro ricorrente può avere una data di fine.</translation>
    </message>
    <message>
        <source>The repetitions cannot end before the first one.</source>
        <translation>Le ripetizioni non possono terminare prima della prima occorrenza.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Non esiste un cliente con ID %1.</translation>
    </message>
    <message>
        <source>“%1” is archived; bring the client back before planning work for them.</source>
        <translation>«%1» è archiviato; ripristina il cliente prima di pianificare lavoro per suo conto.</translation>
    </message>
    <message>
        <source>The planned work could not be saved</source>
        <translation>Impossibile salvare il lavoro pianificato</translation>
    </message>
    <message>
        <source>There is no planned work with id %1.</source>
        <translation>Non esiste un lavoro pianificato con ID %1.</translation>
    </message>
    <message>
        <source>“%1” does not fall on %2.</source>
        <translation>«%1» non cade il %2.</translation>
    </message>
    <message>
        <source>Every occurrence of “%1” is done already.</source>
        <translation>Tutte le occorrenze di «%1» sono già segnate come fatte.</translation>
    </message>
</context>
<context>
    <name>minuta::RecurringRepository</name>
    <message>
        <source>There is no recurring fee %1.</source>
        <translation>Non esiste il canone fisso %1.</translation>
    </message>
    <message>
        <source>“%1” is archived; bring the client back before billing them a fee.</source>
        <translation>«%1» è archiviato; ripristina il cliente prima di addebitargli un canone.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descrizione</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantità deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The price must be in the client's currency (%1).</source>
        <translation>Il prezzo deve essere nella valuta del cliente (%1).</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Il prezzo non può essere negativo.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>L'aliquota deve essere tra 0 e 100 %.</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Il primo giorno</translation>
    </message>
    <message>
        <source>A fee stays with its client: delete it and add one for the other client.</source>
        <translation>Un canone resta del suo cliente: eliminalo e aggiungine uno per l'altro cliente.</translation>
    </message>
    <message>
        <source>The fee's periods up to the one from %1 are on invoices already, so its first day stays %2. To bill it on other days, end it and add a new fee.</source>
        <translation>I periodi del canone fino a quello dal %1 sono già in fattura, quindi il primo giorno resta %2. Per fatturarlo in altri giorni, chiudilo e aggiungi un nuovo canone.</translation>
    </message>
    <message>
        <source>The fee's periods up to the one from %1 are on invoices already, so its period stays the same. To bill it on other days, end it and add a new fee.</source>
        <translation>I periodi del canone fino a quello dal %1 sono già in fattura, quindi la cadenza resta la stessa. Per fatturarlo in altri giorni, chiudilo e aggiungi un nuovo canone.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>L'ultimo giorno non può essere prima del primo.</translation>
    </message>
    <message>
        <source>The period from %1 is on an invoice already: the last day cannot be before it. If that invoice is a draft you no longer want, delete it first.</source>
        <translation>Il periodo dal %1 è già in fattura: l'ultimo giorno non può essere prima. Se quella fattura è una bozza che non serve più, eliminala prima.</translation>
    </message>
</context>
<context>
    <name>minuta::ReportPdf</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niente in questo periodo.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>minuta::Reports</name>
    <message>
        <source>The report could not be made</source>
        <translation>Impossibile creare il resoconto</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Scegli un periodo che non finisca prima di iniziare.</translation>
    </message>
    <message>
        <source>Choose a period of up to fifty years.</source>
        <translation>Scegli un periodo di al massimo cinquant'anni.</translation>
    </message>
    <message>
        <source>An amount in the report is too large to compute; check the rates and prices.</source>
        <translation>Un importo del resoconto è troppo grande per essere calcolato; controlla tariffe e prezzi.</translation>
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
    <message>
        <source>The unit in the plural</source>
        <translation>L'unità al plurale</translation>
    </message>
    <message>
        <source>“%1” is not a SAC code; it has 6 digits, such as 998599.</source>
        <translation>“%1” non è un codice SAC; ha 6 cifre, come 998599.</translation>
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
    <message>
        <source>The daily capacity must be between half an hour and 24 hours.</source>
        <translation>La capacità giornaliera deve essere tra mezz'ora e 24 ore.</translation>
    </message>
    <message>
        <source>The week starts on a day from Monday to Sunday.</source>
        <translation>Il primo giorno della settimana deve essere tra lunedì e domenica.</translation>
    </message>
    <message>
        <source>Idle time is asked about after 1 to 240 minutes away, or never (0).</source>
        <translation>Il tempo di inattività si chiede dopo 1–240 minuti di assenza, o mai (0).</translation>
    </message>
    <message>
        <source>A prepaid pack is warned about once 1 % to 100 % of it is used.</source>
        <translation>L'avviso per un pacchetto prepagato arriva quando ne è usato dall'1 % al 100 %.</translation>
    </message>
</context>
<context>
    <name>minuta::TaxProfiles</name>
    <message>
        <source>A tax profile's id is made of lower-case letters, digits and dashes.</source>
        <translation>L'ID di un profilo fiscale è composto da lettere minuscole, cifre e trattini.</translation>
    </message>
    <message>
        <source>The profile's name</source>
        <translation>Il nome del profilo</translation>
    </message>
    <message>
        <source>Every tax needs a name.</source>
        <translation>Ogni imposta deve avere un nome.</translation>
    </message>
    <message>
        <source>Tax rates are between 0 and 100 %.</source>
        <translation>Le aliquote devono essere tra 0 e 100%.</translation>
    </message>
    <message>
        <source>The taxes together exceed 100 %.</source>
        <translation>Le imposte insieme superano il 100%.</translation>
    </message>
    <message>
        <source>The withholding rate is between 0 and 100 %.</source>
        <translation>L'aliquota della ritenuta deve essere tra 0 e 100%.</translation>
    </message>
    <message>
        <source>Stamp duty amounts cannot be negative.</source>
        <translation>Gli importi dell'imposta di bollo non possono essere negativi.</translation>
    </message>
    <message>
        <source>There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.</source>
        <translation>Il profilo fiscale «%1» non esiste; per l'elenco usa «minuta-cli tax-profiles».</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Nessuna imposta</translation>
    </message>
    <message>
        <source>Italy, ordinary VAT scheme</source>
        <translation>Italia, regime IVA ordinario</translation>
    </message>
    <message>
        <source>Italy, flat-rate scheme (forfettario)</source>
        <translation>Italia, regime forfettario</translation>
    </message>
    <message>
        <source>United Kingdom, VAT</source>
        <translation>Regno Unito, VAT</translation>
    </message>
    <message>
        <source>Australia, GST</source>
        <translation>Australia, GST</translation>
    </message>
    <message>
        <source>Canada, GST</source>
        <translation>Canada, GST</translation>
    </message>
    <message>
        <source>Canada, HST (Ontario)</source>
        <translation>Canada, HST (Ontario)</translation>
    </message>
    <message>
        <source>Canada, GST and QST (Québec)</source>
        <translation>Canada, GST e QST (Québec)</translation>
    </message>
    <message>
        <source>India, GST within the state (CGST + SGST)</source>
        <translation>India, GST nello stesso stato (CGST + SGST)</translation>
    </message>
    <message>
        <source>India, GST between states (IGST)</source>
        <translation>India, GST tra stati (IGST)</translation>
    </message>
    <message>
        <source>United States, no sales tax</source>
        <translation>Stati Uniti, senza imposta sulle vendite</translation>
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
    <message>
        <source>The start</source>
        <translation>L'inizio</translation>
    </message>
    <message>
        <source>The timer is still running on this entry; stop it before splitting the entry.</source>
        <translation>Il timer è ancora in corso su questa voce; fermalo prima di dividerla.</translation>
    </message>
    <message>
        <source>Split the entry at a time inside it, after %1 and before %2.</source>
        <translation>Dividi la voce in un orario al suo interno, dopo le %1 e prima delle %2.</translation>
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
    <name>minuta::TimesheetCsv</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>minuta::TimesheetImport</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» non esiste.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a time sheet.</source>
        <translation>“%1” è troppo grande per essere un foglio ore.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>The file is too large to be a time sheet.</source>
        <translation>Il file è troppo grande per essere un foglio ore.</translation>
    </message>
    <message>
        <source>a quoted field never ends.</source>
        <translation>un campo tra virgolette non si chiude.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>the client is missing.</source>
        <translation>manca il cliente.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>manca la data.</translation>
    </message>
    <message>
        <source>the start time is missing.</source>
        <translation>manca l'ora di inizio.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation>“%1” non è un orario.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” non è una data.</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation>“%1” non è un numero di minuti.</translation>
    </message>
    <message>
        <source>“%1” is not a duration (write 1.5 or 1:30).</source>
        <translation>“%1” non è una durata (scrivi 1,5 o 1:30).</translation>
    </message>
    <message>
        <source>the end or the duration is missing.</source>
        <translation>manca la fine o la durata.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>“%1” non è sì o no.</translation>
    </message>
    <message>
        <source>These clients are not in Minuta: %1. Add them first, or let the import add them.</source>
        <translation>Questi clienti non sono in Minuta: %1. Aggiungili prima, oppure lascia che li aggiunga l'importazione.</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Colonne non lette: %1.</translation>
    </message>
    <message>
        <source>The client “%1” cannot be added: %2</source>
        <translation>Non è possibile aggiungere il cliente “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n imported entry(s) overlap other work.</source>
        <translation>
            <numerusform>%n voce importata si sovrappone ad altro lavoro.</numerusform>
            <numerusform>%n voci importate si sovrappongono ad altro lavoro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its first line must name the columns, such as: date, start, end, client, task, description, billable.</source>
        <translation>La prima riga deve dare i nomi delle colonne, per esempio: date, start, end, client, task, description, billable (o data, inizio, fine, cliente, attività, descrizione, fatturabile).</translation>
    </message>
    <message>
        <source>The file has no “client” column.</source>
        <translation>Il file non ha una colonna “client”.</translation>
    </message>
    <message>
        <source>The file has no “start” column.</source>
        <translation>Il file non ha una colonna “start”.</translation>
    </message>
    <message>
        <source>The file has neither an “end” nor an “hours” column.</source>
        <translation>Il file non ha né una colonna “end” né una colonna “hours”.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2026-11-02).</source>
        <translation>“%1” non è una data (scrivila come 2026-11-02).</translation>
    </message>
    <message>
        <source>“%1” is not a date written as %2.</source>
        <translation>“%1” non è una data scritta come %2.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>the dates must be between 1970 and 9999.</source>
        <translation>le date devono essere tra il 1970 e il 9999.</translation>
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
    <message>
        <source>The time of use</source>
        <translation>Il momento dell'utilizzo</translation>
    </message>
    <message>
        <source>The units of %1 on %2 add up to too many to count.</source>
        <translation>Le unità di %1 del %2 sono troppe da sommare.</translation>
    </message>
</context>
<context>
    <name>minuta::WorkCalendar</name>
    <message>
        <source>The calendar could not be read</source>
        <translation>Impossibile leggere il calendario</translation>
    </message>
    <message>
        <source>Choose a period of up to ten years.</source>
        <translation>Scegli un periodo di al massimo dieci anni.</translation>
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
        <source>Hourly rate, such as 30.00, or &quot;none&quot; for the default rate.</source>
        <translation>Tariffa oraria, ad esempio 30.00, oppure &quot;none&quot; per la tariffa predefinita.</translation>
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
        <source>The service's name, such as &quot;Call answering&quot;.</source>
        <translation>Il nome del servizio, ad esempio &quot;Risposta alle chiamate&quot;.</translation>
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
        <source>Tax rate in percent when it differs from the invoice's, such as 22, or &quot;none&quot;.</source>
        <translation>Aliquota in percentuale, se diversa da quella della fattura, ad esempio 22, oppure &quot;none&quot;.</translation>
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
        <source>Sets a client's own price for a service, in the client's currency (&quot;none&quot; removes it).</source>
        <translation>Imposta un prezzo specifico del cliente per un servizio, nella valuta del cliente (&quot;none&quot; lo rimuove).</translation>
    </message>
    <message>
        <source>The service, by name or id.</source>
        <translation>Il servizio, per nome o ID.</translation>
    </message>
    <message>
        <source>The price per unit, or &quot;none&quot;.</source>
        <translation>Il prezzo per unità, oppure &quot;none&quot;.</translation>
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
        <source>Default hourly rate, or &quot;none&quot;.</source>
        <translation>Tariffa oraria predefinita, oppure &quot;none&quot;.</translation>
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
        <source>Hourly rate for this entry, or &quot;none&quot; for the client's.</source>
        <translation>Tariffa oraria per questa voce, oppure &quot;none&quot; per quella del cliente.</translation>
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
    <message>
        <source>Invoice this client under another tax profile (a foreign client).</source>
        <translation>Usa un altro profilo fiscale per le fatture di questo cliente (cliente estero).</translation>
    </message>
    <message>
        <source>Charge no tax: the client accounts for it.</source>
        <translation>Non addebitare l'imposta: la assolve il cliente.</translation>
    </message>
    <message>
        <source>E-invoice recipient code (codice destinatario).</source>
        <translation>Codice destinatario per la fatturazione elettronica.</translation>
    </message>
    <message>
        <source>Certified email for e-invoices (PEC).</source>
        <translation>Indirizzo PEC per la fatturazione elettronica.</translation>
    </message>
    <message>
        <source>Charge tax as usual.</source>
        <translation>Addebita l'imposta normalmente.</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profilo fiscale</translation>
    </message>
    <message>
        <source>the business's</source>
        <translation>quello dell'attività</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Reverse charge</translation>
    </message>
    <message>
        <source>Recipient code</source>
        <translation>Codice destinatario</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Fills an empty file with realistic sample data: clients, months of work and usage, invoices.</source>
        <translation>Riempie un file vuoto con dati di esempio realistici: clienti, mesi di lavoro e di utilizzi, fatture.</translation>
    </message>
    <message>
        <source>Months of history (default 4).</source>
        <translation>Mesi di storico (predefinito: 4).</translation>
    </message>
    <message>
        <source>How many clients (default 8).</source>
        <translation>Quanti clienti (predefinito: 8).</translation>
    </message>
    <message>
        <source>Exactly this many time entries, for benchmarks (no invoices).</source>
        <translation>Esattamente questo numero di voci, per i benchmark (senza fatture).</translation>
    </message>
    <message>
        <source>it: an Italian assistant in Bologna; en: a British one.</source>
        <translation>it: un assistente italiano a Bologna; en: uno britannico.</translation>
    </message>
    <message>
        <source>Seed of the random choices (default 2026).</source>
        <translation>Seme delle scelte casuali (predefinito: 2026).</translation>
    </message>
    <message>
        <source>“demo” takes options only.</source>
        <translation>«demo» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>--entries: from 1 to 20,000,000.</source>
        <translation>--entries: da 1 a 20.000.000.</translation>
    </message>
    <message>
        <source>--language: it or en.</source>
        <translation>--language: it o en.</translation>
    </message>
    <message>
        <source>Added %1 clients, %2 time entries, %3 usage records and %4 invoices.</source>
        <translation>Aggiunti %1 clienti, %2 voci, %3 utilizzi e %4 fatture.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>%1 %2 (id %3), %4</source>
        <translation>%1 %2 (ID %3), %4</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, scaduta</translation>
    </message>
    <message>
        <source>Client: %1   Dates: %2, due %3   Profile: %4%5</source>
        <translation>Cliente: %1   Date: %2, scadenza %3   Profilo: %4%5</translation>
    </message>
    <message>
        <source>, reverse charge</source>
        <translation>, reverse charge</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 su %3</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>Imposta di bollo</translation>
    </message>
    <message>
        <source>Stamp duty (not charged)</source>
        <translation>Imposta di bollo (non addebitata)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Netto a pagare</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>There is no invoice “%1”.</source>
        <translation>Non esiste la fattura «%1».</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numerazione</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Note di credito</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Rivalsa</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>Regime fiscale</source>
        <translation>Regime fiscale</translation>
    </message>
    <message>
        <source>Set at least your name and address before issuing invoices: minuta-cli business set --name …</source>
        <translation>Prima di emettere fatture, imposta almeno il tuo nome e indirizzo: minuta-cli business set --name …</translation>
    </message>
    <message>
        <source>Show the business profile.</source>
        <translation>Mostra il profilo dell'attività.</translation>
    </message>
    <message>
        <source>Change the business profile.</source>
        <translation>Modifica il profilo dell'attività.</translation>
    </message>
    <message>
        <source>Your business name, as on the invoices.</source>
        <translation>Il nome della tua attività, come appare sulle fatture.</translation>
    </message>
    <message>
        <source>Country, two letters (IT, GB, US…); US and CA print on Letter paper.</source>
        <translation>Paese, due lettere (IT, GB, US…); per US e CA si usa il formato carta Letter.</translation>
    </message>
    <message>
        <source>VAT number (partita IVA, ABN, GSTIN…).</source>
        <translation>Partita IVA (o equivalente estero: VAT number, ABN, GSTIN…).</translation>
    </message>
    <message>
        <source>Fiscal code.</source>
        <translation>Codice fiscale.</translation>
    </message>
    <message>
        <source>IBAN for payments.</source>
        <translation>IBAN per i pagamenti.</translation>
    </message>
    <message>
        <source>BIC of the bank.</source>
        <translation>BIC della banca.</translation>
    </message>
    <message>
        <source>Email.</source>
        <translation>Email.</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>Telefono.</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG logo (&quot;none&quot; removes it).</source>
        <translation>Un logo PNG, JPEG o SVG (&quot;none&quot; lo rimuove).</translation>
    </message>
    <message>
        <source>Default payment terms of new clients, in days.</source>
        <translation>Termini di pagamento predefiniti dei nuovi clienti, in giorni.</translation>
    </message>
    <message>
        <source>Invoice numbers, such as {YYYY}/{N:3} or FT{YY}-{N}.</source>
        <translation>Numerazione delle fatture, ad esempio {YYYY}/{N:3} o FT{YY}-{N}.</translation>
    </message>
    <message>
        <source>Credit note numbers, such as NC-{YYYY}/{N:3}.</source>
        <translation>Numerazione delle note di credito, ad esempio NC-{YYYY}/{N:3}.</translation>
    </message>
    <message>
        <source>The tax profile (see “tax-profiles”).</source>
        <translation>Il profilo fiscale (vedi «tax-profiles»).</translation>
    </message>
    <message>
        <source>Pension contribution (rivalsa) in percent; 0 turns it off.</source>
        <translation>Rivalsa previdenziale in percentuale; 0 la disattiva.</translation>
    </message>
    <message>
        <source>FatturaPA regime: RF01 ordinario, RF19 forfettario.</source>
        <translation>Regime fiscale FatturaPA: RF01 ordinario, RF19 forfettario.</translation>
    </message>
    <message>
        <source>Changes the business profile; options not given stay as they are.</source>
        <translation>Modifica il profilo dell'attività; le opzioni non indicate restano invariate.</translation>
    </message>
    <message>
        <source>Shows the business profile.</source>
        <translation>Mostra il profilo dell'attività.</translation>
    </message>
    <message>
        <source>“business %1” takes options only.</source>
        <translation>«business %1» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>--logo: “%1” cannot be read: %2</source>
        <translation>--logo: impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>Lists the tax profiles and their rates.</source>
        <translation>Elenca i profili fiscali e le relative aliquote.</translation>
    </message>
    <message>
        <source>“tax-profiles” takes no arguments.</source>
        <translation>«tax-profiles» non accetta argomenti.</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Imposte</translation>
    </message>
    <message>
        <source>Makes a draft invoice from the client's unbilled work in the period and prints its id.</source>
        <translation>Crea una bozza di fattura dal lavoro non fatturato del cliente nel periodo e ne stampa l'ID.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Primo giorno del periodo.</translation>
    </message>
    <message>
        <source>Last day of the period, included.</source>
        <translation>Ultimo giorno del periodo, incluso.</translation>
    </message>
    <message>
        <source>Time lines: one per entry, day, task, or one in total.</source>
        <translation>Righe delle ore: una per voce, per giorno, per attività o una sola in totale.</translation>
    </message>
    <message>
        <source>Issue date (default: today).</source>
        <translation>Data di emissione (predefinita: oggi).</translation>
    </message>
    <message>
        <source>Start a blank draft when there is nothing to bill.</source>
        <translation>Crea una bozza vuota quando non c'è niente da fatturare.</translation>
    </message>
    <message>
        <source>“invoice draft” takes options only.</source>
        <translation>«invoice draft» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“invoice draft” needs --client.</source>
        <translation>«invoice draft» richiede --client.</translation>
    </message>
    <message>
        <source>--group: write entry, day, task or total, not “%1”.</source>
        <translation>--group: scrivi entry, day, task o total, non «%1».</translation>
    </message>
    <message>
        <source>Adds a line by hand to a draft.</source>
        <translation>Aggiunge manualmente una riga a una bozza.</translation>
    </message>
    <message>
        <source>What the line bills.</source>
        <translation>Cosa fattura la riga.</translation>
    </message>
    <message>
        <source>Quantity, up to three decimals.</source>
        <translation>Quantità, fino a tre decimali.</translation>
    </message>
    <message>
        <source>Unit.</source>
        <translation>Unità.</translation>
    </message>
    <message>
        <source>Unit price, such as 25.00.</source>
        <translation>Prezzo unitario, ad esempio 25.00.</translation>
    </message>
    <message>
        <source>Tax rate in percent when it differs from the standard one.</source>
        <translation>Aliquota in percentuale, se diversa da quella standard.</translation>
    </message>
    <message>
        <source>FatturaPA Natura of an untaxed line (N1…N7).</source>
        <translation>Natura FatturaPA di una riga senza imposta (N1…N7).</translation>
    </message>
    <message>
        <source>“invoice add-line” needs the invoice's id.</source>
        <translation>«invoice add-line» richiede l'ID della fattura.</translation>
    </message>
    <message>
        <source>“invoice add-line” needs --description, --qty and --price.</source>
        <translation>«invoice add-line» richiede --description, --qty e --price.</translation>
    </message>
    <message>
        <source>Removes a line from a draft; the work it billed is free again.</source>
        <translation>Rimuove una riga da una bozza; il lavoro che fatturava torna fatturabile.</translation>
    </message>
    <message>
        <source>“invoice remove-line” needs the invoice's id and the line's id.</source>
        <translation>«invoice remove-line» richiede l'ID della fattura e quello della riga.</translation>
    </message>
    <message>
        <source>Changes a draft.</source>
        <translation>Modifica una bozza.</translation>
    </message>
    <message>
        <source>Issue date; the due date moves with it.</source>
        <translation>Data di emissione; la data di scadenza si sposta di conseguenza.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Data di scadenza.</translation>
    </message>
    <message>
        <source>A discount amount, such as 50.00.</source>
        <translation>Uno sconto in valore, ad esempio 50.00.</translation>
    </message>
    <message>
        <source>A discount in percent of the lines.</source>
        <translation>Uno sconto in percentuale sul totale delle righe.</translation>
    </message>
    <message>
        <source>Notes printed on the invoice.</source>
        <translation>Note stampate sulla fattura.</translation>
    </message>
    <message>
        <source>“invoice edit” needs the invoice's id.</source>
        <translation>«invoice edit» richiede l'ID della fattura.</translation>
    </message>
    <message>
        <source>Shows an invoice with its lines, taxes and totals (by id or number).</source>
        <translation>Mostra una fattura con righe, imposte e totali (per ID o numero).</translation>
    </message>
    <message>
        <source>“invoice show” needs the invoice's id or number.</source>
        <translation>«invoice show» richiede l'ID o il numero della fattura.</translation>
    </message>
    <message>
        <source>Lists invoices and credit notes, newest first.</source>
        <translation>Elenca fatture e note di credito, dalla più recente.</translation>
    </message>
    <message>
        <source>Only this client's invoices.</source>
        <translation>Solo le fatture di questo cliente.</translation>
    </message>
    <message>
        <source>draft, issued, unpaid, overdue, paid or cancelled.</source>
        <translation>draft (bozza), issued (emessa), unpaid (non pagata), overdue (scaduta), paid (pagata) o cancelled (stornata).</translation>
    </message>
    <message>
        <source>“invoice list” takes options only.</source>
        <translation>«invoice list» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>--status: write draft, issued, unpaid, overdue, paid or cancelled, not “%1”.</source>
        <translation>--status: scrivi draft, issued, unpaid, overdue, paid o cancelled, non «%1».</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>Nessuna fattura.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>nota di credito</translation>
    </message>
    <message>
        <source>Cancels an issued invoice with a credit note and prints the credit note's number; its work can be billed again.</source>
        <translation>Storna una fattura emessa con una nota di credito e ne stampa il numero; il lavoro fatturato torna fatturabile.</translation>
    </message>
    <message>
        <source>Issues a draft: gives it the next number (printed), freezes it and marks its work billed.</source>
        <translation>Emette una bozza: le assegna il numero successivo (che viene stampato), la congela e segna il suo lavoro come fatturato.</translation>
    </message>
    <message>
        <source>“%1” needs the invoice's id.</source>
        <translation>«%1» richiede l'ID della fattura.</translation>
    </message>
    <message>
        <source>The amount received, such as 500.00.</source>
        <translation>L'importo ricevuto, ad esempio 500.00.</translation>
    </message>
    <message>
        <source>When it arrived (default: today).</source>
        <translation>Data in cui è arrivato (predefinita: oggi).</translation>
    </message>
    <message>
        <source>“invoice pay” needs the invoice's id and --amount.</source>
        <translation>«invoice pay» richiede l'ID della fattura e --amount.</translation>
    </message>
    <message>
        <source>Deletes a draft; its work is free to bill again. Issued invoices are cancelled instead.</source>
        <translation>Elimina una bozza; il suo lavoro torna fatturabile. Le fatture emesse invece si stornano.</translation>
    </message>
    <message>
        <source>“invoice delete” needs the invoice's id.</source>
        <translation>«invoice delete» richiede l'ID della fattura.</translation>
    </message>
    <message>
        <source>Deleted draft %1.</source>
        <translation>Bozza %1 eliminata.</translation>
    </message>
    <message>
        <source>Writes the invoice as a PDF (default name: “&lt;number&gt; &lt;client&gt;.pdf” here).</source>
        <translation>Salva la fattura in PDF (nome predefinito: «&lt;numero&gt; &lt;cliente&gt;.pdf» nella cartella corrente).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Il file PDF da creare.</translation>
    </message>
    <message>
        <source>Add pages listing every billed entry.</source>
        <translation>Aggiungi pagine con l'elenco di tutte le voci fatturate.</translation>
    </message>
    <message>
        <source>“invoice pdf” needs the invoice's id.</source>
        <translation>«invoice pdf» richiede l'ID della fattura.</translation>
    </message>
    <message>
        <source>Make a draft from unbilled work.</source>
        <translation>Crea una bozza dal lavoro non fatturato.</translation>
    </message>
    <message>
        <source>Add a line to a draft.</source>
        <translation>Aggiungi una riga a una bozza.</translation>
    </message>
    <message>
        <source>Remove a line from a draft.</source>
        <translation>Rimuovi una riga da una bozza.</translation>
    </message>
    <message>
        <source>Change a draft's dates, discount or notes.</source>
        <translation>Modifica date, sconto o note di una bozza.</translation>
    </message>
    <message>
        <source>Show an invoice.</source>
        <translation>Mostra una fattura.</translation>
    </message>
    <message>
        <source>List invoices.</source>
        <translation>Elenca le fatture.</translation>
    </message>
    <message>
        <source>Issue a draft with the next number.</source>
        <translation>Emetti una bozza con il numero successivo.</translation>
    </message>
    <message>
        <source>Record a payment.</source>
        <translation>Registra un pagamento.</translation>
    </message>
    <message>
        <source>Cancel an invoice with a credit note.</source>
        <translation>Storna una fattura con una nota di credito.</translation>
    </message>
    <message>
        <source>Delete a draft.</source>
        <translation>Elimina una bozza.</translation>
    </message>
    <message>
        <source>Write the PDF.</source>
        <translation>Genera il PDF.</translation>
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation>%1 alle %2, %3 min</translation>
    </message>
    <message>
        <source>, every week until %1</source>
        <translation>, ogni settimana fino al %1</translation>
    </message>
    <message>
        <source>, every week</source>
        <translation>, ogni settimana</translation>
    </message>
    <message>
        <source>, every month until %1</source>
        <translation>, ogni mese fino al %1</translation>
    </message>
    <message>
        <source>, every month</source>
        <translation>, ogni mese</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, scadenza %1</translation>
    </message>
    <message>
        <source>Plan %1: %2 for %3, %4</source>
        <translation>Pianificazione %1: %2 per %3, %4</translation>
    </message>
    <message>
        <source>Plans an appointment or a task for a client.</source>
        <translation>Pianifica un appuntamento o un'attività per un cliente.</translation>
    </message>
    <message>
        <source>What is planned.</source>
        <translation>Che cosa è pianificato.</translation>
    </message>
    <message>
        <source>When it starts, such as 2026-11-02T09:00.</source>
        <translation>Quando inizia, ad esempio 2026-11-02T09:00.</translation>
    </message>
    <message>
        <source>How long it should take, in minutes.</source>
        <translation>Quanto dovrebbe durare, in minuti.</translation>
    </message>
    <message>
        <source>Its deadline, such as 2026-11-06.</source>
        <translation>La scadenza, ad esempio 2026-11-06.</translation>
    </message>
    <message>
        <source>weekly or monthly.</source>
        <translation>weekly (ogni settimana) o monthly (ogni mese).</translation>
    </message>
    <message>
        <source>The last day a repetition may fall on.</source>
        <translation>L'ultimo giorno in cui può cadere una ripetizione.</translation>
    </message>
    <message>
        <source>“plan add” takes options only.</source>
        <translation>«plan add» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“plan add” needs --client, --title, --start and --minutes.</source>
        <translation>«plan add» richiede --client, --title, --start e --minutes.</translation>
    </message>
    <message>
        <source>--repeat: write weekly or monthly, not “%1”.</source>
        <translation>--repeat: scrivi weekly o monthly, non «%1».</translation>
    </message>
    <message>
        <source>--until goes with --repeat.</source>
        <translation>--until va usato insieme a --repeat.</translation>
    </message>
    <message>
        <source>Lists planned work day by day (from today, four weeks ahead, unless told), or every plan with --all.</source>
        <translation>Elenca il lavoro pianificato giorno per giorno (da oggi per le quattro settimane successive, salvo diversa indicazione), oppure tutte le pianificazioni con --all.</translation>
    </message>
    <message>
        <source>List the plans themselves, not their days.</source>
        <translation>Elenca le pianificazioni stesse, non i singoli giorni.</translation>
    </message>
    <message>
        <source>“plan list” takes options only.</source>
        <translation>«plan list» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>Nothing planned. Plan work with: minuta-cli plan add --client C --title T --start TIME --minutes M</source>
        <translation>Nessun lavoro pianificato. Pianifica del lavoro con: minuta-cli plan add --client C --title T --start TIME --minutes M</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>La data di --to precede quella di --from.</translation>
    </message>
    <message>
        <source>Nothing planned from %1 to %2.</source>
        <translation>Niente di pianificato dal %1 al %2.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Marks planned work done: the day given, or the latest occurrence so far (else the next one).</source>
        <translation>Segna come fatto un lavoro pianificato: il giorno indicato, oppure l'ultima occorrenza finora (altrimenti la prossima).</translation>
    </message>
    <message>
        <source>The day of the occurrence.</source>
        <translation>Il giorno dell'occorrenza.</translation>
    </message>
    <message>
        <source>Mark it not done again.</source>
        <translation>Torna a segnarlo come non fatto.</translation>
    </message>
    <message>
        <source>“plan done” needs the plan's id.</source>
        <translation>«plan done» richiede l'ID della pianificazione.</translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>Fatto: %1 il %2.</translation>
    </message>
    <message>
        <source>Not done: %1 on %2.</source>
        <translation>Non fatto: %1 il %2.</translation>
    </message>
    <message>
        <source>Deletes planned work with every repetition.</source>
        <translation>Elimina un lavoro pianificato con tutte le sue ripetizioni.</translation>
    </message>
    <message>
        <source>“plan delete” needs the plan's id.</source>
        <translation>«plan delete» richiede l'ID della pianificazione.</translation>
    </message>
    <message>
        <source>Deleted plan %1: %2.</source>
        <translation>Pianificazione %1 eliminata: %2.</translation>
    </message>
    <message>
        <source>Plan an appointment or a task.</source>
        <translation>Pianifica un appuntamento o un'attività.</translation>
    </message>
    <message>
        <source>List planned work.</source>
        <translation>Elenca il lavoro pianificato.</translation>
    </message>
    <message>
        <source>Mark planned work done.</source>
        <translation>Segna come fatto un lavoro pianificato.</translation>
    </message>
    <message>
        <source>Delete planned work.</source>
        <translation>Elimina un lavoro pianificato.</translation>
    </message>
    <message>
        <source>Hours and money per client and month: logged, billable, unbilled, invoiced, paid, outstanding. The last twelve months unless told.</source>
        <translation>Ore e importi per cliente e mese: registrati, fatturabili, non fatturati, fatturati, incassati, da incassare. Gli ultimi dodici mesi, salvo diversa indicazione.</translation>
    </message>
    <message>
        <source>From the month of this day.</source>
        <translation>Dal mese che contiene questo giorno.</translation>
    </message>
    <message>
        <source>To the month of this day, included.</source>
        <translation>Fino al mese che contiene questo giorno, incluso.</translation>
    </message>
    <message>
        <source>One client, by name or id.</source>
        <translation>Un solo cliente, per nome o ID.</translation>
    </message>
    <message>
        <source>Print comma-separated values for a spreadsheet.</source>
        <translation>Stampa valori separati da virgole per un foglio di calcolo.</translation>
    </message>
    <message>
        <source>“report monthly” takes options only.</source>
        <translation>«report monthly» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Scegli --json oppure --csv, non entrambi.</translation>
    </message>
    <message>
        <source>Nothing logged or invoiced from %1 to %2.</source>
        <translation>Niente di registrato o fatturato dal %1 al %2.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Billable h</source>
        <translation>Ore fatturabili</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Non fatturato</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Da incassare</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>As on this day (default: today).</source>
        <translation>Alla data indicata (predefinita: oggi).</translation>
    </message>
    <message>
        <source>“report aging” takes options only.</source>
        <translation>«report aging» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>Non ci sono importi da incassare.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emissione</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Fascia</translation>
    </message>
    <message>
        <source>Writes planned work and logged time as an iCalendar file for Google Calendar, Outlook or Thunderbird.</source>
        <translation>Esporta il lavoro pianificato e le ore registrate in un file iCalendar per Google Calendar, Outlook o Thunderbird.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Il file da creare.</translation>
    </message>
    <message>
        <source>Planned work only.</source>
        <translation>Solo il lavoro pianificato.</translation>
    </message>
    <message>
        <source>Logged time only.</source>
        <translation>Solo le ore registrate.</translation>
    </message>
    <message>
        <source>“calendar export” takes options only.</source>
        <translation>«calendar export» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“calendar export” needs --from, --to and -o.</source>
        <translation>«calendar export» richiede --from, --to e -o.</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation>%1 eventi salvati in %2.</translation>
    </message>
    <message>
        <source>Hours and money per client and month.</source>
        <translation>Ore e importi per cliente e mese.</translation>
    </message>
    <message>
        <source>Unpaid invoices by how late they are.</source>
        <translation>Fatture non pagate per giorni di ritardo.</translation>
    </message>
    <message>
        <source>Write an iCalendar (.ics) file.</source>
        <translation>Crea un file iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Copies the file into its backups folder, or to a new file given with -o. Works while the app has the file open.</source>
        <translation>Copia il file nella sua cartella dei backup, o in un nuovo file indicato con -o. Funziona anche mentre l'app ha il file aperto.</translation>
    </message>
    <message>
        <source>A new file to write the copy to.</source>
        <translation>Un nuovo file in cui scrivere la copia.</translation>
    </message>
    <message>
        <source>“backup create” takes options only.</source>
        <translation>“backup create” accetta solo opzioni.</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>Copiato in %1.</translation>
    </message>
    <message>
        <source>Lists the copies in the file's backups folder, newest first.</source>
        <translation>Elenca le copie nella cartella dei backup del file, dalla più recente.</translation>
    </message>
    <message>
        <source>“backup list” takes no arguments.</source>
        <translation>“backup list” non accetta argomenti.</translation>
    </message>
    <message>
        <source>No copies of %1 yet. Make one with: minuta-cli backup create</source>
        <translation>Ancora nessuna copia di %1. Creane una con: minuta-cli backup create</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Cartella: %1</translation>
    </message>
    <message>
        <source>Replaces the file with a copy: a file name from “backup list”, or the path of a copy. What the file holds now is kept as a copy first. The app must be closed.</source>
        <translation>Sostituisce il file con una copia: un nome elencato da “backup list”, o il percorso di una copia. Il contenuto attuale del file viene prima conservato come copia. L'app deve essere chiusa.</translation>
    </message>
    <message>
        <source>“backup restore” needs the copy to restore.</source>
        <translation>“backup restore” richiede la copia da ripristinare.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. What it held before is kept in %3.</source>
        <translation>%1 ripristinato da %2. Il contenuto precedente è conservato in %3.</translation>
    </message>
    <message>
        <source>Copy the file into its backups folder or to a file.</source>
        <translation>Copia il file nella cartella dei backup o in un file.</translation>
    </message>
    <message>
        <source>List the copies, newest first.</source>
        <translation>Elenca le copie, dalla più recente.</translation>
    </message>
    <message>
        <source>Replace the file with a copy.</source>
        <translation>Sostituisci il file con una copia.</translation>
    </message>
    <message>
        <source>The finished entries as CSV, for a spreadsheet: date, start, end, minutes, hours, client, task, description, billable, invoice.</source>
        <translation>Le voci concluse in CSV, per un foglio di calcolo: date, start, end, minutes, hours, client, task, description, billable, invoice.</translation>
    </message>
    <message>
        <source>Adds the time entries of a CSV file: Minuta's own export, or Toggl Track's, Clockify's or Kimai's, read by the names of their columns. All or nothing: a row that cannot be read stops the import and says which. Entries already in the file are skipped.</source>
        <translation>Aggiunge le voci di un file CSV: l'esportazione di Minuta, o quella di Toggl Track, Clockify o Kimai, lette dai nomi delle colonne. Tutto o niente: una riga illeggibile ferma l'importazione e dice quale. Le voci già presenti nel file vengono saltate.</translation>
    </message>
    <message>
        <source>Add the clients the file names that Minuta does not have yet.</source>
        <translation>Aggiunge i clienti nominati nel file che Minuta non ha ancora.</translation>
    </message>
    <message>
        <source>Check the file and say what would be imported, without storing it.</source>
        <translation>Controlla il file e dice cosa verrebbe importato, senza salvarlo.</translation>
    </message>
    <message>
        <source>How the dates are written, such as dd/MM/yyyy (2026-11-02 unless told).</source>
        <translation>Come sono scritte le date, per esempio dd/MM/yyyy (2026-11-02 se non indicato).</translation>
    </message>
    <message>
        <source>“import” needs the CSV file to read.</source>
        <translation>“import” richiede il file CSV da leggere.</translation>
    </message>
    <message>
        <source>Would add the clients: %1.</source>
        <translation>Aggiungerebbe i clienti: %1.</translation>
    </message>
    <message>
        <source>Added the clients: %1.</source>
        <translation>Clienti aggiunti: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n entry(s) (%1 of work); nothing was stored.</source>
        <translation>
            <numerusform>Importerebbe %n voce (%1 di lavoro); non è stato salvato nulla.</numerusform>
            <numerusform>Importerebbe %n voci (%1 di lavoro); non è stato salvato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) (%1 of work).</source>
        <translation>
            <numerusform>Importata %n voce (%1 di lavoro).</numerusform>
            <numerusform>Importate %n voci (%1 di lavoro).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already in the file, skipped.</source>
        <translation>
            <numerusform>%n voce già presente nel file, saltata.</numerusform>
            <numerusform>%n voci già presenti nel file, saltate.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is damaged: the copy holds what could still be read of it. Restore an earlier copy with “minuta-cli backup restore” if one is whole.</source>
        <translation>il file è danneggiato: la copia contiene ciò che se ne poteva ancora leggere. Se ne hai una integra, ripristina una copia precedente con «minuta-cli backup restore».</translation>
    </message>
    <message>
        <source>Access:       other people who use this computer can read it. Minuta offers to make it private when it opens it; or run: chmod 600 %1</source>
        <translation>Accesso:      altre persone che usano questo computer possono leggerlo. Minuta propone di renderlo privato quando lo apre; oppure esegui: chmod 600 %1</translation>
    </message>
    <message>
        <source>Access:       only you</source>
        <translation>Accesso:      solo tu</translation>
    </message>
    <message>
        <source>State or province (US, Canada, Australia); India: the place of supply, such as Karnataka.</source>
        <translation>Stato o provincia (USA, Canada, Australia); India: il luogo della prestazione, come Karnataka.</translation>
    </message>
    <message>
        <source>India: the client's GSTIN, 15 letters and digits.</source>
        <translation>India: il GSTIN del cliente, 15 lettere e cifre.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Outside VAT (%1)</source>
        <translation>Fuori campo IVA (%1)</translation>
    </message>
    <message>
        <source>untaxed</source>
        <translation>non imponibile</translation>
    </message>
    <message>
        <source>  from credit note %1</source>
        <translation>  dalla nota di credito %1</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Pagato sulla %1</translation>
    </message>
    <message>
        <source>Refunded %1 (refund %2)</source>
        <translation>Rimborsato il %1 (rimborso %2)</translation>
    </message>
    <message>
        <source>Used on later invoices</source>
        <translation>Usato su fatture successive</translation>
    </message>
    <message>
        <source>Credit owed back</source>
        <translation>Credito da restituire</translation>
    </message>
    <message>
        <source>Exchange rate: 1 EUR = %1 %2</source>
        <translation>Tasso di cambio: 1 EUR = %1 %2</translation>
    </message>
    <message>
        <source>Outside VAT</source>
        <translation>Fuori campo IVA</translation>
    </message>
    <message>
        <source>charged to the client</source>
        <translation>addebitata al cliente</translation>
    </message>
    <message>
        <source>borne by you</source>
        <translation>a tuo carico</translation>
    </message>
    <message>
        <source>Service (English)</source>
        <translation>Servizio (inglese)</translation>
    </message>
    <message>
        <source>Service (Italian)</source>
        <translation>Servizio (italiano)</translation>
    </message>
    <message>
        <source>QST number</source>
        <translation>Numero QST</translation>
    </message>
    <message>
        <source>SAC</source>
        <translation>SAC</translation>
    </message>
    <message>
        <source>Sort code</source>
        <translation>Sort code</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numero di conto</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Routing number</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution number</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit number</translation>
    </message>
    <message>
        <source>BSB</source>
        <translation>BSB</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Other ways to pay</source>
        <translation>Altri modi di pagamento</translation>
    </message>
    <message>
        <source>Italy: whether the client pays the stamp duty (marca da bollo) on invoices that need it: yes or no.</source>
        <translation>Italia: se il cliente paga l'imposta di bollo sulle fatture che la richiedono: yes o no.</translation>
    </message>
    <message>
        <source>What an English invoice line says when the work has no task or description.</source>
        <translation>Cosa dice una riga di fattura in inglese quando il lavoro non ha attività né descrizione.</translation>
    </message>
    <message>
        <source>The same for Italian invoices.</source>
        <translation>Lo stesso per le fatture in italiano.</translation>
    </message>
    <message>
        <source>State or province; India: the place of supply, such as Maharashtra.</source>
        <translation>Stato o provincia; India: il luogo della prestazione, come Maharashtra.</translation>
    </message>
    <message>
        <source>Canada (Québec): the QST registration number; the GST number goes in --vat-id.</source>
        <translation>Canada (Québec): il numero di registrazione QST; il numero GST va in --vat-id.</translation>
    </message>
    <message>
        <source>India: the SAC code of time lines, 6 digits, such as 998599.</source>
        <translation>India: il codice SAC delle righe di tempo, 6 cifre, come 998599.</translation>
    </message>
    <message>
        <source>UK: the bank's sort code, such as 12-34-56.</source>
        <translation>Regno Unito: il sort code della banca, come 12-34-56.</translation>
    </message>
    <message>
        <source>UK, US, Canada, Australia, India: the bank account number.</source>
        <translation>Regno Unito, USA, Canada, Australia, India: il numero del conto bancario.</translation>
    </message>
    <message>
        <source>US: the bank's routing number (ABA), 9 digits.</source>
        <translation>USA: il routing number (ABA) della banca, 9 cifre.</translation>
    </message>
    <message>
        <source>Canada: the bank's institution number, 3 digits.</source>
        <translation>Canada: l'institution number della banca, 3 cifre.</translation>
    </message>
    <message>
        <source>Canada: the branch's transit number, 5 digits.</source>
        <translation>Canada: il transit number della filiale, 5 cifre.</translation>
    </message>
    <message>
        <source>Australia: the BSB, 6 digits, such as 062-000.</source>
        <translation>Australia: il BSB, 6 cifre, come 062-000.</translation>
    </message>
    <message>
        <source>India: the branch's IFSC, such as HDFC0000123.</source>
        <translation>India: l'IFSC della filiale, come HDFC0000123.</translation>
    </message>
    <message>
        <source>India: a UPI id to pay to, such as name@bank.</source>
        <translation>India: un ID UPI a cui pagare, come nome@banca.</translation>
    </message>
    <message>
        <source>Other ways to pay, printed on invoices: PayPal, a payment link… (\n for new lines).</source>
        <translation>Altri modi di pagamento, stampati sulle fatture: PayPal, un link di pagamento… (\n per andare a capo).</translation>
    </message>
    <message>
        <source>Units of the invoice's currency per euro on its date, such as 1.0823 (USD): an Italian business states the VAT in euros too.</source>
        <translation>Unità della valuta della fattura per un euro alla sua data, come 1.0823 (USD): un'attività italiana indica l'IVA anche in euro.</translation>
    </message>
    <message>
        <source>--exchange-rate: the rate must be more than zero.</source>
        <translation>--exchange-rate: il tasso deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>An expense paid in the client's name: outside VAT (N1, art. 15 DPR 633/72), the pension contribution, the withholding and the discount. With --tax-rate above 0 it is a cost billed on with VAT instead.</source>
        <translation>Una spesa anticipata in nome e per conto del cliente: esclusa da IVA (N1, art. 15 DPR 633/72), contributo previdenziale, ritenuta e sconto. Con --tax-rate sopra 0 è invece un costo riaddebitato con IVA.</translation>
    </message>
    <message>
        <source>The invoice's discount reaches this expense too.</source>
        <translation>Lo sconto della fattura si applica anche a questa spesa.</translation>
    </message>
    <message>
        <source>Records a payment of an issued invoice, received or out of the client's credit.</source>
        <translation>Registra un pagamento di una fattura emessa, ricevuto o dal credito del cliente.</translation>
    </message>
    <message>
        <source>Pay out of the credit a credit note owes the client (its id or number, or the cancelled invoice's) rather than with new money.</source>
        <translation>Paga con il credito che una nota di credito deve al cliente (il suo id o numero, o quello della fattura annullata) invece che con nuovo denaro.</translation>
    </message>
    <message>
        <source>Records money given back to the client out of a credit note (by its id or number, or the cancelled invoice's) and shows the credit note.</source>
        <translation>Registra denaro restituito al cliente da una nota di credito (per id o numero, o quello della fattura annullata) e mostra la nota di credito.</translation>
    </message>
    <message>
        <source>The amount given back, such as 200.00.</source>
        <translation>L'importo restituito, come 200.00.</translation>
    </message>
    <message>
        <source>When it was given back (default: today).</source>
        <translation>Quando è stato restituito (predefinito: oggi).</translation>
    </message>
    <message>
        <source>“invoice refund” needs the credit note's id and --amount.</source>
        <translation>“invoice refund” richiede l'id della nota di credito e --amount.</translation>
    </message>
    <message>
        <source>Record money given back out of a credit note.</source>
        <translation>Registra denaro restituito da una nota di credito.</translation>
    </message>
    <message>
        <source>Unpaid invoices by how late they are: current, 1–30, 31–60, 61–90, over 90 days; credit owed back to a client as a negative balance.</source>
        <translation>Fatture non pagate per ritardo: correnti, 1–30, 31–60, 61–90, oltre 90 giorni; il credito da restituire a un cliente come saldo negativo.</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>credito</translation>
    </message>
    <message>
        <source>%1 (plural: %2)</source>
        <translation>%1 (plurale: %2)</translation>
    </message>
    <message>
        <source>, SAC %1</source>
        <translation>, SAC %1</translation>
    </message>
    <message>
        <source>The unit in the plural, as in &quot;43 calls&quot;; left empty, the unit reads the same.</source>
        <translation>L'unità al plurale, come in &quot;43 chiamate&quot;; se vuota, l'unità resta uguale.</translation>
    </message>
    <message>
        <source>India: the service's SAC code, 6 digits, such as 998599.</source>
        <translation>India: il codice SAC del servizio, 6 cifre, come 998599.</translation>
    </message>
    <message>
        <source>Plural</source>
        <translation>Plurale</translation>
    </message>
    <message>
        <source>Shows a service.</source>
        <translation>Mostra un servizio.</translation>
    </message>
    <message>
        <source>“service show” needs the service's name or id.</source>
        <translation>“service show” richiede il nome o l'id del servizio.</translation>
    </message>
    <message>
        <source>Show a service.</source>
        <translation>Mostra un servizio.</translation>
    </message>
    <message>
        <source>Splits a time entry in two at a time inside it: the entry ends there and a new one, alike in everything else, starts there.</source>
        <translation>Divide in due una voce di tempo in un orario al suo interno: la voce finisce lì e lì ne comincia una nuova, uguale in tutto il resto.</translation>
    </message>
    <message>
        <source>Where the second part starts, such as 2026-11-02T10:30.</source>
        <translation>Dove comincia la seconda parte, per esempio 2026-11-02T10:30.</translation>
    </message>
    <message>
        <source>“entry split” needs the entry's id.</source>
        <translation>«entry split» richiede l'id della voce.</translation>
    </message>
    <message>
        <source>“entry split” needs --at.</source>
        <translation>«entry split» richiede --at.</translation>
    </message>
    <message>
        <source>Split a time entry in two.</source>
        <translation>Divide in due una voce di tempo.</translation>
    </message>
    <message>
        <source>Also read every page of the file, and compute again the local month and day it keeps of each entry and unit logged, and each client's figures per day and month (this writes).</source>
        <translation>Legge anche ogni pagina del file e ricalcola il mese e il giorno locali che conserva per ogni voce e unità registrata, e i totali di ogni cliente per giorno e per mese (scrive nel file).</translation>
    </message>
    <message>
        <source>Check:        every page is whole; local months and days, and the figures per day and month, computed again (%1 were wrong)</source>
        <translation>Verifica:     ogni pagina è integra; mesi e giorni locali e totali per giorno e per mese ricalcolati (%1 erano sbagliati)</translation>
    </message>
    <message>
        <source>Only minuta-cli-draw writes PDFs.</source>
        <translation>Solo minuta-cli-draw scrive i PDF.</translation>
    </message>
    <message>
        <source>minuta-cli: error: this command draws, and %1, which draws for minuta-cli, is missing; install Minuta again.</source>
        <translation>minuta-cli: errore: questo comando disegna, e manca %1, che disegna per minuta-cli; installa di nuovo Minuta.</translation>
    </message>
    <message>
        <source>minuta-cli: error: %1 stopped: %2</source>
        <translation>minuta-cli: errore: %1 si è fermato: %2</translation>
    </message>
    <message>
        <source>Street and number, such as &quot;Via Zamboni 12&quot; (\n for more lines).</source>
        <translation>Via e numero civico, come &quot;Via Zamboni 12&quot; (\n per altre righe).</translation>
    </message>
    <message>
        <source>Postcode (CAP in Italy, five digits).</source>
        <translation>CAP (in Italia, cinque cifre).</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation>Comune o città.</translation>
    </message>
    <message>
        <source>Italy: the province, two letters, such as BO (the same as --state).</source>
        <translation>Italia: la provincia, due lettere, come BO (come --state).</translation>
    </message>
    <message>
        <source>Street and number, such as &quot;Via Roma 1&quot; (\n for more lines).</source>
        <translation>Via e numero civico, come &quot;Via Roma 1&quot; (\n per altre righe).</translation>
    </message>
    <message>
        <source>Italy: the province, two letters, such as MI (the same as --state).</source>
        <translation>Italia: la provincia, due lettere, come MI (come --state).</translation>
    </message>
    <message>
        <source>Writes an issued Italian invoice or credit note as a FatturaPA e-invoice (XML) for the Exchange System (SdI), unsigned, under its standard name IT&lt;fiscal code&gt;_&lt;progressive&gt;.xml (here, or in FOLDER); with --from and --to, every one issued in the period. Exporting again gives the same file.</source>
        <translation>Scrive una fattura o nota di credito italiana emessa come fattura elettronica FatturaPA (XML) per il Sistema di Interscambio (SdI), senza firma, con il nome standard IT&lt;codice fiscale&gt;_&lt;progressivo&gt;.xml (qui, o in CARTELLA); con --from e --to, tutte quelle emesse nel periodo. Esportarla di nuovo dà lo stesso file.</translation>
    </message>
    <message>
        <source>The file to write, or the folder to write it in.</source>
        <translation>Il file da scrivere, o la cartella in cui scriverlo.</translation>
    </message>
    <message>
        <source>First issue date of the period.</source>
        <translation>Prima data di emissione del periodo.</translation>
    </message>
    <message>
        <source>Last issue date of the period, included.</source>
        <translation>Ultima data di emissione del periodo, inclusa.</translation>
    </message>
    <message>
        <source>“invoice xml” needs an invoice's id, or --from and --to.</source>
        <translation>«invoice xml» richiede l'ID di una fattura, oppure --from e --to.</translation>
    </message>
    <message>
        <source>“invoice xml --from … --to …” writes into a folder: give one that exists with -o.</source>
        <translation>«invoice xml --from … --to …» scrive in una cartella: indicane una esistente con -o.</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Indica sia --from sia --to.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non scritta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n e-invoice(s) written</source>
        <translation>
            <numerusform>%n fattura elettronica scritta</numerusform>
            <numerusform>%n fatture elettroniche scritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not written</source>
        <translation>
            <numerusform>, %n non scritta</numerusform>
            <numerusform>, %n non scritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the Italian e-invoice (FatturaPA XML).</source>
        <translation>Scrive la fattura elettronica italiana (FatturaPA XML).</translation>
    </message>
    <message>
        <source>Attach the invoice's PDF (a courtesy copy) inside the XML, for clients who open only the electronic invoice.</source>
        <translation>Allega il PDF della fattura (copia di cortesia) dentro l'XML, per i clienti che aprono solo la fattura elettronica.</translation>
    </message>
    <message>
        <source>Minutes away from the computer after which the desktop app asks what to do with the time, or 0 for never.</source>
        <translation>Minuti lontano dal computer dopo i quali l'app chiede cosa fare di quel tempo, o 0 per mai.</translation>
    </message>
    <message>
        <source>Inv. net</source>
        <translation>Fatt. netto</translation>
    </message>
    <message>
        <source>Inv. gross</source>
        <translation>Fatt. lordo</translation>
    </message>
    <message>
        <source>… and %1 more rows that cannot be read.</source>
        <translation>… e altre %1 righe che non si possono leggere.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Letto come %1.</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>esaurito</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %2 of credit</source>
        <translation>%1 %2 di credito</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>(closed on %1)</source>
        <translation>(chiuso il %1)</translation>
    </message>
    <message>
        <source>Pack %1 for %2%3: %4, %5 %6, %7 – %8</source>
        <translation>Pacchetto %1 per %2%3: %4, %5 %6, %7 – %8</translation>
    </message>
    <message>
        <source>Beyond it: %1, worth %2 %3</source>
        <translation>Oltre il pacchetto: %1, pari a %2 %3</translation>
    </message>
    <message>
        <source>Renews %1; carries up to %2 unused over</source>
        <translation>Si rinnova (%1); riporta fino a %2 non usate</translation>
    </message>
    <message>
        <source>Billed outside Minuta</source>
        <translation>Fatturato fuori da Minuta</translation>
    </message>
    <message>
        <source>Sold on invoice %1</source>
        <translation>Venduto con la fattura %1</translation>
    </message>
    <message>
        <source>Sold on draft %1</source>
        <translation>Venduto con la bozza %1</translation>
    </message>
    <message>
        <source>A name of your own for the pack.</source>
        <translation>Un nome a tua scelta per il pacchetto.</translation>
    </message>
    <message>
        <source>Minutes of work it covers.</source>
        <translation>I minuti di lavoro che comprende.</translation>
    </message>
    <message>
        <source>Hours of work it covers, such as 10 or 7.5.</source>
        <translation>Le ore di lavoro che comprende, ad esempio 10 o 7.5.</translation>
    </message>
    <message>
        <source>Units of a service it covers, as SERVICE=QUANTITY; repeat for more.</source>
        <translation>Le unità di un servizio che comprende, come SERVIZIO=QUANTITÀ; ripeti per altri servizi.</translation>
    </message>
    <message>
        <source>Money it covers, in the client's currency; 0 for none.</source>
        <translation>Il denaro che comprende, nella valuta del cliente; 0 per nessuno.</translation>
    </message>
    <message>
        <source>What the client pays for it; 0 for a complimentary pack.</source>
        <translation>Quanto lo paga il cliente; 0 per un pacchetto omaggio.</translation>
    </message>
    <message>
        <source>Its first day (default: today).</source>
        <translation>Il primo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Its last day (default: none; a retainer's period ends as it renews).</source>
        <translation>L'ultimo giorno (predefinito: nessuno; il periodo di un canone finisce quando si rinnova).</translation>
    </message>
    <message>
        <source>Work beyond it: &quot;client&quot; (the client's terms), &quot;rate:R&quot; (R an hour) or &quot;stop&quot;.</source>
        <translation>Il lavoro oltre il pacchetto: &quot;client&quot; (le condizioni del cliente), &quot;rate:R&quot; (R l'ora) o &quot;stop&quot;.</translation>
    </message>
    <message>
        <source>Renews as a retainer: weekly, monthly or quarterly.</source>
        <translation>Si rinnova come canone: weekly (settimanale), monthly (mensile) o quarterly (trimestrale).</translation>
    </message>
    <message>
        <source>Unused minutes a retainer carries into its next period, at most.</source>
        <translation>I minuti non usati che un canone riporta al periodo successivo, al massimo.</translation>
    </message>
    <message>
        <source>Sold outside Minuta: no line on a draft invoice.</source>
        <translation>Venduto fuori da Minuta: nessuna riga in una bozza di fattura.</translation>
    </message>
    <message>
        <source>Give --minutes or --hours, not both.</source>
        <translation>Indica --minutes o --hours, non entrambi.</translation>
    </message>
    <message>
        <source>--hours must come to whole minutes, such as 10, 7.5 or 0.25.</source>
        <translation>--hours deve dare minuti interi, ad esempio 10, 7.5 o 0.25.</translation>
    </message>
    <message>
        <source>--units is SERVICE=QUANTITY, such as &quot;Call answering=100&quot;.</source>
        <translation>--units è SERVIZIO=QUANTITÀ, ad esempio &quot;Risposta telefonica=100&quot;.</translation>
    </message>
    <message>
        <source>--overage is &quot;client&quot;, &quot;rate:R&quot; (such as rate:30) or &quot;stop&quot;.</source>
        <translation>--overage è &quot;client&quot;, &quot;rate:R&quot; (ad esempio rate:30) o &quot;stop&quot;.</translation>
    </message>
    <message>
        <source>--renew is weekly, monthly or quarterly.</source>
        <translation>--renew è weekly, monthly o quarterly.</translation>
    </message>
    <message>
        <source>Sells a client a prepaid pack or retainer; its sale goes on the client's draft invoice.</source>
        <translation>Vende a un cliente un pacchetto prepagato o un canone; la vendita va nella bozza di fattura del cliente.</translation>
    </message>
    <message>
        <source>“pack add” takes options only.</source>
        <translation>«pack add» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“pack add” needs --client and --price.</source>
        <translation>«pack add» richiede --client e --price.</translation>
    </message>
    <message>
        <source>“%1” needs the pack's id.</source>
        <translation>«%1» richiede l'ID del pacchetto.</translation>
    </message>
    <message>
        <source>Changes a pack. Once its sale is issued its price stays, and it cannot cover less than its work has used.</source>
        <translation>Modifica un pacchetto. Una volta emessa la fattura di vendita il prezzo resta, e non può comprendere meno di quanto il lavoro ha già usato.</translation>
    </message>
    <message>
        <source>“pack edit” needs the pack's id.</source>
        <translation>«pack edit» richiede l'ID del pacchetto.</translation>
    </message>
    <message>
        <source>Ends a pack: work after its closing day no longer draws from it, and a retainer stops renewing.</source>
        <translation>Chiude un pacchetto: il lavoro dopo il giorno di chiusura non lo scala più, e un canone smette di rinnovarsi.</translation>
    </message>
    <message>
        <source>Its last day (default: today).</source>
        <translation>L'ultimo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>“pack close” needs the pack's id.</source>
        <translation>«pack close» richiede l'ID del pacchetto.</translation>
    </message>
    <message>
        <source>Shows a pack: what it covers, what its work has used and what is left.</source>
        <translation>Mostra un pacchetto: cosa comprende, quanto il lavoro ha usato e quanto resta.</translation>
    </message>
    <message>
        <source>“pack show” needs the pack's id.</source>
        <translation>«pack show» richiede l'ID del pacchetto.</translation>
    </message>
    <message>
        <source>Lists the packs in use (with --all, the expired and closed ones too).</source>
        <translation>Elenca i pacchetti in uso (con --all, anche quelli scaduti e chiusi).</translation>
    </message>
    <message>
        <source>Only this client's, by name or id.</source>
        <translation>Solo quelli di questo cliente, per nome o ID.</translation>
    </message>
    <message>
        <source>Include expired and closed packs.</source>
        <translation>Includi i pacchetti scaduti e chiusi.</translation>
    </message>
    <message>
        <source>“pack list” takes options only.</source>
        <translation>«pack list» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>No packs in use. Sell one with: minuta-cli pack add --client CLIENT --hours H --price P</source>
        <translation>Nessun pacchetto in uso. Vendine uno con: minuta-cli pack add --client CLIENT --hours H --price P</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Comprende</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <source>Sell a client a prepaid pack or retainer.</source>
        <translation>Vendi a un cliente un pacchetto prepagato o un canone.</translation>
    </message>
    <message>
        <source>List packs and what each has left.</source>
        <translation>Elenca i pacchetti e quanto resta di ciascuno.</translation>
    </message>
    <message>
        <source>Show a pack and its balance.</source>
        <translation>Mostra un pacchetto e il suo saldo.</translation>
    </message>
    <message>
        <source>Change a pack.</source>
        <translation>Modifica un pacchetto.</translation>
    </message>
    <message>
        <source>End a pack.</source>
        <translation>Chiudi un pacchetto.</translation>
    </message>
    <message>
        <source>Write a pack's statement for the client, PDF or CSV.</source>
        <translation>Scrivi l'estratto di un pacchetto per il cliente, PDF o CSV.</translation>
    </message>
    <message>
        <source>pack %1 of %2 is used up: %3</source>
        <translation>il pacchetto %1 di %2 è esaurito: %3</translation>
    </message>
    <message>
        <source>pack %1 of %2 is %3 % used: %4</source>
        <translation>il pacchetto %1 di %2 è usato al %3 %: %4</translation>
    </message>
    <message>
        <source>Writes a pack's statement for the client, in their language: every entry and unit that drew it down, and what is left.</source>
        <translation>Scrive l'estratto di un pacchetto per il cliente, nella sua lingua: ogni voce e unità che lo ha scalato, e quanto resta.</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>Il file da scrivere: .pdf o .csv.</translation>
    </message>
    <message>
        <source>“pack statement” needs the pack's id and -o FILE.</source>
        <translation>«pack statement» richiede l'ID del pacchetto e -o FILE.</translation>
    </message>
    <message>
        <source>The statement is written as .pdf or .csv.</source>
        <translation>L'estratto si scrive come .pdf o .csv.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Wrote the statement of pack %1 (%2 lines) to %3.</source>
        <translation>Estratto del pacchetto %1 (%2 righe) scritto in %3.</translation>
    </message>
    <message>
        <source>Covered by packs</source>
        <translation>Coperto da pacchetti</translation>
    </message>
    <message>
        <source>Held back (pack used up)</source>
        <translation>Trattenuto (pacchetto esaurito)</translation>
    </message>
    <message>
        <source>Still to bill</source>
        <translation>Ancora da fatturare</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>ogni settimana</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>ogni mese</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>ogni trimestre</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>ogni anno</translation>
    </message>
    <message>
        <source>Fee %1 for %2: %3, %4 × %5 %6, %7, from %8%9</source>
        <translation>Canone %1 per %2: %3, %4 × %5 %6, %7, dal %8%9</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> al %1</translation>
    </message>
    <message>
        <source>On drafts up to the period from %1</source>
        <translation>Nelle bozze fino al periodo dal %1</translation>
    </message>
    <message>
        <source>Adds a fixed fee that goes on the client's draft invoice each period, from its first day (periods already begun go on now).</source>
        <translation>Aggiunge un canone fisso che va nella bozza di fattura del cliente a ogni periodo, dal suo primo giorno (i periodi già iniziati ci vanno subito).</translation>
    </message>
    <message>
        <source>What the fee is for, as the invoice says it.</source>
        <translation>A cosa si riferisce il canone, come lo dice la fattura.</translation>
    </message>
    <message>
        <source>The price per period, in the client's currency.</source>
        <translation>Il prezzo per periodo, nella valuta del cliente.</translation>
    </message>
    <message>
        <source>How many (default: 1).</source>
        <translation>Quanti (predefinito: 1).</translation>
    </message>
    <message>
        <source>week, month, quarter or year.</source>
        <translation>week, month, quarter o year (settimana, mese, trimestre o anno).</translation>
    </message>
    <message>
        <source>The first period's first day (default: today).</source>
        <translation>Il primo giorno del primo periodo (predefinito: oggi).</translation>
    </message>
    <message>
        <source>“recurring add” takes options only.</source>
        <translation>«recurring add» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>“recurring add” needs --client, --description, --price and --every.</source>
        <translation>«recurring add» richiede --client, --description, --price e --every.</translation>
    </message>
    <message>
        <source>--every is week, month, quarter or year.</source>
        <translation>--every è week, month, quarter o year.</translation>
    </message>
    <message>
        <source>Lists the recurring fees.</source>
        <translation>Elenca i canoni fissi.</translation>
    </message>
    <message>
        <source>“recurring list” takes options only.</source>
        <translation>«recurring list» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>No recurring fees. Add one with: minuta-cli recurring add --client C --description T --price P --every month</source>
        <translation>Nessun canone fisso. Aggiungine uno con: minuta-cli recurring add --client C --description T --price P --every month</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ogni</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Deletes a recurring fee; the lines it already put on invoices stay.</source>
        <translation>Elimina un canone fisso; le righe già messe in fattura restano.</translation>
    </message>
    <message>
        <source>“recurring delete” needs the fee's id.</source>
        <translation>«recurring delete» richiede l'ID del canone.</translation>
    </message>
    <message>
        <source>Deleted fee %1 (%2).</source>
        <translation>Canone %1 eliminato (%2).</translation>
    </message>
    <message>
        <source>Add a fee that recurs each period.</source>
        <translation>Aggiungi un canone che si ripete a ogni periodo.</translation>
    </message>
    <message>
        <source>List the recurring fees.</source>
        <translation>Elenca i canoni fissi.</translation>
    </message>
    <message>
        <source>Delete a recurring fee.</source>
        <translation>Elimina un canone fisso.</translation>
    </message>
    <message>
        <source>Prepaid packs per month: sold (packs, hours, value), hours used, packs ended and the hours they left unused. The last twelve months unless told.</source>
        <translation>Pacchetti prepagati per mese: venduti (pacchetti, ore, valore), ore usate, pacchetti terminati e le ore rimaste inutilizzate. Gli ultimi dodici mesi, se non indicato altro.</translation>
    </message>
    <message>
        <source>“report packs” takes options only.</source>
        <translation>«report packs» accetta solo opzioni.</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Venduti</translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation>Ore vendute</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Ore usate</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminati</translation>
    </message>
    <message>
        <source>Hours unused</source>
        <translation>Ore inutilizzate</translation>
    </message>
    <message>
        <source>Prepaid packs sold, used and left unused per month.</source>
        <translation>Pacchetti prepagati venduti, usati e inutilizzati per mese.</translation>
    </message>
    <message>
        <source>How much of a prepaid pack is used, in percent, before Minuta warns (default 80).</source>
        <translation>Quanto di un pacchetto prepagato è usato, in percentuale, prima che Minuta avvisi (predefinito 80).</translation>
    </message>
    <message>
        <source>Prepaid packs:     warned about at %1 % used</source>
        <translation>Pacchetti prepagati: avviso all'uso del %1 %</translation>
    </message>
    <message>
        <source>Next period from %1</source>
        <translation>Prossimo periodo dal %1</translation>
    </message>
    <message>
        <source>Ended: no period after its last day</source>
        <translation>Terminato: nessun periodo dopo l'ultimo giorno</translation>
    </message>
    <message>
        <source>A tax rate in percent when it differs from the invoice's; “standard” for the invoice's own.</source>
        <translation>Un'aliquota in percentuale, se diversa da quella della fattura; “standard” per quella della fattura.</translation>
    </message>
    <message>
        <source>The last day a period may start on (default: none; “none” to remove it).</source>
        <translation>L'ultimo giorno in cui può iniziare un periodo (predefinito: nessuno; “none” per toglierlo).</translation>
    </message>
    <message>
        <source>Changes a recurring fee. A new price goes on the next period; the periods already on invoices stay as they are, so once one is, the first day and the period stay too.</source>
        <translation>Modifica un canone ricorrente. Un nuovo prezzo vale dal prossimo periodo; i periodi già in fattura restano come sono, quindi da allora restano anche il primo giorno e la cadenza.</translation>
    </message>
    <message>
        <source>“recurring edit” needs the fee's id.</source>
        <translation>“recurring edit” richiede l'id del canone.</translation>
    </message>
    <message>
        <source>Change a recurring fee.</source>
        <translation>Modifica un canone ricorrente.</translation>
    </message>
    <message>
        <source>Only this client's packs, by name or id.</source>
        <translation>Solo i pacchetti di questo cliente, per nome o id.</translation>
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
    <message>
        <source>Show or change the business profile.</source>
        <translation>Mostra o modifica il profilo dell'attività.</translation>
    </message>
    <message>
        <source>List the tax profiles.</source>
        <translation>Elenca i profili fiscali.</translation>
    </message>
    <message>
        <source>Draft, issue, pay, cancel invoices and write PDFs.</source>
        <translation>Crea bozze di fattura, emetti, registra pagamenti, storna fatture e genera i PDF.</translation>
    </message>
    <message>
        <source>Fill an empty file with realistic sample data.</source>
        <translation>Riempi un file vuoto con dati di esempio realistici.</translation>
    </message>
    <message>
        <source>Plan appointments and tasks; list them, mark them done.</source>
        <translation>Pianifica appuntamenti e attività, elencali e segnali come fatti.</translation>
    </message>
    <message>
        <source>Monthly figures per client; unpaid invoices by age.</source>
        <translation>Dati mensili per cliente; fatture non pagate per anzianità.</translation>
    </message>
    <message>
        <source>Export planned and logged work as an .ics file.</source>
        <translation>Esporta il lavoro pianificato e registrato in un file .ics.</translation>
    </message>
    <message>
        <source>Copy the file, list its copies, restore one.</source>
        <translation>Copia il file, elenca le copie, ripristinane una.</translation>
    </message>
    <message>
        <source>Add time entries from a CSV file (Minuta, Toggl, Clockify, Kimai).</source>
        <translation>Aggiunge voci da un file CSV (Minuta, Toggl, Clockify, Kimai).</translation>
    </message>
    <message>
        <source>Sell prepaid packs and retainers; see what each has left.</source>
        <translation>Vendi pacchetti prepagati e canoni; vedi quanto resta di ciascuno.</translation>
    </message>
    <message>
        <source>Fixed fees that go on a client's draft each period.</source>
        <translation>Canoni fissi che vanno nella bozza di un cliente a ogni periodo.</translation>
    </message>
</context>
<context>
    <name>minuta::cli::ClientCommands</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
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
    <message>
        <source>If it is right, run the command again with --force.</source>
        <translation>Se è corretto, ripeti il comando con --force.</translation>
    </message>
    <message>
        <source>“%1” does not exist yet. A command that writes, such as “minuta-cli client add”, creates it.</source>
        <translation>«%1» non esiste ancora. Un comando che scrive, come «minuta-cli client add», lo crea.</translation>
    </message>
    <message>
        <source>Take a date before 2000 or more than a year ahead as it is.</source>
        <translation>Accetta così com'è una data precedente al 2000 o di oltre un anno nel futuro.</translation>
    </message>
    <message>
        <source>Retainers could not renew: %1</source>
        <translation>Non è stato possibile rinnovare i canoni: %1</translation>
    </message>
    <message>
        <source>Retainer of %1 renewed: pack %2, %3 to %4.</source>
        <translation>Canone di %1 rinnovato: pacchetto %2, dal %3 al %4.</translation>
    </message>
    <message>
        <source>Recurring fees could not be added: %1</source>
        <translation>Non è stato possibile aggiungere i canoni fissi: %1</translation>
    </message>
    <message>
        <source>%1 recurring fee line(s) added to draft invoices.</source>
        <translation>%1 righe di canoni fissi aggiunte alle bozze di fattura.</translation>
    </message>
</context>
<context>
    <name>minuta::cli::InvoiceCommands</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::cli::SettingsCommands</name>
    <message numerus="yes">
        <source>Timer flagged after %n hour(s)</source>
        <translation>
            <numerusform>Timer segnalato dopo %n ora</numerusform>
            <numerusform>Timer segnalato dopo %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle time asked about after %n minute(s) away</source>
        <translation>
            <numerusform>Tempo di inattività chiesto dopo %n minuto di assenza</numerusform>
            <numerusform>Tempo di inattività chiesto dopo %n minuti di assenza</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::cli::TimeCommands</name>
    <message numerus="yes">
        <source>the timer has run longer than %n hour(s); did you forget to stop it? “minuta-cli timer stop --at TIME” stops it when you really finished.</source>
        <translation>
            <numerusform>il timer è in corso da più di %n ora; hai dimenticato di fermarlo? «minuta-cli timer stop --at TIME» lo ferma all'ora in cui hai davvero finito.</numerusform>
            <numerusform>il timer è in corso da più di %n ore; hai dimenticato di fermarlo? «minuta-cli timer stop --at TIME» lo ferma all'ora in cui hai davvero finito.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::dayfigures</name>
    <message>
        <source>The file's figures per day could not be computed</source>
        <translation>Non è stato possibile calcolare i totali per giorno del file</translation>
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
    <name>minuta::invoicecalc</name>
    <message>
        <source>The invoice's amounts are too large to compute.</source>
        <translation>Gli importi della fattura sono troppo grandi da calcolare.</translation>
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation>Il tasso di cambio deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The discount (%1) is larger than the lines it applies to: it can be at most %2.</source>
        <translation>Lo sconto (%1) supera le righe a cui si applica: può essere al massimo %2.</translation>
    </message>
</context>
<context>
    <name>minuta::invoiceplan</name>
    <message>
        <source>Held back, as the pack says to stop when it runs out: %1. Sell a new pack or change the pack's rule to bill it.</source>
        <translation>Trattenuto, perché il pacchetto dice di fermarsi quando finisce: %1. Vendi un nuovo pacchetto o cambia la regola del pacchetto per fatturarlo.</translation>
    </message>
</context>
<context>
    <name>minuta::localkeys</name>
    <message>
        <source>The file's local times could not be set</source>
        <translation>Non è stato possibile impostare gli orari locali del file</translation>
    </message>
</context>
<context>
    <name>minuta::packs::Calculator</name>
    <message>
        <source>Pack %1 ends before it starts.</source>
        <translation>Il pacchetto %1 finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>Pack %1 covers less than nothing.</source>
        <translation>Il pacchetto %1 copre meno di niente.</translation>
    </message>
    <message>
        <source>Pack %1 is in %2, not in the client's %3.</source>
        <translation>Il pacchetto %1 è in %2, non nella valuta del cliente, %3.</translation>
    </message>
    <message>
        <source>Pack %1 bills work beyond it at its own rate, and needs one in %2.</source>
        <translation>Il pacchetto %1 fattura il lavoro oltre il pacchetto a una tariffa propria, che serve in %2.</translation>
    </message>
    <message>
        <source>Entry %1 is not priced in the client's %2.</source>
        <translation>La voce %1 non ha un prezzo nella valuta del cliente, %2.</translation>
    </message>
    <message>
        <source>Usage %1 is not priced in the client's %2.</source>
        <translation>L'utilizzo %1 non ha un prezzo nella valuta del cliente, %2.</translation>
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
    <message>
        <source>The file is damaged (SQLite reports: %1), so Minuta writes nothing more to it. Restore a copy with File ▸ Backups and Restore…, or with “minuta-cli backup restore”; “minuta-cli backup create” still copies what can be read.</source>
        <translation>Il file è danneggiato (SQLite segnala: %1), quindi Minuta non vi scrive più nulla. Ripristina una copia con File ▸ Backup e ripristino…, oppure con «minuta-cli backup restore»; «minuta-cli backup create» copia comunque ciò che si può ancora leggere.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Il disco è pieno, quindi non è stato salvato nulla. Libera un po' di spazio e riprova.</translation>
    </message>
    <message>
        <source>The file cannot be changed: it, or its folder, is read-only, so nothing was saved.</source>
        <translation>Il file non può essere modificato: il file o la sua cartella sono di sola lettura, quindi non è stato salvato nulla.</translation>
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
    <message>
        <source>“%1” has no real UTC offset; offsets go from −14:00 to +14:00.</source>
        <translation>«%1» non ha un vero scostamento da UTC; gli scostamenti vanno da −14:00 a +14:00.</translation>
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
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2).</source>
        <translation>Software libero sotto la &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, versione 3 o successiva (%2).</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilato con Qt %1, in esecuzione su Qt %2.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::AddressFields</name>
    <message>
        <source>&amp;State or province:</source>
        <translation>&amp;Stato o provincia:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provincia:</translation>
    </message>
    <message>
        <source>Two letters, as MI or RM</source>
        <translation>Due lettere, come MI o RM</translation>
    </message>
    <message>
        <source>The province's two-letter code (sigla), as the electronic invoice wants it</source>
        <translation>La sigla di due lettere della provincia, come la vuole la fattura elettronica</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>In India the state decides the place of supply, and so which GST applies</source>
        <translation>In India lo stato determina il luogo della prestazione, e quindi quale GST si applica</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>minuta::ui::AgingReportModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emissione</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Anzianità</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>A scadere</translation>
    </message>
    <message>
        <source>1–30 days late</source>
        <translation>1–30 giorni di ritardo</translation>
    </message>
    <message>
        <source>31–60 days late</source>
        <translation>31–60 giorni di ritardo</translation>
    </message>
    <message>
        <source>61–90 days late</source>
        <translation>61–90 giorni di ritardo</translation>
    </message>
    <message>
        <source>Over 90 days late</source>
        <translation>Oltre 90 giorni di ritardo</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>Non ci sono importi da incassare.</translation>
    </message>
    <message>
        <source>Owed: %1</source>
        <translation>Da incassare: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Credit owed back</source>
        <translation>Credito da restituire</translation>
    </message>
    <message>
        <source>Credit owed back: %1</source>
        <translation>Credito da restituire: %1</translation>
    </message>
</context>
<context>
    <name>minuta::ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Minuta copies “%1” into its backups folder every day you open it, before each upgrade and whenever you ask. Restoring a copy replaces what the file holds now; that is kept as a copy first, so a restore can be undone.</source>
        <translation>Minuta copia “%1” nella sua cartella dei backup ogni giorno in cui lo apri, prima di ogni aggiornamento e quando lo chiedi. Ripristinare una copia sostituisce il contenuto attuale del file, che viene prima conservato come copia: un ripristino si può annullare.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Copies of the file</source>
        <translation>Copie del file</translation>
    </message>
    <message>
        <source>No copies yet. “Back Up Now” makes one.</source>
        <translation>Ancora nessuna copia. “Esegui backup ora” ne crea una.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>Copy the file into the backups folder now</source>
        <translation>Copia adesso il file nella cartella dei backup</translation>
    </message>
    <message>
        <source>Restore &amp;Other Copy…</source>
        <translation>Ripristina &amp;altra copia…</translation>
    </message>
    <message>
        <source>Restore a copy kept somewhere else, such as a USB stick</source>
        <translation>Ripristina una copia conservata altrove, per esempio su una chiavetta USB</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Mostra &amp;cartella</translation>
    </message>
    <message>
        <source>Replace the file with the selected copy</source>
        <translation>Sostituisci il file con la copia selezionata</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restore a Copy</source>
        <translation>Ripristina una copia</translation>
    </message>
    <message>
        <source>Minuta files (*.sqlite *.db);;All files (*)</source>
        <translation>File di Minuta (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the copy of %2?</source>
        <translation>Sostituire tutto il contenuto di “%1” con la copia di %2?</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with “%2”?</source>
        <translation>Sostituire tutto il contenuto di “%1” con “%2”?</translation>
    </message>
    <message>
        <source>What the file holds now is kept as a copy first, so you can go back to it from this window.</source>
        <translation>Il contenuto attuale del file viene prima conservato come copia, e potrai tornarci da questa finestra.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::BatchInvoiceDialog</name>
    <message>
        <source>Invoice All Clients</source>
        <translation>Fattura tutti i clienti</translation>
    </message>
    <message>
        <source>A draft for each client with work not billed in the period. Nothing is issued: review each draft, then issue it from the invoice list.</source>
        <translation>Una bozza per ogni cliente con lavoro non fatturato nel periodo. Non viene emesso nulla: controlla ogni bozza, poi emettila dall'elenco delle fatture.</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Scegli le date…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Time as:</source>
        <translation>Righe delle &amp;ore:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Clients to invoice</source>
        <translation>Clienti da fatturare</translation>
    </message>
    <message>
        <source>&amp;Make Drafts</source>
        <translation>&amp;Crea le bozze</translation>
    </message>
    <message>
        <source>No client has unbilled work in this period.</source>
        <translation>Nessun cliente ha lavoro non fatturato in questo periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to invoice, %1 in all.</source>
        <translation>
            <numerusform>%n cliente da fatturare, %1 in tutto.</numerusform>
            <numerusform>%n clienti da fatturare, %1 in tutto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft made, %n line(s)</source>
        <translation>
            <numerusform>Bozza creata, %n riga</numerusform>
            <numerusform>Bozza creata, %n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the draft</source>
        <translation>Doppio clic per aprire la bozza</translation>
    </message>
    <message>
        <source>Not made: %1</source>
        <translation>Non creata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) made. Double-click one to review it.</source>
        <translation>
            <numerusform>%n bozza creata. Fai doppio clic per controllarla.</numerusform>
            <numerusform>%n bozze create. Fai doppio clic su una per controllarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) could not be invoiced; see why above.</source>
        <translation>
            <numerusform>%n cliente non è stato fatturato; il motivo è qui sopra.</numerusform>
            <numerusform>%n clienti non sono stati fatturati; il motivo è qui sopra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::CalendarPage</name>
    <message>
        <source>Log Time…</source>
        <translation>Registra ore…</translation>
    </message>
    <message>
        <source>Plan Work…</source>
        <translation>Pianifica lavoro…</translation>
    </message>
    <message>
        <source>&amp;Plan Work…</source>
        <translation>&amp;Pianifica lavoro…</translation>
    </message>
    <message>
        <source>Plan an appointment or a task (Ctrl+Shift+P)</source>
        <translation>Pianifica un appuntamento o un'attività (Ctrl+Maiusc+P)</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Esporta .ics…</translation>
    </message>
    <message>
        <source>Save the shown month or week as a calendar file for Google Calendar, Outlook or Thunderbird</source>
        <translation>Salva il mese o la settimana visualizzati come file di calendario per Google Calendar, Outlook o Thunderbird</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Precedente (Pag↑)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Successivo (Pag↓)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation>Torna a oggi (Home)</translation>
    </message>
    <message>
        <source>%1 light day &amp;nbsp; %2 full day &amp;nbsp; %3 over capacity &amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;⚑&lt;/span&gt; deadline</source>
        <translation>%1 giornata leggera &amp;nbsp; %2 giornata piena &amp;nbsp; %3 oltre la capacità &amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;⚑&lt;/span&gt; scadenza</translation>
    </message>
    <message>
        <source>The selected day's work</source>
        <translation>Il lavoro del giorno selezionato</translation>
    </message>
    <message>
        <source>Log time on this day</source>
        <translation>Registra ore in questo giorno</translation>
    </message>
    <message>
        <source>Plan work on this day</source>
        <translation>Pianifica lavoro in questo giorno</translation>
    </message>
    <message>
        <source>Nothing planned or logged yet</source>
        <translation>Niente di pianificato o registrato</translation>
    </message>
    <message>
        <source>Your workload will show here, day by day and week by week. Add a client, then log time with the timer or plan work.</source>
        <translation>Qui vedrai il tuo carico di lavoro, giorno per giorno e settimana per settimana. Aggiungi un cliente, poi registra le ore con il timer o pianifica il lavoro.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Ore registrate</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <translation>%1–%2  %3</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>Tick when done; double-click to change it</source>
        <translation>Spunta quando è fatto; fai doppio clic per modificarlo</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>Nothing logged or planned.</source>
        <translation>Niente di registrato o pianificato.</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 registrate</translation>
    </message>
    <message>
        <source>%1 billable</source>
        <translation>%1 fatturabili</translation>
    </message>
    <message>
        <source>%1 still planned</source>
        <translation>%1 ancora in programma</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) of services</source>
        <translation>
            <numerusform>%n utilizzo di servizi</numerusform>
            <numerusform>%n utilizzi di servizi</numerusform>
        </translation>
    </message>
    <message>
        <source>A free day.</source>
        <translation>Una giornata libera.</translation>
    </message>
    <message>
        <source>The work was not marked</source>
        <translation>Impossibile cambiare lo stato del lavoro</translation>
    </message>
    <message>
        <source>Marked done. Ctrl+Z takes it back.</source>
        <translation>Segnato come fatto. Ctrl+Z lo annulla.</translation>
    </message>
    <message>
        <source>Marked not done.</source>
        <translation>Segnato come non fatto.</translation>
    </message>
    <message>
        <source>Billed entries can no longer change.</source>
        <translation>Le voci fatturate non possono più essere modificate.</translation>
    </message>
    <message>
        <source>Entry added.</source>
        <translation>Voce aggiunta.</translation>
    </message>
    <message>
        <source>Planned. Ctrl+Z takes it back.</source>
        <translation>Lavoro pianificato. Ctrl+Z lo annulla.</translation>
    </message>
    <message>
        <source>Minuta %1 to %2.ics</source>
        <translation>Minuta dal %1 al %2.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>Impossibile salvare il calendario</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n evento salvato in %1.</numerusform>
            <numerusform>%n eventi salvati in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::ClientDialog</name>
    <message>
        <source>The client withholds tax (ritenuta d'acconto)</source>
        <translation>Il cliente applica la ritenuta d'acconto</translation>
    </message>
    <message>
        <source>Reverse charge: no tax on this client's invoices</source>
        <translation>Inversione contabile (reverse charge): niente IVA sulle fatture di questo cliente</translation>
    </message>
    <message>
        <source>Edit Client</source>
        <translation>Modifica cliente</translation>
    </message>
    <message>
        <source>New Client</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>the default rate</source>
        <translation>la tariffa predefinita</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>up</source>
        <translation>per eccesso</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>al più vicino</translation>
    </message>
    <message>
        <source>down</source>
        <translation>per difetto</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>The business's profile</source>
        <translation>Il profilo dell'attività</translation>
    </message>
    <message>
        <source>Work is logged in this currency, so it can no longer change.</source>
        <translation>Ci sono già lavori registrati in questa valuta, quindi non è più possibile cambiarla.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Referente:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Partita I&amp;VA:</translation>
    </message>
    <message>
        <source>&amp;Fiscal code:</source>
        <translation>&amp;Codice fiscale:</translation>
    </message>
    <message>
        <source>Recipient code:</source>
        <translation>Codice destinatario:</translation>
    </message>
    <message>
        <source>PEC:</source>
        <translation>PEC:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Co&amp;lore:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate:</source>
        <translation>&amp;Tariffa oraria:</translation>
    </message>
    <message>
        <source>&amp;Increment:</source>
        <translation>&amp;Scatto di fatturazione:</translation>
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation>&amp;Arrotondamento:</translation>
    </message>
    <message>
        <source>&amp;Minimum per entry:</source>
        <translation>&amp;Minimo per voce:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Termini di pa&amp;gamento:</translation>
    </message>
    <message>
        <source>Invoice &amp;language:</source>
        <translation>&amp;Lingua fatture:</translation>
    </message>
    <message>
        <source>Tax &amp;profile:</source>
        <translation>&amp;Profilo fiscale:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Anagrafica</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Codice destinatario: the seven characters the SDI delivers e-invoices to</source>
        <translation>Codice destinatario: i sette caratteri con cui lo SDI recapita le fatture elettroniche</translation>
    </message>
    <message>
        <source>The client's certified email (PEC), for e-invoices when there is no recipient code</source>
        <translation>La posta elettronica certificata (PEC) del cliente, per le fatture elettroniche quando manca il codice destinatario</translation>
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation>&amp;Stato o provincia:</translation>
    </message>
    <message>
        <source>GST&amp;IN:</source>
        <translation>GST&amp;IN:</translation>
    </message>
    <message>
        <source>Post&amp;code, city:</source>
        <translation>&amp;CAP, città:</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ClientListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ClientsPage</name>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>&amp;Nuovo cliente…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+Shift+N)</source>
        <translation>Aggiungi un cliente (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>New Client…</source>
        <translation>Nuovo cliente…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Invoice Unbilled Work…</source>
        <translation>Crea fattura per il lavoro non fatturato…</translation>
    </message>
    <message>
        <source>Not billed yet</source>
        <translation>Non ancora fatturato</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Ultima fattura</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Ancora nessun cliente</translation>
    </message>
    <message>
        <source>Add the people and companies you work for, with their rates and how they are billed.</source>
        <translation>Aggiungi le persone e le aziende per cui lavori, con le loro tariffe e le modalità di fatturazione.</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Scegli un cliente</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <translation>Partita IVA %1</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 l'ora</translation>
    </message>
    <message numerus="yes">
        <source>%1 · billed in %n-minute steps, rounded %2 · pays in %3 days</source>
        <translation>
            <numerusform>%1 · fatturazione a scatti di %n minuto, arrotondamento %2 · pagamento a %3 giorni</numerusform>
            <numerusform>%1 · fatturazione a scatti di %n minuti, arrotondamento %2 · pagamento a %3 giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>up</source>
        <translation>per eccesso</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>al più vicino</translation>
    </message>
    <message>
        <source>down</source>
        <translation>per difetto</translation>
    </message>
    <message>
        <source>Withholds tax (ritenuta d'acconto)</source>
        <translation>Applica la ritenuta d'acconto</translation>
    </message>
    <message>
        <source>Nothing: every piece of work is billed.</source>
        <translation>Niente: tutto il lavoro è stato fatturato.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ancora nessuna.</translation>
    </message>
    <message>
        <source>%1 of %2, %3 — %4</source>
        <translation>%1 del %2, %3 — %4</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagata</translation>
    </message>
    <message>
        <source>overdue, %1 still due</source>
        <translation>scaduta, %1 ancora da incassare</translation>
    </message>
    <message>
        <source>%1 still due</source>
        <translation>%1 ancora da incassare</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Bring the client back to the lists</source>
        <translation>Riporta il cliente negli elenchi</translation>
    </message>
    <message>
        <source>Hide the client from the lists; their history stays</source>
        <translation>Nascondi il cliente dagli elenchi; il suo storico resta</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 aggiunto.</translation>
    </message>
    <message>
        <source>The client was not restored</source>
        <translation>Impossibile ripristinare il cliente</translation>
    </message>
    <message>
        <source>The client was not archived</source>
        <translation>Impossibile archiviare il cliente</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 ripristinato.</translation>
    </message>
    <message>
        <source>Archived %1. Undo (Ctrl+Z) or “Show archived” brings them back.</source>
        <translation>%1 archiviato. Per ripristinarlo usa Annulla (Ctrl+Z) o «Mostra archiviati».</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>%1 an hour (the default rate)</source>
        <translation>%1 l'ora (tariffa predefinita)</translation>
    </message>
    <message>
        <source>No hourly rate yet</source>
        <translation>Nessuna tariffa oraria impostata</translation>
    </message>
    <message>
        <source>%1 h of work</source>
        <translation>%1 h di lavoro</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) of services</source>
        <translation>
            <numerusform>%n utilizzo di servizi</numerusform>
            <numerusform>%n utilizzi di servizi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h logged, %2 h billable</source>
        <translation>%1 h registrate, %2 h fatturabili</translation>
    </message>
    <message>
        <source>No time logged yet.</source>
        <translation>Ancora nessuna ora registrata.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1 owed back to the client</source>
        <translation>%1 da restituire al cliente</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>%1 dovuti</translation>
    </message>
    <message>
        <source>(%1 still due, less %2 of credit)</source>
        <translation>(%1 ancora dovuti, meno %2 di credito)</translation>
    </message>
    <message>
        <source>Nothing owed either way.</source>
        <translation>Nulla di dovuto da entrambe le parti.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n draft(s) not issued yet: issue from Invoices to bill it.</source>
        <translation>
            <numerusform>%1 su %n bozza non ancora emessa: emettila da Fatture per fatturarlo.</numerusform>
            <numerusform>%1 su %n bozze non ancora emesse: emettile da Fatture per fatturarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing beyond the drafts.</source>
        <translation>Niente oltre le bozze.</translation>
    </message>
    <message>
        <source>None in use. A pack of hours, units or credit is drawn down by the work it covers.</source>
        <translation>Nessuno in uso. Un pacchetto di ore, unità o credito viene scalato dal lavoro che comprende.</translation>
    </message>
    <message>
        <source>Sell a Pack…</source>
        <translation>Vendi un pacchetto…</translation>
    </message>
    <message>
        <source>Sell the client prepaid hours, units or credit, once or every period</source>
        <translation>Vendi al cliente ore, unità o credito prepagati, una volta o a ogni periodo</translation>
    </message>
    <message>
        <source>Prepaid packs</source>
        <translation>Pacchetti prepagati</translation>
    </message>
    <message>
        <source>%1 h covered by packs</source>
        <translation>%1 h coperte da pacchetti</translation>
    </message>
    <message>
        <source>%1 h held back: the pack is used up</source>
        <translation>%1 h trattenute: il pacchetto è esaurito</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>renews</source>
        <translation>si rinnova</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>esaurito</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>usato al %1 %</translation>
    </message>
    <message>
        <source>%1 beyond it</source>
        <translation>%1 oltre il pacchetto</translation>
    </message>
    <message>
        <source>billed elsewhere</source>
        <translation>fatturato altrove</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>fattura %1</translation>
    </message>
    <message>
        <source>on a draft invoice</source>
        <translation>in una bozza di fattura</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Estratto…</translation>
    </message>
    <message>
        <source>Write the pack's statement for the client, in their language</source>
        <translation>Scrivi l'estratto del pacchetto per il cliente, nella sua lingua</translation>
    </message>
    <message>
        <source>Sold %1 a pack.</source>
        <translation>Pacchetto venduto a %1.</translation>
    </message>
    <message>
        <source>Sold %1 a pack; its sale is on a draft invoice, to issue from Invoices.</source>
        <translation>Pacchetto venduto a %1; la vendita è in una bozza di fattura, da emettere da Fatture.</translation>
    </message>
    <message>
        <source>The statement was not written</source>
        <translation>L'estratto non è stato scritto</translation>
    </message>
    <message>
        <source>Write the Pack's Statement</source>
        <translation>Scrivi l'estratto del pacchetto</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>Documenti PDF (*.pdf);;File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the statement to %1.</source>
        <translation>Estratto scritto in %1.</translation>
    </message>
    <message>
        <source>Change what the pack covers, its price or its days</source>
        <translation>Modifica ciò che il pacchetto copre, il suo prezzo o i suoi giorni</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Chiudi…</translation>
    </message>
    <message>
        <source>End the pack today: later work no longer draws on it</source>
        <translation>Chiudi il pacchetto oggi: il lavoro successivo non lo scala più</translation>
    </message>
    <message>
        <source>The pack was not opened</source>
        <translation>Il pacchetto non è stato aperto</translation>
    </message>
    <message>
        <source>Saved the pack of %1.</source>
        <translation>Pacchetto di %1 salvato.</translation>
    </message>
    <message>
        <source>The pack was not closed</source>
        <translation>Il pacchetto non è stato chiuso</translation>
    </message>
    <message>
        <source>Close the Pack</source>
        <translation>Chiudi il pacchetto</translation>
    </message>
    <message>
        <source>Close %1's pack today? Work after today no longer draws on it; what it covered up to today stays covered, and what is left of it (%2) is not carried anywhere.</source>
        <translation>Chiudere oggi il pacchetto di %1? Il lavoro dopo oggi non lo scala più; ciò che ha coperto fino a oggi resta coperto, e ciò che ne resta (%2) non viene riportato altrove.</translation>
    </message>
    <message>
        <source>Close Pack</source>
        <translation>Chiudi pacchetto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Closed the pack of %1.</source>
        <translation>Pacchetto di %1 chiuso.</translation>
    </message>
    <message>
        <source>None. A fixed fee, such as mailbox management every month, goes on the client's draft invoice on each period's first day.</source>
        <translation>Nessuno. Un canone fisso, come la gestione della casella email ogni mese, va sulla bozza di fattura del cliente il primo giorno di ogni periodo.</translation>
    </message>
    <message>
        <source>Add a Recurring Fee…</source>
        <translation>Aggiungi un canone ricorrente…</translation>
    </message>
    <message>
        <source>Bill the client a fixed fee every week, month, quarter or year</source>
        <translation>Fattura al cliente un canone fisso ogni settimana, mese, trimestre o anno</translation>
    </message>
    <message>
        <source>Recurring fees</source>
        <translation>Canoni ricorrenti</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 a settimana</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mese</translation>
    </message>
    <message>
        <source>%1 a quarter</source>
        <translation>%1 al trimestre</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 all'anno</translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation>imposta %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>next on %1</source>
        <translation>prossimo il %1</translation>
    </message>
    <message>
        <source>waiting: the client is archived</source>
        <translation>in attesa: il cliente è archiviato</translation>
    </message>
    <message>
        <source>waiting: the client now bills in %1</source>
        <translation>in attesa: il cliente ora è fatturato in %1</translation>
    </message>
    <message>
        <source>Change the fee's price, description or last day</source>
        <translation>Modifica prezzo, descrizione o ultimo giorno del canone</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Stop billing the fee; the lines it already put on invoices stay</source>
        <translation>Smetti di fatturare il canone; le righe già messe in fattura restano</translation>
    </message>
    <message>
        <source>Added the fee for %1; its periods so far are on a draft invoice, to issue from Invoices.</source>
        <translation>Aggiunto il canone per %1; i periodi finora sono su una bozza di fattura, da emettere da Fatture.</translation>
    </message>
    <message>
        <source>Added the fee for %1.</source>
        <translation>Aggiunto il canone per %1.</translation>
    </message>
    <message>
        <source>The fee was not opened</source>
        <translation>Il canone non è stato aperto</translation>
    </message>
    <message>
        <source>Saved the fee for %1.</source>
        <translation>Salvato il canone per %1.</translation>
    </message>
    <message>
        <source>The fee was not deleted</source>
        <translation>Il canone non è stato eliminato</translation>
    </message>
    <message>
        <source>Delete the Recurring Fee</source>
        <translation>Elimina il canone ricorrente</translation>
    </message>
    <message>
        <source>Stop billing %1 “%2”? The lines it already put on invoices and drafts stay; no new period is added.</source>
        <translation>Smettere di fatturare a %1 “%2”? Le righe già messe in fatture e bozze restano; nessun nuovo periodo viene aggiunto.</translation>
    </message>
    <message>
        <source>Delete Fee</source>
        <translation>Elimina canone</translation>
    </message>
    <message>
        <source>Deleted the fee “%1”.</source>
        <translation>Eliminato il canone “%1”.</translation>
    </message>
    <message>
        <source>due from %1: goes on the draft within a minute</source>
        <translation>dovuto dal %1: va sulla bozza entro un minuto</translation>
    </message>
</context>
<context>
    <name>minuta::ui::Commands</name>
    <message>
        <source>Add client</source>
        <translation>Aggiunta cliente</translation>
    </message>
    <message>
        <source>Add time entry</source>
        <translation>Aggiunta voce</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Aggiunta servizio</translation>
    </message>
    <message>
        <source>Log units</source>
        <translation>Registrazione unità</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archiviazione cliente</translation>
    </message>
    <message>
        <source>Restore client</source>
        <translation>Ripristino cliente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n time entry(s)</source>
        <translation>
            <numerusform>Eliminazione di %n voce</numerusform>
            <numerusform>Eliminazione di %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete usage</source>
        <translation>Eliminazione utilizzo</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifica cliente</translation>
    </message>
    <message>
        <source>Edit time entry</source>
        <translation>Modifica voce</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifica servizio</translation>
    </message>
    <message>
        <source>Edit usage</source>
        <translation>Modifica utilizzo</translation>
    </message>
    <message>
        <source>Offer service again</source>
        <translation>Riattivazione servizio</translation>
    </message>
    <message>
        <source>Stop offering service</source>
        <translation>Disattivazione servizio</translation>
    </message>
    <message>
        <source>Split time entry</source>
        <translation>Divisione voce</translation>
    </message>
    <message>
        <source>Plan work</source>
        <translation>Pianificazione lavoro</translation>
    </message>
    <message>
        <source>Change planned work</source>
        <translation>Modifica lavoro pianificato</translation>
    </message>
    <message>
        <source>Delete planned work</source>
        <translation>Eliminazione lavoro pianificato</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Segna come non fatto</translation>
    </message>
</context>
<context>
    <name>minuta::ui::EntryDialog</name>
    <message>
        <source>Billable</source>
        <translation>Fatturabile</translation>
    </message>
    <message>
        <source>Own hourly rate:</source>
        <translation>Tariffa oraria specifica:</translation>
    </message>
    <message>
        <source>Edit Time Entry</source>
        <translation>Modifica voce</translation>
    </message>
    <message>
        <source>Add Time Entry</source>
        <translation>Aggiungi voce</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
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
        <source>1:15</source>
        <translation>1:15</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>How long the work lasted: 1:15, or 75 minutes</source>
        <translation>Quanto è durato il lavoro: 1:15, oppure 75 minuti</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Hourly rate of this entry</source>
        <translation>Tariffa oraria di questa voce</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Orario:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>&amp;Attività:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrizione:</translation>
    </message>
    <message>
        <source>That time does not exist in your time zone: the clocks changed.</source>
        <translation>Questo orario non esiste nel tuo fuso orario a causa del cambio dell'ora.</translation>
    </message>
    <message>
        <source>– still running; the timer stops it</source>
        <translation>– ancora in corso; la chiuderà il timer</translation>
    </message>
    <message>
        <source>Unless given its own, the entry bills at the client's rate, %1</source>
        <translation>Se non ha una tariffa propria, la voce si fattura alla tariffa del cliente, %1</translation>
    </message>
    <message>
        <source>The client has no rate, nor the business a default one</source>
        <translation>Il cliente non ha una tariffa, né l'attività una predefinita</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ImportDialog</name>
    <message>
        <source>&amp;Add the clients that are not in Minuta</source>
        <translation>&amp;Aggiungi i clienti che non sono in Minuta</translation>
    </message>
    <message>
        <source>Import Time Entries</source>
        <translation>Importa voci di tempo</translation>
    </message>
    <message>
        <source>Year first (2026-11-02)</source>
        <translation>Prima l'anno (2026-11-02)</translation>
    </message>
    <message>
        <source>Day first (02/11/2026)</source>
        <translation>Prima il giorno (02/11/2026)</translation>
    </message>
    <message>
        <source>Month first (11/02/2026)</source>
        <translation>Prima il mese (11/02/2026)</translation>
    </message>
    <message>
        <source>Day first with dots (02.11.2026)</source>
        <translation>Prima il giorno, con punti (02.11.2026)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fatturabile</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Righe da importare</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Dates written:</source>
        <translation>&amp;Date scritte:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nuovo)</translation>
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
        <source>Already in Minuta: skipped</source>
        <translation>Già in Minuta: saltata</translation>
    </message>
    <message>
        <source>A %1 export, read as %2.</source>
        <translation>Un'esportazione di %1, letta come %2.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Letto come %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to import (%1 of work).</source>
        <translation>
            <numerusform>%n voce da importare (%1 di lavoro).</numerusform>
            <numerusform>%n voci da importare (%1 di lavoro).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in Minuta, skipped.</source>
        <translation>
            <numerusform>%n già in Minuta, saltata.</numerusform>
            <numerusform>%n già in Minuta, saltate.</numerusform>
        </translation>
    </message>
    <message>
        <source>New clients: %1.</source>
        <translation>Nuovi clienti: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) are shown.</source>
        <translation>
            <numerusform>È mostrata la prima riga.</numerusform>
            <numerusform>Sono mostrate le prime %n righe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) that cannot be read.</source>
        <translation>
            <numerusform>… e %n altra riga che non si può leggere.</numerusform>
            <numerusform>… e altre %n righe che non si possono leggere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until these are put right in the file:</source>
        <translation>Non si può importare nulla finché questi punti non sono corretti nel file:</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) (%1 of work).</source>
        <translation>
            <numerusform>Importata %n voce (%1 di lavoro).</numerusform>
            <numerusform>Importate %n voci (%1 di lavoro).</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the clients: %1.</source>
        <translation>Clienti aggiunti: %1.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceActions</name>
    <message>
        <source>Issue the Invoice?</source>
        <translation>Emettere la fattura?</translation>
    </message>
    <message>
        <source>The invoice for %1 (%2) gets the next number and can no longer change; its work is marked as billed.</source>
        <translation>La fattura per %1 (%2) riceverà il prossimo numero e non potrà più essere modificata; il lavoro che contiene sarà segnato come fatturato.</translation>
    </message>
    <message>
        <source>The invoice was not issued</source>
        <translation>Impossibile emettere la fattura</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Fattura %1 emessa.</translation>
    </message>
    <message>
        <source>Export Invoice as PDF</source>
        <translation>Esporta fattura in PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Impossibile salvare il PDF</translation>
    </message>
    <message>
        <source>PDF Saved</source>
        <translation>PDF salvato</translation>
    </message>
    <message>
        <source>“%1” is saved. Open it now?</source>
        <translation>«%1» è stato salvato. Vuoi aprirlo ora?</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <source>Record a Payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bonifico bancario</translation>
    </message>
    <message>
        <source>Invoice %1 for %2: %3 still due.</source>
        <translation>Fattura %1 per %2: %3 ancora da incassare.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ricevuto il:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importo (%1):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Invoice %1 is paid.</source>
        <translation>La fattura %1 è stata saldata.</translation>
    </message>
    <message>
        <source>Payment recorded; %1 still due.</source>
        <translation>Pagamento registrato; %1 ancora da incassare.</translation>
    </message>
    <message>
        <source>Cancel the Invoice?</source>
        <translation>Stornare la fattura?</translation>
    </message>
    <message>
        <source>Invoice %1 is cancelled by a credit note with a number of its own. Its work can then be billed again.</source>
        <translation>La fattura %1 verrà stornata con una nota di credito, che avrà un proprio numero. Il lavoro che contiene potrà poi essere fatturato di nuovo.</translation>
    </message>
    <message>
        <source>The invoice was not cancelled</source>
        <translation>Impossibile stornare la fattura</translation>
    </message>
    <message>
        <source>Invoice %1 is cancelled by credit note %2.</source>
        <translation>La fattura %1 è stata stornata con la nota di credito %2.</translation>
    </message>
    <message>
        <source>Delete the Draft?</source>
        <translation>Eliminare la bozza?</translation>
    </message>
    <message>
        <source>The draft goes, and its work is free to be billed again.</source>
        <translation>La bozza verrà eliminata e il lavoro che contiene potrà essere fatturato di nuovo.</translation>
    </message>
    <message>
        <source>The draft was not deleted</source>
        <translation>Impossibile eliminare la bozza</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Bozza eliminata.</translation>
    </message>
    <message>
        <source>Exchange Rate</source>
        <translation>Tasso di cambio</translation>
    </message>
    <message>
        <source>How many %1 make one euro on %2? The invoice also states its taxable amounts and VAT in euros.</source>
        <translation>Quanti %1 fanno un euro il %2? La fattura indica imponibili e IVA anche in euro.</translation>
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation>Il tasso di cambio deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Complete the client's details now?</source>
        <translation>Completare ora i dati del cliente?</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>Denaro ricevuto</translation>
    </message>
    <message>
        <source>Credit of %1 (%2 left)</source>
        <translation>Credito di %1 (%2 rimasti)</translation>
    </message>
    <message>
        <source>&amp;Paid with:</source>
        <translation>&amp;Pagato con:</translation>
    </message>
    <message>
        <source>The %1 the client paid stays on the credit note, owed back to them: as a refund, or as credit on a later invoice.</source>
        <translation>I %1 pagati dal cliente restano sulla nota di credito, da restituire: come rimborso o come credito su una fattura successiva.</translation>
    </message>
    <message>
        <source>Record a Refund</source>
        <translation>Registra un rimborso</translation>
    </message>
    <message>
        <source>Credit note %1 owes %2 back to %3.</source>
        <translation>La nota di credito %1 deve restituire %2 a %3.</translation>
    </message>
    <message>
        <source>&amp;Given back on:</source>
        <translation>&amp;Restituito il:</translation>
    </message>
    <message>
        <source>Refund recorded; credit note %1 owes nothing more.</source>
        <translation>Rimborso registrato; la nota di credito %1 non deve più nulla.</translation>
    </message>
    <message>
        <source>Refund recorded; %1 still owed back.</source>
        <translation>Rimborso registrato; %1 ancora da restituire.</translation>
    </message>
    <message>
        <source>Edit Client…</source>
        <translation>Modifica cliente…</translation>
    </message>
    <message>
        <source>Business Settings…</source>
        <translation>Impostazioni attività…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The Electronic Invoice Is Not Complete</source>
        <translation>La fattura elettronica non è completa</translation>
    </message>
    <message>
        <source>An Italian invoice is sent as an electronic invoice, and this one would lack:</source>
        <translation>Una fattura italiana si invia come fattura elettronica, e a questa mancherebbe:</translation>
    </message>
    <message>
        <source>Complete these details, then issue the invoice.</source>
        <translation>Completa questi dati, poi emetti la fattura.</translation>
    </message>
    <message>
        <source>Export Electronic Invoice</source>
        <translation>Esporta fattura elettronica</translation>
    </message>
    <message>
        <source>FatturaPA files (*.xml)</source>
        <translation>File FatturaPA (*.xml)</translation>
    </message>
    <message>
        <source>The electronic invoice was not saved</source>
        <translation>La fattura elettronica non è stata salvata</translation>
    </message>
    <message>
        <source>Saved %1. Send it through your intermediary or the Fatture e Corrispettivi portal.</source>
        <translation>Salvata %1. Inviala tramite il tuo intermediario o il portale Fatture e Corrispettivi.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceDialog</name>
    <message>
        <source>Issue date</source>
        <translation>Data di emissione</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data di scadenza</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Importo dello sconto</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Discount in percent</source>
        <translation>Sconto in percentuale</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Note stampate sulla fattura</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Data di emissione:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Data di &amp;scadenza:</translation>
    </message>
    <message>
        <source>Dis&amp;count:</source>
        <translation>S&amp;conto:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Righe della fattura</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>Aggiungi riga…</translation>
    </message>
    <message>
        <source>Edit Line…</source>
        <translation>Modifica riga…</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Emetti…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF with &amp;Timesheet…</source>
        <translation>PDF con dettaglio &amp;ore…</translation>
    </message>
    <message>
        <source>Record Pa&amp;yment…</source>
        <translation>Registra pa&amp;gamento…</translation>
    </message>
    <message>
        <source>Cancel with Credit Note…</source>
        <translation>Storna con nota di credito…</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Elimina bozza</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornata</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagata</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagata in parte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Draft Invoice for %1</source>
        <translation>Bozza di fattura per %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Draft for %1</source>
        <translation>Bozza per %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>del %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>work from %1 to %2</source>
        <translation>lavoro dal %1 al %2</translation>
    </message>
    <message>
        <source>cancels invoice %1</source>
        <translation>storna la fattura %1</translation>
    </message>
    <message>
        <source>Paid %1 on %2%3</source>
        <translation>Pagamento di %1 il %2%3</translation>
    </message>
    <message>
        <source>The line was not removed</source>
        <translation>Impossibile rimuovere la riga</translation>
    </message>
    <message>
        <source>Line removed; its work is free to bill again.</source>
        <translation>Riga rimossa; il lavoro che conteneva può essere fatturato di nuovo.</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>In attesa di pagamento</translation>
    </message>
    <message>
        <source>Record &amp;Refund…</source>
        <translation>Registra &amp;rimborso…</translation>
    </message>
    <message>
        <source>Paid %1 on %2 from credit note %3%4</source>
        <translation>Pagati %1 il %2 dalla nota di credito %3%4</translation>
    </message>
    <message>
        <source>The client had paid %1 on invoice %2.</source>
        <translation>Il cliente aveva pagato %1 sulla fattura %2.</translation>
    </message>
    <message>
        <source>Refunded %1 on %2%3</source>
        <translation>Rimborsati %1 il %2%3</translation>
    </message>
    <message>
        <source>Used %1 of the credit on later invoices.</source>
        <translation>Usati %1 del credito su fatture successive.</translation>
    </message>
    <message>
        <source>Nothing more is owed back to the client.</source>
        <translation>Al cliente non si deve più nulla.</translation>
    </message>
    <message>
        <source>Owed back to the client: %1</source>
        <translation>Da restituire al cliente: %1</translation>
    </message>
    <message>
        <source>E-invoice (&amp;XML)…</source>
        <translation>Fattura elettronica (&amp;XML)…</translation>
    </message>
    <message>
        <source>Export the electronic invoice (FatturaPA) to send through the SdI</source>
        <translation>Esporta la fattura elettronica (FatturaPA) da inviare tramite lo SdI</translation>
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceLineModel</name>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
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
        <source>Tax</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>inversione contabile</translation>
    </message>
</context>
<context>
    <name>minuta::ui::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornata</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagata</translation>
    </message>
    <message>
        <source>Partly paid, overdue</source>
        <translation>Pagata in parte, scaduta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagata in parte</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>In attesa di pagamento</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Fattura elettronica</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non esportata</translation>
    </message>
    <message>
        <source>Its electronic invoice (XML) was last exported on %1 at %2.</source>
        <translation>La sua fattura elettronica (XML) è stata esportata l'ultima volta il %1 alle %2.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::InvoicesPage</name>
    <message>
        <source>&amp;New Invoice…</source>
        <translation>&amp;Nuova fattura…</translation>
    </message>
    <message>
        <source>Invoice a client's unbilled work (Ctrl+I)</source>
        <translation>Crea una fattura per il lavoro non ancora fatturato di un cliente (Ctrl+I)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Emetti…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>Registra pagamento…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Storna…</translation>
    </message>
    <message>
        <source>Cancel the invoice with a credit note</source>
        <translation>Storna la fattura con una nota di credito</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Elimina bozza</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Tutte le fatture</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Non pagate</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagate</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornate</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>No invoices here</source>
        <translation>Nessuna fattura qui</translation>
    </message>
    <message>
        <source>Make an invoice from a client's unbilled work: choose the period, check the lines and totals, then keep it as a draft or issue it.</source>
        <translation>Crea una fattura dal lavoro non fatturato di un cliente: scegli il periodo, controlla righe e totali, poi salvala come bozza o emettila.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n fattura</numerusform>
            <numerusform>%n fatture</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>niente da incassare</translation>
    </message>
    <message>
        <source>%1 still owed</source>
        <translation>%1 ancora da incassare</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n scaduta</numerusform>
            <numerusform>%n scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Refund…</source>
        <translation>Registra rimborso…</translation>
    </message>
    <message>
        <source>Record money given back to the client out of a credit note</source>
        <translation>Registra denaro restituito al cliente da una nota di credito</translation>
    </message>
    <message>
        <source>%1 owed back to clients</source>
        <translation>%1 da restituire ai clienti</translation>
    </message>
    <message>
        <source>Export E-invoice…</source>
        <translation>Esporta fattura elettronica…</translation>
    </message>
    <message>
        <source>Export the electronic invoice (FatturaPA XML) to send through the SdI</source>
        <translation>Esporta la fattura elettronica (XML FatturaPA) da inviare tramite lo SdI</translation>
    </message>
    <message>
        <source>Invoice All Clients…</source>
        <translation>Fattura tutti i clienti…</translation>
    </message>
    <message>
        <source>Make a draft for every client with unbilled work in a period, to review</source>
        <translation>Crea una bozza per ogni cliente con lavoro non fatturato in un periodo, da controllare</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) made; each waits here to be reviewed and issued.</source>
        <translation>
            <numerusform>%n bozza creata; attende qui di essere controllata ed emessa.</numerusform>
            <numerusform>%n bozze create; attendono qui di essere controllate ed emesse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::LineDialog</name>
    <message>
        <source>Own tax rate:</source>
        <translation>Aliquota specifica:</translation>
    </message>
    <message>
        <source>Edit Line</source>
        <translation>Modifica riga</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>&amp;Price per unit (%1):</source>
        <translation>&amp;Prezzo unitario (%1):</translation>
    </message>
    <message>
        <source>Expense paid in the client's name</source>
        <translation>Spesa anticipata per conto del cliente</translation>
    </message>
    <message>
        <source>Outside VAT (art. 15 DPR 633/72), the pension contribution, the withholding and the discount, unless you give it its own tax rate.</source>
        <translation>Esclusa da IVA (art. 15 DPR 633/72), contributo previdenziale, ritenuta e sconto, a meno che tu non le dia un'aliquota propria.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::MainWindow</name>
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
    <message>
        <source>Start a new, empty Minuta file</source>
        <translation>Crea un nuovo file di Minuta vuoto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Lavoro</translation>
    </message>
    <message>
        <source>Start or Stop the &amp;Timer</source>
        <translation>Avvia o ferma il &amp;timer</translation>
    </message>
    <message>
        <source>Start the timer for the client in the bar, switch to it, or stop it (Ctrl+T)</source>
        <translation>Avvia il timer per il cliente nella barra, passalo a quel cliente o fermalo (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Add Time Entry…</source>
        <translation>&amp;Aggiungi voce…</translation>
    </message>
    <message>
        <source>&amp;Log Units…</source>
        <translation>&amp;Registra unità…</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>Nuovo &amp;cliente…</translation>
    </message>
    <message>
        <source>New &amp;Invoice…</source>
        <translation>Nuova &amp;fattura…</translation>
    </message>
    <message>
        <source>Start the Last Client</source>
        <translation>Avvia il timer dell'ultimo cliente</translation>
    </message>
    <message>
        <source>Stop the Timer</source>
        <translation>Ferma il timer</translation>
    </message>
    <message>
        <source>Show Minuta</source>
        <translation>Mostra Minuta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Minuta</source>
        <translation>Minuta</translation>
    </message>
    <message>
        <source>Minuta: %1</source>
        <translation>Minuta: %1</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Operazione non riuscita</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <source>&amp;Plan Work…</source>
        <translation>&amp;Pianifica lavoro…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>Copy the file into its backups folder now</source>
        <translation>Copia adesso il file nella sua cartella dei backup</translation>
    </message>
    <message>
        <source>See the copies of the file and restore one</source>
        <translation>Vedi le copie del file e ripristinane una</translation>
    </message>
    <message>
        <source>Today's copy of the file could not be made: %1</source>
        <translation>Non è stato possibile fare la copia di oggi del file: %1</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Nessuna copia creata</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>Copiato in %1.</translation>
    </message>
    <message>
        <source>The copy was not restored</source>
        <translation>La copia non è stata ripristinata</translation>
    </message>
    <message>
        <source>Restored. What the file held before is kept as %1 in the backups folder.</source>
        <translation>Ripristinato. Il contenuto precedente è conservato come %1 nella cartella dei backup.</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Restore one of its copies, start a new file, or open another one.</source>
        <translation>Non è stato possibile aprire “%1”. Ripristina una delle sue copie, crea un nuovo file o aprine un altro.</translation>
    </message>
    <message>
        <source>Backups and Res&amp;tore…</source>
        <translation>Backup e ri&amp;pristino…</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Il file è danneggiato</translation>
    </message>
    <message>
        <source>Others can read this file</source>
        <translation>Altri possono leggere questo file</translation>
    </message>
    <message>
        <source>Other people who use this computer can read “%1”: your clients, your work and your invoices. Minuta keeps its files private to you.</source>
        <translation>Altre persone che usano questo computer possono leggere «%1»: i tuoi clienti, il tuo lavoro e le tue fatture. Minuta tiene i suoi file riservati a te.</translation>
    </message>
    <message>
        <source>Make It Private</source>
        <translation>Rendilo privato</translation>
    </message>
    <message>
        <source>Leave It Shared</source>
        <translation>Lascialo condiviso</translation>
    </message>
    <message>
        <source>Only you can read the file now.</source>
        <translation>Ora solo tu puoi leggere il file.</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>&amp;Compatta</translation>
    </message>
    <message>
        <source>Only the timer, on a small window (%1)</source>
        <translation>Solo il timer, in una finestra piccola (%1)</translation>
    </message>
    <message>
        <source>Your business is set up. Add your first client to start the timer.</source>
        <translation>La tua attività è configurata. Aggiungi il primo cliente per avviare il timer.</translation>
    </message>
    <message>
        <source>Set up your business any time in Settings (%1).</source>
        <translation>Puoi configurare la tua attività in qualsiasi momento nelle Impostazioni (%1).</translation>
    </message>
    <message>
        <source>Invoice &amp;All Clients…</source>
        <translation>Fattura &amp;tutti i clienti…</translation>
    </message>
    <message>
        <source>&amp;Import Time Entries…</source>
        <translation>&amp;Importa voci di tempo…</translation>
    </message>
    <message>
        <source>Add time entries from a CSV: Minuta's own, Toggl Track, Clockify, Kimai or a spreadsheet; you see them before anything is stored</source>
        <translation>Aggiungi voci di tempo da un CSV: di Minuta, Toggl Track, Clockify, Kimai o un foglio di calcolo; le vedi prima che sia salvato qualcosa</translation>
    </message>
    <message>
        <source>Import Time Entries</source>
        <translation>Importa voci di tempo</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>File CSV (*.csv *.txt *.tsv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (%2, %3 due)</source>
        <translation>%1 (%2, %3 dovuti)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue</source>
        <translation>
            <numerusform>%n fattura scaduta</numerusform>
            <numerusform>%n fatture scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Minuta running?</source>
        <translation>Tenere Minuta aperto?</translation>
    </message>
    <message>
        <source>The timer for %1 is running. Keep Minuta in the tray, where the timer stays in sight? Settings can change this later.</source>
        <translation>Il timer per %1 è in corso. Tenere Minuta nell'area di notifica, dove il timer resta in vista? Si può cambiare più tardi nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Tieni nell'area di notifica</translation>
    </message>
    <message>
        <source>Minuta is still running</source>
        <translation>Minuta è ancora aperto</translation>
    </message>
    <message>
        <source>The timer for %1 goes on. Click Minuta's icon to bring the window back.</source>
        <translation>Il timer per %1 continua. Fai clic sull'icona di Minuta per riaprire la finestra.</translation>
    </message>
    <message>
        <source>Retainers could not renew: %1</source>
        <translation>Non è stato possibile rinnovare i canoni: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retainer period(s) began; each is sold on the client's draft invoice.</source>
        <translation>
            <numerusform>È iniziato %n periodo di canone; è venduto nella bozza di fattura del cliente.</numerusform>
            <numerusform>Sono iniziati %n periodi di canone; ognuno è venduto nella bozza di fattura del cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring fees could not be added: %1</source>
        <translation>Non è stato possibile aggiungere i canoni fissi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recurring fee(s) added to draft invoices.</source>
        <translation>
            <numerusform>%n canone fisso aggiunto alle bozze di fattura.</numerusform>
            <numerusform>%n canoni fissi aggiunti alle bozze di fattura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 logged (%2)</source>
        <translation>%1 registrate (%2)</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>niente di registrato</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 previste</translation>
    </message>
    <message>
        <source>deadline: %1 (%2)</source>
        <translation>scadenza: %1 (%2)</translation>
    </message>
    <message>
        <source>light day</source>
        <translation>giornata leggera</translation>
    </message>
    <message>
        <source>full day</source>
        <translation>giornata piena</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>oltre la capacità</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
</context>
<context>
    <name>minuta::ui::MonthlyReportModel</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Billable hours</source>
        <translation>Ore fatturabili</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fatturabile</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Non fatturato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Da incassare</translation>
    </message>
    <message>
        <source>Time logged, by the month the work started</source>
        <translation>Ore registrate, per mese di inizio del lavoro</translation>
    </message>
    <message>
        <source>The part of it that is billable</source>
        <translation>La parte fatturabile</translation>
    </message>
    <message>
        <source>What the billable time and the units used are worth, priced as an invoice prices them</source>
        <translation>Il valore delle ore fatturabili e delle unità utilizzate, calcolato come in fattura</translation>
    </message>
    <message>
        <source>The part of that worth not on an invoice yet</source>
        <translation>La parte di quel valore non ancora fatturata</translation>
    </message>
    <message>
        <source>Nothing logged or invoiced in this period.</source>
        <translation>Niente di registrato o fatturato in questo periodo.</translation>
    </message>
    <message>
        <source>Invoiced (net)</source>
        <translation>Fatturato (netto)</translation>
    </message>
    <message>
        <source>Invoiced (gross)</source>
        <translation>Fatturato (lordo)</translation>
    </message>
    <message>
        <source>Net of the invoices issued that month, before taxes, less credit notes: the revenue</source>
        <translation>Imponibile delle fatture emesse nel mese, prima delle imposte, meno le note di credito: il ricavo</translation>
    </message>
    <message>
        <source>What the invoices issued that month ask the client to pay: taxes included, less tax the client withholds, less credit notes. Paid and outstanding are on this basis</source>
        <translation>Quanto le fatture emesse nel mese chiedono di pagare al cliente: imposte comprese, meno la ritenuta del cliente, meno le note di credito. Incassato e da incassare sono su questa base</translation>
    </message>
    <message>
        <source>Payments received that month, as the gross figure: taxes included</source>
        <translation>Pagamenti ricevuti nel mese, come il lordo: imposte comprese</translation>
    </message>
    <message>
        <source>Still owed on the invoices issued that month, as the gross figure: taxes included</source>
        <translation>Ancora dovuto sulle fatture emesse nel mese, come il lordo: imposte comprese</translation>
    </message>
    <message>
        <source>In all: %1 h, %2 h billable · worth %3 · unbilled %4 · invoiced %5 net, %6 gross · paid %7 · outstanding %8</source>
        <translation>In tutto: %1 h, %2 h fatturabili · valore %3 · non fatturato %4 · fatturato %5 netto, %6 lordo · incassato %7 · da incassare %8</translation>
    </message>
</context>
<context>
    <name>minuta::ui::NewInvoiceDialog</name>
    <message>
        <source>New Invoice</source>
        <translation>Nuova fattura</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Everything not billed</source>
        <translation>Tutto il non fatturato</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Scegli le date…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>Una riga per voce</translation>
    </message>
    <message>
        <source>One line per day</source>
        <translation>Una riga per giorno</translation>
    </message>
    <message>
        <source>One line per task</source>
        <translation>Una riga per attività</translation>
    </message>
    <message>
        <source>One line in all</source>
        <translation>Un'unica riga</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Righe della fattura</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Time as:</source>
        <translation>Righe delle &amp;ore:</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Salva come &amp;bozza</translation>
    </message>
    <message>
        <source>&amp;Issue Now</source>
        <translation>&amp;Emetti ora</translation>
    </message>
    <message>
        <source>Keep the invoice as a draft you can still change; its work is set aside</source>
        <translation>Salva la fattura come bozza ancora modificabile; il lavoro incluso resta riservato a questa fattura</translation>
    </message>
    <message>
        <source>Give the invoice its number now; it can no longer change</source>
        <translation>Assegna subito il numero alla fattura; poi non potrà più essere modificata</translation>
    </message>
    <message>
        <source>Add a client first.</source>
        <translation>Prima aggiungi un cliente.</translation>
    </message>
    <message>
        <source>The invoice was not made</source>
        <translation>La fattura non è stata creata</translation>
    </message>
    <message>
        <source>Draft saved for %1.</source>
        <translation>Bozza salvata per %1.</translation>
    </message>
    <message>
        <source>The invoice is saved as a draft</source>
        <translation>La fattura è stata salvata come bozza</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Fattura %1 emessa.</translation>
    </message>
    <message>
        <source>Everything logged for %1 is billed already.</source>
        <translation>Tutto ciò che è registrato per %1 è già stato fatturato.</translation>
    </message>
    <message>
        <source>There is no unbilled work for %1 from %2 to %3.</source>
        <translation>Non c'è lavoro non fatturato per %1 dal %2 al %3.</translation>
    </message>
    <message>
        <source>Outside this period %1 is not billed yet: choose “Everything not billed” to see it.</source>
        <translation>Fuori da questo periodo c'è altro da fatturare (%1): scegli «Tutto il non fatturato» per vederlo.</translation>
    </message>
    <message>
        <source>%1 — %2 not billed</source>
        <translation>%1 — %2 non fatturati</translation>
    </message>
</context>
<context>
    <name>minuta::ui::PackDialog</name>
    <message>
        <source>Ends on:</source>
        <translation>Finisce il:</translation>
    </message>
    <message>
        <source>Already billed outside Minuta: no line on a draft invoice</source>
        <translation>Già fatturato fuori da Minuta: nessuna riga in una bozza di fattura</translation>
    </message>
    <message>
        <source>Sell a Pack to %1</source>
        <translation>Vendi un pacchetto a %1</translation>
    </message>
    <message>
        <source>Optional, such as “Autumn”</source>
        <translation>Facoltativo, ad esempio «Autunno»</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No units</source>
        <translation>Nessuna unità</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Does not renew</source>
        <translation>Non si rinnova</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Ogni trimestre</translation>
    </message>
    <message>
        <source>Unused hours carried into the next period, at most</source>
        <translation>Ore non usate riportate al periodo successivo, al massimo</translation>
    </message>
    <message>
        <source>Bill it on the client's usual terms</source>
        <translation>Fatturalo alle condizioni abituali del cliente</translation>
    </message>
    <message>
        <source>Bill it at an hourly rate of:</source>
        <translation>Fatturalo a una tariffa oraria di:</translation>
    </message>
    <message>
        <source>Hold it back and warn me</source>
        <translation>Trattienilo e avvisami</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation>&amp;Credito:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prezzo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;Renews:</source>
        <translation>&amp;Rinnovo:</translation>
    </message>
    <message>
        <source>Carry &amp;over:</source>
        <translation>Ri&amp;porto:</translation>
    </message>
    <message>
        <source>&amp;Beyond it:</source>
        <translation>&amp;Oltre:</translation>
    </message>
    <message>
        <source>Work for %1 from the first day draws the pack down, oldest pack first; what it covers shows on invoices at no charge.</source>
        <translation>Il lavoro per %1 dal primo giorno scala il pacchetto, a partire dal più vecchio; ciò che copre compare in fattura senza addebito.</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Another Service</source>
        <translation>Un altro servizio</translation>
    </message>
    <message>
        <source>Cover units of one more service</source>
        <translation>Copri le unità di un altro servizio</translation>
    </message>
    <message>
        <source>Edit a Pack of %1</source>
        <translation>Modifica un pacchetto di %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Leave this service out</source>
        <translation>Togli questo servizio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is chosen twice; give its units once.</source>
        <translation>%1 è scelto due volte; indica le sue unità una volta sola.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::PackReportModel</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Packs sold</source>
        <translation>Pacchetti venduti</translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation>Ore vendute</translation>
    </message>
    <message>
        <source>Sold for</source>
        <translation>Venduti per</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Ore usate</translation>
    </message>
    <message>
        <source>Packs ended</source>
        <translation>Pacchetti terminati</translation>
    </message>
    <message>
        <source>Hours unused</source>
        <translation>Ore non usate</translation>
    </message>
    <message>
        <source>Packs and retainer periods whose first day is in the month</source>
        <translation>Pacchetti e periodi di abbonamento il cui primo giorno cade nel mese</translation>
    </message>
    <message>
        <source>The hours those packs cover</source>
        <translation>Le ore che quei pacchetti coprono</translation>
    </message>
    <message>
        <source>Their prices, in each currency they were sold in</source>
        <translation>I loro prezzi, in ogni valuta in cui sono stati venduti</translation>
    </message>
    <message>
        <source>Billed time of the month's work that packs covered</source>
        <translation>Il tempo conteggiato (arrotondato) del lavoro del mese coperto dai pacchetti</translation>
    </message>
    <message>
        <source>Packs past their last day, or closed, in the month</source>
        <translation>Pacchetti arrivati all'ultimo giorno, o chiusi, nel mese</translation>
    </message>
    <message>
        <source>What those packs left unused, less the hours a retainer carried into its next period</source>
        <translation>Quanto quei pacchetti hanno lasciato inutilizzato, meno le ore che un abbonamento ha riportato al periodo successivo</translation>
    </message>
    <message>
        <source>No packs in these months. Sell one from a client's page.</source>
        <translation>Nessun pacchetto in questi mesi. Vendine uno dalla pagina di un cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) sold, %1 h for %2</source>
        <translation>
            <numerusform>%n pacchetto venduto, %1 h per %2</numerusform>
            <numerusform>%n pacchetti venduti, %1 h per %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h used</source>
        <translation>%1 h usate</translation>
    </message>
    <message numerus="yes">
        <source>%n ended, leaving %1 h unused</source>
        <translation>
            <numerusform>%n terminato, con %1 h non usate</numerusform>
            <numerusform>%n terminati, con %1 h non usate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minuta::ui::PlanDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>Fi&amp;no al:</translation>
    </message>
    <message>
        <source>Edit Planned Work</source>
        <translation>Modifica lavoro pianificato</translation>
    </message>
    <message>
        <source>Plan Work</source>
        <translation>Pianifica lavoro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Newsletter mensile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Estimate in minutes</source>
        <translation>Stima in minuti</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <source>Last day of the repetitions</source>
        <translation>Ultimo giorno delle ripetizioni</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>for</source>
        <translation>per</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripetizione:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Changes here apply to every repetition.</source>
        <translation>Le modifiche valgono per tutte le ripetizioni.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete this work with every repetition; Ctrl+Z brings it back</source>
        <translation>Elimina questo lavoro con tutte le ripetizioni; Ctrl+Z lo ripristina</translation>
    </message>
    <message>
        <source>That time does not exist in your time zone: the clocks changed.</source>
        <translation>Questo orario non esiste nel tuo fuso orario a causa del cambio dell'ora.</translation>
    </message>
    <message>
        <source>Add a client first.</source>
        <translation>Prima aggiungi un cliente.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::RecurringDialog</name>
    <message>
        <source>Its own tax rate:</source>
        <translation>Aliquota propria:</translation>
    </message>
    <message>
        <source>Last period starts by:</source>
        <translation>Ultimo periodo entro il:</translation>
    </message>
    <message>
        <source>Add a Recurring Fee for %1</source>
        <translation>Aggiungi un canone ricorrente per %1</translation>
    </message>
    <message>
        <source>Mailbox management</source>
        <translation>Gestione casella email</translation>
    </message>
    <message>
        <source>Left unticked, the line bears the invoice's standard rate</source>
        <translation>Se non spuntata, la riga ha l'aliquota ordinaria della fattura</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Ogni trimestre</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Ogni anno</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>&amp;Price each:</source>
        <translation>&amp;Prezzo unitario:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Fatturato:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Da&amp;l:</translation>
    </message>
    <message>
        <source>Each period goes on %1's draft invoice on its first day, or the next time Minuta opens; periods already begun go on now.</source>
        <translation>Ogni periodo va sulla bozza di fattura di %1 il suo primo giorno, o alla prossima apertura di Minuta; i periodi già iniziati vanno subito.</translation>
    </message>
    <message>
        <source>Add Fee</source>
        <translation>Aggiungi canone</translation>
    </message>
    <message>
        <source>Edit a Recurring Fee of %1</source>
        <translation>Modifica un canone ricorrente di %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Periods up to the one from %1 are on invoices already</source>
        <translation>I periodi fino a quello dal %1 sono già in fattura</translation>
    </message>
    <message>
        <source>No period starts after the last day: nothing more will be billed.</source>
        <translation>Nessun periodo inizia dopo l'ultimo giorno: non verrà fatturato altro.</translation>
    </message>
    <message>
        <source>The periods from %1 to today go on the draft as soon as it is saved.</source>
        <translation>I periodi dal %1 a oggi vanno sulla bozza appena salvi.</translation>
    </message>
    <message>
        <source>Next on the draft: the period from %1.</source>
        <translation>Prossimo sulla bozza: il periodo dal %1.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ReportsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Dal mese</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Al mese</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Save the table shown as comma-separated values for a spreadsheet</source>
        <translation>Salva la tabella visualizzata come valori separati da virgole (CSV) per un foglio di calcolo</translation>
    </message>
    <message>
        <source>Save the whole report, tables and charts, as a PDF</source>
        <translation>Salva l'intero resoconto, con tabelle e grafici, in PDF</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Hours and money per client and month</source>
        <translation>Ore e importi per cliente e mese</translation>
    </message>
    <message>
        <source>Units per service</source>
        <translation>Unità per servizio</translation>
    </message>
    <message>
        <source>Unpaid invoices by age</source>
        <translation>Fatture non pagate per anzianità</translation>
    </message>
    <message>
        <source>Hours per client</source>
        <translation>Ore per cliente</translation>
    </message>
    <message>
        <source>By Client and Month</source>
        <translation>Per cliente e mese</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Unpaid Invoices</source>
        <translation>Fatture non pagate</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation>Ancora niente da riepilogare</translation>
    </message>
    <message>
        <source>Hours, revenue and unpaid invoices per client and month will show here once you log time for a client.</source>
        <translation>Qui vedrai ore, ricavi e fatture non pagate per cliente e mese, appena registri delle ore per un cliente.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later “To” month.</source>
        <translation>Il periodo finisce prima di iniziare: nel campo «Al» scegli un mese successivo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <source>Minuta by client and month %1.csv</source>
        <translation>Minuta per cliente e mese %1.csv</translation>
    </message>
    <message>
        <source>Minuta services %1.csv</source>
        <translation>Minuta servizi %1.csv</translation>
    </message>
    <message>
        <source>Minuta unpaid invoices %1.csv</source>
        <translation>Minuta fatture non pagate %1.csv</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Esporta tabella in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table was not saved</source>
        <translation>Impossibile salvare la tabella</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Esporta resoconto in PDF</translation>
    </message>
    <message>
        <source>Minuta report %1 to %2.pdf</source>
        <translation>Minuta resoconto da %1 a %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report, %1</source>
        <translation>Resoconto, %1</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>creato il %1</translation>
    </message>
    <message>
        <source>Unpaid invoices on %1</source>
        <translation>Fatture non pagate al %1</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Impossibile salvare il PDF</translation>
    </message>
    <message>
        <source>PDF Saved</source>
        <translation>PDF salvato</translation>
    </message>
    <message>
        <source>“%1” is saved. Open it now?</source>
        <translation>«%1» è stato salvato. Vuoi aprirlo ora?</translation>
    </message>
    <message>
        <source>Invoiced per month, net of taxes</source>
        <translation>Fatturato al mese, al netto delle imposte</translation>
    </message>
    <message>
        <source>Invoiced (net)</source>
        <translation>Fatturato (netto)</translation>
    </message>
    <message>
        <source>Invoiced per month, net of taxes (%1)</source>
        <translation>Fatturato al mese, al netto delle imposte (%1)</translation>
    </message>
    <message>
        <source>Prepaid packs per month</source>
        <translation>Pacchetti prepagati per mese</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <source>Minuta packs %1.csv</source>
        <translation>Minuta pacchetti %1.csv</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ServiceDialog</name>
    <message>
        <source>Own tax rate:</source>
        <translation>Aliquota specifica:</translation>
    </message>
    <message>
        <source>Edit Service</source>
        <translation>Modifica servizio</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <source>Call answering</source>
        <translation>Risposta alle chiamate</translation>
    </message>
    <message>
        <source>call</source>
        <translation>chiamata</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>&amp;Price per unit:</source>
        <translation>&amp;Prezzo unitario:</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>chiamate</translation>
    </message>
    <message>
        <source>As in “43 calls”; left empty, the unit reads the same in the plural</source>
        <translation>Come in “43 chiamate”; se vuota, l'unità resta uguale al plurale</translation>
    </message>
    <message>
        <source>The service's SAC code, printed on Indian invoices</source>
        <translation>Il codice SAC del servizio, stampato sulle fatture indiane</translation>
    </message>
    <message>
        <source>Unit (p&amp;lural):</source>
        <translation>Unità (p&amp;lurale):</translation>
    </message>
    <message>
        <source>&amp;SAC:</source>
        <translation>&amp;SAC:</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ServiceModel</name>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
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
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offerto</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>non più offerto</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ServiceReportModel</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
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
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilizzi</translation>
    </message>
</context>
<context>
    <name>minuta::ui::ServicesPage</name>
    <message>
        <source>&amp;Log Units…</source>
        <translation>&amp;Registra unità…</translation>
    </message>
    <message>
        <source>Log units of a service for a client (Ctrl+U)</source>
        <translation>Registra le unità di un servizio per un cliente (Ctrl+U)</translation>
    </message>
    <message>
        <source>New &amp;Service…</source>
        <translation>Nuovo &amp;servizio…</translation>
    </message>
    <message>
        <source>Add a service you bill per use</source>
        <translation>Aggiungi un servizio da fatturare a consumo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Stop Offering</source>
        <translation>Smetti di offrire</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Service catalog</source>
        <translation>Catalogo servizi</translation>
    </message>
    <message>
        <source>Logged usage</source>
        <translation>Utilizzi registrati</translation>
    </message>
    <message>
        <source>No services yet</source>
        <translation>Ancora nessun servizio</translation>
    </message>
    <message>
        <source>Add what you bill per use, such as calls answered, pages scanned or hours of meeting room, with its price.</source>
        <translation>Aggiungi ciò che fatturi a consumo, come chiamate gestite, pagine scansionate o ore di sala riunioni, con il relativo prezzo.</translation>
    </message>
    <message>
        <source>No units logged</source>
        <translation>Nessuna unità registrata</translation>
    </message>
    <message>
        <source>Log what a client used with Log Units (Ctrl+U): client, service, quantity, Enter.</source>
        <translation>Registra ciò che ha usato un cliente con Registra unità (Ctrl+U): cliente, servizio, quantità, Invio.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>Offer Again</source>
        <translation>Rimetti in offerta</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) logged</source>
        <translation>
            <numerusform>%n utilizzo registrato</numerusform>
            <numerusform>%n utilizzi registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Units logged.</source>
        <translation>Unità registrate.</translation>
    </message>
    <message>
        <source>The service did not change</source>
        <translation>Il servizio non è stato modificato</translation>
    </message>
    <message>
        <source>Billed usage can no longer change.</source>
        <translation>Gli utilizzi fatturati non possono più essere modificati.</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Non è stato eliminato nulla</translation>
    </message>
    <message>
        <source>Usage deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Utilizzo eliminato. Annulla (Ctrl+Z) lo ripristina.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>RF01 ordinary</source>
        <translation>RF01 ordinario</translation>
    </message>
    <message>
        <source>RF19 flat-rate (forfettario)</source>
        <translation>RF19 forfettario</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Partita I&amp;VA:</translation>
    </message>
    <message>
        <source>&amp;Fiscal code:</source>
        <translation>&amp;Codice fiscale:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Regime (FatturaPA):</source>
        <translation>Regime fiscale (FatturaPA):</translation>
    </message>
    <message>
        <source>The profile's tax rates in percent; several are joined by +, such as 5 + 9.975</source>
        <translation>Le aliquote del profilo, in percentuale; se sono più di una, uniscile con +, ad esempio 5 + 9,975</translation>
    </message>
    <message>
        <source>0: none</source>
        <translation>0: nessuna</translation>
    </message>
    <message>
        <source>The next numbers look like %1 and %2.</source>
        <translation>I prossimi numeri saranno simili a %1 e %2.</translation>
    </message>
    <message>
        <source>Tax &amp;profile:</source>
        <translation>&amp;Profilo fiscale:</translation>
    </message>
    <message>
        <source>Tax &amp;rates (%):</source>
        <translation>&amp;Aliquote (%):</translation>
    </message>
    <message>
        <source>&amp;Withholding (%):</source>
        <translation>&amp;Ritenuta d'acconto (%):</translation>
    </message>
    <message>
        <source>Pension &amp;contribution (%):</source>
        <translation>&amp;Contributo previdenziale (%):</translation>
    </message>
    <message>
        <source>Invoice &amp;numbers:</source>
        <translation>&amp;Numerazione fatture:</translation>
    </message>
    <message>
        <source>Credit note n&amp;umbers:</source>
        <translation>N&amp;umerazione note di credito:</translation>
    </message>
    <message>
        <source>{YYYY} or {YY} is the year, {MM} the month, {N} the number and {N:3} the number padded to three digits (001). Numbers start again each year.</source>
        <translation>{YYYY} o {YY} indicano l'anno, {MM} il mese, {N} il numero e {N:3} il numero a tre cifre con zeri iniziali (001). La numerazione riparte ogni anno.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Default hourly &amp;rate:</source>
        <translation>&amp;Tariffa oraria predefinita:</translation>
    </message>
    <message>
        <source>Billing &amp;increment:</source>
        <translation>&amp;Scatto di fatturazione:</translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation>&amp;Arrotondamento:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come nel sistema</translation>
    </message>
    <message>
        <source>Ask about a timer after:</source>
        <translation>Segnala un timer in corso da oltre:</translation>
    </message>
    <message>
        <source>Work in a &amp;day:</source>
        <translation>&amp;Giornata lavorativa:</translation>
    </message>
    <message>
        <source>Weeks &amp;start on:</source>
        <translation>Inizio della &amp;settimana:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of Minuta:</source>
        <translation>Lin&amp;gua di Minuta:</translation>
    </message>
    <message>
        <source>A new language shows the next time Minuta starts.</source>
        <translation>La nuova lingua sarà attiva al prossimo avvio di Minuta.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>La tua attività</translation>
    </message>
    <message>
        <source>Invoices &amp;&amp; Taxes</source>
        <translation>Fatture &amp;&amp; imposte</translation>
    </message>
    <message>
        <source>New Clients</source>
        <translation>Nuovi clienti</translation>
    </message>
    <message>
        <source>Time &amp;&amp; Language</source>
        <translation>Tempo &amp;&amp; lingua</translation>
    </message>
    <message>
        <source>no tax</source>
        <translation>nessuna imposta</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Give %n tax rate(s), joined by +.</source>
        <translation>
            <numerusform>Indica %n aliquota.</numerusform>
            <numerusform>Indica %n aliquote, unite da +.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charge the stamp duty to the client</source>
        <translation>Addebita l'imposta di bollo al cliente</translation>
    </message>
    <message>
        <source>Québec's QST registration number; the GST number goes in the VAT number</source>
        <translation>Il numero di registrazione QST del Québec; il numero GST va nella partita IVA</translation>
    </message>
    <message>
        <source>The SAC code printed on the lines of time; services have their own</source>
        <translation>Il codice SAC stampato sulle righe di tempo; i servizi hanno il proprio</translation>
    </message>
    <message>
        <source>QST number:</source>
        <translation>Numero QST:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>SAC for time:</source>
        <translation>SAC per il tempo:</translation>
    </message>
    <message>
        <source>name@bank</source>
        <translation>nome@banca</translation>
    </message>
    <message>
        <source>PayPal, a payment link…</source>
        <translation>PayPal, un link di pagamento…</translation>
    </message>
    <message>
        <source>Printed on your invoices; the bank fields are those of your country.</source>
        <translation>Stampati sulle tue fatture; i campi bancari sono quelli del tuo paese.</translation>
    </message>
    <message>
        <source>&amp;Sort code:</source>
        <translation>&amp;Sort code:</translation>
    </message>
    <message>
        <source>&amp;Routing number (ABA):</source>
        <translation>&amp;Routing number (ABA):</translation>
    </message>
    <message>
        <source>I&amp;nstitution number:</source>
        <translation>I&amp;nstitution number:</translation>
    </message>
    <message>
        <source>&amp;Transit number:</source>
        <translation>&amp;Transit number:</translation>
    </message>
    <message>
        <source>BS&amp;B:</source>
        <translation>BS&amp;B:</translation>
    </message>
    <message>
        <source>I&amp;FSC:</source>
        <translation>I&amp;FSC:</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Numero di &amp;conto:</translation>
    </message>
    <message>
        <source>&amp;UPI ID:</source>
        <translation>ID &amp;UPI:</translation>
    </message>
    <message>
        <source>&amp;Other ways to pay:</source>
        <translation>&amp;Altri modi di pagamento:</translation>
    </message>
    <message>
        <source>The €2 marca da bollo of invoices over €77.47 outside VAT: added to what the client pays, or paid by you</source>
        <translation>La marca da bollo da 2 € delle fatture con oltre 77,47 € fuori campo IVA: aggiunta a quanto paga il cliente, o pagata da te</translation>
    </message>
    <message>
        <source>Stamp duty:</source>
        <translation>Imposta di bollo:</translation>
    </message>
    <message>
        <source>Default service (English):</source>
        <translation>Servizio predefinito (inglese):</translation>
    </message>
    <message>
        <source>Default service (Italian):</source>
        <translation>Servizio predefinito (italiano):</translation>
    </message>
    <message>
        <source>What an invoice line says when its work has no task and no description.</source>
        <translation>Cosa dice una riga di fattura quando il suo lavoro non ha attività né descrizione.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Post&amp;code, city:</source>
        <translation>&amp;CAP, città:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>When you come back after this long away from the computer while a timer runs, Minuta asks whether to keep the time away</source>
        <translation>Quando torni al computer dopo un'assenza così lunga con il timer acceso, Minuta chiede se tenere quel tempo</translation>
    </message>
    <message>
        <source>Ask about &amp;idle time after:</source>
        <translation>Chiedi dell'&amp;inattività dopo:</translation>
    </message>
    <message>
        <source>Unavailable here: this desktop does not tell Minuta how long it has been idle (as some Wayland sessions).</source>
        <translation>Non disponibile qui: questo desktop non dice a Minuta da quanto è inattivo (come alcune sessioni Wayland).</translation>
    </message>
    <message>
        <source>Set Up &amp;Later</source>
        <translation>Configura più &amp;tardi</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Set Up Minuta</source>
        <translation>Configura Minuta</translation>
    </message>
    <message>
        <source>A few questions about your business, so that your invoices are right from the first one. Every answer can be changed later in Settings.</source>
        <translation>Qualche domanda sulla tua attività, perché le fatture siano giuste fin dalla prima. Ogni risposta si può cambiare in seguito nelle Impostazioni.</translation>
    </message>
    <message>
        <source>&amp;Where do you work?</source>
        <translation>&amp;Dove lavori?</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Amounts in %1, taxes as “%2”, invoices in %3. You can choose otherwise in the next steps.</source>
        <translation>Importi in %1, imposte secondo «%2», fatture in %3. Puoi scegliere diversamente nei passi successivi.</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Chiedi</translation>
    </message>
    <message>
        <source>Keep Minuta in the tray</source>
        <translation>Tieni Minuta nell'area di notifica</translation>
    </message>
    <message>
        <source>Quit Minuta</source>
        <translation>Esci da Minuta</translation>
    </message>
    <message>
        <source>&amp;Closing the window while the timer runs:</source>
        <translation>&amp;Chiudendo la finestra con il timer in corso:</translation>
    </message>
    <message>
        <source> % used</source>
        <translation> % usato</translation>
    </message>
    <message>
        <source>The timer bar, a notification and the command line say so when a client's prepaid pack is this much used, and again when it is used up</source>
        <translation>La barra del timer, una notifica e la riga di comando lo dicono quando il pacchetto prepagato di un cliente è usato fin qui, e di nuovo quando è esaurito</translation>
    </message>
    <message>
        <source>Warn about a &amp;prepaid pack at:</source>
        <translation>Avvisa per un &amp;pacchetto prepagato al:</translation>
    </message>
</context>
<context>
    <name>minuta::ui::TimeEntryModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fatturabile</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>Billed on an invoice: it can no longer change.</source>
        <translation>Inclusa in una fattura: non può più essere modificata.</translation>
    </message>
    <message>
        <source>This entry shares time with another one.</source>
        <translation>Questa voce si sovrappone a un'altra.</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Non fatturabile</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 9:30.</source>
        <translation>«%1» non è un orario; scrivilo come 9:30.</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write it as 1:15 or 75.</source>
        <translation>«%1» non è una durata; scrivila come 1:15 o 75.</translation>
    </message>
    <message>
        <source>What billable work is worth: the billed time at the client's rate</source>
        <translation>Quanto vale il lavoro fatturabile: il tempo fatturato alla tariffa del cliente</translation>
    </message>
    <message>
        <source>Start the timer again for the same client, task and description</source>
        <translation>Riavvia il timer per lo stesso cliente, attività e descrizione</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 worked, %2 billable, in %n entry(s)</source>
        <translation>
            <numerusform>%1 lavorate, %2 fatturabili, in %n voce</numerusform>
            <numerusform>%1 lavorate, %2 fatturabili, in %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>What the day's billable work is worth</source>
        <translation>Quanto vale il lavoro fatturabile del giorno</translation>
    </message>
    <message>
        <source>Units used this day: %1</source>
        <translation>Unità usate in questo giorno: %1</translation>
    </message>
    <message>
        <source>%1: %2 worked</source>
        <translation>%1: %2 lavorate</translation>
    </message>
    <message>
        <source>The timer is running for this entry.</source>
        <translation>Il timer è in corso per questa voce.</translation>
    </message>
    <message>
        <source>Continue: start the timer for %1 with this task and description</source>
        <translation>Continua: avvia il timer per %1 con questa attività e descrizione</translation>
    </message>
    <message>
        <source>The billed time at the rate that applies</source>
        <translation>Il tempo fatturato alla tariffa applicata</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>minuta::ui::TimeLogPage</name>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>&amp;Aggiungi voce…</translation>
    </message>
    <message>
        <source>Log time done without the timer (Ctrl+N)</source>
        <translation>Registra il tempo lavorato senza il timer (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>Log the same work again, right after it (Ctrl+D)</source>
        <translation>Registra di nuovo lo stesso lavoro, subito dopo (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Dividi…</translation>
    </message>
    <message>
        <source>Cut the entry in two at a time inside it</source>
        <translation>Dividi in due la voce a un orario compreso tra inizio e fine</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del); Ctrl+Z brings them back</source>
        <translation>Elimina le voci selezionate (Canc); Ctrl+Z le ripristina</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Settimana scorsa</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Scegli le date…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fatturabile</translation>
    </message>
    <message>
        <source>Billable or not</source>
        <translation>Fatturabili e non</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Non fatturabile</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Billed or not</source>
        <translation>Fatturate e non</translation>
    </message>
    <message>
        <source>Not billed yet</source>
        <translation>Non ancora fatturato</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Voci registrate</translation>
    </message>
    <message>
        <source>No time logged in this period</source>
        <translation>Nessuna ora registrata in questo periodo</translation>
    </message>
    <message>
        <source>Start the timer above for a client, or add work you did without it.</source>
        <translation>Avvia il timer qui sopra per un cliente, oppure aggiungi il lavoro svolto senza timer.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) · %1 worked · %2 billable</source>
        <translation>
            <numerusform>%n voce · %1 lavorate · %2 fatturabili</numerusform>
            <numerusform>%n voci · %1 lavorate · %2 fatturabili</numerusform>
        </translation>
    </message>
    <message>
        <source> · showing the newest %1; scroll for more</source>
        <translation> · mostrate le %1 più recenti; scorri per vederne altre</translation>
    </message>
    <message>
        <source>Entry added.</source>
        <translation>Voce aggiunta.</translation>
    </message>
    <message>
        <source>Billed entries can no longer change.</source>
        <translation>Le voci fatturate non possono più essere modificate.</translation>
    </message>
    <message>
        <source>Duplicate time entry</source>
        <translation>Duplica voce</translation>
    </message>
    <message>
        <source>The entry was not duplicated</source>
        <translation>La voce non è stata duplicata</translation>
    </message>
    <message>
        <source>Entry duplicated.</source>
        <translation>Voce duplicata.</translation>
    </message>
    <message>
        <source>Split Time Entry</source>
        <translation>Dividi voce</translation>
    </message>
    <message>
        <source>Split at</source>
        <translation>Dividi alle</translation>
    </message>
    <message>
        <source>The entry from %1 to %2 becomes two.</source>
        <translation>La voce dalle %1 alle %2 diventerà due.</translation>
    </message>
    <message>
        <source>Split &amp;at:</source>
        <translation>Dividi &amp;alle:</translation>
    </message>
    <message>
        <source>The entry was not split</source>
        <translation>La voce non è stata divisa</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Non è stato eliminato nulla</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n voce eliminata. Annulla (Ctrl+Z) la ripristina.</numerusform>
            <numerusform>%n voci eliminate. Annulla (Ctrl+Z) le ripristina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Minuta</source>
        <translation>Ti diamo il benvenuto in Minuta</translation>
    </message>
    <message>
        <source>Start by adding a client, someone you work for. Then start the timer above, or add work you did without it.</source>
        <translation>Per cominciare aggiungi un cliente, una persona o azienda per cui lavori. Poi avvia il timer qui sopra, oppure registra il lavoro fatto senza.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file for a spreadsheet</source>
        <translation>Salva le voci mostrate in un file CSV per un foglio di calcolo</translation>
    </message>
    <message>
        <source>Minuta time log %1</source>
        <translation>Minuta registro ore %1</translation>
    </message>
    <message>
        <source>Minuta time log %1 to %2</source>
        <translation>Minuta registro ore dal %1 al %2</translation>
    </message>
    <message>
        <source>Export Entries as CSV</source>
        <translation>Esporta le voci in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The entries were not saved</source>
        <translation>Le voci non sono state salvate</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(s) to %1.</source>
        <translation>
            <numerusform>Salvata %n voce in %1.</numerusform>
            <numerusform>Salvate %n voci in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>Start the timer again for the entry's client, task and description (Ctrl+Enter)</source>
        <translation>Riavvia il timer per cliente, attività e descrizione della voce (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change every detail of the entry</source>
        <translation>Cambia ogni dettaglio della voce</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Fatturabile</translation>
    </message>
    <message>
        <source>Whether the selected entries are billed to the client</source>
        <translation>Se le voci selezionate sono fatturate al cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) marked billable.</source>
        <translation>
            <numerusform>%n voce segnata come fatturabile.</numerusform>
            <numerusform>%n voci segnate come fatturabili.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) marked not billable.</source>
        <translation>
            <numerusform>%n voce segnata come non fatturabile.</numerusform>
            <numerusform>%n voci segnate come non fatturabili.</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 running</source>
        <translation> · %1 in corso</translation>
    </message>
</context>
<context>
    <name>minuta::ui::TimerBar</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Who the work is for; type to search</source>
        <translation>Per chi è il lavoro; digita per cercare</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>A cosa stai lavorando?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tempo trascorso</translation>
    </message>
    <message>
        <source>Time logged today</source>
        <translation>Ore registrate oggi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Stop the timer (Ctrl+T)</source>
        <translation>Ferma il timer (Ctrl+T)</translation>
    </message>
    <message>
        <source>Stop the running timer and start one for this client (Ctrl+T)</source>
        <translation>Ferma il timer in corso e avviane uno per questo cliente (Ctrl+T)</translation>
    </message>
    <message>
        <source>Start the timer for this client (Ctrl+T)</source>
        <translation>Avvia il timer per questo cliente (Ctrl+T)</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Oggi %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Nessun timer in corso</translation>
    </message>
    <message>
        <source>Choose a client to start the timer for.</source>
        <translation>Scegli il cliente per cui avviare il timer.</translation>
    </message>
    <message>
        <source>There is no client called “%1”.</source>
        <translation>Non esiste un cliente chiamato «%1».</translation>
    </message>
    <message>
        <source>The timer did not start</source>
        <translation>Il timer non è partito</translation>
    </message>
    <message>
        <source>Stopped %1 after %2; started %3.</source>
        <translation>Timer di %1 fermato dopo %2; avviato quello di %3.</translation>
    </message>
    <message>
        <source>Timer started for %1.</source>
        <translation>Timer avviato per %1.</translation>
    </message>
    <message>
        <source>The timer did not stop</source>
        <translation>Il timer non si è fermato</translation>
    </message>
    <message>
        <source>Logged %1 for %2.</source>
        <translation>Registrato %1 per %2.</translation>
    </message>
    <message>
        <source>The timer ran for less than a second; nothing was logged.</source>
        <translation>Il timer è andato per meno di un secondo; non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>The timer for %1 has been running since %2, for %3. Did you forget to stop it?</source>
        <translation>Il timer di %1 è in corso da %3 (avviato: %2). Hai dimenticato di fermarlo?</translation>
    </message>
    <message>
        <source>Is the timer still running?</source>
        <translation>Il timer è ancora in corso?</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Ferma ora</translation>
    </message>
    <message>
        <source>Stop at…</source>
        <translation>Ferma alle…</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Lascia in corso</translation>
    </message>
    <message>
        <source>Stop the timer at</source>
        <translation>Ferma il timer alle</translation>
    </message>
    <message>
        <source>When you finished:</source>
        <translation>Quando hai finito:</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match “%1”: type more of the name, or pick one.</source>
        <translation>
            <numerusform>%n cliente corrisponde a «%1»: scrivi altro del nome, o sceglilo.</numerusform>
            <numerusform>%n clienti corrispondono a «%1»: scrivi altro del nome, o scegline uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>You were away from %1 to %2 (%3) while the timer for %4 ran. What should happen to that time?</source>
        <translation>Il computer è rimasto inattivo dalle %1 alle %2 (%3) mentre il timer per %4 era acceso. Cosa fare di quel tempo?</translation>
    </message>
    <message>
        <source>Welcome Back</source>
        <translation>Di nuovo al computer</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Tienilo</translation>
    </message>
    <message>
        <source>Discard It</source>
        <translation>Scartalo</translation>
    </message>
    <message>
        <source>Discard and Continue</source>
        <translation>Scarta e continua</translation>
    </message>
    <message>
        <source>The time away was the whole entry; nothing was logged.</source>
        <translation>Il tempo di assenza era tutta la voce; non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>Logged %1 for %2, up to %3.</source>
        <translation>Registrate %1 per %2, fino alle %3.</translation>
    </message>
    <message>
        <source>The timer goes on from now.</source>
        <translation>Il timer riparte da adesso.</translation>
    </message>
    <message>
        <source>The timer is already running for this work.</source>
        <translation>Il timer è già in corso per questo lavoro.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Di nuovo al computer</translation>
    </message>
    <message>
        <source>You were away %1 while the timer for %2 ran.</source>
        <translation>Assenza di %1 mentre il timer per %2 era in corso.</translation>
    </message>
    <message>
        <source>The timer for %1 has been running for %2.</source>
        <translation>Il timer per %1 è in corso da %2.</translation>
    </message>
    <message>
        <source>What the client's prepaid pack has left</source>
        <translation>Quanto resta del pacchetto prepagato del cliente</translation>
    </message>
    <message>
        <source>Prepaid pack used up</source>
        <translation>Pacchetto prepagato esaurito</translation>
    </message>
    <message>
        <source>Prepaid pack nearly used up</source>
        <translation>Pacchetto prepagato quasi esaurito</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prepaid pack %1 of %2: %3 % used</source>
        <translation>Pacchetto prepagato %1 di %2: usato al %3 %</translation>
    </message>
</context>
<context>
    <name>minuta::ui::TotalsWidget</name>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 su %3</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>Imposta di bollo</translation>
    </message>
    <message>
        <source>Stamp duty (paid by you)</source>
        <translation>Imposta di bollo (a tuo carico)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Netto a pagare</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Untaxed</source>
        <translation>Non imponibile</translation>
    </message>
    <message>
        <source>Outside VAT (%1)</source>
        <translation>Fuori campo IVA (%1)</translation>
    </message>
    <message>
        <source>VAT in euros (1 EUR = %1 %2)</source>
        <translation>IVA in euro (1 EUR = %1 %2)</translation>
    </message>
    <message>
        <source>Total in euros</source>
        <translation>Totale in euro</translation>
    </message>
</context>
<context>
    <name>minuta::ui::UsageDialog</name>
    <message>
        <source>Edit Usage</source>
        <translation>Modifica utilizzo</translation>
    </message>
    <message>
        <source>Log Units</source>
        <translation>Registra unità</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
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
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Add a client first.</source>
        <translation>Prima aggiungi un cliente.</translation>
    </message>
    <message>
        <source>Add a service to the catalog first.</source>
        <translation>Prima aggiungi un servizio al catalogo.</translation>
    </message>
</context>
<context>
    <name>minuta::ui::UsageModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>fatturata</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>minuta::ui::WeekView</name>
    <message>
        <source>%1 planned</source>
        <translation>%1 previste</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Hours of the week</source>
        <translation>Ore della settimana</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Worth %1</source>
        <translation>Valore: %1</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Non fatturabile</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Pianificato: %1</translation>
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation>%1, %2 min</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Scadenza %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Log Time Here…</source>
        <translation>Registra ore qui…</translation>
    </message>
    <message>
        <source>Plan Work Here…</source>
        <translation>Pianifica lavoro qui…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>minuta::validation</name>
    <message numerus="yes">
        <source>%1 can be at most %n character(s) long.</source>
        <translation>
            <numerusform>%1 può contenere al massimo %n carattere.</numerusform>
            <numerusform>%1 può contenere al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1 contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 non può mancare.</translation>
    </message>
    <message>
        <source>%1, %2, is before the year 2000.</source>
        <translation>%1, %2, è precedente al 2000.</translation>
    </message>
    <message>
        <source>%1, %2, is more than a year from today.</source>
        <translation>%1, %2, è a più di un anno da oggi.</translation>
    </message>
    <message>
        <source>Choose a period of up to two months.</source>
        <translation>Scegli un periodo di al massimo due mesi.</translation>
    </message>
</context>
</TS>
