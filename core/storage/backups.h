#pragma once

// The copies of a Minuta file in the backups folder beside it: made (daily, on request, before an
// upgrade), listed, rotated, rescued from a damaged file, and restored over the file.

#include "values/clock.h"
#include "values/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QTimeZone;

namespace minuta {

class Database;

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

class Interruption;

class Backups
{
    // The messages keep the context they were translated in when backups were part of Database.
    Q_DECLARE_TR_FUNCTIONS(minuta::Database)

public:
    Backups() = delete;

    // Where the copies of the file at `path` are kept.
    static QString directoryOf(const QString &path);
    // The copies of the file at `path`, newest first; `zone` is the one their names were written in.
    static QList<Backup> list(const QString &path, const QTimeZone &zone);

    // A copy of the open file, consistent and compact, in its backup folder; returns its path. The
    // folder keeps the newest 7 daily copies and the newest 10 of each other kind.
    // A damaged file is copied as far as it can be read; `salvaged` is then set.
    static Result<QString> make(const Database &db, const Clock &clock, bool *salvaged = nullptr);
    // The copy made before the open file is upgraded to `version`, named after it.
    static Result<QString> makeBeforeUpgrade(const Database &db, int version, const Clock &clock,
                                             bool *salvaged);
    // A copy of the open file written to `target`, a new file that the user chose.
    static Result<void> copyTo(const Database &db, const QString &target, bool *salvaged = nullptr);

    // Whether the file at `path` has no daily copy of the clock's day yet.
    static bool dailyDue(const QString &path, const Clock &clock);
    // The day's copy of the file at `path`, unless one was already made today (in the clock's time
    // zone): the path of the new copy, or nothing. It reads the file through a connection of its own,
    // so it can run in another thread while the file is in use (the clock must be safe to read from
    // there). `interruption` stops it at once from another thread: no copy is then kept, not even
    // a part of one.
    static Result<std::optional<QString>> makeDailyIfDue(const QString &path, const Clock &clock,
                                                         Interruption *interruption = nullptr);

    // Replaces the file at `path` with the copy `backupPath`, after keeping what `path` holds now
    // as a backup of its own, whose path is returned. Refused, changing nothing, when the copy is
    // not a Minuta file this program reads or is damaged, or when another program has `path` open.
    // A file that cannot be opened (damaged, or from a newer Minuta) is moved into the backups
    // folder whole instead. The copy keeps its format: the next open upgrades it when it is older.
    static Result<QString> restore(const QString &path, const QString &backupPath, const Clock &clock);
};

} // namespace minuta
