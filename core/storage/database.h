#pragma once

// The one place that opens a Minuta file: checks that it is a SQLite database of a schema this
// program understands, takes the single-writer lock, sets the connection up and migrates it.
// Everything else in core reaches SQLite through the connection this class owns, which only core
// can use (storage/connection.h); its copies are Backups.

#include "storage/connection.h"
#include "values/clock.h"
#include "values/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace minuta {

class FileLock;
class Interruption;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(minuta::Database)

public:
    enum class Access {
        ReadWrite, // takes the lock, migrates; what the app and writing commands use
        ReadOnly,  // no lock, no change to the file; reads beside a running app
    };

    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    struct Options
    {
        Access access = Access::ReadWrite;
        // ReadOnly only: refuse a file whose schema is older than this program's (it cannot be
        // upgraded without writing). Off for commands that only describe the file.
        bool requireCurrentSchema = true;
        // The schema to bring the file to; the built-in migrations when not set.
        std::optional<QList<Migration>> migrations;
        // Copy the file into the backup folder before upgrading an existing schema.
        bool backupBeforeMigration = true;
        // For the names of backups; the system clock when null.
        const Clock *clock = nullptr;
        // How long a writer waits for another program to close the file before giving up. The app
        // gives up at once; the command line waits a moment, so scripts run one after the other.
        int lockWaitMs = 0;
        // An existing empty file (no bytes, or a SQLite database with nothing in it) becomes a
        // Minuta file only when the user asked to create one there (File ▸ New File…); otherwise
        // it is refused and left as it is. A file that does not exist is always created.
        bool initializeEmpty = false;
        // ReadWrite only: read every page first (SQLite's quick_check) and refuse a damaged file
        // before anything is written to it, unless this user's last whole check found it whole less
        // than a day ago and nothing but that Minuta writer has changed it since. The app checks in
        // the background instead (noteFoundWhole). A file known whole either way is copied page by
        // page, as fast as copying the file, where this build can (Backups).
        bool checkIntegrity = false;
    };

    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens `path`, creating it (readable by its owner only) when it does not exist.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path);

    // The file used when none is named: minuta.sqlite in the per-user data folder.
    static QString defaultPath();
    // The migrations shipped in the program's resources, in order.
    static QList<Migration> builtinMigrations();
    // The schema version this program writes.
    static int latestSchemaVersion();

    QString path() const { return m_path; }
    Access access() const { return m_access; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made while opening this file, if an upgrade needed one.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // Reads every page and index of the file (SQLite's quick_check): ErrorCode::Damaged, pointing to
    // the copies, when SQLite finds it malformed. The static one uses a connection of its own, so it
    // can run in another thread while the file is in use.
    Result<void> checkIntegrity() const;
    // The same for the file at `path`, through a connection of its own (for another thread);
    // `interruption` stops it at once, which is then an error but not damage.
    static Result<void> checkIntegrity(const QString &path, Interruption *interruption = nullptr);
    // A writer's file was found whole by a check of every page at `checkedAt` (UTC seconds), made
    // through another connection, as the app does in the background: like the check of
    // Options::checkIntegrity, it is remembered when this writer closes the file.
    void noteFoundWhole(qint64 checkedAt);
    // Whether a check of every page found the file whole: this writer's (Options::checkIntegrity,
    // noteFoundWhole), or, for a reader, a checked writer's that left it so less than a day ago.
    bool knownWhole() const { return m_checkedWholeAt > 0 || m_readWhole; }
    // Computes again, in `zone`, the local month and day the file keeps of every entry and unit
    // logged (and what keeps them); returns how many were wrong. Writers only.
    Result<qint64> rebuildLocalKeys(const QTimeZone &zone);

    // Whether people other than its owner may read the file or its journal (Unix permissions). Minuta
    // makes its files private; a file copied in, or made by an older version, may not be.
    static bool isReadableByOthers(const QString &path);
    // Makes the file, its journal and its backups folder private to their owner.
    static Result<void> makePrivate(const QString &path);

    qint64 fileSize() const;
    // The rows in each table of the file, by table name.
    Result<QList<TableCount>> tableCounts() const;

private:
    Database() = default;

    static Result<void> create(const QString &path, const QList<Migration> &migrations, const Clock &clock);
    Result<void> configure();
    Result<void> configureForWriting();
    Result<void> markAsMinuta();
    Result<void> migrate(const QList<Migration> &migrations, const Clock &clock, bool backup);
    QSqlDatabase connection() const;
    // Closes the connection and keeps the lock: a restore puts another file in its place.
    void closeConnection();

    friend QSqlDatabase storage::connection(const Database &db);
    friend class Backups;

    QString m_path;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    std::unique_ptr<FileLock> m_lock;
    // When every page was last found whole (Options::checkIntegrity), for a writer.
    qint64 m_checkedWholeAt = 0;
    // A reader's file is as a checked writer left it less than a day ago.
    bool m_readWhole = false;
};

} // namespace minuta
