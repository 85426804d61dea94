#pragma once

// Runs the built minuta-cli binary on a test's own files, as a script would.

#include <QString>
#include <QStringList>

class QProcess;

namespace minuta::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `minuta-cli ARGS…` with a private HOME and data folders, in Rome's time zone, in the C locale
// unless `locale` says otherwise.
CliRun runCli(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"));

// Starts `minuta-cli ARGS…` the same way without waiting for it.
void startCli(QProcess &process, const QStringList &arguments);

} // namespace minuta::test
