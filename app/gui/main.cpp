// The desktop app: parses the command line and shows the main window.

#include "importdialog.h"
#include "io/drawing.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "storage/appinfo.h"
#include "storage/database.h"
#include "values/clock.h"
#include "workspace.h"

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
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "A Minuta file to open, as --db does; or a CSV of time entries to "
                                        "import into the file open."),
        QStringLiteral("[file]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1)
        parser.showHelp(2);

    // What this launch was asked to open: a Minuta file, or a CSV to import.
    QString given = parser.value(dbOption);
    QString csv;
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().first();
        if (minuta::ui::ImportDialog::isImportable(file))
            csv = QFileInfo(file).absoluteFilePath();
        else if (given.isEmpty())
            given = file;
    }
    if (!given.isEmpty())
        given = QFileInfo(given).absoluteFilePath();

    // A Minuta already running takes the request and comes to the front.
    minuta::app::SingleInstance instance;
    if (instance.handOver(!csv.isEmpty() ? csv : given))
        return 0;
    instance.listen();

    QString path = given;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("files/last")).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : minuta::Database::defaultPath();
    }

    minuta::SystemClock clock;
    minuta::ui::MainWindow window(clock);
    QObject::connect(&instance, &minuta::app::SingleInstance::requested, &window,
                     [&window](const QString &file) {
                         window.bringToFront();
                         if (file.isEmpty())
                             return;
                         if (minuta::ui::ImportDialog::isImportable(file))
                             window.importEntriesFrom(file);
                         else if (!window.workspace()
                                  || QFileInfo(window.workspace()->database().path()) != QFileInfo(file))
                             window.openDatabase(file);
                     });
    window.show();
    window.openDatabase(path);
    if (!csv.isEmpty())
        QMetaObject::invokeMethod(
            &window, [&window, csv] { window.importEntriesFrom(csv); }, Qt::QueuedConnection);
    return app.exec();
}
