#include "storage/backups.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace minuta;
using namespace minuta::test;

namespace {

QVariant pragma(const Database &db, const char *name)
{
    QSqlQuery q(storage::connection(db));
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))));
    EXPECT_TRUE(q.next());
    return q.value(0);
}

bool exec(const Database &db, const QString &statement)
{
    QSqlQuery q(storage::connection(db));
    return q.exec(statement);
}

QVariant scalar(const Database &db, const QString &statement)
{
    QSqlQuery q(storage::connection(db));
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0);
}

Database::Options withMigrations(QList<Database::Migration> migrations, const Clock *clock = nullptr)
{
    Database::Options options;
    options.migrations = std::move(migrations);
    options.clock = clock;
    return options;
}

const Database::Migration kV1{
    1, QStringLiteral("notes"),
    QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);")};
const Database::Migration kV2{2, QStringLiteral("note_tags"),
                              QStringLiteral("ALTER TABLE note ADD COLUMN tag TEXT NOT NULL DEFAULT 'none';\n"
                                             "CREATE TABLE tag (name TEXT PRIMARY KEY);\n"
                                             "INSERT INTO tag VALUES ('none');")};

// Writes a SQLite file at `path` whose user_version is `version`, with everything in the main
// file (no -wal beside it), the way a newer Minuta would leave it after closing.
void makeFileWithVersion(const QString &path, int version)
{
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
        ASSERT_TRUE(exec(**db, QStringLiteral("CREATE TABLE from_the_future (x)")));
        ASSERT_TRUE(exec(**db, QStringLiteral("PRAGMA user_version = %1").arg(version)));
        ASSERT_TRUE(exec(**db, QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    ASSERT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

struct Helper
{
    QProcess process;

    // Starts this test program as a second process that opens `path` for writing.
    QString start(const QString &path)
    {
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-database"), path});
        if (!process.waitForStarted(10000))
            return QStringLiteral("did not start");
        if (!process.waitForReadyRead(20000))
            return QStringLiteral("said nothing");
        return QString::fromUtf8(process.readLine()).trimmed();
    }

    void finish()
    {
        process.closeWriteChannel();
        process.waitForFinished(20000);
    }

    ~Helper()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};

} // namespace

TEST(Database, CreatesANewFileWithTheCurrentSchemaAndSafeSettings)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("new.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message().toStdString();

    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ((*db)->path(), QFileInfo(path).absoluteFilePath());
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(**db, "user_version").toInt(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(**db, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**db, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(**db, "synchronous").toInt(), 2); // FULL
    EXPECT_GE(pragma(**db, "busy_timeout").toInt(), 1000);
    EXPECT_TRUE((*db)->migrationBackupPath().isEmpty()) << "a new file needs no backup";
}

TEST(Database, NewFilesAreReadableByTheirOwnerOnly)
{
#ifdef Q_OS_UNIX
    TempDir dir;
    const QString path = dir.file(QStringLiteral("private.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(exec(**db, QStringLiteral("INSERT INTO setting VALUES ('k', 'v')")));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther;
    for (const QString &file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral(".lock")}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        const auto permissions = QFileInfo(file).permissions();
        EXPECT_TRUE(permissions & QFile::ReadOwner) << file.toStdString();
        EXPECT_TRUE(permissions & QFile::WriteOwner) << file.toStdString();
        EXPECT_FALSE(permissions & others) << file.toStdString() << " is readable by others";
    }
#else
    GTEST_SKIP() << "POSIX permissions only";
#endif
}

TEST(Database, ReopensAFileWithItsData)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("data.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(exec(**db, QStringLiteral("INSERT INTO setting VALUES ('greeting', 'ciao')")));
    }
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock"))) << "the lock goes with the file";
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM setting WHERE key = 'greeting'")).toString(),
              QStringLiteral("ciao"));
}

TEST(Database, UpgradesAnOlderFileKeepingItsDataAndABackup)
{
    TempDir dir;
    TestClock clock;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    {
        auto db = Database::open(path, withMigrations({kV1}, &clock));
        ASSERT_TRUE(db.ok());
        EXPECT_EQ((*db)->schemaVersion(), 1);
        ASSERT_TRUE(exec(**db, QStringLiteral("INSERT INTO note (body) VALUES ('call the bank')")));
    }

    auto db = Database::open(path, withMigrations({kV1, kV2}, &clock));
    ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), 2);
    EXPECT_EQ(pragma(**db, "user_version").toInt(), 2);
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT body || '/' || tag FROM note")).toString(),
              QStringLiteral("call the bank/none"));
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM tag")).toInt(), 1);

    // The copy taken before the upgrade is the file as it was: format 1, same note.
    const QString backup = (*db)->migrationBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(backup.startsWith(Backups::directoryOf((*db)->path())));
    EXPECT_TRUE(QFileInfo(backup).fileName().contains(QStringLiteral("20261102-090000")))
        << "named after the local time of the clock: " << backup.toStdString();
    Database::Options readBackup = withMigrations({kV1});
    readBackup.access = Database::Access::ReadOnly;
    auto old = Database::open(backup, readBackup);
    ASSERT_TRUE(old.ok()) << old.error().message().toStdString();
    EXPECT_EQ((*old)->schemaVersion(), 1);
    EXPECT_EQ(scalar(**old, QStringLiteral("SELECT body FROM note")).toString(),
              QStringLiteral("call the bank"));
}

TEST(Database, AFailedUpgradeLeavesTheFileAtItsPreviousFormat)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("fail.sqlite"));
    {
        auto db = Database::open(path, withMigrations({kV1}));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(exec(**db, QStringLiteral("INSERT INTO note (body) VALUES ('keep me')")));
    }
    const Database::Migration broken{2, QStringLiteral("broken"),
                                     QStringLiteral("CREATE TABLE half_done (x);\n"
                                                    "INSERT INTO no_such_table VALUES (1);")};
    auto failed = Database::open(path, withMigrations({kV1, broken}));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code(), ErrorCode::Database);
    EXPECT_TRUE(failed.error().message().contains(QStringLiteral("format 2")))
        << failed.error().message().toStdString();
    EXPECT_TRUE(failed.error().message().contains(QStringLiteral("no_such_table")));

    auto db = Database::open(path, withMigrations({kV1}));
    ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), 1);
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT body FROM note")).toString(), QStringLiteral("keep me"));
    EXPECT_EQ(
        scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")).toInt(),
        0);
}

TEST(Database, RefusesAFileFromANewerVersionWithoutChangingAByte)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("future.sqlite"));
    makeFileWithVersion(path, Database::latestSchemaVersion() + 5);
    const QByteArray before = sha256(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database::Options options;
        options.access = access;
        auto db = Database::open(path, options);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code(), ErrorCode::SchemaTooNew);
        EXPECT_TRUE(db.error().message().contains(QStringLiteral("newer version of Minuta")));
        EXPECT_TRUE(db.error().message().contains(QStringLiteral("future.sqlite")));
    }
    EXPECT_EQ(sha256(path), before);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    EXPECT_FALSE(QDir(dir.file(QStringLiteral("backups"))).exists()) << "nothing to back up";
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.txt"));
    const QByteArray text("Shopping list: milk, eggs, a new printer cartridge.\n");
    writeAll(path, text);

    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database::Options options;
        options.access = access;
        auto db = Database::open(path, options);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code(), ErrorCode::NotADatabase);
        EXPECT_TRUE(db.error().message().contains(QStringLiteral("not a Minuta file")));
    }
    EXPECT_EQ(readAll(path), text);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("notes.txt")})
        << "no lock, journal or backup left beside it";
}

TEST(Database, RefusesADamagedDatabaseWithoutChangingIt)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("damaged.sqlite"));
    QByteArray bytes("SQLite format 3", 16);
    bytes.append(QByteArray(4096, '\xAB'));
    writeAll(path, bytes);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().code() == ErrorCode::NotADatabase || db.error().code() == ErrorCode::Database);
    EXPECT_EQ(readAll(path), bytes);
}

TEST(Database, RefusesAFolderAndAnEmptyName)
{
    TempDir dir;
    auto folder = Database::open(dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code(), ErrorCode::Io);
    auto empty = Database::open(QString());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code(), ErrorCode::InvalidInput);
}

TEST(Database, RefusesASecondWriterInTheSameProgram)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    auto first = Database::open(path);
    ASSERT_TRUE(first.ok());
    auto second = Database::open(path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code(), ErrorCode::Locked);
    EXPECT_TRUE(second.error().message().contains(QStringLiteral("already open")));
    first.value().reset();
    auto third = Database::open(path);
    EXPECT_TRUE(third.ok()) << "free again once the first has closed it";
}

TEST(Database, RefusesASecondWriterProcess)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    Helper other;
    ASSERT_EQ(other.start(path), QStringLiteral("opened"));

    auto mine = Database::open(path);
    ASSERT_FALSE(mine.ok());
    EXPECT_EQ(mine.error().code(), ErrorCode::Locked);
    EXPECT_TRUE(mine.error().message().contains(QString::number(other.process.processId())))
        << mine.error().message().toStdString();

    other.finish();
    EXPECT_EQ(other.process.exitCode(), 0);
    EXPECT_TRUE(Database::open(path).ok()) << "free once the other process has closed it";
}

TEST(Database, AnotherProcessIsRefusedWhileThisOneWrites)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    auto mine = Database::open(path);
    ASSERT_TRUE(mine.ok());
    Helper other;
    EXPECT_EQ(other.start(path), QStringLiteral("error:locked"));
    other.process.waitForFinished(20000);
    EXPECT_EQ(other.process.exitCode(), 3);
}

TEST(Database, ALockLeftByACrashedProcessDoesNotBlock)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.sqlite"));
    Helper other;
    ASSERT_EQ(other.start(path), QStringLiteral("opened"));
    other.process.kill(); // a power cut, as far as the file knows
    other.process.waitForFinished();
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral(".lock")));

    auto db = Database::open(path);
    EXPECT_TRUE(db.ok()) << db.error().message().toStdString();
}

TEST(Database, ReadsBesideAWriterWithoutWriting)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("busy.sqlite"));
    auto writer = Database::open(path);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(exec(**writer, QStringLiteral("INSERT INTO setting VALUES ('a', '1')")));

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto reader = Database::open(path, options);
    ASSERT_TRUE(reader.ok()) << reader.error().message().toStdString();
    EXPECT_EQ(scalar(**reader, QStringLiteral("SELECT value FROM setting")).toString(), QStringLiteral("1"));
    EXPECT_FALSE(exec(**reader, QStringLiteral("INSERT INTO setting VALUES ('b', '2')")))
        << "a reader beside a writer cannot write";
}

TEST(Database, ReadingAMissingFileDoesNotCreateIt)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("missing.sqlite"));
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code(), ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(Database, ReadingAnOlderFileEitherRefusesOrLeavesItAsItIs)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(Database::open(path, withMigrations({kV1})).ok());
    const QByteArray before = sha256(path);

    Database::Options strict = withMigrations({kV1, kV2});
    strict.access = Database::Access::ReadOnly;
    auto refused = Database::open(path, strict);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::SchemaTooOld);

    Database::Options lenient = strict;
    lenient.requireCurrentSchema = false;
    auto described = Database::open(path, lenient);
    ASSERT_TRUE(described.ok());
    EXPECT_EQ((*described)->schemaVersion(), 1);
    described.value().reset();
    EXPECT_EQ(sha256(path), before);
}

TEST(Database, CountsTheRowsOfEachTable)
{
    TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("count.sqlite")), withMigrations({kV1, kV2}));
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(exec(**db, QStringLiteral("INSERT INTO note (body) VALUES ('a'), ('b'), ('c')")));
    auto counts = (*db)->tableCounts();
    ASSERT_TRUE(counts.ok());
    ASSERT_EQ(counts->size(), 2);
    EXPECT_EQ(counts->at(0).table, QStringLiteral("note"));
    EXPECT_EQ(counts->at(0).rows, 3);
    EXPECT_EQ(counts->at(1).table, QStringLiteral("tag"));
    EXPECT_EQ(counts->at(1).rows, 1);
}

TEST(Database, DefaultFileLivesInThePerUserDataFolder)
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_FALSE(dataDir.isEmpty());
    EXPECT_EQ(QFileInfo(Database::defaultPath()).absolutePath(), QFileInfo(dataDir).absoluteFilePath());
    EXPECT_EQ(QFileInfo(Database::defaultPath()).fileName(), QStringLiteral("minuta.sqlite"));
}

TEST(Database, ShippedMigrationsAreNumberedWithoutGaps)
{
    const auto migrations = Database::builtinMigrations();
    ASSERT_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, i + 1);
        EXPECT_FALSE(migrations[i].sql.trimmed().isEmpty());
    }
}

TEST(Database, AnActionOfSeveralWritesIsAllOrNothing)
{
    TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("nested.sqlite")));
    ASSERT_TRUE(db.ok());
    const QSqlDatabase connection = storage::connection(**db);
    const auto insert = [&](const char *key) -> Result<void> {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("INSERT INTO setting VALUES ('%1', 'x')").arg(QLatin1String(key))))
            return Error(ErrorCode::Database, q.lastError().text());
        return {};
    };
    const auto failed = inTransaction(connection, [&]() -> Result<void> {
        if (auto inner = inTransaction(connection, [&] { return insert("inner"); }); !inner)
            return inner;
        return Error(ErrorCode::Conflict, QStringLiteral("the second step failed"));
    });
    EXPECT_FALSE(failed.ok());
    const QString written = QStringLiteral("SELECT count(*) FROM setting WHERE key IN ('inner', 'a', 'b')");
    EXPECT_EQ(scalar(**db, written).toInt(), 0) << "the inner write went too";

    const auto succeeded = inTransaction(connection, [&]() -> Result<void> {
        if (auto inner = inTransaction(connection, [&] { return insert("a"); }); !inner)
            return inner;
        return insert("b");
    });
    EXPECT_TRUE(succeeded.ok());
    EXPECT_EQ(scalar(**db, written).toInt(), 2);
}

// --- Trust: what a crash, another program's file or an empty file can and cannot do -------------

namespace {

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST(Database, AnEmptyOrUnreadableLockFileLeftByAKilledProgramDoesNotLockAnyoneOut)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("killed.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    // What a program killed at the wrong moment may leave: an empty lock, the lock files of earlier
    // versions, a lock naming a process that is gone or one that is alive but does not hold it (this
    // very test, as after a reboot that gave its number to another program).
    const QList<QByteArray> leftovers = {
        QByteArray(), QByteArray("\x01\x02garbage"), QByteArray("999999999\nhost\nminuta-cli\n"),
        QByteArray::number(QCoreApplication::applicationPid()) + QByteArray("\nhost\nminuta\n")};
    for (const QByteArray &left : leftovers) {
        writeAll(path + QStringLiteral(".lock"), left);
        writeAll(path + QStringLiteral(".lock.rmlock"), QByteArray());
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(path); // as the app does: no waiting
        ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
        EXPECT_LT(timer.elapsed(), 2000) << "taken at once";
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock.rmlock")));
    }
}

TEST(Database, ReadersTakeNoLockAndNeverStandInAWritersWay)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("read.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    Database::Options reading;
    reading.access = Database::Access::ReadOnly;
    auto reader = Database::open(path, reading);
    ASSERT_TRUE(reader.ok()) << reader.error().message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    auto writer = Database::open(path); // the app, which does not wait
    EXPECT_TRUE(writer.ok()) << writer.error().message().toStdString();
}

TEST(Database, AnotherProgramsDatabaseIsRefusedAndNotTouched)
{
    TempDir dir;
    for (const auto &[withSetting, id] : {std::pair<bool, qint64>{false, 0}, std::pair<bool, qint64>{true, 0},
                                          std::pair<bool, qint64>{true, 0x12345678}}) {
        const QString path = dir.file(QStringLiteral("contacts-%1-%2.db").arg(withSetting).arg(id));
        QStringList statements{QStringLiteral("PRAGMA user_version = 7")};
        if (withSetting)
            statements << QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)");
        if (id != 0)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(id);
        writeForeignDatabase(path, statements);
        const QByteArray before = sha256(path);
        const QStringList around = filesIn(dir.path());
        for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            Database::Options options;
            options.access = access;
            options.requireCurrentSchema = false;
            auto db = Database::open(path, options);
            ASSERT_FALSE(db.ok());
            EXPECT_EQ(db.error().code(), ErrorCode::NotADatabase);
            EXPECT_TRUE(db.error().message().contains(QStringLiteral("another program")))
                << db.error().message().toStdString();
        }
        EXPECT_EQ(sha256(path), before) << "byte for byte";
        EXPECT_EQ(filesIn(dir.path()), around) << "no lock, journal or backup left beside it";
    }
}

TEST(Database, AnEmptyFileBecomesAMinutaFileOnlyWhenTheUserAskedToCreateIt)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.sqlite"));
    writeAll(path, QByteArray());
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database::Options options;
        options.access = access;
        auto db = Database::open(path, options);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code(), ErrorCode::NotADatabase);
        EXPECT_TRUE(db.error().message().contains(QStringLiteral("is empty")))
            << db.error().message().toStdString();
    }
    EXPECT_EQ(QFileInfo(path).size(), 0);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("empty.sqlite")});

    Database::Options create;
    create.initializeEmpty = true; // File ▸ New File… on this name
    auto db = Database::open(path, create);
    ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
}

TEST(Database, ANewFileIsNeverLeftHalfMade)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("fresh.sqlite"));
    // What a program killed while making the file leaves: its unfinished copy under another name.
    writeAll(path + QStringLiteral(".new"), QByteArray("SQLite format 3\0half", 20));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
    EXPECT_EQ(pragma(**db, "application_id").toLongLong(), 0x4D6E7461) << "marked as Minuta's";
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".new")));
}

TEST(Database, AFailedUpgradeChangesNoByteAndLeavesNoCopyEachTime)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("stuck.sqlite"));
    {
        auto db = Database::open(path, withMigrations({kV1}));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(exec(**db, QStringLiteral("INSERT INTO note (body) VALUES ('keep me')")));
        ASSERT_TRUE(exec(**db, QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = sha256(path);
    const Database::Migration broken{2, QStringLiteral("broken"),
                                     QStringLiteral("INSERT INTO no_such_table VALUES (1);")};
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto failed = Database::open(path, withMigrations({kV1, broken}));
        ASSERT_FALSE(failed.ok());
    }
    EXPECT_EQ(sha256(path), before) << "journal mode and all";
    EXPECT_TRUE(QDir(dir.file(QStringLiteral("backups"))).entryList(QDir::Files).isEmpty())
        << "a copy of an unchanged file is not kept";
}

TEST(Database, AMalformedFileTakesNoWriteAndSaysWhereTheCopiesAre)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("zeroed.sqlite"));
    {
        // Checked whole by a writer that reads every page, so the next one would not need to...
        Database::Options checked = withMigrations({kV1});
        checked.checkIntegrity = true;
        auto db = Database::open(path, checked);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            exec(**db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < 2000) INSERT INTO note (body) SELECT printf('note %d "
                                      "with some words to fill the page', i) FROM n")));
        ASSERT_TRUE(exec(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // ...were the file not changed since: a page in the middle of the notes zeroed, as a failing disk
    // leaves it.
    QByteArray bytes = readAll(path);
    const qsizetype pageSize = 4096;
    ASSERT_GT(bytes.size(), 20 * pageSize);
    bytes.replace(10 * pageSize, pageSize, QByteArray(pageSize, '\0'));
    writeAll(path, bytes);
    const QByteArray before = sha256(path);

    // As the command line and the app open a file for writing: every page is read first.
    Database::Options writing = withMigrations({kV1});
    writing.checkIntegrity = true;
    auto db = Database::open(path, writing);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code(), ErrorCode::Damaged);
    EXPECT_TRUE(db.error().message().contains(QStringLiteral("Backups and Restore")))
        << db.error().message().toStdString();
    EXPECT_EQ(sha256(path), before);
    EXPECT_FALSE(QDir(dir.file(QStringLiteral("backups"))).exists())
        << "no copy of a damaged file as a good one";

    // A write that reaches the damage is refused with the same words, and changes nothing.
    auto unchecked = Database::open(path, withMigrations({kV1}));
    ASSERT_TRUE(unchecked.ok());
    QSqlQuery update(storage::connection(**unchecked));
    auto refused = sql::exec(update, QStringLiteral("UPDATE note SET body = body || '!'"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Damaged);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("Backups and Restore")));
    unchecked->reset();
    EXPECT_EQ(sha256(path), before);

    // A copy of what can still be read.
    Database::Options reading = withMigrations({kV1});
    reading.access = Database::Access::ReadOnly;
    auto reader = Database::open(path, reading);
    ASSERT_TRUE(reader.ok()) << reader.error().message().toStdString();
    bool salvaged = false;
    const QString copy = dir.file(QStringLiteral("rescued.sqlite"));
    auto written = Backups::copyTo(**reader, copy, &salvaged);
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    EXPECT_TRUE(salvaged);
    reader->reset();
    auto rescued = Database::open(copy, withMigrations({kV1}));
    ASSERT_TRUE(rescued.ok()) << rescued.error().message().toStdString();
    const int kept = scalar(**rescued, QStringLiteral("SELECT count(*) FROM note")).toInt();
    EXPECT_GT(kept, 1500) << "all but the notes of the zeroed page";
    EXPECT_LT(kept, 2000);
    EXPECT_EQ(scalar(**rescued, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
}

TEST(Database, FilesLockAndBackupsFolderArePrivateWhateverTheUmask)
{
#ifdef Q_OS_UNIX
    TempDir dir;
    const QString path = dir.file(QStringLiteral("umask.sqlite"));
    const mode_t previous = ::umask(0);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Backups::make(**db, SystemClock()).ok());
    ::umask(previous);
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther;
    EXPECT_FALSE(QFileInfo(path).permissions() & others);
    EXPECT_FALSE(QFileInfo(path + QStringLiteral(".lock")).permissions() & others);
    EXPECT_FALSE(QFileInfo(Backups::directoryOf((*db)->path())).permissions() & others);
    for (const QFileInfo &copy : QDir(Backups::directoryOf((*db)->path())).entryInfoList(QDir::Files))
        EXPECT_FALSE(copy.permissions() & others) << copy.fileName().toStdString();
    EXPECT_FALSE(Database::isReadableByOthers(path));

    // A file copied in with the usual 0644 is reported, and made private on request.
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                | QFile::ReadOther));
    EXPECT_TRUE(Database::isReadableByOthers(path));
    ASSERT_TRUE(Database::makePrivate(path).ok());
    EXPECT_FALSE(Database::isReadableByOthers(path));
#else
    GTEST_SKIP() << "POSIX permissions only";
#endif
}
