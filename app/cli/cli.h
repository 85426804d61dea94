#pragma once

// minuta-cli's commands: reads the global options, picks the command and runs it over core.
// Exit codes: 0 done, 1 the command failed (message on stderr), 2 the command line was wrong.

#include "clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineOption;
class QCommandLineParser;

namespace minuta::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(minuta::cli::Cli)

public:
    Cli(QTextStream &out, QTextStream &err);
    // `arguments` without the program name.
    int run(const QStringList &arguments);

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(Cli &, const QStringList &)> run;
    };

    QList<Command> commands() const;
    QString usage() const;
    int usageError(const QString &message);
    int failure(const Error &error);

    // Parses a command's own options (plus --db, --json and --help); false when the command
    // should stop, with `exitCode` set.
    bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                          const QList<QCommandLineOption> &options, const QStringList &arguments,
                          int &exitCode);

    Result<std::unique_ptr<Database>> openForWriting();
    // Opens without the lock when the file exists, so reading works beside the running app.
    Result<std::unique_ptr<Database>> openForReading(bool requireCurrentSchema = true);

    int info(const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
    SystemClock m_clock;
    QString m_dbPath;
    bool m_json = false;
};

} // namespace minuta::cli
