#include "storage/pagecopy.h"

#include "storage/interruption.h"
#include "storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QScopeGuard>

#if MINUTA_SQLITE_API
#include <sqlite3.h>
#endif

namespace minuta::storage::pagecopy {

namespace {

#if MINUTA_SQLITE_API
// 2,048 pages of 4 KiB: 8 MiB a step, a few hundredths of a second, so a request to stop is
// answered at once while the steps cost nothing against the writing itself.
constexpr int kPagesPerStep = 2048;
// How long a step waits for a lock SQLite briefly needs (another program recovering its journal).
constexpr int kBusyRetries = 100;
constexpr int kBusySleepMs = 50;

Error sqliteError(sqlite3 *db, int code)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    const int primary = code & 0xff;
    return Error(primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? ErrorCode::Damaged : ErrorCode::Io,
                 detail);
}
#endif

} // namespace

bool available(const QSqlDatabase &source)
{
#if MINUTA_SQLITE_API
    return nativeHandle(source) != nullptr;
#else
    Q_UNUSED(source)
    return false;
#endif
}

Result<void> copy(const QSqlDatabase &source, const QString &target, const Interruption *interruption)
{
#if MINUTA_SQLITE_API
    auto *from = static_cast<sqlite3 *>(nativeHandle(source));
    if (!from)
        return Error(ErrorCode::Io, QStringLiteral("no SQLite connection to copy from"));
    sqlite3 *to = nullptr;
    const int opened = sqlite3_open_v2(target.toUtf8().constData(), &to, SQLITE_OPEN_READWRITE, nullptr);
    auto closeTarget = qScopeGuard([&to] { sqlite3_close(to); });
    if (opened != SQLITE_OK)
        return sqliteError(to, opened);
    // No journal for a file that is thrown away unless whole, and no wait for the disk: the copy is
    // written as `cp` writes a file, and the system puts it on the disk within moments (waiting
    // for it would make a copy of a large file three times slower). The file itself is still
    // written durably, so a copy is never the only place anything is.
    if (int set = sqlite3_exec(to, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr,
                               nullptr);
        set != SQLITE_OK)
        return sqliteError(to, set);

    // One read transaction for the whole copy: writes by other programs meanwhile neither restart
    // it nor enter it (a step outside a transaction takes a new snapshot, and a change since the
    // last step starts the copy over).
    if (int begun =
            sqlite3_exec(from, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        begun != SQLITE_OK) {
        sqlite3_exec(from, "ROLLBACK", nullptr, nullptr, nullptr);
        return sqliteError(from, begun);
    }
    auto endRead = qScopeGuard([from] { sqlite3_exec(from, "ROLLBACK", nullptr, nullptr, nullptr); });

    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqliteError(to, sqlite3_errcode(to));
    int stepped = SQLITE_OK;
    int busy = 0;
    bool stopped = false;
    while (stepped == SQLITE_OK || stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED) {
        if (interruption && interruption->interrupted()) {
            stopped = true;
            break;
        }
        if (stepped != SQLITE_OK) {
            if (++busy > kBusyRetries)
                break;
            sqlite3_sleep(kBusySleepMs);
        }
        stepped = sqlite3_backup_step(backup, kPagesPerStep);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (stopped)
        return Error(ErrorCode::Io, QCoreApplication::translate(
                                        "minuta::Database", "The copy was stopped before it was finished."));
    if (stepped != SQLITE_DONE)
        return sqliteError(nullptr, stepped);
    if (finished != SQLITE_OK)
        return sqliteError(to, finished);
    closeTarget.dismiss();
    if (int closed = sqlite3_close(to); closed != SQLITE_OK)
        return sqliteError(nullptr, closed);
    return {};
#else
    Q_UNUSED(source)
    Q_UNUSED(target)
    Q_UNUSED(interruption)
    return Error(ErrorCode::Io, QStringLiteral("this build of Minuta cannot copy a file page by page"));
#endif
}

} // namespace minuta::storage::pagecopy
