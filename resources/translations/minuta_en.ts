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
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>“%1” has more than %n decimal.</numerusform><numerusform>“%1” has more than %n decimals.</numerusform></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has decimals, but this currency has none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>minuta::cli::Cli</name>
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
        <source>Show the file, its format version and the rows in each table.</source>
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
        <source>minuta-cli: %1</source>
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
        <source>Usage: minuta-cli [--db PATH] %1</source>
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
        <source>File format:  %1 (current)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File format:  %1 (this version of Minuta writes %2)</source>
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
</TS>