#include "cli.h"

#include "output.h"

#include "appinfo.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace minuta::cli {

namespace {

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Cli::tr("The Minuta file to use."),
                              QStringLiteral("PATH"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON for scripts."));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
}

QString optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(QString(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{}

QList<Cli::Command> Cli::commands() const
{
    return {
        {QStringLiteral("info"), tr("Show the file, its format version and the rows in each table."),
         [](Cli &cli, const QStringList &args) { return cli.info(args); }},
    };
}

QString Cli::usage() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: minuta-cli [--db PATH] [--json] COMMAND [OPTIONS]") << "\n\n"
      << tr("Minuta's command line: the same file as the desktop app, for scripts and power users.") << "\n\n"
      << tr("Commands:") << '\n';
    const auto list = commands();
    qsizetype width = 0;
    for (const Command &command : list)
        width = qMax(width, command.name.size());
    for (const Command &command : list)
        s << "  " << command.name.leftJustified(width + 2) << command.summary << '\n';
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
    s << '\n' << tr("“minuta-cli COMMAND --help” shows the options of a command.") << '\n';
    return text;
}

int Cli::usageError(const QString &message)
{
    m_err << tr("minuta-cli: %1").arg(message) << '\n' << '\n' << usage();
    m_err.flush();
    return ExitUsage;
}

int Cli::failure(const Error &error)
{
    m_err << tr("minuta-cli: %1").arg(error.message()) << '\n';
    m_err.flush();
    return ExitFailure;
}

int Cli::run(const QStringList &arguments)
{
    QString commandName;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usageError(tr("--db needs a file name."));
            m_dbPath = arguments[++i];
        } else if (arg.startsWith(QLatin1String("--db="))) {
            m_dbPath = arg.mid(5);
        } else if (arg == QLatin1String("--json")) {
            m_json = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            m_out << usage();
            return ExitOk;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_out << QStringLiteral("minuta-cli %1").arg(appinfo::version()) << '\n';
            return ExitOk;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(tr("Unknown option “%1”.").arg(arg));
        } else {
            commandName = arg;
            rest = arguments.mid(i + 1);
            break;
        }
    }
    if (commandName.isEmpty())
        return usageError(tr("No command given."));

    for (const Command &command : commands())
        if (command.name == commandName)
            return command.run(*this, rest);
    return usageError(tr("Unknown command “%1”.").arg(commandName));
}

bool Cli::parseCommandLine(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                           const QList<QCommandLineOption> &options, const QStringList &arguments,
                           int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<QCommandLineOption> all = options;
    all << dbOption() << jsonOption() << helpOption();
    parser.addOptions(all);
    if (!parser.parse(QStringList{QStringLiteral("minuta-cli")} + arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString summary;
        for (const Command &c : commands())
            if (c.name == command.section(QLatin1Char(' '), 0, 0))
                summary = c.summary;
        m_out << tr("Usage: minuta-cli [--db PATH] %1").arg(command)
              << (synopsis.isEmpty() ? QString() : QLatin1Char(' ') + synopsis) << "\n\n";
        if (!summary.isEmpty())
            m_out << summary << "\n\n";
        m_out << tr("Options:") << '\n';
        qsizetype width = 0;
        for (const QCommandLineOption &option : std::as_const(all))
            width = qMax(width, optionSynopsis(option).size());
        for (const QCommandLineOption &option : std::as_const(all))
            m_out << "  " << optionSynopsis(option).leftJustified(width + 2) << option.description() << '\n';
        exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_dbPath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("json")))
        m_json = true;
    return true;
}

Result<std::unique_ptr<Database>> Cli::openForWriting()
{
    Database::Options options;
    options.clock = &m_clock;
    return Database::open(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath, options);
}

Result<std::unique_ptr<Database>> Cli::openForReading(bool requireCurrentSchema)
{
    const QString path = m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
    if (!QFileInfo::exists(path))
        return openForWriting();
    Database::Options options;
    options.clock = &m_clock;
    options.access = Database::Access::ReadOnly;
    options.requireCurrentSchema = requireCurrentSchema;
    return Database::open(path, options);
}

int Cli::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, QStringLiteral("info"), {}, {}, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("“info” takes no arguments."));

    auto db = openForReading(false);
    if (!db)
        return failure(db.error());
    auto counts = (*db)->tableCounts();
    if (!counts)
        return failure(counts.error());

    const int latest = Database::latestSchemaVersion();
    const int version = (*db)->schemaVersion();
    if (m_json) {
        QJsonObject tables;
        for (const auto &count : *counts)
            tables.insert(count.table, count.rows);
        printJson(m_out, QJsonObject{
                             {QStringLiteral("path"), (*db)->path()},
                             {QStringLiteral("schemaVersion"), version},
                             {QStringLiteral("latestSchemaVersion"), latest},
                             {QStringLiteral("sizeBytes"), (*db)->fileSize()},
                             {QStringLiteral("tables"), tables},
                         });
        return ExitOk;
    }

    const QLocale locale;
    m_out << tr("File:         %1").arg(QDir::toNativeSeparators((*db)->path())) << '\n';
    m_out << (version == latest
                  ? tr("File format:  %1 (current)").arg(version)
                  : tr("File format:  %1 (this version of Minuta writes %2)").arg(version).arg(latest))
          << '\n';
    m_out << tr("Size:         %1").arg(locale.formattedDataSize((*db)->fileSize())) << "\n\n";
    TextTable table({tr("Table"), tr("Rows")}, {Align::Left, Align::Right});
    for (const auto &count : *counts)
        table.addRow({count.table, locale.toString(count.rows)});
    table.print(m_out);
    return ExitOk;
}

} // namespace minuta::cli
