// The core test runner. Started with --hold-database PATH it is instead the "other process" of the
// locking and crash tests: it opens PATH for writing, says "opened" (or the error code) on stdout and
// keeps the file open until its stdin closes. With --start-timer CLIENT it also starts a timer and
// says "started ID".

#include "io/drawing.h"
#include "storage/appinfo.h"
#include "storage/database.h"
#include "work/timerservice.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

int holdDatabase(const QString &path, qint64 timerClient)
{
    auto db = minuta::Database::open(path);
    QTextStream out(stdout);
    if (!db) {
        out << "error:" << minuta::Error::codeName(db.error().code()) << '\n';
        out.flush();
        return 3;
    }
    if (timerClient > 0) {
        minuta::SystemClock clock;
        auto started = minuta::TimerService(**db, clock).start(timerClient);
        if (!started) {
            out << "error:" << started.error().message() << '\n';
            out.flush();
            return 4;
        }
        out << "started " << started->running.id << '\n';
    } else {
        out << "opened\n";
    }
    out.flush();
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // A QGuiApplication for fonts (invoice PDFs), on the offscreen platform: no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    minuta::drawing::install(); // as the app: a logo is checked to decode
    // Messages as an English-speaking user reads them, plural forms included.
    minuta::appinfo::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("--hold-database")) {
        const qint64 client =
            args.size() == 5 && args[3] == QLatin1String("--start-timer") ? args[4].toLongLong() : 0;
        return holdDatabase(args[2], client);
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
