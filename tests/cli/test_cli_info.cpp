#include "clirunner.h"
#include "database.h"

#include "qtprinters.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

TEST(CliInfo, DescribesANewFile)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("new.sqlite"));
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path)) << "info on a new path creates the file";
    EXPECT_TRUE(run.out.contains(QFileInfo(path).absoluteFilePath())) << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("File format:  %1 (current)").arg(Database::latestSchemaVersion())))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("setting"))) << run.out.toStdString();
}

TEST(CliInfo, JsonParsesAndCountsRows)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("data.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO setting VALUES ('a', '1'), ('b', '2')")));
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

TEST(CliUpgrade, AReadingCommandUpgradesAnOlderFileAndKeepsACopy)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.migrations = Database::builtinMigrations().mid(0, 1);
        ASSERT_TRUE(Database::open(path, options).ok());
    }
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"),
                               QStringLiteral("client"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(run.out.toUtf8()).isArray());
    const CliRun info =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("info")});
    EXPECT_EQ(
        QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("schemaVersion")).toInt(),
        Database::latestSchemaVersion());
    EXPECT_EQ(QDir(dir.file(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
}
