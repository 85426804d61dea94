#include "storage/backups.h"

#include "storage/connection.h"
#include "storage/database.h"
#include "storage/filelock.h"
#include "storage/interruption.h"
#include "storage/pagecopy.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <filesystem>

namespace minuta {

using namespace storage;

namespace {

constexpr int kDailyBackupsKept = 7;
constexpr int kOtherBackupsKept = 10;
constexpr int kPartialCopyStaleSecs = 60;
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// The backups folder, private to its owner whatever the umask, and made so again if an earlier
// version left it open to others.
Result<void> makeBackupFolder(const QString &dir)
{
    if (!QFileInfo(dir).isDir() && !QDir().mkdir(dir, kOwnerOnlyFolder))
        return Error(
            ErrorCode::Io,
            Backups::tr("The backup folder “%1” cannot be created.").arg(QDir::toNativeSeparators(dir)));
    QFile::setPermissions(dir, kOwnerOnlyFolder);
    return {};
}

} // namespace

QString Backups::directoryOf(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
}

namespace {

// Names of copies: <file>-<yyyyMMdd-HHmmss>-<reason>[-<n>].sqlite, the time local to the clock.
QString backupReasonName(Backup::Reason reason, int upgradedTo)
{
    switch (reason) {
    case Backup::Reason::Daily:
        return QStringLiteral("daily");
    case Backup::Reason::BeforeUpgrade:
        return QStringLiteral("before-v%1").arg(upgradedTo);
    case Backup::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    case Backup::Reason::Unreadable:
        return QStringLiteral("unreadable");
    case Backup::Reason::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<Backup> parseBackupName(const QFileInfo &file, const QString &stem, const QTimeZone &zone)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^-(\d{8}-\d{6})-(daily|manual|before-restore|unreadable|before-v(\d+))(?:-(\d+))?\.sqlite$)"));
    const QString name = file.fileName();
    if (!name.startsWith(stem))
        return std::nullopt;
    const auto match = pattern.match(name.mid(stem.size()));
    if (!match.hasMatch())
        return std::nullopt;
    Backup backup;
    backup.path = file.absoluteFilePath();
    const QString stamp = match.captured(1);
    const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    backup.takenAt = QDateTime(date, time, zone).toUTC();
    const QString reason = match.captured(2);
    if (reason == QLatin1String("daily")) {
        backup.reason = Backup::Reason::Daily;
    } else if (reason == QLatin1String("before-restore")) {
        backup.reason = Backup::Reason::BeforeRestore;
    } else if (reason == QLatin1String("unreadable")) {
        backup.reason = Backup::Reason::Unreadable;
    } else if (!match.captured(3).isEmpty()) {
        backup.reason = Backup::Reason::BeforeUpgrade;
        backup.upgradedTo = match.captured(3).toInt();
    } else {
        backup.reason = Backup::Reason::Manual;
    }
    backup.sequence = match.captured(4).isEmpty() ? 1 : match.captured(4).toInt();
    backup.size = file.size();
    return backup;
}

} // namespace

QString Backup::reasonText() const
{
    switch (reason) {
    case Reason::Daily:
        return Backups::tr("Daily copy");
    case Reason::Manual:
        return Backups::tr("Made on request");
    case Reason::BeforeUpgrade:
        return Backups::tr("Before the upgrade to file format %1").arg(upgradedTo);
    case Reason::BeforeRestore:
        return Backups::tr("What the file held before a restore");
    case Reason::Unreadable:
        return Backups::tr("The file as it was when it could not be opened");
    }
    return {};
}

QString Backup::reasonKey() const
{
    switch (reason) {
    case Reason::Daily:
        return QStringLiteral("daily");
    case Reason::BeforeUpgrade:
        return QStringLiteral("before-upgrade");
    case Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    case Reason::Unreadable:
        return QStringLiteral("unreadable");
    case Reason::Manual:
        break;
    }
    return QStringLiteral("manual");
}

QList<Backup> Backups::list(const QString &path, const QTimeZone &zone)
{
    const QDir dir(directoryOf(path));
    const QString stem = QFileInfo(path).completeBaseName();
    QList<Backup> list;
    for (const QFileInfo &file : dir.entryInfoList({stem + QStringLiteral("-*.sqlite")}, QDir::Files))
        if (auto backup = parseBackupName(file, stem, zone))
            list.append(*backup);
    // Newest first. Copies of the same second are told apart by the number their names carry (the
    // second copy is "-2", the tenth "-10": compared as numbers, not as text).
    std::sort(list.begin(), list.end(), [](const Backup &a, const Backup &b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        if (a.sequence != b.sequence)
            return a.sequence > b.sequence;
        return a.path > b.path;
    });
    return list;
}

namespace {

// What can still be read of a damaged file, into `target` (a new, empty file): its schema, then each
// table row by row from the start and, past the first unreadable page, from the end. Better a copy
// with most of the work than none while the user finds a good one to restore.
Result<void> salvageInto(const QSqlDatabase &source, const QString &target)
{
    QSqlQuery schema(source);
    if (auto read =
            sql::exec(schema, QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT "
                                             "NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY "
                                             "type <> 'table', rowid"));
        !read)
        return read.error();
    struct Item
    {
        QString type, name, sql;
    };
    QList<Item> items;
    while (schema.next())
        items.append({schema.value(0).toString(), schema.value(1).toString(), schema.value(2).toString()});
    auto version = sql::scalar(source, QStringLiteral("PRAGMA user_version"));
    auto id = sql::scalar(source, QStringLiteral("PRAGMA application_id"));

    auto name = openConnection(target, false);
    if (!name)
        return name.error();
    ConnectionGuard guard(*name);
    const QSqlDatabase copy = QSqlDatabase::database(*name, false);
    if (auto begun = sql::execRaw(copy, QStringLiteral("BEGIN")); !begun)
        return begun.error();
    for (const Item &item : std::as_const(items)) {
        if (item.type != QLatin1String("table"))
            continue;
        if (auto made = sql::execRaw(copy, item.sql); !made)
            return made.error();
        QSqlQuery columns(source);
        if (!columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(sql::quoteIdentifier(item.name))))
            continue;
        const int count = columns.record().count();
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        QSqlQuery insert(copy);
        if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 VALUES (%2)")
                                .arg(sql::quoteIdentifier(item.name), marks.join(QLatin1Char(',')))))
            continue;
        const bool hasRowid = !item.sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
        for (const QString &order : {QString(), QStringLiteral(" ORDER BY rowid DESC")}) {
            if (!order.isEmpty() && !hasRowid)
                break;
            QSqlQuery rows(source);
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT * FROM %1%2").arg(sql::quoteIdentifier(item.name), order)))
                continue;
            while (rows.next()) {
                for (int i = 0; i < count; ++i)
                    insert.bindValue(i, rows.value(i));
                insert.exec();
            }
            if (!rows.lastError().isValid())
                break; // read to the end: nothing to look for from the other side
        }
    }
    for (const Item &item : std::as_const(items))
        if (item.type != QLatin1String("table"))
            (void)sql::execRaw(copy, item.sql); // an index that cannot be made is not worth the copy
    if (version)
        (void)sql::execRaw(copy, QStringLiteral("PRAGMA user_version = %1").arg(version->toLongLong()));
    if (id)
        (void)sql::execRaw(copy, QStringLiteral("PRAGMA application_id = %1").arg(id->toLongLong()));
    return sql::execRaw(copy, QStringLiteral("COMMIT"));
}

Error interrupted()
{
    return Error(ErrorCode::Io, Backups::tr("Today's copy was stopped before it was finished; it is made "
                                            "the next time the file opens."));
}

// How a copy reads the file it copies.
enum class Source {
    // Found whole by a check of every page since Minuta last wrote it: copied page by page, as fast
    // as copying the file, where this build can (storage/pagecopy.h).
    KnownWhole,
    // Not checked: copied row by row with VACUUM INTO, which reads every row and index, leaves free
    // pages behind, and finds damage, past which it saves what can still be read.
    Unchecked,
};

// A copy of the database open on `db`, in a new file private from its first byte. The copy is
// written under a name no listing matches and renamed when whole, so an interrupted copy never
// passes for a good one. A damaged file is copied as far as it can be read, and `salvaged` says so.
// `interruption`, looked at between the page copy's steps, ends it with nothing kept (VACUUM INTO
// is stopped by the progress handler the caller installed with Interruption::watch).
Result<void> writeCopy(const QSqlDatabase &db, const QString &target, Source source,
                       const Interruption *interruption = nullptr, bool *salvaged = nullptr)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (salvaged)
        *salvaged = false;
    if (QFileInfo::exists(target))
        return Error(ErrorCode::Io, Backups::tr("The backup “%1” cannot be written: %2")
                                        .arg(shown, Backups::tr("a file of that name already exists")));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // left by a copy that was interrupted
    const auto makePartial = [&]() -> Result<void> {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return Error(ErrorCode::Io,
                         Backups::tr("The backup “%1” cannot be written: %2").arg(shown, file.errorString()));
        return {};
    };
    if (auto made = makePartial(); !made)
        return made.error();
    Result<void> ran;
    if (source == Source::KnownWhole && pagecopy::available(db)) {
        ran = pagecopy::copy(db, partial, interruption);
    } else {
        QSqlQuery query(db);
        ran = sql::exec(query, QStringLiteral("VACUUM INTO ?"), {partial});
    }
    if (!ran) {
        QFile::remove(partial);
        if (ran.error().code() != ErrorCode::Damaged)
            return Error(
                ran.error().code() == ErrorCode::Database ? ErrorCode::Io : ran.error().code(),
                Backups::tr("The backup “%1” cannot be written: %2").arg(shown, ran.error().message()));
        if (auto made = makePartial(); !made)
            return made.error();
        if (auto saved = salvageInto(db, partial); !saved) {
            QFile::remove(partial);
            return Error(
                ErrorCode::Damaged,
                Backups::tr("The backup “%1” cannot be written: %2").arg(shown, ran.error().message()));
        }
        if (salvaged)
            *salvaged = true;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(ErrorCode::Io, Backups::tr("The backup “%1” cannot be written: %2")
                                        .arg(shown, Backups::tr("a file of that name already exists")));
    }
    return {};
}

// A copy of the file at `path`, read through `connection`, in its backup folder, named after `reason`;
// the folder is rotated after it.
Result<QString> makeCopy(const QString &path, const QSqlDatabase &connection, Source source,
                         const QString &reason, const Clock &clock,
                         const Interruption *interruption = nullptr, bool *salvaged = nullptr)
{
    const QDir dir(Backups::directoryOf(path));
    if (auto made = makeBackupFolder(dir.absolutePath()); !made)
        return made.error();
    const QString stem = QFileInfo(path).completeBaseName();
    const QString stamp = clock.now().toTimeZone(clock.timeZone()).toString(kStampFormat);
    // Copies of the same second are numbered on from the highest number there, never reusing the name
    // of one rotated away: the numbers keep the order the copies were made in.
    const QString prefix = QStringLiteral("%1-%2-%3").arg(stem, stamp, reason);
    static const QRegularExpression numbered(QStringLiteral(R"(^(?:-(\d+))?\.sqlite(?:\.partial)?$)"));
    int last = 0;
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files)) {
        const auto match = numbered.match(name.mid(prefix.size()));
        if (match.hasMatch())
            last = qMax(last, match.captured(1).isEmpty() ? 1 : match.captured(1).toInt());
    }
    const QString target = dir.filePath(last == 0 ? prefix + QStringLiteral(".sqlite")
                                                  : QStringLiteral("%1-%2.sqlite").arg(prefix).arg(last + 1));
    if (auto written = writeCopy(connection, target, source, interruption, salvaged); !written)
        return written.error();

    // Copies a killed or failed program left half-written. One still being written by another
    // program here grows as it goes, so only those untouched for a while before the copy just made
    // (times of the same disk, whatever the clock says) are taken for leftovers.
    const QDateTime stale = QFileInfo(target).lastModified().addSecs(-kPartialCopyStaleSecs);
    for (const QFileInfo &partial : dir.entryInfoList({stem + QStringLiteral("-*.partial")}, QDir::Files))
        if (partial.lastModified() < stale)
            QFile::remove(partial.absoluteFilePath());

    // Keep the newest copies of each kind; older ones go. Copies of other files in the same folder
    // are not touched.
    QHash<int, int> kept;
    for (const Backup &b : Backups::list(path, clock.timeZone())) {
        const int count = ++kept[int(b.reason)];
        if (count > (b.reason == Backup::Reason::Daily ? kDailyBackupsKept : kOtherBackupsKept)
            && b.path != target)
            QFile::remove(b.path);
    }
    return target;
}

// The connection a copy of `db` is read through. SQLite copies a file page by page through a
// connection that could write, and row by row, five times slower, through a read-only one: a file
// open for reading (the command line's backup create) gets one of its own, kept by `guard`, when it
// can be written at all.
QSqlDatabase copySource(const Database &db, std::optional<ConnectionGuard> &guard)
{
    if (db.access() != Database::Access::ReadOnly || !QFileInfo(db.path()).isWritable())
        return storage::connection(db);
    auto name = openConnection(db.path(), false);
    if (!name)
        return storage::connection(db);
    guard.emplace(*name);
    return QSqlDatabase::database(*name, false);
}

// How the open file `db` may be copied: page by page when a check of every page found it whole
// (a writer that checked it, or a reader of a file a checked writer left less than a day ago).
Source sourceOf(const Database &db)
{
    return db.knownWhole() ? Source::KnownWhole : Source::Unchecked;
}

} // namespace

Result<QString> Backups::make(const Database &db, const Clock &clock, bool *salvaged)
{
    std::optional<ConnectionGuard> guard;
    return makeCopy(db.path(), copySource(db, guard), sourceOf(db),
                    backupReasonName(Backup::Reason::Manual, 0), clock, nullptr, salvaged);
}

Result<QString> Backups::makeBeforeUpgrade(const Database &db, int version, const Clock &clock,
                                           bool *salvaged)
{
    return makeCopy(db.path(), db.connection(), sourceOf(db),
                    backupReasonName(Backup::Reason::BeforeUpgrade, version), clock, nullptr, salvaged);
}

Result<void> Backups::copyTo(const Database &db, const QString &target, bool *salvaged)
{
    if (target.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("No file was given for the backup."),
                     QStringLiteral("output"));
    std::optional<ConnectionGuard> guard;
    return writeCopy(copySource(db, guard), QFileInfo(target).absoluteFilePath(), sourceOf(db), nullptr,
                     salvaged);
}

bool Backups::dailyDue(const QString &path, const Clock &clock)
{
    const QDate today = clock.now().toTimeZone(clock.timeZone()).date();
    for (const Backup &b : list(path, clock.timeZone()))
        if (b.reason == Backup::Reason::Daily && b.takenAt.toTimeZone(clock.timeZone()).date() == today)
            return false;
    return true;
}

Result<std::optional<QString>> Backups::makeDailyIfDue(const QString &path, const Clock &clock,
                                                       Interruption *interruption)
{
    if (!dailyDue(path, clock))
        return std::optional<QString>();
    // Every page is read first: a damaged file must take no more work, and a copy of it would be a
    // damaged copy. Found whole, it is copied page by page.
    if (auto whole = Database::checkIntegrity(path, interruption); !whole)
        return interruption && interruption->interrupted() ? interrupted() : whole.error();
    // A connection that could write, though it only reads: where the copy is made with VACUUM INTO,
    // SQLite writes it through one such page by page, and through a read-only one row by row, five
    // times slower.
    auto name = openConnection(path, false);
    if (!name)
        return name.error();
    ConnectionGuard guard(*name);
    const QSqlDatabase db = QSqlDatabase::database(*name, false);
    if (interruption && !interruption->watch(nativeHandle(db)))
        return interrupted();
    auto made = makeCopy(path, db, Source::KnownWhole, backupReasonName(Backup::Reason::Daily, 0), clock,
                         interruption);
    if (interruption)
        interruption->unwatch();
    // Stopped after the copy was whole, it is kept: it is a good copy.
    if (!made)
        return interruption && interruption->interrupted() ? interrupted() : made.error();
    return std::optional<QString>(*made);
}

Result<QString> Backups::restore(const QString &path, const QString &backupPath, const Clock &clock)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    const QString shownSource = QDir::toNativeSeparators(source);
    if (!QFileInfo(source).isFile())
        return Error(ErrorCode::NotFound, tr("“%1” does not exist.").arg(shownSource),
                     QStringLiteral("backup"));
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return Error(ErrorCode::InvalidInput,
                     tr("“%1” is the file itself, not a copy of it.").arg(shownSource),
                     QStringLiteral("backup"));

    // A private copy of the chosen one, checked, beside the file: the chosen file may change (another
    // live Minuta file) or go (rotation of the backups folder) while the restore runs.
    const QString staged = target + QStringLiteral(".restoring");
    QFile::remove(staged); // left by a restore that was interrupted
    auto removeStaged = qScopeGuard([&staged] { QFile::remove(staged); });
    {
        Database::Options look;
        look.access = Database::Access::ReadOnly;
        look.requireCurrentSchema = false;
        auto copy = Database::open(source, look);
        if (!copy)
            return copy.error();
        auto check = sql::scalar((*copy)->connection(), QStringLiteral("PRAGMA quick_check"));
        if (!check || check->toString() != QLatin1String("ok"))
            return Error(ErrorCode::Damaged, tr("“%1” is damaged and cannot be restored.").arg(shownSource),
                         QStringLiteral("backup"));
        auto hasSettings = sql::scalar(
            (*copy)->connection(),
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'setting'"));
        if ((*copy)->schemaVersion() < 1 || !hasSettings || hasSettings->toInt() != 1)
            return Error(ErrorCode::NotADatabase,
                         tr("“%1” is a SQLite database, but not a Minuta file.").arg(shownSource),
                         QStringLiteral("backup"));
        if (auto written = writeCopy((*copy)->connection(), staged, Source::KnownWhole); !written)
            return written.error();
    }

    // Hold the file, and keep what it holds now. A file that cannot be opened (damaged, or from a
    // newer Minuta) is moved aside whole, untouched.
    Database::Options write;
    write.clock = &clock;
    auto current = Database::open(target, write);
    QString kept;
    std::unique_ptr<FileLock> lock;
    if (current) {
        auto copied = makeCopy((*current)->path(), (*current)->connection(), sourceOf(**current),
                               backupReasonName(Backup::Reason::BeforeRestore, 0), clock);
        if (!copied)
            return copied.error();
        kept = *copied;
        // Everything in the journal goes into the file, and no reader may still be in it: a
        // journal left behind would be replayed over the copy.
        auto checkpoint =
            sql::scalar((*current)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!checkpoint || checkpoint->toInt() != 0)
            return Error(
                ErrorCode::Locked,
                tr("Another program is reading “%1”. Close it and restore again; nothing was changed.")
                    .arg(QDir::toNativeSeparators(target)));
        (*current)->closeConnection();
    } else if (current.error().code() == ErrorCode::NotADatabase
               || current.error().code() == ErrorCode::Damaged
               || current.error().code() == ErrorCode::SchemaTooNew) {
        lock = std::make_unique<FileLock>(target + QStringLiteral(".lock"), QDir::toNativeSeparators(target));
        if (auto locked = lock->lock(0); !locked)
            return Error(ErrorCode::Locked, tr("“%1” is open in another Minuta program. Close it there and "
                                               "restore again; nothing was changed.")
                                                .arg(QDir::toNativeSeparators(target)));
        const QDir dir(directoryOf(target));
        if (auto made = makeBackupFolder(dir.absolutePath()); !made)
            return made.error();
        kept = dir.filePath(QStringLiteral("%1-%2-%3.sqlite")
                                .arg(QFileInfo(target).completeBaseName(),
                                     clock.now().toTimeZone(clock.timeZone()).toString(kStampFormat),
                                     backupReasonName(Backup::Reason::Unreadable, 0)));
        if (QFileInfo::exists(kept) || !QFile::rename(target, kept))
            return Error(ErrorCode::Io,
                         tr("“%1” could not be moved into the backup folder; nothing was changed.")
                             .arg(QDir::toNativeSeparators(target)));
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(target + QLatin1String(suffix), kept + QLatin1String(suffix));
    } else {
        return current.error();
    }

    // The copy takes the file's place in one step: a crash leaves either the old file or the copy.
    std::error_code failed;
    std::filesystem::rename(staged.toStdU16String(), target.toStdU16String(), failed);
    if (failed)
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be written: %2")
                         .arg(QDir::toNativeSeparators(target), QString::fromStdString(failed.message())));
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    return kept;
}

} // namespace minuta
