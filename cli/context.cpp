#include "context.h"

#include "invoicing/packrepository.h"
#include "invoicing/recurring.h"

#include "values/timeutil.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace minuta::cli {

namespace {

constexpr int kLockWaitMs = 3000;

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

// Puts the option's name in front of a value error, "--rate: “abc” is not a valid amount.", and makes
// the option its field, as for every value the command line reads.
Error aboutOption(const Error &error, const QString &option)
{
    return Error(error.code(), QStringLiteral("%1: %2").arg(optionName(option), error.message()), option);
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::cli", text);
}

QCommandLineOption option(const char *name, const QString &description, const char *value)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), description);
}

QString optionName(const QString &name)
{
    return QStringLiteral("--") + name;
}

Context::Context(QTextStream &o, QTextStream &e) : out(o), err(e)
{}

int Context::usageError(const QString &message)
{
    err << tr("minuta-cli: %1").arg(message) << "\n\n";
    if (usage)
        err << usage();
    err.flush();
    return ExitUsage;
}

int Context::runGroup(const QString &group, std::span<const Command> commands, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (const Command *command = findCommand(commands, sub))
        return command->run(*this, arguments.mid(1));
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QString text;
    QTextStream s(&text);
    s << tr("Usage: minuta-cli [--db PATH] %1 COMMAND [OPTIONS]").arg(group) << "\n\n"
      << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const Command &command : commands)
        width = qMax(width, qsizetype(qstrlen(command.name)));
    // The summaries are marked in the context of the command files, "minuta::cli".
    for (const Command &command : commands)
        s << "  " << QString::fromLatin1(command.name).leftJustified(width + 2) << cli::tr(command.summary)
          << '\n';
    s << '\n' << tr("“minuta-cli %1 COMMAND --help” shows the options of a command.").arg(group) << '\n';
    if (help) {
        out << text;
        return ExitOk;
    }
    err << tr("minuta-cli: %1")
               .arg(sub.isEmpty() ? tr("“%1” needs a command.").arg(group)
                                  : tr("Unknown command “%1 %2”.").arg(group, sub))
        << "\n\n"
        << text;
    err.flush();
    return ExitUsage;
}

int Context::failure(const Error &error)
{
    if (json) {
        // Scripts read the code, and the field when the error is about one; the message is for people.
        const QJsonObject body{{QStringLiteral("code"), Error::codeName(error.code())},
                               {QStringLiteral("message"), error.message()},
                               {QStringLiteral("field"), error.field().isEmpty()
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(error.field())}};
        err << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), body}}).toJson(QJsonDocument::Indented));
        err.flush();
        return ExitFailure;
    }
    err << tr("minuta-cli: %1").arg(error.message()) << '\n';
    if (error.code() == ErrorCode::Unusual)
        err << tr("If it is right, run the command again with --force.") << '\n';
    err.flush();
    return ExitFailure;
}

void Context::warn(const QString &message)
{
    err << tr("warning: %1").arg(message) << '\n';
    err.flush();
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

bool Context::parse(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                    const QString &summary, const QList<QCommandLineOption> &options,
                    const QStringList &arguments, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<QCommandLineOption> all = options;
    all << QCommandLineOption(QStringLiteral("db"), tr("The Minuta file to use."), QStringLiteral("PATH"))
        << QCommandLineOption(QStringLiteral("json"), tr("Print JSON for scripts."))
        << QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions(all);
    if (!parser.parse(QStringList{QStringLiteral("minuta-cli")} + arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << tr("Usage: minuta-cli [--db PATH] %1").arg(command)
            << (synopsis.isEmpty() ? QString() : QString(QLatin1Char(' ') + synopsis)) << "\n\n";
        if (!summary.isEmpty())
            out << summary << "\n\n";
        out << tr("Options:") << '\n';
        qsizetype width = 0;
        for (const QCommandLineOption &option : std::as_const(all))
            width = qMax(width, optionSynopsis(option).size());
        for (const QCommandLineOption &option : std::as_const(all))
            out << "  " << optionSynopsis(option).leftJustified(width + 2) << option.description() << '\n';
        exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(QStringLiteral("db")))
        dbPath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("json")))
        json = true;
    return true;
}

QString Context::filePath() const
{
    return QFileInfo(dbPath.isEmpty() ? Database::defaultPath() : dbPath).absoluteFilePath();
}

Result<std::unique_ptr<Database>> Context::openForWriting()
{
    Database::Options options;
    options.clock = &clock;
    options.lockWaitMs = kLockWaitMs;
    options.checkIntegrity = true;
    auto db = Database::open(filePath(), options);
    if (!db)
        return db;
    // Retainers and fees whose new period has begun since Minuta last wrote to the file come now.
    if (auto renewed = PackRepository(**db, clock).renewDue(); !renewed)
        warn(tr("Retainers could not renew: %1").arg(renewed.error().message()));
    else
        for (const PackState &s : std::as_const(*renewed))
            warn(tr("Retainer of %1 renewed: pack %2, %3 to %4.")
                     .arg(s.pack.clientName, QString::number(s.pack.id), s.pack.from.toString(Qt::ISODate),
                          s.pack.until.value_or(s.pack.from).toString(Qt::ISODate)));
    if (auto fees = RecurringRepository(**db, clock).addDue(); !fees)
        warn(tr("Recurring fees could not be added: %1").arg(fees.error().message()));
    else if (*fees > 0)
        warn(tr("%1 recurring fee line(s) added to draft invoices.").arg(*fees));
    return db;
}

Result<std::unique_ptr<Database>> Context::openForReading(bool requireCurrentSchema)
{
    // Reading changes nothing: no lock, no file made, no upgrade (a command that writes, or the app,
    // upgrades a file of an older Minuta, after copying it).
    const QString path = filePath();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound,
                     tr("“%1” does not exist yet. A command that writes, such as “minuta-cli client add”, "
                        "creates it.")
                         .arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("db"));
    Database::Options options;
    options.clock = &clock;
    options.access = Database::Access::ReadOnly;
    options.requireCurrentSchema = requireCurrentSchema;
    return Database::open(path, options);
}

Result<Money> Context::money(const QString &text, Currency currency, const QString &option) const
{
    auto value = Money::parsePlain(text, currency);
    if (!value)
        return aboutOption(value.error(), option);
    return value;
}

Result<qint64> Context::dateTime(const QString &text, const QString &option) const
{
    auto value = timeutil::parseDateTime(text, clock.timeZone(), option);
    if (!value)
        return aboutOption(value.error(), option);
    return value;
}

Result<QDate> Context::date(const QString &text, const QString &option) const
{
    auto value = timeutil::parseDate(text, option);
    if (!value)
        return aboutOption(value.error(), option);
    return value;
}

Result<Currency> Context::currency(const QString &text, const QString &option) const
{
    if (auto currency = Currency::fromCode(text))
        return *currency;
    return Error(ErrorCode::InvalidInput,
                 cli::tr("--currency: “%1” is not an ISO 4217 currency code.").arg(text), option);
}

Result<Context::Dates> Context::dates(const QCommandLineParser &parser) const
{
    Dates dates;
    for (auto [name, into] :
         {std::pair{QStringLiteral("from"), &dates.from}, std::pair{QStringLiteral("to"), &dates.to}}) {
        if (!parser.isSet(name))
            continue;
        auto d = date(parser.value(name), name);
        if (!d)
            return d.error();
        *into = *d;
    }
    return dates;
}

Result<Context::Instants> Context::instants(const QCommandLineParser &parser) const
{
    auto days = dates(parser);
    if (!days)
        return days.error();
    const QTimeZone zone = clock.timeZone();
    Instants instants;
    if (days->from)
        instants.from = timeutil::startOfDay(*days->from, zone);
    if (days->to)
        instants.to = timeutil::startOfDay(days->to->addDays(1), zone);
    return instants;
}

Result<Quantity> Context::quantity(const QString &text, const QString &option) const
{
    auto value = Quantity::parsePlain(text, option);
    if (!value)
        return aboutOption(value.error(), option);
    return value;
}

Result<TaxRate> Context::percent(const QString &text, const QString &option) const
{
    auto value = TaxRate::parsePlain(text, option);
    if (!value)
        return aboutOption(value.error(), option);
    return value;
}

QCommandLineOption Context::forceOption()
{
    return option("force", tr("Take a date before 2000 or more than a year ahead as it is."));
}

validation::UnusualDate Context::unusualDates(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("force")) ? validation::UnusualDate::Allow
                                                 : validation::UnusualDate::Refuse;
}

Result<int> Context::integer(const QString &text, const QString &option, int min, int max) const
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return Error(ErrorCode::InvalidInput,
                     tr("%1: “%2” must be a whole number from %3 to %4.")
                         .arg(optionName(option), text)
                         .arg(min)
                         .arg(max),
                     option);
    return value;
}

Result<qint64> Context::id(const QString &text, const QString &option) const
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        return Error(ErrorCode::InvalidInput, tr("“%1” is not an id.").arg(text), option);
    return value;
}

Result<bool> Context::yesNo(const QString &text, const QString &option) const
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return Error(ErrorCode::InvalidInput, tr("%1: write yes or no, not “%2”.").arg(optionName(option), text),
                 option);
}

QString Context::localDate(qint64 secs) const
{
    return QDateTime::fromSecsSinceEpoch(secs, clock.timeZone()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString Context::localTime(qint64 secs) const
{
    return QDateTime::fromSecsSinceEpoch(secs, clock.timeZone()).toString(QStringLiteral("HH:mm"));
}

} // namespace minuta::cli
