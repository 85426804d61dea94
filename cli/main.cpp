// minuta-cli: Minuta's command line over core.

#include "cli.h"

#include "storage/appinfo.h"

#ifdef MINUTA_CLI_DRAWS
#include "io/drawing.h"

#include <QGuiApplication>
#else
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#endif
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace {

// The command line's stdout and stderr belong to scripts: Qt's own diagnostics (a missing runtime
// folder, font notes) stay out of them unless MINUTA_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("MINUTA_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

#ifndef MINUTA_CLI_DRAWS
// Runs a command that draws (an invoice's PDF, a logo) in the command line's drawing half,
// minuta-cli-draw, with the same arguments, input and output; returns its exit code. Only that half
// loads Qt GUI and its fonts, which would take most of every other command's start.
int runDrawingHalf(const QStringList &arguments)
{
    const QString dir = QCoreApplication::applicationDirPath();
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("minuta-cli-draw.exe");
#else
    const QString name = QStringLiteral("minuta-cli-draw");
#endif
    // Beside minuta-cli (a build, Windows, macOS), or in libexec (Linux packages).
    QString helper;
    for (const QString &candidate :
         QStringList{dir + QLatin1Char('/') + name, dir + QStringLiteral("/../libexec/minuta/") + name})
        if (QFileInfo(candidate).isExecutable()) {
            helper = QFileInfo(candidate).absoluteFilePath();
            break;
        }
    QTextStream err(stderr);
    if (helper.isEmpty()) {
        err << QCoreApplication::translate("minuta::cli",
                                           "minuta-cli: error: this command draws, and %1, which draws for "
                                           "minuta-cli, is missing; install Minuta again.")
                   .arg(name)
            << '\n';
        return 1;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(helper, arguments);
    if (!process.waitForStarted(-1) || !process.waitForFinished(-1)
        || process.exitStatus() != QProcess::NormalExit) {
        err << QCoreApplication::translate("minuta::cli", "minuta-cli: error: %1 stopped: %2")
                   .arg(name, process.errorString())
            << '\n';
        return 1;
    }
    return process.exitCode();
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
#ifdef MINUTA_CLI_DRAWS
    // The drawing half: minuta-cli starts it for the commands that draw, which need a
    // QGuiApplication for fonts and images. It never shows a window: the offscreen platform, unless
    // told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    minuta::appinfo::initialize();
    minuta::appinfo::installTranslations(QLocale());
    minuta::drawing::install();
#else
    QCoreApplication app(argc, argv);
    minuta::appinfo::initialize();
    minuta::appinfo::installTranslations(QLocale());
    if (minuta::cli::Cli::draws(arguments))
        return runDrawingHalf(QCoreApplication::arguments().mid(1));
#endif

    QTextStream out(stdout);
    QTextStream err(stderr);
    minuta::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
