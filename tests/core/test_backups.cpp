#include "clients/clientrepository.h"
#include "storage/backups.h"
#include "storage/connection.h"
#include "storage/database.h"
#include "storage/interruption.h"
#include "storage/pagecopy.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

void addClient(TestDatabase &t, const QString &name)
{
    Client c;
    c.name = name;
    c.currency = *Currency::fromCode(u"EUR");
    auto added = ClientRepository(t.db(), t.clock()).add(c);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
}

QStringList clientNames(TestDatabase &t)
{
    QStringList names;
    if (auto clients = ClientRepository(t.db(), t.clock()).list(true))
        for (const Client &c : *clients)
            names << c.name;
    names.sort();
    return names;
}

QList<Backup> backupsOf(TestDatabase &t, std::optional<Backup::Reason> reason = {})
{
    QList<Backup> list;
    for (const auto &b : Backups::list(t.path(), t.clock().timeZone()))
        if (!reason || b.reason == *reason)
            list << b;
    return list;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The free pages a copy at `path` keeps, and how many pages it has.
std::pair<qint64, qint64> freeAndAllPages(const QString &path)
{
    Database::Options reading;
    reading.access = Database::Access::ReadOnly;
    reading.requireCurrentSchema = false;
    auto copy = Database::open(path, reading);
    if (!copy)
        return {-1, -1};
    return {sqlValue(**copy, QStringLiteral("PRAGMA freelist_count")).toLongLong(),
            sqlValue(**copy, QStringLiteral("PRAGMA page_count")).toLongLong()};
}

} // namespace

TEST(Backups, ACopyHoldsTheFileAsItWasAndIsListedWithItsTimeAndReason)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    auto made = Backups::make(t.db(), t.clock());
    ASSERT_TRUE(made.ok()) << made.error().message().toStdString();
    EXPECT_TRUE(made->startsWith(Backups::directoryOf(t.path())));
    EXPECT_EQ(QFileInfo(*made).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions())
        << "a copy is as private as the file";

    const auto list = backupsOf(t);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().path, *made);
    EXPECT_EQ(list.first().reason, Backup::Reason::Manual);
    EXPECT_EQ(list.first().takenAt, t.clock().now().toUTC());
    EXPECT_GT(list.first().size, 0);
    EXPECT_EQ(fingerprint(*made), fingerprint(t.db()));
}

TEST(Backups, TheDailyCopyIsMadeOncePerLocalDay)
{
    TestDatabase t;
    t.clock().setLocal(2026, 11, 2, 9, 0);
    auto first = Backups::makeDailyIfDue(t.path(), t.clock());
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->has_value());
    t.clock().setLocal(2026, 11, 2, 23, 59);
    auto again = Backups::makeDailyIfDue(t.path(), t.clock());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->has_value()) << "one a day";
    // A copy of another kind made today is not the day's copy.
    ASSERT_TRUE(Backups::make(t.db(), t.clock()).ok());
    t.clock().setLocal(2026, 11, 3, 0, 1);
    auto next = Backups::makeDailyIfDue(t.path(), t.clock());
    ASSERT_TRUE(next.ok());
    EXPECT_TRUE(next->has_value()) << "a new local day";
    EXPECT_EQ(backupsOf(t, Backup::Reason::Daily).size(), 2);
}

TEST(Backups, TheDailyCopyStoppedFromAnotherThreadKeepsNothingAndIsMadeNextTime)
{
    TestDatabase t;
    t.clock().setLocal(2026, 11, 2, 9, 0);
    addClient(t, QStringLiteral("ACME Srl"));
    // A file large enough for its copy to take a while: 80 MB of notes.
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("CREATE TABLE filler (note BLOB)")));
    ASSERT_TRUE(execSql(
        t.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 400000) INSERT INTO filler SELECT randomblob(200) FROM n")));
    const QByteArray before = contents(t.path());
    const QDir folder(Backups::directoryOf(t.path()));

    // Stopped before it begins: it does not begin.
    Interruption early;
    early.interrupt();
    auto refused = Backups::makeDailyIfDue(t.path(), t.clock(), &early);
    EXPECT_FALSE(refused.ok());
    auto unchecked = Database::checkIntegrity(t.path(), &early);
    ASSERT_FALSE(unchecked.ok());
    EXPECT_NE(unchecked.error().code(), ErrorCode::Damaged) << "a check stopped is not a damaged file";

    // Stopped while the copy is being written, as the app does when it closes. Stopped a moment too
    // late, the copy is whole and kept: either way nothing half-made is ever left or listed, and the
    // file is untouched. Tried until one is stopped in the middle (the first, nearly always).
    const QString partial = folder.filePath(QStringLiteral("test-20261102-090000-daily.sqlite.partial"));
    bool stoppedInTheMiddle = false;
    for (int attempt = 0; attempt < 5 && !stoppedInTheMiddle; ++attempt) {
        Interruption interruption;
        std::optional<Result<std::optional<QString>>> result;
        std::unique_ptr<QThread> thread(
            QThread::create([&] { result = Backups::makeDailyIfDue(t.path(), t.clock(), &interruption); }));
        thread->start();
        while (!thread->isFinished() && !QFileInfo::exists(partial))
            QThread::yieldCurrentThread();
        interruption.interrupt();
        ASSERT_TRUE(thread->wait(QDeadlineTimer(60000)));
        ASSERT_TRUE(result.has_value());
        EXPECT_FALSE(QFileInfo::exists(partial));
        EXPECT_EQ(contents(t.path()), before);
        if (result->ok()) {
            ASSERT_TRUE(result->value().has_value());
            EXPECT_EQ(backupsOf(t, Backup::Reason::Daily).size(), 1);
            EXPECT_EQ(sqlValue(t.db(), QStringLiteral("PRAGMA quick_check")).toString(),
                      QStringLiteral("ok"));
            ASSERT_TRUE(QFile::remove(*result->value()));
            continue;
        }
        stoppedInTheMiddle = true;
        EXPECT_TRUE(result->error().message().contains(QStringLiteral("stopped")))
            << result->error().message().toStdString();
        // Nothing kept, nothing half-written left, and the copy still due.
        EXPECT_TRUE(backupsOf(t).isEmpty());
        EXPECT_EQ(folder.entryList(QDir::Files), QStringList());
        EXPECT_TRUE(Backups::dailyDue(t.path(), t.clock()));
    }
    EXPECT_TRUE(stoppedInTheMiddle) << "every copy finished before it could be stopped";

    // The next opening makes it.
    auto made = Backups::makeDailyIfDue(t.path(), t.clock());
    ASSERT_TRUE(made.ok()) << made.error().message().toStdString();
    ASSERT_TRUE(made->has_value());
    EXPECT_EQ(backupsOf(t, Backup::Reason::Daily).size(), 1);
}

TEST(Backups, RotationKeepsTheNewestOfEachKindAndLeavesOtherFilesCopiesAlone)
{
    TestDatabase t;
    // A copy of another file whose name begins like this one's.
    const QString stem = QFileInfo(t.path()).completeBaseName();
    QDir().mkpath(Backups::directoryOf(t.path()));
    const QString other = QDir(Backups::directoryOf(t.path()))
                              .filePath(stem + QStringLiteral("-old-20200101-090000-manual.sqlite"));
    {
        QFile f(other);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not ours");
    }
    for (int day = 0; day < 20; ++day) {
        ASSERT_TRUE(Backups::makeDailyIfDue(t.path(), t.clock()).ok());
        ASSERT_TRUE(Backups::make(t.db(), t.clock()).ok());
        t.clock().advance(24 * 3600);
    }
    const auto daily = backupsOf(t, Backup::Reason::Daily);
    const auto manual = backupsOf(t, Backup::Reason::Manual);
    EXPECT_EQ(daily.size(), 7);
    EXPECT_EQ(manual.size(), 10);
    // The newest are the ones kept.
    EXPECT_EQ(daily.first().takenAt, t.clock().now().addSecs(-24 * 3600).toUTC());
    EXPECT_EQ(daily.last().takenAt, t.clock().now().addSecs(-7 * 24 * 3600).toUTC());
    EXPECT_TRUE(QFileInfo::exists(other));
}

TEST(Backups, RestoringPutsTheCopyBackAndKeepsWhatTheFileHeld)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    auto copy = Backups::make(t.db(), t.clock());
    ASSERT_TRUE(copy.ok());
    t.clock().advance(3600);
    addClient(t, QStringLiteral("Studio Bianchi"));
    const QString before = fingerprint(t.db());
    t.close();

    auto kept = Backups::restore(t.path(), *copy, t.clock());
    ASSERT_TRUE(kept.ok()) << kept.error().message().toStdString();
    EXPECT_EQ(fingerprint(*kept), before) << "what the file held is a backup of its own";
    const auto list = backupsOf(t, Backup::Reason::BeforeRestore);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().path, *kept);

    t.reopen();
    EXPECT_EQ(clientNames(t), QStringList{QStringLiteral("ACME Srl")});
    EXPECT_EQ(QFileInfo(t.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    // And the restore itself can be undone by restoring the copy it kept.
    t.close();
    ASSERT_TRUE(Backups::restore(t.path(), *kept, t.clock()).ok());
    t.reopen();
    EXPECT_EQ(clientNames(t), (QStringList{QStringLiteral("ACME Srl"), QStringLiteral("Studio Bianchi")}));
}

TEST(Backups, RestoringIsRefusedWhileTheFileIsOpenAndChangesNothing)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    auto copy = Backups::make(t.db(), t.clock());
    ASSERT_TRUE(copy.ok());
    addClient(t, QStringLiteral("Studio Bianchi"));
    const QString before = fingerprint(t.db());

    auto refused = Backups::restore(t.path(), *copy, t.clock());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Locked);
    EXPECT_EQ(fingerprint(t.db()), before);
    EXPECT_TRUE(backupsOf(t, Backup::Reason::BeforeRestore).isEmpty());
}

TEST(Backups, RestoringSomethingThatIsNotACopyIsRefusedAndChangesNothing)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    const QString dir = QFileInfo(t.path()).absolutePath();
    t.close();
    const QByteArray before = contents(t.path());

    const auto refusedWith = [&](const QString &file, ErrorCode code) {
        auto refused = Backups::restore(t.path(), file, t.clock());
        ASSERT_FALSE(refused.ok()) << file.toStdString();
        EXPECT_EQ(refused.error().code(), code) << refused.error().message().toStdString();
        EXPECT_FALSE(refused.error().message().isEmpty());
        EXPECT_EQ(contents(t.path()), before) << file.toStdString();
    };

    const QString text = QDir(dir).filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Dear diary, today I invoiced nobody.\n");
    }
    refusedWith(text, ErrorCode::NotADatabase);
    refusedWith(QDir(dir).filePath(QStringLiteral("missing.sqlite")), ErrorCode::NotFound);
    refusedWith(t.path(), ErrorCode::InvalidInput);

    // Another program's SQLite file.
    const QString foreign = QDir(dir).filePath(QStringLiteral("foreign.sqlite"));
    {
        Database::Options options;
        options.migrations = QList<Database::Migration>{
            {1, QStringLiteral("other"), QStringLiteral("CREATE TABLE recipe (name TEXT);")}};
        auto db = Database::open(foreign, options);
        ASSERT_TRUE(db.ok());
    }
    refusedWith(foreign, ErrorCode::NotADatabase);

    // A copy from a newer Minuta.
    const QString newer = QDir(dir).filePath(QStringLiteral("newer.sqlite"));
    {
        Database::Options options;
        auto migrations = Database::builtinMigrations();
        migrations.append({Database::latestSchemaVersion() + 1, QStringLiteral("future"),
                           QStringLiteral("CREATE TABLE hologram (id INTEGER);")});
        options.migrations = migrations;
        auto db = Database::open(newer, options);
        ASSERT_TRUE(db.ok());
    }
    refusedWith(newer, ErrorCode::SchemaTooNew);

    // A damaged copy: a real one with its middle overwritten.
    const QString damaged = QDir(dir).filePath(QStringLiteral("damaged.sqlite"));
    ASSERT_TRUE(QFile::copy(t.path(), damaged));
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 8192);
        f.seek(4096);
        f.write(QByteArray(f.size() - 4096, '\xAB'));
    }
    refusedWith(damaged, ErrorCode::Damaged);
    EXPECT_TRUE(Backups::list(t.path(), t.clock().timeZone()).isEmpty()) << "nothing was started";
}

TEST(Backups, AnOlderCopyIsUpgradedWhenTheFileIsNextOpened)
{
    TestDatabase t;
    const QString dir = QFileInfo(t.path()).absolutePath();
    // A file of format 1, as the first Minuta wrote it.
    const QString old = QDir(dir).filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.migrations = Database::builtinMigrations().mid(0, 1);
        auto db = Database::open(old, options);
        ASSERT_TRUE(db.ok());
        ASSERT_EQ((*db)->schemaVersion(), 1);
    }
    t.close();
    auto restored = Backups::restore(t.path(), old, t.clock());
    ASSERT_TRUE(restored.ok()) << restored.error().message().toStdString();
    t.reopen();
    EXPECT_EQ(t.db().schemaVersion(), Database::latestSchemaVersion());
}

TEST(Backups, ACopyToAChosenFileNeverOverwritesOne)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    const QString target =
        QDir(QFileInfo(t.path()).absolutePath()).filePath(QStringLiteral("usb-copy.sqlite"));
    ASSERT_TRUE(Backups::copyTo(t.db(), target).ok());
    EXPECT_EQ(fingerprint(target), fingerprint(t.db()));
    const QByteArray first = contents(target);
    addClient(t, QStringLiteral("Studio Bianchi"));
    auto again = Backups::copyTo(t.db(), target);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message().contains(QStringLiteral("already exists")));
    EXPECT_EQ(contents(target), first);
}

TEST(Backups, TheOldestCopyOfAFullFolderCanBeRestored)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    auto plain = Backups::make(t.db(), t.clock());
    ASSERT_TRUE(plain.ok());
    addClient(t, QStringLiteral("Studio Bianchi"));
    t.close();
    // Ten restores fill the folder with ten copies of what the file held before each.
    for (int i = 0; i < 10; ++i) {
        t.clock().advance(60);
        ASSERT_TRUE(Backups::restore(t.path(), *plain, t.clock()).ok());
    }
    const auto before = backupsOf(t, Backup::Reason::BeforeRestore);
    ASSERT_EQ(before.size(), 10);
    // The oldest held both clients. Restoring it makes an eleventh copy of that kind, which rotates
    // the oldest away: the restore still brings it back whole.
    const QString oldest = before.last().path;
    t.clock().advance(60);
    auto kept = Backups::restore(t.path(), oldest, t.clock());
    ASSERT_TRUE(kept.ok()) << kept.error().message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(oldest)) << "rotated away";
    t.reopen();
    EXPECT_EQ(clientNames(t), (QStringList{QStringLiteral("ACME Srl"), QStringLiteral("Studio Bianchi")}));
}

TEST(Backups, AFileThatCannotBeOpenedIsMovedAsideAndTheCopyTakesItsPlace)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    auto copy = Backups::make(t.db(), t.clock());
    ASSERT_TRUE(copy.ok());
    t.close();
    // Something overwrote the file.
    const QByteArray garbage("This is not what Minuta wrote.\n");
    {
        QFile f(t.path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(garbage);
    }
    auto kept = Backups::restore(t.path(), *copy, t.clock());
    ASSERT_TRUE(kept.ok()) << kept.error().message().toStdString();
    EXPECT_EQ(contents(*kept), garbage) << "moved aside as it was";
    const auto unreadable = backupsOf(t, Backup::Reason::Unreadable);
    ASSERT_EQ(unreadable.size(), 1);
    EXPECT_FALSE(unreadable.first().reasonText().isEmpty());
    t.reopen();
    EXPECT_EQ(clientNames(t), QStringList{QStringLiteral("ACME Srl")});
}

TEST(Backups, EachKindKeepsItsOwnNewestCopiesAndHalfWrittenOnesAreNeverListed)
{
    TestDatabase t;
    // An upgrade copy, as a newer Minuta makes before changing the format.
    const QString dir = Backups::directoryOf(t.path());
    QDir().mkpath(dir);
    const QString stem = QFileInfo(t.path()).completeBaseName();
    const QString upgrade = QDir(dir).filePath(stem + QStringLiteral("-20260101-090000-before-v3.sqlite"));
    ASSERT_TRUE(Backups::copyTo(t.db(), upgrade).ok());
    // A copy interrupted half way.
    const QString partial =
        QDir(dir).filePath(stem + QStringLiteral("-20261102-080000-manual.sqlite.partial"));
    {
        QFile f(partial);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
    }
    for (int i = 0; i < 12; ++i) {
        t.clock().advance(60);
        ASSERT_TRUE(Backups::make(t.db(), t.clock()).ok());
    }
    EXPECT_TRUE(QFileInfo::exists(upgrade)) << "ten copies on request do not push out the upgrade copy";
    const auto upgrades = backupsOf(t, Backup::Reason::BeforeUpgrade);
    ASSERT_EQ(upgrades.size(), 1);
    EXPECT_EQ(upgrades.first().upgradedTo, 3);
    EXPECT_EQ(backupsOf(t, Backup::Reason::Manual).size(), 10);
    for (const auto &b : backupsOf(t))
        EXPECT_FALSE(b.path.endsWith(QStringLiteral(".partial")));
    EXPECT_TRUE(QDir(dir).entryList({QStringLiteral("*.partial")}, QDir::Files).size() <= 1)
        << "a copy leaves no half-written file of its own";
}

TEST(Backups, RestoringIsRefusedWhileAnotherProgramIsReadingTheFile)
{
    TestDatabase t;
    addClient(t, QStringLiteral("ACME Srl"));
    auto copy = Backups::make(t.db(), t.clock());
    ASSERT_TRUE(copy.ok());
    addClient(t, QStringLiteral("Studio Bianchi"));

    // A reader beside the app (as `minuta-cli report` is), in the middle of reading.
    Database::Options reading;
    reading.access = Database::Access::ReadOnly;
    auto reader = Database::open(t.path(), reading);
    ASSERT_TRUE(reader.ok());
    QSqlQuery snapshot(storage::connection(**reader));
    ASSERT_TRUE(snapshot.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(snapshot.exec(QStringLiteral("SELECT name FROM client")));
    ASSERT_TRUE(snapshot.next());
    t.close(); // the app is closed; the reader still reads

    auto refused = Backups::restore(t.path(), *copy, t.clock());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Locked);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("Another program is reading")))
        << refused.error().message().toStdString();
    snapshot.finish();
    (void)snapshot.exec(QStringLiteral("COMMIT"));
    reader->reset();

    t.reopen();
    EXPECT_EQ(clientNames(t), (QStringList{QStringLiteral("ACME Srl"), QStringLiteral("Studio Bianchi")}));
}

TEST(Backups, CopiesOfTheSameSecondAreOrderedAsMadeAndRotationKeepsTheNewest)
{
    TestDatabase t;
    // Twelve copies on request within one second: -manual, -manual-2 … -manual-12.
    QStringList made;
    for (int i = 0; i < 12; ++i) {
        auto copy = Backups::make(t.db(), t.clock());
        ASSERT_TRUE(copy.ok()) << copy.error().message().toStdString();
        made << *copy;
    }
    const auto listed = backupsOf(t, Backup::Reason::Manual);
    ASSERT_EQ(listed.size(), 10);
    // Newest first: the twelfth copy, then the eleventh… down to the third.
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(listed.at(i).path, made.at(11 - i)) << i;
    EXPECT_FALSE(QFileInfo::exists(made.at(0))) << "the oldest go";
    EXPECT_FALSE(QFileInfo::exists(made.at(1)));
    EXPECT_TRUE(QFileInfo::exists(made.at(11))) << "the newest stays";
}

TEST(Backups, AHalfWrittenCopyLeftByAKilledProgramIsRemovedTheNextTimeCopiesAreMade)
{
    TestDatabase t;
    const QString dir = Backups::directoryOf(t.path());
    QDir().mkpath(dir);
    const QString stem = QFileInfo(t.path()).completeBaseName();
    const QString left = QDir(dir).filePath(stem + QStringLiteral("-20261102-080000-daily.sqlite.partial"));
    {
        QFile f(left);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.flush();
        // Killed an hour ago.
        ASSERT_TRUE(
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    // Another file's half-written copy in the same folder is not this file's to remove.
    const QString other = QDir(dir).filePath(QStringLiteral("other-20261102-080000-daily.sqlite.partial"));
    {
        QFile f(other);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    ASSERT_TRUE(Backups::make(t.db(), t.clock()).ok());
    EXPECT_FALSE(QFileInfo::exists(left));
    EXPECT_TRUE(QFileInfo::exists(other));
}

TEST(Backups, AFileFoundWholeIsCopiedPageForPageAndOneNotCheckedIsReadRowByRow)
{
    TempDir dir;
    TestClock clock;
    const QString path = dir.file(QStringLiteral("pages.sqlite"));
    Database::Options checking;
    checking.clock = &clock;
    checking.checkIntegrity = true;
    bool pageByPage = false;
    qint64 freePages = 0;
    QString held;
    {
        auto db = Database::open(path, checking);
        ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
        EXPECT_TRUE((*db)->knownWhole()) << "a writer that read every page";
        // Pages left free by deleted rows: a copy page for page keeps them, one row by row does not.
        ASSERT_TRUE(execSql(**db, QStringLiteral("CREATE TABLE filler (note BLOB)")));
        ASSERT_TRUE(execSql(**db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                                 "FROM n WHERE i < 4000) INSERT INTO filler SELECT "
                                                 "randomblob(500) FROM n")));
        ASSERT_TRUE(execSql(**db, QStringLiteral("DELETE FROM filler WHERE rowid > 2000")));
        ASSERT_TRUE(execSql(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        freePages = sqlValue(**db, QStringLiteral("PRAGMA freelist_count")).toLongLong();
        ASSERT_GT(freePages, 100);
        pageByPage = storage::pagecopy::available(storage::connection(**db));
#ifdef Q_OS_LINUX
        EXPECT_TRUE(pageByPage) << "Qt's driver on Debian uses the system's SQLite, as Minuta does";
#endif
        auto copy = Backups::make(**db, clock);
        ASSERT_TRUE(copy.ok()) << copy.error().message().toStdString();
        EXPECT_EQ(fingerprint(*copy), fingerprint(**db));
        EXPECT_EQ(freeAndAllPages(*copy).first, pageByPage ? freePages : 0);
        held = fingerprint(**db);
    }

    // Left so by the writer that checked it: a reader (the command line's backup create) copies it
    // page by page too.
    Database::Options reading;
    reading.clock = &clock;
    reading.access = Database::Access::ReadOnly;
    {
        auto reader = Database::open(path, reading);
        ASSERT_TRUE(reader.ok());
        EXPECT_TRUE((*reader)->knownWhole());
        auto copy = Backups::make(**reader, clock);
        ASSERT_TRUE(copy.ok()) << copy.error().message().toStdString();
        EXPECT_EQ(fingerprint(*copy), held);
        EXPECT_EQ(freeAndAllPages(*copy).first, pageByPage ? freePages : 0);
    }

    // Touched by another program since: read row by row, which would find damage; the copy is compact.
    {
        QFile touched(path);
        ASSERT_TRUE(touched.open(QIODevice::ReadOnly));
        ASSERT_TRUE(touched.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                        QFileDevice::FileModificationTime));
    }
    auto reader = Database::open(path, reading);
    ASSERT_TRUE(reader.ok());
    EXPECT_FALSE((*reader)->knownWhole());
    auto copy = Backups::make(**reader, clock);
    ASSERT_TRUE(copy.ok()) << copy.error().message().toStdString();
    EXPECT_EQ(fingerprint(*copy), held);
    const auto [free, all] = freeAndAllPages(*copy);
    EXPECT_EQ(free, 0);
    EXPECT_LT(all, QFileInfo(path).size() / 4096);
}

TEST(Backups, TheDaysCopyIsTheFileAtOneMomentWhileItIsWritten)
{
    TestDatabase t;
    // Two tables that every write changes together, in a file whose copy takes a while (40 MB).
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("CREATE TABLE a (n INTEGER)")));
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("CREATE TABLE b (n INTEGER)")));
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("CREATE TRIGGER a_and_b AFTER INSERT ON a BEGIN INSERT INTO "
                                               "b VALUES (new.n); END")));
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("CREATE TABLE filler (note BLOB)")));
    ASSERT_TRUE(execSql(
        t.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 200000) INSERT INTO filler SELECT randomblob(200) FROM n")));

    std::optional<Result<std::optional<QString>>> result;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { result = Backups::makeDailyIfDue(t.path(), t.clock()); }));
    thread->start();
    int writes = 0;
    while (!thread->isFinished()) {
        ASSERT_TRUE(execSql(t.db(), QStringLiteral("INSERT INTO a VALUES (%1)").arg(++writes)));
        QThread::msleep(1);
    }
    ASSERT_TRUE(thread->wait(QDeadlineTimer(60000)));
    ASSERT_TRUE(result.has_value() && result->ok()) << result->error().message().toStdString();
    ASSERT_TRUE(result->value().has_value());
    EXPECT_GT(writes, 0);

    Database::Options reading;
    reading.access = Database::Access::ReadOnly;
    reading.requireCurrentSchema = false;
    auto copy = Database::open(*result->value(), reading);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(sqlValue(**copy, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    const qint64 inA = sqlValue(**copy, QStringLiteral("SELECT count(*) FROM a")).toLongLong();
    EXPECT_EQ(sqlValue(**copy, QStringLiteral("SELECT count(*) FROM b")).toLongLong(), inA)
        << "every write is in the copy whole or not at all";
    EXPECT_LE(inA, writes);
    EXPECT_EQ(sqlValue(**copy, QStringLiteral("SELECT count(*) FROM filler")).toLongLong(), 200000);
}
