// Copies of the file from the command line: made, listed, restored, and the refusals.

#include "clirunner.h"

#include "qtprinters.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliBackup : public CliFileTest
{
protected:
    CliBackup() : CliFileTest("assistant.sqlite") {}

    QStringList clientNames()
    {
        QStringList names;
        for (const QJsonValue &c : json({s("client"), s("list"), s("--all")}).toArray())
            names << c.toObject().value(s("name")).toString();
        return names;
    }

    void SetUp() override { ok({s("client"), s("add"), s("--name"), s("ACME Srl")}); }
};

} // namespace

TEST_F(CliBackup, ACopyIsMadeListedAndRestored)
{
    const QJsonObject made = json({s("backup"), s("create")}).toObject();
    const QString copy = made.value(s("file")).toString();
    EXPECT_TRUE(copy.startsWith(dir.file(s("backups")))) << copy.toStdString();
    EXPECT_GT(made.value(s("sizeBytes")).toInteger(), 0);
    EXPECT_EQ(fingerprint(copy), fingerprint(path));

    ok({s("client"), s("add"), s("--name"), s("Studio Bianchi")});
    EXPECT_EQ(clientNames().size(), 2);

    const QJsonArray listed = json({s("backup"), s("list")}).toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).toObject().value(s("file")).toString(), copy);
    EXPECT_EQ(listed.at(0).toObject().value(s("reason")).toString(), s("manual"));
    EXPECT_TRUE(listed.at(0).toObject().value(s("takenAt")).toString().startsWith(s("20")));
    const CliRun table = run({s("backup"), s("list")});
    EXPECT_TRUE(table.out.contains(QFileInfo(copy).fileName())) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(s("Made on request"))) << table.out.toStdString();

    // Restored by the name the list shows.
    const QJsonObject restored = json({s("backup"), s("restore"), QFileInfo(copy).fileName()}).toObject();
    EXPECT_EQ(clientNames(), QStringList{s("ACME Srl")});
    const QString kept = restored.value(s("previousContentsKeptIn")).toString();
    ASSERT_TRUE(QFileInfo::exists(kept));
    ok({s("backup"), s("restore"), kept});
    EXPECT_EQ(clientNames().size(), 2) << "the restore itself is undone by restoring what it kept";
}

TEST_F(CliBackup, ACopyGoesToAChosenFileButNeverOverAnother)
{
    const QString usb = dir.file(s("usb-stick.sqlite"));
    ok({s("backup"), s("create"), s("-o"), usb});
    EXPECT_EQ(fingerprint(usb), fingerprint(path));
    refused({s("backup"), s("create"), s("-o"), usb}, s("already exists"));
    EXPECT_EQ(fingerprint(usb), fingerprint(path));
}

TEST_F(CliBackup, RestoringIsRefusedAndChangesNothingWhenItCannotBeDone)
{
    const QString text = dir.file(s("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Monday: call ACME.\n");
    }
    refused({s("backup"), s("restore"), text}, s("not a Minuta file"));
    refused({s("backup"), s("restore"), s("no-such-copy.sqlite")}, s("does not exist"));
    refused({s("backup"), s("restore")}, s("needs the copy"), 2);
    refused({s("backup"), s("rewind")}, s("rewind"), 2);

    // While the app has the file open.
    const QString copy = json({s("backup"), s("create")}).toObject().value(s("file")).toString();
    ok({s("client"), s("add"), s("--name"), s("Studio Bianchi")});
    {
        auto app = Database::open(path);
        ASSERT_TRUE(app.ok());
        const QString before = fingerprint(**app);
        const CliRun r = run({s("backup"), s("restore"), copy});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(s("already open"))) << r.err.toStdString();
        EXPECT_EQ(fingerprint(**app), before);
    }
    EXPECT_EQ(clientNames().size(), 2);
}

TEST(CliBackupDamaged, ADamagedFileTakesNoWriteButACopyOfWhatCanBeRead)
{
    TempDir dir;
    const QString path = dir.file(s("damaged.sqlite"));
    const auto run = [&path](const QStringList &args) { return runCli(QStringList{s("--db"), path} + args); };
    ASSERT_EQ(run({s("demo"), s("--entries"), s("3000"), s("--clients"), s("3")}).exitCode, 0);
    qint64 entriesPage = 0;
    {
        auto db = Database::open(path); // everything into the main file
        ASSERT_TRUE(db.ok());
        // A page of the entries themselves, from the middle of the table (a damaged index alone
        // would cost the copy nothing: it is built again from the rows).
        entriesPage = sqlValue(**db, s("SELECT pageno FROM dbstat WHERE name = 'time_entry' AND "
                                       "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 10"))
                          .toLongLong();
        ASSERT_GT(entriesPage, 1);
    }
    // That page zeroed, as a failing disk leaves it.
    QByteArray bytes = readAll(path);
    const qsizetype page = 4096;
    ASSERT_GT(bytes.size(), 40 * page);
    bytes.replace((entriesPage - 1) * page, page, QByteArray(page, '\0'));
    writeAll(path, bytes);

    for (const QStringList &write : {QStringList{s("log"), s("--client"), s("1"), s("--start"),
                                                 s("2026-11-02T09:00"), s("--minutes"), s("30")},
                                     QStringList{s("client"), s("add"), s("--name"), s("Studio Bianchi")}}) {
        const CliRun r = run(write);
        EXPECT_EQ(r.exitCode, 1) << write.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(s("is damaged"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(s("Backups and Restore"))) << r.err.toStdString();
        EXPECT_EQ(readAll(path), bytes) << "nothing written";
    }

    const CliRun copied = run({s("--json"), s("backup"), s("create")});
    EXPECT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    EXPECT_TRUE(copied.err.contains(s("what could still be read"))) << copied.err.toStdString();
    EXPECT_EQ(readAll(path), bytes) << "the damaged file is left as it is";
    const QString copy = QJsonDocument::fromJson(copied.out.toUtf8()).object().value(s("file")).toString();
    const CliRun listed = runCli({s("--db"), copy, s("--json"), s("info")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const qint64 kept = QJsonDocument::fromJson(listed.out.toUtf8())
                            .object()
                            .value(s("tables"))
                            .toObject()
                            .value(s("time_entry"))
                            .toInteger();
    EXPECT_GT(kept, 2000) << "most of the work is in the copy";
}
