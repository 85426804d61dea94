#include "cli.h"

#include "command.h"
#include "commands.h"
#include "context.h"

#include "storage/appinfo.h"
#include "storage/database.h"

#include <QDir>

#include <algorithm>

namespace minuta::cli {

namespace {

// The summaries are marked for translation here and translated where they are printed.
const Command kCommands[] = {
    {"info", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Show the file, its format version and its row counts."),
     runInfo},
    {"settings", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Show or change the business defaults."), runSettings},
    {"client", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Add, list, show, edit and archive clients."),
     runClient},
    {"timer", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Start, stop, discard the timer, or see its status."),
     runTimer},
    {"log", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Log work done without the timer."), runLog},
    {"entries", QT_TRANSLATE_NOOP("minuta::cli::Cli", "List time entries with their total."), runEntries},
    {"entry", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Show, edit or delete a time entry."), runEntry},
    {"service", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Keep the catalog of pay-per-use services."),
     runService},
    {"usage", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Log, list and delete units of services used."),
     runUsage},
    {"unbilled", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Show a client's unbilled work, priced."),
     runUnbilled},
    {"pack",
     QT_TRANSLATE_NOOP("minuta::cli::Cli", "Sell prepaid packs and retainers; see what each has left."),
     runPack},
    {"recurring",
     QT_TRANSLATE_NOOP("minuta::cli::Cli", "Fixed fees that go on a client's draft each period."),
     runRecurring},
    {"business", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Show or change the business profile."), runBusiness},
    {"tax-profiles", QT_TRANSLATE_NOOP("minuta::cli::Cli", "List the tax profiles."), runTaxProfiles},
    {"invoice", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Draft, issue, pay, cancel invoices and write PDFs."),
     runInvoice},
    {"plan", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Plan appointments and tasks; list them, mark them done."),
     runPlan},
    {"report", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Monthly figures per client; unpaid invoices by age."),
     runReport},
    {"calendar", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Export planned and logged work as an .ics file."),
     runCalendar},
    {"import",
     QT_TRANSLATE_NOOP("minuta::cli::Cli",
                       "Add time entries from a CSV file (Minuta, Toggl, Clockify, Kimai)."),
     runImport},
    {"backup", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Copy the file, list its copies, restore one."),
     runBackup},
    {"demo", QT_TRANSLATE_NOOP("minuta::cli::Cli", "Fill an empty file with realistic sample data."),
     runDemo},
};

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{}

QString Cli::usage() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: minuta-cli [--db PATH] [--json] COMMAND [OPTIONS]") << "\n\n"
      << tr("Minuta's command line: the same file as the desktop app, for scripts and power users.") << "\n\n"
      << tr("Commands:") << '\n';
    for (const Command &command : kCommands)
        s << "  " << QString::fromLatin1(command.name).leftJustified(13) << tr(command.summary) << '\n';
    s << '\n' << tr("Options:") << '\n';
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("--db PATH"),
         tr("The Minuta file to use (default: %1).").arg(QDir::toNativeSeparators(Database::defaultPath()))},
        {QStringLiteral("--json"), tr("Print JSON for scripts.")},
        {QStringLiteral("-h, --help"), tr("Show this help.")},
        {QStringLiteral("-v, --version"), tr("Show the version.")},
    };
    for (const auto &[name, description] : options)
        s << "  " << name.leftJustified(16) << description << '\n';
    s << '\n'
      << tr("Times are local ISO 8601 (2026-11-02T09:00), dates 2026-11-02, money with a dot (30.00).")
      << '\n'
      << tr("“minuta-cli COMMAND --help” shows the options of a command.") << '\n';
    return text;
}

bool Cli::draws(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        const QStringList rest = arguments.mid(i + 1);
        if (arg == QLatin1String("invoice"))
            return rest.value(0) == QLatin1String("pdf")
                   || (rest.value(0) == QLatin1String("xml") && rest.contains(QLatin1String("--attach-pdf")));
        if (arg == QLatin1String("pack"))
            return rest.value(0) == QLatin1String("statement")
                   && std::any_of(rest.begin(), rest.end(), [](const QString &a) {
                          return a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
                      });
        if (arg == QLatin1String("business"))
            return std::any_of(rest.begin(), rest.end(),
                               [](const QString &a) { return a.startsWith(QLatin1String("--logo")); });
        return false;
    }
    return false;
}

int Cli::run(const QStringList &arguments)
{
    Context ctx(m_out, m_err);
    ctx.usage = [this] { return usage(); };
    QString commandName;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return ctx.usageError(tr("--db needs a file name."));
            ctx.dbPath = arguments[++i];
        } else if (arg.startsWith(QLatin1String("--db="))) {
            ctx.dbPath = arg.mid(5);
        } else if (arg == QLatin1String("--json")) {
            ctx.json = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            m_out << usage();
            return ExitOk;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_out << QStringLiteral("minuta-cli %1").arg(appinfo::version()) << '\n';
            return ExitOk;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return ctx.usageError(tr("Unknown option “%1”.").arg(arg));
        } else {
            commandName = arg;
            rest = arguments.mid(i + 1);
            break;
        }
    }
    if (commandName.isEmpty())
        return ctx.usageError(tr("No command given."));
    if (const Command *command = findCommand(kCommands, commandName))
        return command->run(ctx, rest);
    return ctx.usageError(tr("Unknown command “%1”.").arg(commandName));
}

} // namespace minuta::cli
