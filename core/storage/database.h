#pragma once

// The one place that opens a Minuta file: checks that it is a SQLite database of a schema this
// program understands, takes the single-writer lock, sets the connection up and migrates it.
// Everything else in core reaches SQLite through the connection this class owns.

#include "values/clock.h"
#include "values/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QTimeZone;

namespace minuta {

class FileLock;

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
        // the background instead.
        bool checkIntegrity = false;
    };

    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // A copy of the file in its backup folder, as its name describes it.
    struct Backup
    {
        enum class Reason {
            Daily,         // the first time the app opens the file on a day
            Manual,        // asked for, in the app or with `minuta-cli backup`
            BeforeUpgrade, // before the file was brought to a newer format
            BeforeRestore, // what the file held before another copy replaced it
            Unreadable,    // a file that could not be opened, moved aside by a restore
        };
        QString path;
        QDateTime takenAt; // UTC
        Reason reason = Reason::Manual;
        int upgradedTo = 0; // BeforeUpgrade: the format the file was then brought to
        int sequence = 1;   // among copies of the same kind made in the same second, in order
        qint64 size = 0;

        // Why the copy was made, for people: "Daily copy", "Before the upgrade to format 4"…
        QString reasonText() const;
        // The same for scripts: daily, manual, before-upgrade, before-restore, unreadable.
        QString reasonKey() const;
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
    // Where copies made before upgrades, daily and on request are kept.
    QString backupDirectory() const;
    static QString backupDirectoryOf(const QString &path);
    // The copy made while opening this file, if an upgrade needed one.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // A copy of the file, consistent and compact, in the backup folder; returns its path. The
    // folder keeps the newest 7 daily copies and the newest 10 of each other kind.
    // A damaged file is copied as far as it can be read; `salvaged` is then set.
    Result<QString> backupNow(const Clock &clock, bool *salvaged = nullptr);
    // The day's copy, unless one was already made today (in the clock's time zone): the path of
    // the new copy, or nothing.
    Result<std::optional<QString>> dailyBackupIfDue(const Clock &clock);
    // The same through a connection of its own, so it can run in another thread while the file is
    // in use (the clock must be safe to read from there).
    static Result<std::optional<QString>> dailyBackupIfDue(const QString &path, const Clock &clock);
    // Whether the file at `path` has no daily copy of the clock's day yet.
    static bool dailyBackupDue(const QString &path, const Clock &clock);
    // A copy written to `target`, a new file that the user chose.
    Result<void> backupTo(const QString &target, bool *salvaged = nullptr) const;
    // The copies of the file at `path`, newest first; `zone` is the one their names were written in.
    static QList<Backup> backupsOf(const QString &path, const QTimeZone &zone);
    // Replaces the file at `path` with the copy `backupPath`, after keeping what `path` holds now
    // as a backup of its own, whose path is returned. Refused, changing nothing, when the copy is
    // not a Minuta file this program reads or is damaged, or when another program has `path` open.
    // A file that cannot be opened (damaged, or from a newer Minuta) is moved into the backups
    // folder whole instead. The copy keeps its format: the next open upgrades it when it is older.
    static Result<QString> restore(const QString &path, const QString &backupPath, const Clock &clock);

    // Reads every page and index of the file (SQLite's quick_check): ErrorCode::Damaged, pointing to
    // the copies, when SQLite finds it malformed. The static one uses a connection of its own, so it
    // can run in another thread while the file is in use.
    Result<void> checkIntegrity() const;
    static Result<void> checkIntegrity(const QString &path);

    // Whether people other than its owner may read the file or its journal (Unix permissions). Minuta
    // makes its files private; a file copied in, or made by an older version, may not be.
    static bool isReadableByOthers(const QString &path);
    // Makes the file, its journal and its backups folder private to their owner.
    static Result<void> makePrivate(const QString &path);

    QSqlDatabase connection() const;
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
    Result<QString> backup(const QString &reason, const Clock &clock);
    static Result<QString> backup(const QString &path, const QSqlDatabase &connection, const QString &reason,
                                  const Clock &clock, bool *salvaged = nullptr);
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    std::unique_ptr<FileLock> m_lock;
    qint64 m_checkedWholeAt = 0; // when every page was last found whole (Options::checkIntegrity)
};

} // namespace minuta
