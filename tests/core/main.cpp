// The core test runner. Started with --hold-database PATH it is instead the "other process" of the
// locking tests: it opens PATH for writing, says "opened" (or the error code) on stdout and keeps
// the file open until its stdin closes.

#include "appinfo.h"
#include "database.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

int holdDatabase(const QString &path)
{
    auto db = minuta::Database::open(path);
    QTextStream out(stdout);
    if (!db) {
        out << "error:" << minuta::Error::codeName(db.error().code()) << '\n';
        out.flush();
        return 3;
    }
    out << "opened\n";
    out.flush();
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Messages as an English-speaking user reads them, plural forms included.
    minuta::appinfo::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    if (argc == 3 && QString::fromLocal8Bit(argv[1]) == QLatin1String("--hold-database"))
        return holdDatabase(QString::fromLocal8Bit(argv[2]));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
