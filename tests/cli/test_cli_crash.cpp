// Kills the real minuta-cli at random moments of a write (`log`) and of a read (`entries`), a few
// hundred times, as a power cut or an impatient Ctrl+C would: afterwards nobody is locked out, the
// file is whole and every write that said it was done is there.

#include "clirunner.h"
#include "storage/database.h"

#include "qtprinters.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

#include <random>

using namespace minuta;
using namespace minuta::test;

namespace {

QStringList logArguments(const QString &path, int i)
{
    // Five minutes of work each, one after the other, on past days.
    const QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(8, 0)).addSecs(qint64(i) * 600);
    return {QStringLiteral("--db"),
            path,
            QStringLiteral("log"),
            QStringLiteral("--client"),
            QStringLiteral("ACME"),
            QStringLiteral("--start"),
            start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
            QStringLiteral("--minutes"),
            QStringLiteral("5"),
            QStringLiteral("--note"),
            QStringLiteral("entry %1").arg(i)};
}

} // namespace

TEST(CliCrash, KillsAtRandomMomentsLockNobodyOutAndLoseNoConfirmedWrite)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("ACME")})
                  .exitCode,
              0);

    // How long a whole `log` takes here, so the kills fall across all of it.
    QElapsedTimer timing;
    timing.start();
    ASSERT_EQ(runCli(logArguments(path, 0)).exitCode, 0);
    // The span follows how long a whole run takes now, which changes with the machine's load (other
    // tests run beside this one): a run that finishes moves it towards its own time.
    qint64 typical = timing.elapsed();
    const auto span = [&typical] { return int(qBound(qint64(20), typical * 3 / 2, qint64(2000))); };

    const unsigned seed = std::random_device{}();
    SCOPED_TRACE(testing::Message() << "seed " << seed << ", kills within " << span() << " ms at first");
    std::mt19937 random(seed);

    QSet<QString> confirmed{QStringLiteral("entry 0")};
    int kills = 0;
    QElapsedTimer budget;
    budget.start();
    for (int i = 1; i <= 600 && kills < 300 && budget.elapsed() < 240000; ++i) {
        const bool writing = i % 2 == 1;
        QProcess process;
        startCli(process, writing ? logArguments(path, i)
                                  : QStringList{QStringLiteral("--db"), path, QStringLiteral("entries")});
        QElapsedTimer run;
        run.start();
        ASSERT_TRUE(process.waitForStarted(10000));
        if (!process.waitForFinished(std::uniform_int_distribution<int>(0, span())(random))) {
            process.kill();
            process.waitForFinished(10000);
            ++kills;
            continue;
        }
        typical = (3 * typical + run.elapsed()) / 4;
        if (writing) {
            ASSERT_EQ(process.exitCode(), 0)
                << "a write refused after a kill: " << process.readAllStandardError().toStdString();
            confirmed.insert(QStringLiteral("entry %1").arg(i));
        }
    }
    EXPECT_GE(kills, 100);
    RecordProperty("kills", kills);
    RecordProperty("confirmedWrites", int(confirmed.size()));

    // A write right after, with the command line's normal wait, and a read.
    const CliRun after = runCli(logArguments(path, 1000));
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    confirmed.insert(QStringLiteral("entry 1000"));
    const CliRun listed =
        runCli({QStringLiteral("--db"), path, QStringLiteral("entries"), QStringLiteral("--from"),
                QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QSet<QString> stored;
    const QJsonValue parsed =
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("entries"));
    const QJsonArray entries =
        parsed.isArray() ? parsed.toArray() : QJsonDocument::fromJson(listed.out.toUtf8()).array();
    for (const QJsonValue &entry : entries)
        stored.insert(entry.toObject().value(QStringLiteral("description")).toString());
    for (const QString &note : std::as_const(confirmed))
        EXPECT_TRUE(stored.contains(note)) << note.toStdString() << " was confirmed and is gone";

    // Each entry's local month and day were written with it, in the command line's zone (Rome).
    Database::Options reading;
    reading.access = Database::Access::ReadOnly;
    auto reader = Database::open(path, reading);
    ASSERT_TRUE(reader.ok()) << reader.error().message().toStdString();
    EXPECT_EQ(wrongLocalKeys(**reader, QTimeZone("Europe/Rome")), QStringList());
    reader->reset();

    // The file is whole, and the app (which does not wait for the lock) opens it.
    auto app = Database::open(path);
    ASSERT_TRUE(app.ok()) << app.error().message().toStdString();
    EXPECT_EQ(sqlValue(**app, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}
