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
        <translation>Apre il file di Minuta &lt;percorso&gt; (creandolo se non esiste). Senza questa opzione, l&apos;ultimo file usato, oppure %1.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
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
        <translation>L&apos;importo è troppo grande.</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>Non si possono combinare importi in %1 e in %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid amount.</source>
        <translation>«%1» non è un importo valido.</translation>
    </message>
    <message>
        <source>“%1” has decimals, but this currency has none.</source>
        <translation>«%1» ha dei decimali, ma questa valuta non ne ha.</translation>
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
        <translation>L&apos;importo è vuoto.</translation>
    </message>
</context>
<context>
    <name>minuta::cli::Cli</name>
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
        <source>Show the file, its format version and the rows in each table.</source>
        <translation>Mostra il file, la versione del formato e le righe di ogni tabella.</translation>
    </message>
    <message>
        <source>Usage: minuta-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>Uso: minuta-cli [--db PERCORSO] [--json] COMANDO [OPZIONI]</translation>
    </message>
    <message>
        <source>Minuta&apos;s command line: the same file as the desktop app, for scripts and power users.</source>
        <translation>La riga di comando di Minuta: lo stesso file dell&apos;app, per script e utenti esperti.</translation>
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
        <source>minuta-cli: %1</source>
        <translation>minuta-cli: %1</translation>
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
        <source>Usage: minuta-cli [--db PATH] %1</source>
        <translation>Uso: minuta-cli [--db PERCORSO] %1</translation>
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
        <source>File format:  %1 (current)</source>
        <translation>Formato:      %1 (attuale)</translation>
    </message>
    <message>
        <source>File format:  %1 (this version of Minuta writes %2)</source>
        <translation>Formato:      %1 (questa versione di Minuta scrive il %2)</translation>
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
        <translation>%1 non esiste nel tuo fuso orario: a quell&apos;ora è cambiata l&apos;ora legale.</translation>
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
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2).</source>
        <translation>Software libero sotto la &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, versione 3 o successiva (%2).</translation>
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
        <translation>Le fatture create dal lavoro non fatturato compariranno qui, con il loro stato e l&apos;importo ancora dovuto.</translation>
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
        <translation>«%1» esiste già. Minuta lo apre così com&apos;è invece di sostituirlo con un file vuoto.</translation>
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
</TS>
