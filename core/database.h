#pragma once

// The one place that opens a Minuta file: checks that it is a SQLite database of a schema this
// program understands, takes the single-writer lock, sets the connection up and migrates it.
// Everything else in core reaches SQLite through the connection this class owns.

#include "clock.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace minuta {

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
    // Where copies made before upgrades are kept.
    QString backupDirectory() const;
    // The copy made while opening this file, if an upgrade needed one.
    QString migrationBackupPath() const { return m_migrationBackup; }

    QSqlDatabase connection() const;
    qint64 fileSize() const;
    // The rows in each table of the file, by table name.
    Result<QList<TableCount>> tableCounts() const;

private:
    Database() = default;

    Result<void> configure();
    Result<void> migrate(const QList<Migration> &migrations, const Clock &clock, bool backup);
    Result<QString> backup(const QString &reason, const Clock &clock);

    QString m_path;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace minuta
