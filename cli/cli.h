#pragma once

// minuta-cli's entry point: reads the global options, picks the command and runs it.
// Exit codes: 0 done, 1 refused (the reason on stderr, nothing changed), 2 the command line was wrong.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace minuta::cli {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(minuta::cli::Cli)

public:
    Cli(QTextStream &out, QTextStream &err);
    // `arguments` without the program name.
    int run(const QStringList &arguments);
    // Whether the command draws (a PDF, a logo read to check it): only those need fonts and images,
    // so only they start Qt's GUI side; every other command starts as fast as a plain program.
    static bool draws(const QStringList &arguments);

private:
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace minuta::cli
