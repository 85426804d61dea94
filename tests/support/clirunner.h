#pragma once

// Runs the built minuta-cli binary on a test's own files, as a script would. Built into the command
// line's tests, which say where the binary is (MINUTA_CLI_PATH).

#include "testfiles.h"

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

class QProcess;
class QProcessEnvironment;

namespace minuta::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// What runCli gives minuta-cli: the test's own environment with a private HOME and data folders, in
// Rome's time zone, in `locale`.
QProcessEnvironment cliEnvironment(const QString &locale = QStringLiteral("C.UTF-8"));

// Runs `minuta-cli ARGS…` with a private HOME and data folders, in Rome's time zone, in the C locale
// unless `locale` says otherwise.
CliRun runCli(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"));

// Today where the command line runs (Rome's time zone, as runCli sets it), which is not the test
// process's own day between 23:00 and 24:00 UTC.
QDate cliToday();

// Starts `minuta-cli ARGS…` the same way without waiting for it.
void startCli(QProcess &process, const QStringList &arguments);

// A test of commands on one file of its own, named `fileName` in a temporary folder.
class CliFileTest : public ::testing::Test
{
protected:
    explicit CliFileTest(const char *fileName);

    // Runs minuta-cli on the test's file.
    CliRun run(QStringList args) const;
    // Runs with --json, expects success and returns the parsed output (an array or an object).
    QJsonValue json(QStringList args) const;
    // Expects success; returns what was printed, trimmed.
    QString ok(QStringList args) const;
    // Expects `exitCode`, `message` on stderr and the file exactly as before.
    void refused(QStringList args, const QString &message, int exitCode = 1) const;

    TempDir dir;
    const QString path;
};

} // namespace minuta::test
