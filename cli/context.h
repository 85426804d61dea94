#pragma once

// What every minuta-cli command shares: the output streams, the global options, the clock, opening
// the file, reading option values and reporting failures with the right exit code.

#include "command.h"

#include "storage/database.h"
#include "values/clock.h"
#include "values/error.h"
#include "values/money.h"
#include "values/quantity.h"
#include "values/taxrate.h"
#include "values/validation.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <span>

class QCommandLineParser;
class QJsonValue;

namespace minuta {
struct Client;
}

namespace minuta::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

class Context
{
    Q_DECLARE_TR_FUNCTIONS(minuta::cli::Context)

public:
    Context(QTextStream &out, QTextStream &err);

    QTextStream &out;
    QTextStream &err;
    SystemClock clock;
    QString dbPath;
    bool json = false;
    QLocale locale; // for numbers and dates shown to people

    // The usage text of the whole program; set by the dispatcher.
    std::function<QString()> usage;

    // Prints "minuta-cli: message" and the usage on stderr; returns ExitUsage.
    int usageError(const QString &message);
    // Runs the command of a group such as "client" that the first argument names, with the arguments
    // after it. "GROUP", "GROUP --help" and "GROUP unknown" get the group's help, made from `commands`.
    int runGroup(const QString &group, std::span<const Command> commands, const QStringList &arguments);
    // Prints the error on stderr, its message or with --json {"error": {"code", "message", "field"}} (the
    // field null when it names none); returns ExitFailure.
    int failure(const Error &error);
    // Prints "warning: …" on stderr.
    void warn(const QString &message);
    // Prints JSON on stdout.
    void printJson(const QJsonValue &value);

    // Parses a command's own options plus --db, --json and --help. Returns false when the command
    // must stop, with `exitCode` set (0 after --help, 2 after a usage error).
    bool parse(QCommandLineParser &parser, const QString &command, const QString &synopsis,
               const QString &summary, const QList<QCommandLineOption> &options, const QStringList &arguments,
               int &exitCode);

    // The file the command works on: --db, else the default one.
    QString filePath() const;
    Result<std::unique_ptr<Database>> openForWriting();
    // Opens without the writer's lock and changes nothing, so reading works beside the running app.
    Result<std::unique_ptr<Database>> openForReading(bool requireCurrentSchema = true);

    // Option values, read the way the README documents them; errors name the option, in the message
    // and as their field.
    Result<Money> money(const QString &text, Currency currency, const QString &option) const;
    Result<qint64> dateTime(const QString &text, const QString &option) const;
    Result<QDate> date(const QString &text, const QString &option) const;
    Result<int> integer(const QString &text, const QString &option, int min, int max) const;
    Result<qint64> id(const QString &text, const QString &option) const;
    Result<bool> yesNo(const QString &text, const QString &option) const;
    // An ISO 4217 code such as EUR.
    Result<Currency> currency(const QString &text, const QString &option) const;
    // --from and --to, each a date when given (the options themselves are the command's).
    struct Dates
    {
        std::optional<QDate> from;
        std::optional<QDate> to;
    };
    Result<Dates> dates(const QCommandLineParser &parser) const;
    // The same as instants in the user's time zone: from the start of --from to the end of --to.
    struct Instants
    {
        std::optional<qint64> from;
        std::optional<qint64> to; // exclusive
    };
    Result<Instants> instants(const QCommandLineParser &parser) const;
    // A number of units, up to three decimals (12, 1.5).
    Result<Quantity> quantity(const QString &text, const QString &option) const;
    // A percentage such as 22 or 9.975.
    Result<TaxRate> percent(const QString &text, const QString &option) const;
    // --force: the command's dates are taken as given even when unusual (before 2000, a year ahead).
    static QCommandLineOption forceOption();
    static validation::UnusualDate unusualDates(const QCommandLineParser &parser);

    // "2026-11-02", "09:00", in the user's time zone.
    QString localDate(qint64 secs) const;
    QString localTime(qint64 secs) const;
};

// The command line's messages, translated; every command shares the one context "minuta::cli".
QString tr(const char *text);

// "--name", for messages.
QString optionName(const QString &name);
// A command's option: --name, described, taking a VALUE when `value` names it.
QCommandLineOption option(const char *name, const QString &description, const char *value = nullptr);

} // namespace minuta::cli
