#include "clirunner.h"

#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace minuta::test {

QProcessEnvironment cliEnvironment(const QString &locale)
{
    // Never touch the real user's files: a throwaway home for every run.
    static QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Rome"));
    return env;
}

namespace {

// With MINUTA_CLI_TRANSCRIPT=FILE, every run is appended to FILE (arguments, exit code, output and
// errors, with temporary folders written as TMP), so two builds' transcripts can be compared byte
// for byte.
void recordTranscript(const QStringList &arguments, const CliRun &run)
{
    const QString target = qEnvironmentVariable("MINUTA_CLI_TRANSCRIPT");
    if (target.isEmpty())
        return;
    QFile file(target);
    if (!file.open(QIODevice::Append))
        return;
    static const QRegularExpression temporary(QStringLiteral("/tmp/[^/\\s\"']+"));
    QString text = QStringLiteral("$ minuta-cli %1\n[exit %2]\n%3[stderr]\n%4\n")
                       .arg(arguments.join(QLatin1Char(' ')))
                       .arg(run.exitCode)
                       .arg(run.out, run.err);
    text.replace(temporary, QStringLiteral("TMP"));
    file.write(text.toUtf8());
}

} // namespace

QDate cliToday()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone("Europe/Rome")).date();
}

void startCli(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(cliEnvironment(QStringLiteral("C.UTF-8")));
    process.start(QStringLiteral(MINUTA_CLI_PATH), arguments);
}

CliRun runCli(const QStringList &arguments, const QString &locale)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(locale));
    process.start(QStringLiteral(MINUTA_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        ADD_FAILURE() << "minuta-cli did not run: " << process.errorString().toStdString();
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    recordTranscript(arguments, run);
    return run;
}

CliFileTest::CliFileTest(const char *fileName) : path(dir.file(QString::fromUtf8(fileName)))
{}

CliRun CliFileTest::run(QStringList args) const
{
    return runCli(QStringList{QStringLiteral("--db"), path} + args);
}

QJsonValue CliFileTest::json(QStringList args) const
{
    const CliRun r = run(QStringList{QStringLiteral("--json")} + args);
    EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString CliFileTest::ok(QStringList args) const
{
    const CliRun r = run(args);
    EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    return r.out.trimmed();
}

void CliFileTest::refused(QStringList args, const QString &message, int exitCode) const
{
    const QString before = fingerprint(path);
    const CliRun r = run(args);
    EXPECT_EQ(r.exitCode, exitCode) << args.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(r.err.contains(message))
        << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString();
    EXPECT_EQ(fingerprint(path), before) << args.join(QLatin1Char(' ')).toStdString() << " changed the file";
}

} // namespace minuta::test
