#include "clirunner.h"
#include "storage/database.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace minuta;
using namespace minuta::test;

TEST(CliInfo, DescribesANewFile)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("new.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("ACME")})
                  .exitCode,
              0)
        << "a command that writes creates the file";
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QFileInfo(path).absoluteFilePath())) << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("File format:  %1 (current)").arg(Database::latestSchemaVersion())))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("setting"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Access:       only you"))) << run.out.toStdString();
}

TEST(CliInfo, ReadingAMissingFileSaysSoAndCreatesNothing)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("typo.sqlite"));
    for (const char *command : {"info", "entries", "invoice"}) {
        QStringList args{QStringLiteral("--db"), path, QString::fromLatin1(command)};
        if (QLatin1String(command) == QLatin1String("invoice"))
            args << QStringLiteral("list");
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 1) << command;
        EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist yet"))) << run.err.toStdString();
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST(CliInfo, SaysWhenOthersCanReadTheFile)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                | QFile::ReadOther));
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("other people who use this computer can read it")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("chmod 600"))) << run.out.toStdString();
    const CliRun json =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("info")});
    EXPECT_TRUE(QJsonDocument::fromJson(json.out.toUtf8())
                    .object()
                    .value(QStringLiteral("readableByOthers"))
                    .toBool());
}

TEST(CliInfo, JsonParsesAndCountsRows)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("data.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(execSql(**db, QStringLiteral("INSERT INTO setting VALUES ('a', '1'), ('b', '2')")));
    }
    // --json works before or after the command, and so does --db.
    for (const QStringList &args :
         {QStringList{QStringLiteral("--json"), QStringLiteral("--db"), path, QStringLiteral("info")},
          QStringList{QStringLiteral("info"), QStringLiteral("--db"), path, QStringLiteral("--json")}}) {
        const CliRun run = runCli(args);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        const QJsonObject info = doc.object();
        EXPECT_EQ(info.value(QStringLiteral("path")).toString(), QFileInfo(path).absoluteFilePath());
        EXPECT_EQ(info.value(QStringLiteral("schemaVersion")).toInt(), Database::latestSchemaVersion());
        EXPECT_EQ(info.value(QStringLiteral("latestSchemaVersion")).toInt(), Database::latestSchemaVersion());
        EXPECT_GT(info.value(QStringLiteral("sizeBytes")).toInteger(), 0);
        // The two settings added, and the file's own id that every file has.
        EXPECT_EQ(info.value(QStringLiteral("tables")).toObject().value(QStringLiteral("setting")).toInt(),
                  3);
    }
}

TEST(CliInfo, WorksWhileTheAppHasTheFileOpen)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("open.sqlite"));
    auto app = Database::open(path); // holds the writer's lock, as the desktop app does
    ASSERT_TRUE(app.ok());
    const CliRun run =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("info")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(run.out.toUtf8()).isObject());
}

TEST(CliInfo, AFileThatIsNotADatabaseFailsWithItsMessage)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.txt"));
    writeAll(path, QByteArrayLiteral("not a database\n"));
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a Minuta file"))) << run.err.toStdString();
    EXPECT_EQ(readAll(path), QByteArrayLiteral("not a database\n"));
}

TEST(CliUsage, BadUsageExitsTwoWithUsageOnStderr)
{
    for (const QStringList &args : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                    QStringList{QStringLiteral("--bogus"), QStringLiteral("info")},
                                    QStringList{QStringLiteral("info"), QStringLiteral("--bogus")},
                                    QStringList{QStringLiteral("info"), QStringLiteral("extra")},
                                    QStringList{QStringLiteral("--db")}}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Usage: minuta-cli"))) << run.err.toStdString();
    }
}

TEST(CliUsage, HelpAndVersion)
{
    const CliRun help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: minuta-cli")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("info")));

    const CliRun commandHelp = runCli({QStringLiteral("info"), QStringLiteral("--help")});
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains(QStringLiteral("--json")));

    const CliRun version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("minuta-cli " MINUTA_VERSION));
}

TEST(CliUpgrade, OnlyACommandThatWritesUpgradesAnOlderFileAndKeepsACopy)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.migrations = Database::builtinMigrations().mid(0, 1);
        ASSERT_TRUE(Database::open(path, options).ok());
    }
    const QByteArray before = sha256(path);
    const CliRun reading = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"),
                                   QStringLiteral("client"), QStringLiteral("list")});
    EXPECT_EQ(reading.exitCode, 1);
    // With --json the refusal is JSON on stderr; this error is about no field.
    const QJsonObject error =
        QJsonDocument::fromJson(reading.err.toUtf8()).object()[QStringLiteral("error")].toObject();
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("schema-too-old"))
        << reading.err.toStdString();
    EXPECT_TRUE(error[QStringLiteral("message")].toString().contains(QStringLiteral("older file format")))
        << reading.err.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("field")) && error[QStringLiteral("field")].isNull());
    EXPECT_EQ(sha256(path), before) << "reading changes nothing";
    EXPECT_FALSE(QDir(dir.file(QStringLiteral("backups"))).exists());

    const CliRun writing = runCli({QStringLiteral("--db"), path, QStringLiteral("client"),
                                   QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ACME")});
    EXPECT_EQ(writing.exitCode, 0) << writing.err.toStdString();
    const CliRun info =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("info")});
    EXPECT_EQ(
        QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("schemaVersion")).toInt(),
        Database::latestSchemaVersion());
    EXPECT_EQ(QDir(dir.file(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
}

TEST(CliTrust, AnotherProgramsDatabaseOrAnEmptyFileIsNeverChanged)
{
    TempDir dir;
    const QString foreign = dir.file(QStringLiteral("contacts.db"));
    writeForeignDatabase(foreign);
    const QString empty = dir.file(QStringLiteral("empty.sqlite"));
    writeAll(empty, QByteArray());
    const QStringList around =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &path : {foreign, empty}) {
        const QByteArray before = sha256(path);
        for (const QStringList &args :
             {QStringList{QStringLiteral("entries")}, QStringList{QStringLiteral("info")},
              QStringList{QStringLiteral("client"), QStringLiteral("list")},
              QStringList{QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("ACME")},
              QStringList{QStringLiteral("backup"), QStringLiteral("create")}}) {
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), path} + args);
            EXPECT_EQ(run.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(run.err.contains(QStringLiteral("not a Minuta file"))) << run.err.toStdString();
        }
        EXPECT_EQ(sha256(path), before) << path.toStdString();
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), around)
        << "no lock, journal or copy beside them";
}

TEST(CliTrust, AFileInAFolderItsReaderCannotWriteIsReadAndAWriteSaysWhy)
{
    // Root may write in any folder, so the reader here is another user ("nobody"), as on a shared
    // or read-only disk.
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (::geteuid() != 0 || setpriv.isEmpty())
        GTEST_SKIP() << "needs root and setpriv to read as another user";
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("ACME")})
                  .exitCode,
              0);
    ASSERT_EQ(runCli({QStringLiteral("--db"), path, QStringLiteral("log"), QStringLiteral("--client"),
                      QStringLiteral("ACME"), QStringLiteral("--start"), QStringLiteral("2026-11-02T09:00"),
                      QStringLiteral("--minutes"), QStringLiteral("30")})
                  .exitCode,
              0);
    // The folder and the file readable by all, writable by their owner only; the program beside
    // them, where the other user can run it.
    const QString program = dir.file(QStringLiteral("minuta-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MINUTA_CLI_PATH), program));
    const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    ASSERT_TRUE(
        QFile::setPermissions(program, readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    ASSERT_TRUE(QFile::setPermissions(path, readable));
    ASSERT_TRUE(
        QFile::setPermissions(dir.path(), readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    const QByteArray before = sha256(path);
    const QStringList around = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const auto runAsNobody = [&](const QStringList &args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Rome"));
        process.setProcessEnvironment(env);
        process.start(setpriv,
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), program, QStringLiteral("--db"), path}
                          + args);
        EXPECT_TRUE(process.waitForFinished(30000));
        const QString said =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return std::make_pair(process.exitCode(), said);
    };
    const auto [readCode, readText] =
        runAsNobody({QStringLiteral("entries"), QStringLiteral("--from"), QStringLiteral("2026-11-01")});
    EXPECT_EQ(readCode, 0) << readText.toStdString();
    EXPECT_TRUE(readText.contains(QStringLiteral("ACME"))) << readText.toStdString();

    const auto [writeCode, writeText] = runAsNobody(
        {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("B")});
    EXPECT_EQ(writeCode, 1);
    EXPECT_TRUE(writeText.contains(QStringLiteral("its folder does not allow it")))
        << writeText.toStdString();
    EXPECT_FALSE(writeText.contains(QStringLiteral("readonly database"))) << writeText.toStdString();
    EXPECT_EQ(sha256(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), around) << "no journal left beside it";
}

TEST(CliTrust, AFullDiskIsCalledAFullDiskAndLosesNothing)
{
    // A small disk of its own, filled up: only root can make one.
    TempDir dir;
    const QString disk = dir.file(QStringLiteral("disk"));
    ASSERT_TRUE(QDir().mkpath(disk));
    if (::geteuid() != 0
        || QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=2m"), QStringLiteral("tmpfs"), disk})
               != 0)
        GTEST_SKIP() << "needs root to mount a small disk";
    const auto unmount = qScopeGuard([&disk] { QProcess::execute(QStringLiteral("umount"), {disk}); });
    const QString path = QDir(disk).filePath(QStringLiteral("work.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("ACME")})
                  .exitCode,
              0);
    {
        QFile fill(QDir(disk).filePath(QStringLiteral("fill")));
        ASSERT_TRUE(fill.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
    }
    const QByteArray before = sha256(path);
    for (int i = 0; i < 5; ++i) {
        const CliRun run =
            runCli({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("Client %1").arg(i)});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.err.contains(QStringLiteral("disk")) && run.err.contains(QStringLiteral("full")))
            << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("does not allow"))) << run.err.toStdString();
    }
    EXPECT_EQ(sha256(path), before);

    // Space again: everything is there, and work goes on.
    ASSERT_TRUE(QFile::remove(QDir(disk).filePath(QStringLiteral("fill"))));
    const CliRun added =
        runCli({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("Studio Bianchi")});
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun listed =
        runCli({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("ACME"))
                && listed.out.contains(QStringLiteral("Studio Bianchi")))
        << listed.out.toStdString();
}

// Commands that draw nothing start on a plain QCoreApplication: no graphics platform, no fonts. A
// platform that does not exist proves it, since bringing one up would stop the program; writing an
// invoice's PDF, which draws, is what still brings it up.
TEST(CliInfo, OnlyCommandsThatDrawBringUpTheGraphicsPlatform)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("light.sqlite"));
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    const auto runWith = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MINUTA_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return std::pair{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         QString::fromUtf8(process.readAllStandardOutput())};
    };

    const auto [helpCode, help] = runWith({QStringLiteral("--help")});
    EXPECT_EQ(helpCode, 0);
    EXPECT_TRUE(help.contains(QStringLiteral("Usage: minuta-cli"))) << help.toStdString();
    const auto [addCode, added] =
        runWith({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                 QStringLiteral("--name"), QStringLiteral("ACME")});
    EXPECT_EQ(addCode, 0) << added.toStdString();
    const auto [infoCode, info] = runWith({QStringLiteral("--db"), path, QStringLiteral("info")});
    EXPECT_EQ(infoCode, 0);
    EXPECT_TRUE(info.contains(QStringLiteral("File format:"))) << info.toStdString();

    // Drawing needs the platform: with none to be had, the PDF is not written.
    const QString pdf = dir.file(QStringLiteral("out.pdf"));
    const auto [pdfCode, pdfOut] =
        runWith({QStringLiteral("--db"), path, QStringLiteral("invoice"), QStringLiteral("pdf"),
                 QStringLiteral("1"), QStringLiteral("-o"), pdf});
    EXPECT_NE(pdfCode, 0);
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

// minuta-cli hands the commands that draw to its drawing half, minuta-cli-draw; a copy of
// minuta-cli without it still runs every other command, and says what is missing for a PDF.
TEST(CliInfo, WithoutItsDrawingHalfTheCommandLineSaysSoForAPdfAndRunsTheRest)
{
    TempDir dir;
    const QString alone = dir.file(QStringLiteral("minuta-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MINUTA_CLI_PATH), alone));
    ASSERT_TRUE(QFile::setPermissions(alone, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString path = dir.file(QStringLiteral("alone.sqlite"));
    const auto runWith = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.start(alone, arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    EXPECT_EQ(runWith({QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                       QStringLiteral("--name"), QStringLiteral("ACME")})
                  .first,
              0);
    const auto [code, err] =
        runWith({QStringLiteral("--db"), path, QStringLiteral("invoice"), QStringLiteral("pdf"),
                 QStringLiteral("1"), QStringLiteral("-o"), dir.file(QStringLiteral("x.pdf"))});
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(err.contains(QStringLiteral("minuta-cli-draw")) && err.contains(QStringLiteral("missing")))
        << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("x.pdf"))));
}

// info --check reads every page and computes the local months and days again: a key another program
// wrote wrong, and a trigger it dropped, are both put right, and it says how many keys were wrong.
TEST(CliInfo, CheckPutsTheLocalKeysRightAndSaysHowManyWereWrong)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("check.sqlite"));
    const auto cli = [&path](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), path} + args);
    };
    ASSERT_EQ(cli({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("ACME")})
                  .exitCode,
              0);
    for (const char *start : {"2026-03-29T01:30", "2026-03-31T23:30", "2026-10-25T02:30"})
        ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("--client"), QStringLiteral("ACME"),
                       QStringLiteral("--start"), QString::fromLatin1(start), QStringLiteral("--minutes"),
                       QStringLiteral("20")})
                      .exitCode,
                  0);
    const QTimeZone rome("Europe/Rome"); // the command line's zone in these tests
    {
        TestClock clock;
        clock.setTimeZone(rome);
        Database::Options options;
        options.clock = &clock;
        auto db = Database::open(path, options);
        ASSERT_TRUE(db.ok());
        ASSERT_EQ(wrongLocalKeys(**db, rome), QStringList());
        ASSERT_TRUE(execSql(**db, QStringLiteral("UPDATE time_entry SET local_month = 202602 WHERE id = 1")));
        ASSERT_TRUE(execSql(**db, QStringLiteral("DROP TRIGGER time_entry_local_keys_on_insert")));
        // The key, and the figures of its day and month, which followed it into the wrong month.
        const QStringList wrong = wrongLocalKeys(**db, rome);
        ASSERT_TRUE(wrong.first().startsWith(QStringLiteral("time_entry 1:")))
            << wrong.join(u'\n').toStdString();
        ASSERT_GT(wrong.size(), 1);
    }

    const CliRun checked = cli({QStringLiteral("info"), QStringLiteral("--check")});
    ASSERT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    EXPECT_TRUE(checked.out.contains(QStringLiteral("every page is whole"))) << checked.out.toStdString();
    EXPECT_TRUE(checked.out.contains(QStringLiteral("(1 were wrong)"))) << checked.out.toStdString();
    // The trigger is back: a new entry gets its keys.
    ASSERT_EQ(cli({QStringLiteral("log"), QStringLiteral("--client"), QStringLiteral("ACME"),
                   QStringLiteral("--start"), QStringLiteral("2026-10-31T23:45"), QStringLiteral("--minutes"),
                   QStringLiteral("10")})
                  .exitCode,
              0);
    const CliRun json = cli({QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--check")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject check =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("check")).toObject();
    EXPECT_TRUE(check.value(QStringLiteral("whole")).toBool());
    EXPECT_EQ(check.value(QStringLiteral("localKeysRepaired")).toInt(-1), 0);

    Database::Options reading;
    reading.access = Database::Access::ReadOnly;
    auto db = Database::open(path, reading);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(wrongLocalKeys(**db, rome), QStringList());
    EXPECT_EQ(sqlValue(**db, QStringLiteral("SELECT count(*) FROM time_entry")).toInt(), 4);
}
