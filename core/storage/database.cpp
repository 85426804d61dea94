#include "storage/database.h"

#include "storage/backups.h"
#include "storage/filelock.h"
#include "storage/interruption.h"
#include "storage/localkeys.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlscript.h"
#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTimeZone>

#include <algorithm>
#include <filesystem>

namespace minuta {

using namespace storage;

namespace {

constexpr qint64 kFullDiskBytes = 1024 * 1024;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);
// PRAGMA application_id of a Minuta file: "Mnta".
constexpr qint64 kApplicationId = 0x4D6E7461;
// Files of formats up to this one were made before Minuta marked its files; they are known by their
// tables. Every later format carries the id.
constexpr int kLastFormatWithoutId = 4;

// SQLite says "disk I/O error" when it cannot make the small files it needs beside a file on a
// full disk; the person needs to hear that the disk is full.
Error onFullDisk(const Error &error, const QString &path)
{
    if (error.code() != ErrorCode::Io && error.code() != ErrorCode::Database)
        return error;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (!disk.isValid() || disk.bytesAvailable() >= kFullDiskBytes)
        return error;
    return Error(ErrorCode::Io,
                 Database::tr("“%1” cannot be used: the disk that holds it is full. Free some space "
                              "and try again; nothing was changed.")
                     .arg(QDir::toNativeSeparators(path)));
}

Result<int> readUserVersion(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const QString detail = query.lastError().databaseText();
        if (detail.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
            return Error(ErrorCode::NotADatabase,
                         Database::tr("“%1” is damaged and cannot be read as a Minuta file.")
                             .arg(QDir::toNativeSeparators(path)));
        return sql::toError(query.lastError(),
                            Database::tr("Could not read “%1”").arg(QDir::toNativeSeparators(path)));
    }
    return query.value(0).toInt();
}

enum class FileKind {
    Empty,   // no bytes, or a SQLite database with nothing in it
    Minuta,  // marked with Minuta's application id, or a file of an earlier version with its tables
    Foreign, // another program's database
};

struct FileProbe
{
    FileKind kind = FileKind::Empty;
    int version = 0;
    bool immutable = false; // to be read without SQLite's shared-memory file
};

// What the file at `path` is, found through a read-only connection that changes nothing.
Result<FileProbe> probe(const QString &path, bool readOnly)
{
    FileProbe result;
    const QFileInfo info(path);
    if (info.size() == 0)
        return result;
    // A reader in a folder it cannot write (a read-only disk, a copy on a CD) could not make the
    // shared-memory file a journaled file needs; with no journal beside it, the file is all there is.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    result.immutable =
        readOnly && !QFileInfo(info.absolutePath()).isWritable() && (!wal.exists() || wal.size() == 0);
    auto name = openConnection(path, true, result.immutable);
    if (!name)
        return name.error();
    ConnectionGuard guard(*name);
    const QSqlDatabase db = QSqlDatabase::database(*name, false);
    auto version = readUserVersion(db, path);
    if (!version)
        return version.error();
    result.version = *version;
    auto id = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!id)
        return id.error();
    QSqlQuery query(db);
    if (auto ran = sql::exec(query, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
        !ran)
        return ran.error();
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();

    if (id->toLongLong() == kApplicationId)
        result.kind = FileKind::Minuta;
    else if (id->toLongLong() == 0 && result.version == 0 && tables.isEmpty())
        result.kind = FileKind::Empty;
    else if (id->toLongLong() == 0 && result.version >= 1 && result.version <= kLastFormatWithoutId
             && tables.contains(QLatin1String("setting")))
        result.kind = FileKind::Minuta;
    else
        result.kind = FileKind::Foreign;
    return result;
}

// Reading every page of a large file takes a while (0.7 s for a million entries), too long for each
// command that writes. So a whole check is remembered, per user, with the size and time of change
// the file had when the writer that checked it closed it: while the file is exactly as a checked
// Minuta writer left it, and that check is less than a day old, it is not read again. Anything
// else that changed the file (another program, a disk tool, a copy put in its place) changes its
// time, and the next writer reads it all.
constexpr qint64 kWholeCheckValidSecs = 24 * 3600;

QString wholeCheckKey(const QString &path)
{
    return QStringLiteral("integrity/")
           + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString fileState(const QString &path)
{
    const QFileInfo info(path);
    return QStringLiteral("%1 %2")
        .arg(info.size())
        .arg(info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch());
}

qint64 knownWholeSince(const QString &path, const Clock &clock)
{
    const QStringList record = QSettings().value(wholeCheckKey(path)).toStringList();
    if (record.size() != 2 || record.at(0) != fileState(path))
        return 0;
    const qint64 checkedAt = record.at(1).toLongLong();
    const qint64 age = clock.nowSecs() - checkedAt;
    return age >= 0 && age < kWholeCheckValidSecs ? checkedAt : 0;
}

void rememberWhole(const QString &path, qint64 checkedAt)
{
    QSettings().setValue(wholeCheckKey(path), QStringList{fileState(path), QString::number(checkedAt)});
}

} // namespace

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    // Closed, and still held: the file is as this program leaves it, so the next writer need not
    // read it all again.
    if (m_checkedWholeAt > 0)
        rememberWhole(m_path, m_checkedWholeAt);
    if (m_lock)
        m_lock->unlock();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("minuta.sqlite"));
}

QList<Database::Migration> Database::builtinMigrations()
{
    static const QList<Migration> migrations = [] {
        static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
        QList<Migration> list;
        QDirIterator it(QStringLiteral(":/minuta/migrations"), QDir::Files);
        while (it.hasNext()) {
            it.next();
            const auto match = name.match(it.fileName());
            if (!match.hasMatch())
                continue;
            QFile file(it.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        for (qsizetype i = 0; i < list.size(); ++i)
            Q_ASSERT_X(list[i].version == i + 1, "Database", "migrations must be numbered 1, 2, 3…");
        return list;
    }();
    return migrations;
}

int Database::latestSchemaVersion()
{
    const auto migrations = builtinMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &requestedPath, const Options &options)
{
    if (requestedPath.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("No database file was given."), QStringLiteral("db"));

    const QFileInfo info(requestedPath);
    const QString path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const bool readOnly = options.access == Access::ReadOnly;
    const QList<Migration> migrations = options.migrations.value_or(builtinMigrations());
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    SystemClock systemClock;
    const Clock &clock = options.clock ? *options.clock : systemClock;

    if (info.exists() && !info.isFile())
        return Error(ErrorCode::Io, tr("“%1” is a folder, not a Minuta file.").arg(shown));

    // Look at the header before anything can write to the file: a file of another kind is left
    // exactly as it is.
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
        if (file.read(kSqliteMagic.size()) != kSqliteMagic)
            return Error(ErrorCode::NotADatabase,
                         tr("“%1” is not a Minuta file (it is not a SQLite database).").arg(shown));
    } else if (!info.exists() && readOnly) {
        return Error(ErrorCode::NotFound, tr("“%1” does not exist.").arg(shown));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_access = options.access;

    // Only a writer takes the lock, so reading never stands in the way of the app or a script.
    if (!readOnly) {
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            return Error(
                ErrorCode::Io,
                tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
        db->m_lock = std::make_unique<FileLock>(path + QStringLiteral(".lock"), shown);
        if (auto locked = db->m_lock->lock(qMax(0, options.lockWaitMs)); !locked)
            return locked.error();
        if (!QFileInfo::exists(path)) {
            if (auto made = create(path, migrations, clock); !made)
                return onFullDisk(made.error(), path);
        }
    }

    // A read-only look at what the file is, before this program sets a single pragma on it.
    auto probed = probe(path, readOnly);
    if (!probed)
        return onFullDisk(probed.error(), path);
    const FileKind kind = probed->kind;
    db->m_schemaVersion = probed->version;
    if (kind == FileKind::Foreign)
        return Error(
            ErrorCode::NotADatabase,
            tr("“%1” is a SQLite database of another program, not a Minuta file. Minuta leaves it as "
               "it is.")
                .arg(shown));
    // A file made just now is a whole Minuta file already; only one found empty can be empty here.
    if (kind == FileKind::Empty && (readOnly || !options.initializeEmpty))
        return Error(ErrorCode::NotADatabase,
                     tr("“%1” is empty, so it is not a Minuta file yet. Minuta leaves it as it is: choose "
                        "File ▸ New File… to make it one.")
                         .arg(shown));
    if (db->m_schemaVersion > latest)
        return Error(ErrorCode::SchemaTooNew,
                     tr("“%1” was saved by a newer version of Minuta (file format %2; this "
                        "version reads up to %3). Update Minuta to open it; the file was not "
                        "changed.")
                         .arg(shown)
                         .arg(db->m_schemaVersion)
                         .arg(latest));
    if (readOnly && options.requireCurrentSchema && db->m_schemaVersion < latest)
        return Error(ErrorCode::SchemaTooOld,
                     tr("“%1” uses an older file format (%2). Open it once in Minuta, or with a "
                        "command that writes, to upgrade it.")
                         .arg(shown)
                         .arg(db->m_schemaVersion));

    auto name = openConnection(path, readOnly, readOnly && probed->immutable);
    if (!name)
        return onFullDisk(name.error(), path);
    db->m_connectionName = *name;

    if (auto configured = db->configure(); !configured)
        return onFullDisk(configured.error(), path);
    if (readOnly) {
        db->m_readWhole = knownWholeSince(path, clock) > 0;
    } else {
        db->m_checkedWholeAt = knownWholeSince(path, clock);
        if (db->m_checkedWholeAt == 0 && options.checkIntegrity) {
            if (auto whole = db->checkIntegrity(); !whole)
                return onFullDisk(whole.error(), path);
            db->m_checkedWholeAt = clock.nowSecs();
        }
    }
    if (!readOnly) {
        if (auto migrated = db->migrate(migrations, clock, options.backupBeforeMigration); !migrated)
            return onFullDisk(migrated.error(), path);
        // Only now, with the file at this program's format, does it take the settings of a writer.
        if (auto writing = db->configureForWriting(); !writing)
            return onFullDisk(writing.error(), path);
        // The local months and days of the history, in the zone of this writer's clock.
        if (auto keyed = localkeys::ensure(db->connection(), clock.timeZone()); !keyed)
            return onFullDisk(keyed.error(), path);
    }
    return db;
}

Result<void> Database::create(const QString &path, const QList<Migration> &migrations, const Clock &clock)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Made whole under another name, private from its first byte, and put in place in one step: a
    // program killed while making it leaves no half-made or empty file where the user's file goes.
    const QString staging = path + QStringLiteral(".new");
    const auto removeStaging = [&staging] {
        QFile::remove(staging);
        QFile::remove(staging + QStringLiteral("-journal"));
    };
    removeStaging(); // left by a program killed while making it
    auto cleanUp = qScopeGuard(removeStaging);
    {
        QFile file(staging);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return Error(ErrorCode::Io, tr("“%1” cannot be created: %2").arg(shown, file.errorString()));
    }
    {
        Database staged;
        staged.m_path = staging;
        auto name = openConnection(staging, false);
        if (!name)
            return name.error();
        staged.m_connectionName = *name;
        if (auto configured = staged.configure(); !configured)
            return configured.error();
        if (auto migrated = staged.migrate(migrations, clock, false); !migrated)
            return migrated.error();
        if (auto marked = staged.markAsMinuta(); !marked)
            return marked.error();
    }
    std::error_code failed;
    std::filesystem::rename(staging.toStdU16String(), path.toStdU16String(), failed);
    if (failed)
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be created: %2").arg(shown, QString::fromStdString(failed.message())));
    cleanUp.dismiss();
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlDatabase storage::connection(const Database &db)
{
    return db.connection();
}

storage::Connection::operator QSqlDatabase() const
{
    return connection(*m_db);
}

qint64 Database::fileSize() const
{
    return QFileInfo(m_path).size();
}

Result<void> Database::configure()
{
    const QSqlDatabase db = connection();
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
    };
    for (const QString &pragma : std::as_const(pragmas))
        if (auto ran = sql::execRaw(db, pragma); !ran)
            return ran.error();
    return {};
}

Result<void> Database::configureForWriting()
{
    const QSqlDatabase db = connection();
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL")})
        if (auto ran = sql::execRaw(db, pragma); !ran)
            return ran.error();
    // Files of earlier versions carry no application id; they are recognised by their tables and
    // marked now, so from here on the id alone says the file is Minuta's.
    return markAsMinuta();
}

Result<void> Database::markAsMinuta()
{
    const QSqlDatabase db = connection();
    auto id = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!id)
        return id.error();
    if (id->toLongLong() != kApplicationId)
        if (auto set = sql::execRaw(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            !set)
            return set.error();
    return {};
}

Result<void> Database::migrate(const QList<Migration> &migrations, const Clock &clock, bool backupFirst)
{
    const QSqlDatabase db = connection();
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_schemaVersion >= target)
        return {};

    const int from = m_schemaVersion;
    if (backupFirst && from > 0) {
        bool salvaged = false;
        auto copy = Backups::makeBeforeUpgrade(*this, target, clock, &salvaged);
        if (!copy)
            return copy.error();
        if (salvaged) // kept: it holds what could be read
            return Error(
                ErrorCode::Damaged,
                tr("“%1” is damaged, so Minuta does not upgrade it. What could still be read of it is "
                   "in “%2”; restore a whole copy with File ▸ Backups and Restore….")
                    .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(*copy)));
        m_migrationBackup = *copy;
    }
    // An upgrade that changed nothing leaves no copy behind: trying again must not fill the
    // backups folder with copies of the same file.
    auto dropUnneededCopy = qScopeGuard([&] {
        if (m_schemaVersion == from && !m_migrationBackup.isEmpty()) {
            QFile::remove(m_migrationBackup);
            m_migrationBackup.clear();
        }
    });

    for (const Migration &migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        const auto fail = [&](const Error &cause) {
            // The statement that failed is what matters; a failed rollback adds nothing to it.
            (void)sql::execRaw(db, QStringLiteral("ROLLBACK"));
            return Error(ErrorCode::Database,
                         tr("Could not upgrade “%1” to file format %2 (%3); the file was left at "
                            "format %4. %5")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(migration.version)
                             .arg(migration.name)
                             .arg(m_schemaVersion)
                             .arg(cause.message()));
        };
        if (auto begun = sql::execRaw(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return begun.error();
        for (const QString &statement : splitSqlStatements(migration.sql))
            if (auto ran = sql::execRaw(db, statement); !ran)
                return fail(ran.error());
        if (auto set = sql::execRaw(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !set)
            return fail(set.error());
        if (auto committed = sql::execRaw(db, QStringLiteral("COMMIT")); !committed)
            return fail(committed.error());
        m_schemaVersion = migration.version;
    }
    return {};
}

void Database::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

namespace {

Result<void> quickCheck(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    QString found;
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        found = query.lastError().databaseText();
    } else {
        QStringList problems;
        while (query.next() && problems.size() < 3) {
            // SQLite heads its report with "*** in database main ***" on a line of its own.
            for (const QString &line : query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (!line.startsWith(QLatin1String("***")))
                    problems << line.simplified();
        }
        if (problems != QStringList{QStringLiteral("ok")})
            found = problems.mid(0, 3).join(QStringLiteral("; "));
    }
    if (found.isEmpty())
        return {};
    return Error(
        ErrorCode::Damaged,
        Database::tr("“%1” is damaged (SQLite reports: %2), so Minuta writes nothing to it. Restore a "
                     "copy with File ▸ Backups and Restore…, or with “minuta-cli backup restore”; "
                     "“minuta-cli backup create” still copies what can be read.")
            .arg(QDir::toNativeSeparators(path), found.left(300)));
}

} // namespace

Result<void> Database::checkIntegrity() const
{
    return quickCheck(connection(), m_path);
}

void Database::noteFoundWhole(qint64 checkedAt)
{
    if (m_access == Access::ReadWrite && checkedAt > m_checkedWholeAt)
        m_checkedWholeAt = checkedAt;
}

Result<qint64> Database::rebuildLocalKeys(const QTimeZone &zone)
{
    if (m_access == Access::ReadOnly)
        return Error(ErrorCode::InvalidInput, tr("The file is open for reading only."));
    return localkeys::rebuild(connection(), zone);
}

Result<void> Database::checkIntegrity(const QString &path, Interruption *interruption)
{
    auto name = openConnection(path, true);
    if (!name)
        return name.error();
    ConnectionGuard guard(*name);
    const QSqlDatabase db = QSqlDatabase::database(*name, false);
    const auto stopped = [] {
        return Error(ErrorCode::Io, tr("The check of every page was stopped before it was finished."));
    };
    if (!interruption)
        return quickCheck(db, path);
    if (!interruption->watch(nativeHandle(db)))
        return stopped();
    auto checked = quickCheck(db, path);
    interruption->unwatch();
    if (interruption->interrupted())
        return stopped();
    return checked;
}

namespace {

QStringList privateFilesOf(const QString &path)
{
    QStringList files{path};
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            files << path + QLatin1String(suffix);
    return files;
}

} // namespace

bool Database::isReadableByOthers(const QString &path)
{
    constexpr QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    for (const QString &file : privateFilesOf(QFileInfo(path).absoluteFilePath()))
        if (QFileInfo(file).permissions() & others)
            return true;
    return false;
}

Result<void> Database::makePrivate(const QString &requestedPath)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    for (const QString &file : privateFilesOf(path))
        if (!QFile::setPermissions(file, kOwnerOnly))
            return Error(ErrorCode::Io, tr("The permissions of “%1” cannot be changed: only its owner can do "
                                           "that.")
                                            .arg(QDir::toNativeSeparators(file)));
    const QString backups = Backups::directoryOf(path);
    if (QFileInfo(backups).isDir()) {
        QFile::setPermissions(backups, kOwnerOnlyFolder);
        const QString stem = QFileInfo(path).completeBaseName();
        for (const QFileInfo &copy : QDir(backups).entryInfoList({stem + QStringLiteral("-*")}, QDir::Files))
            QFile::setPermissions(copy.absoluteFilePath(), kOwnerOnly);
    }
    return {};
}

Result<QList<Database::TableCount>> Database::tableCounts() const
{
    QSqlQuery tables(connection());
    if (auto ran =
            sql::exec(tables, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
        !ran)
        return ran.error();
    QList<TableCount> counts;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        auto rows = sql::scalar(connection(),
                                QStringLiteral("SELECT count(*) FROM %1").arg(sql::quoteIdentifier(table)));
        if (!rows)
            return rows.error();
        counts.append({table, rows->toLongLong()});
    }
    return counts;
}

} // namespace minuta
