#include "database.h"

#include "sqlscript.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <filesystem>

namespace minuta {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kDailyBackupsKept = 7;
constexpr int kOtherBackupsKept = 10;
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("minuta-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Owns a QSqlDatabase connection by name and removes it when it goes out of scope, so every early
// return below leaves no connection behind.
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name) : m_name(std::move(name)) {}
    ~ConnectionGuard()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
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

Result<QString> openConnection(const QString &path, bool readOnly)
{
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return sql::toError(error, Database::tr("Could not open “%1”").arg(QDir::toNativeSeparators(path)));
    }
    return name;
}

} // namespace

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
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

    // A writer must hold the lock. A reader takes it too when nobody else has it, so its connection
    // can tidy SQLite's -wal and -shm files away on close; beside a writer it reads without it.
    bool holdsLock = false;
    if (!readOnly && !QDir().mkpath(info.absolutePath()))
        return Error(
            ErrorCode::Io,
            tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    db->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    db->m_lock->setStaleLockTime(0);
    if (db->m_lock->tryLock(readOnly ? 0 : qMax(0, options.lockWaitMs))) {
        holdsLock = true;
        restrictToOwner(path + QStringLiteral(".lock"));
    } else if (!readOnly) {
        if (db->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            db->m_lock->getLockInfo(&pid, &host, &app);
            return Error(ErrorCode::Locked, tr("“%1” is already open in another Minuta program (process %2). "
                                               "Close it there, or keep working in that window.")
                                                .arg(shown)
                                                .arg(pid));
        }
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be opened for writing: its folder does not allow it.").arg(shown));
    } else {
        db->m_lock.reset();
    }

    if (!readOnly) {
        if (!info.exists()) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error(ErrorCode::Io, tr("“%1” cannot be created: %2").arg(shown, file.errorString()));
            file.close();
            restrictToOwner(path);
        }
    }

    // First a read-only look at the schema version: a file from a newer Minuta is refused before
    // this program sets a single pragma on it.
    {
        auto probe = openConnection(path, true);
        if (!probe)
            return probe.error();
        ConnectionGuard guard(*probe);
        auto version = readUserVersion(QSqlDatabase::database(*probe, false), path);
        if (!version)
            return version.error();
        db->m_schemaVersion = *version;
    }
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

    auto name = openConnection(path, readOnly && !holdsLock);
    if (!name)
        return name.error();
    db->m_connectionName = *name;

    if (auto configured = db->configure(); !configured)
        return configured.error();
    if (!readOnly)
        if (auto migrated = db->migrate(migrations, clock, options.backupBeforeMigration); !migrated)
            return migrated.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
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
    if (m_access == Access::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : std::as_const(pragmas))
        if (auto ran = sql::execRaw(db, pragma); !ran)
            return ran.error();
    return {};
}

Result<void> Database::migrate(const QList<Migration> &migrations, const Clock &clock, bool backupFirst)
{
    const QSqlDatabase db = connection();
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_schemaVersion >= target)
        return {};

    if (backupFirst && m_schemaVersion > 0) {
        auto copy = backup(QStringLiteral("before-v%1").arg(target), clock);
        if (!copy)
            return copy.error();
        m_migrationBackup = *copy;
    }

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

QString Database::backupDirectory() const
{
    return backupDirectoryOf(m_path);
}

QString Database::backupDirectoryOf(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
}

namespace {

// Names of copies: <file>-<yyyyMMdd-HHmmss>-<reason>[-<n>].sqlite, the time local to the clock.
QString backupReasonName(Database::Backup::Reason reason, int upgradedTo)
{
    switch (reason) {
    case Database::Backup::Reason::Daily:
        return QStringLiteral("daily");
    case Database::Backup::Reason::BeforeUpgrade:
        return QStringLiteral("before-v%1").arg(upgradedTo);
    case Database::Backup::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    case Database::Backup::Reason::Unreadable:
        return QStringLiteral("unreadable");
    case Database::Backup::Reason::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<Database::Backup> parseBackupName(const QFileInfo &file, const QString &stem,
                                                const QTimeZone &zone)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^-(\d{8}-\d{6})-(daily|manual|before-restore|unreadable|before-v(\d+))(?:-\d+)?\.sqlite$)"));
    const QString name = file.fileName();
    if (!name.startsWith(stem))
        return std::nullopt;
    const auto match = pattern.match(name.mid(stem.size()));
    if (!match.hasMatch())
        return std::nullopt;
    Database::Backup backup;
    backup.path = file.absoluteFilePath();
    const QString stamp = match.captured(1);
    const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    backup.takenAt = QDateTime(date, time, zone).toUTC();
    const QString reason = match.captured(2);
    if (reason == QLatin1String("daily")) {
        backup.reason = Database::Backup::Reason::Daily;
    } else if (reason == QLatin1String("before-restore")) {
        backup.reason = Database::Backup::Reason::BeforeRestore;
    } else if (reason == QLatin1String("unreadable")) {
        backup.reason = Database::Backup::Reason::Unreadable;
    } else if (!match.captured(3).isEmpty()) {
        backup.reason = Database::Backup::Reason::BeforeUpgrade;
        backup.upgradedTo = match.captured(3).toInt();
    } else {
        backup.reason = Database::Backup::Reason::Manual;
    }
    backup.size = file.size();
    return backup;
}

} // namespace

QString Database::Backup::reasonText() const
{
    switch (reason) {
    case Reason::Daily:
        return Database::tr("Daily copy");
    case Reason::Manual:
        return Database::tr("Made on request");
    case Reason::BeforeUpgrade:
        return Database::tr("Before the upgrade to file format %1").arg(upgradedTo);
    case Reason::BeforeRestore:
        return Database::tr("What the file held before a restore");
    case Reason::Unreadable:
        return Database::tr("The file as it was when it could not be opened");
    }
    return {};
}

QString Database::Backup::reasonKey() const
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

QList<Database::Backup> Database::backupsOf(const QString &path, const QTimeZone &zone)
{
    const QDir dir(backupDirectoryOf(path));
    const QString stem = QFileInfo(path).completeBaseName();
    QList<Backup> list;
    for (const QFileInfo &file : dir.entryInfoList({stem + QStringLiteral("-*.sqlite")}, QDir::Files))
        if (auto backup = parseBackupName(file, stem, zone))
            list.append(*backup);
    // Newest first; the name breaks ties between copies of the same second.
    std::sort(list.begin(), list.end(), [](const Backup &a, const Backup &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return list;
}

Result<QString> Database::backupNow(const Clock &clock)
{
    return backup(backupReasonName(Backup::Reason::Manual, 0), clock);
}

Result<std::optional<QString>> Database::dailyBackupIfDue(const Clock &clock)
{
    return dailyBackupIfDue(m_path, clock);
}

Result<std::optional<QString>> Database::dailyBackupIfDue(const QString &path, const Clock &clock)
{
    const QDate today = clock.now().toTimeZone(clock.timeZone()).date();
    for (const Backup &b : backupsOf(path, clock.timeZone()))
        if (b.reason == Backup::Reason::Daily && b.takenAt.toTimeZone(clock.timeZone()).date() == today)
            return std::optional<QString>();
    auto name = openConnection(path, true);
    if (!name)
        return name.error();
    ConnectionGuard guard(*name);
    auto made =
        backup(path, QSqlDatabase::database(*name, false), backupReasonName(Backup::Reason::Daily, 0), clock);
    if (!made)
        return made.error();
    return std::optional<QString>(*made);
}

namespace {

// VACUUM INTO a new file, private from its first byte. The copy is written under a name no listing
// matches and renamed when whole, so an interrupted copy never passes for a good one.
Result<void> vacuumInto(const QSqlDatabase &db, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Error(ErrorCode::Io, Database::tr("The backup “%1” cannot be written: %2")
                                        .arg(shown, Database::tr("a file of that name already exists")));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // left by a copy that was interrupted
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(
                ErrorCode::Io,
                Database::tr("The backup “%1” cannot be written: %2").arg(shown, file.errorString()));
        restrictToOwner(partial);
    }
    QSqlQuery query(db);
    if (auto ran = sql::exec(query, QStringLiteral("VACUUM INTO ?"), {partial}); !ran) {
        QFile::remove(partial);
        return Error(ErrorCode::Io,
                     Database::tr("The backup “%1” cannot be written: %2").arg(shown, ran.error().message()));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(ErrorCode::Io, Database::tr("The backup “%1” cannot be written: %2")
                                        .arg(shown, Database::tr("a file of that name already exists")));
    }
    return {};
}

} // namespace

Result<void> Database::backupTo(const QString &target) const
{
    if (target.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("No file was given for the backup."),
                     QStringLiteral("output"));
    return vacuumInto(connection(), QFileInfo(target).absoluteFilePath());
}

Result<QString> Database::backup(const QString &reason, const Clock &clock)
{
    return backup(m_path, connection(), reason, clock);
}

Result<QString> Database::backup(const QString &path, const QSqlDatabase &connection, const QString &reason,
                                 const Clock &clock)
{
    const QDir dir(backupDirectoryOf(path));
    if (!QDir().mkpath(dir.absolutePath()))
        return Error(ErrorCode::Io, tr("The backup folder “%1” cannot be created.")
                                        .arg(QDir::toNativeSeparators(dir.absolutePath())));
    const QString stem = QFileInfo(path).completeBaseName();
    const QString stamp = clock.now().toTimeZone(clock.timeZone()).toString(kStampFormat);
    QString target = dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(stem, stamp, reason));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(QStringLiteral("%1-%2-%3-%4.sqlite").arg(stem, stamp, reason).arg(n));
    if (auto written = vacuumInto(connection, target); !written)
        return written.error();

    // Keep the newest copies of each kind; older ones go. Copies of other files in the same folder
    // are not touched.
    QHash<int, int> kept;
    for (const Backup &b : backupsOf(path, clock.timeZone())) {
        const int count = ++kept[int(b.reason)];
        if (count > (b.reason == Backup::Reason::Daily ? kDailyBackupsKept : kOtherBackupsKept)
            && b.path != target)
            QFile::remove(b.path);
    }
    return target;
}

void Database::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<QString> Database::restore(const QString &path, const QString &backupPath, const Clock &clock)
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
        Options look;
        look.access = Access::ReadOnly;
        look.requireCurrentSchema = false;
        auto copy = open(source, look);
        if (!copy)
            return copy.error();
        auto check = sql::scalar((*copy)->connection(), QStringLiteral("PRAGMA quick_check"));
        if (!check || check->toString() != QLatin1String("ok"))
            return Error(ErrorCode::NotADatabase,
                         tr("“%1” is damaged and cannot be restored.").arg(shownSource),
                         QStringLiteral("backup"));
        auto hasSettings = sql::scalar(
            (*copy)->connection(),
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'setting'"));
        if ((*copy)->schemaVersion() < 1 || !hasSettings || hasSettings->toInt() != 1)
            return Error(ErrorCode::NotADatabase,
                         tr("“%1” is a SQLite database, but not a Minuta file.").arg(shownSource),
                         QStringLiteral("backup"));
        if (auto written = vacuumInto((*copy)->connection(), staged); !written)
            return written.error();
    }

    // Hold the file, and keep what it holds now. A file that cannot be opened (damaged, or from a
    // newer Minuta) is moved aside whole, untouched.
    Options write;
    write.clock = &clock;
    auto current = open(target, write);
    QString kept;
    std::unique_ptr<QLockFile> lock;
    if (current) {
        auto copied = (*current)->backup(backupReasonName(Backup::Reason::BeforeRestore, 0), clock);
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
               || current.error().code() == ErrorCode::SchemaTooNew) {
        lock = std::make_unique<QLockFile>(target + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return Error(ErrorCode::Locked, tr("“%1” is open in another Minuta program. Close it there and "
                                               "restore again; nothing was changed.")
                                                .arg(QDir::toNativeSeparators(target)));
        const QDir dir(backupDirectoryOf(target));
        if (!QDir().mkpath(dir.absolutePath()))
            return Error(ErrorCode::Io, tr("The backup folder “%1” cannot be created.")
                                            .arg(QDir::toNativeSeparators(dir.absolutePath())));
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
    restrictToOwner(target);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    return kept;
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
