// The desktop app opened on a file and closed as soon as its window has been drawn, for timing the
// whole process from outside (scale-table.sh): the same steps as app/gui/main.cpp, then a quit.
// On the first open of the day the day's check and copy start in the background; the close stops
// them, so the figure says whether closing waits for them.
//   minuta_open_close --db FILE     (QT_QPA_PLATFORM=offscreen without a display)

#include "io/drawing.h"
#include "mainwindow.h"
#include "storage/appinfo.h"
#include "values/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    minuta::appinfo::initialize();
    minuta::drawing::install();
    minuta::appinfo::installTranslations(QLocale());

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The Minuta file to open."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);

    minuta::SystemClock clock;
    minuta::ui::MainWindow window(clock);
    window.show();
    window.openDatabase(parser.value(dbOption));
    // After the events the opening posted (the first paint among them).
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
