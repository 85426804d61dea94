// minuta-cli: Minuta's command line over core.

#include "cli.h"

#include "storage/appinfo.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

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
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Fonts and images (an invoice's PDF, a logo) need a QGuiApplication, whose platform and fonts
    // take most of a start; every other command runs on a QCoreApplication. The command line never
    // shows a window, so the GUI side runs on the offscreen platform unless told otherwise.
    std::unique_ptr<QCoreApplication> app;
    if (minuta::cli::Cli::draws(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
