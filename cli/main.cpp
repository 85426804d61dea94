// minuta-cli: Minuta's command line over core.

#include "cli.h"

#include "storage/appinfo.h"

#include <QGuiApplication>
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

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    // Fonts (for invoice PDFs) need a QGuiApplication; the command line never shows a window, so it
    // runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    minuta::appinfo::initialize();
    minuta::appinfo::installTranslations(QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    minuta::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
