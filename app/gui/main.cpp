// The desktop app: parses the command line and shows the main window.

#include "io/drawing.h"
#include "mainwindow.h"
#include "storage/appinfo.h"
#include "storage/database.h"
#include "values/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    minuta::appinfo::initialize();
    minuta::drawing::install();
    QApplication::setApplicationDisplayName(minuta::appinfo::displayName());
    QGuiApplication::setDesktopFileName(minuta::appinfo::desktopFileName());
    // The language chosen in Settings, or the system's: the words, and Qt's own dialogs with them.
    const QLocale language = minuta::appinfo::interfaceLocale();
    QLocale::setDefault(language);
    minuta::appinfo::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Minuta: time, usage and invoices for freelance virtual assistants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the Minuta file <path> (created when it does not "
                                        "exist). Without it, the file used last, or %1.")
            .arg(minuta::Database::defaultPath()),
        QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("files/last")).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : minuta::Database::defaultPath();
    }

    minuta::SystemClock clock;
    minuta::ui::MainWindow window(clock);
    window.show();
    window.openDatabase(path);
    return app.exec();
}
