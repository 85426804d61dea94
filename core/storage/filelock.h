#pragma once

// The single-writer lock of a Minuta file: FILE.lock, held through the operating system's own file
// lock (flock on Unix, LockFileEx on Windows). The system lets go of it when the holder exits in
// any way, a crash or a kill included, so a lock that no live process holds is never in the way:
// whatever the lock file contains (nothing, a dead process, a process of another boot) does not
// matter, only whether a live process holds it. The file's text (process id, computer, program)
// only names the holder in messages.

#include "values/error.h"

#include <QCoreApplication>
#include <QString>

namespace minuta {

class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(minuta::FileLock)

public:
    // `path` is the lock file; `shownFile` is the Minuta file it guards, for messages.
    FileLock(QString path, QString shownFile);
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

    // Takes the lock, waiting up to `waitMs` for another holder to let go. Fails with
    // ErrorCode::Locked naming the process that holds it, or ErrorCode::Io saying why the lock file
    // cannot be made (a folder that does not allow it, a full disk…).
    Result<void> lock(int waitMs);
    bool isLocked() const;
    // Lets go and removes the lock file.
    void unlock();

    // The process id written in a lock file, 0 when it names none.
    static qint64 holderOf(const QString &path);

private:
    Result<void> tryOnce(bool &heldByOther);

    QString m_path;
    QString m_shownFile;
#ifdef Q_OS_WIN
    void *m_handle = nullptr;
#else
    int m_fd = -1;
#endif
};

} // namespace minuta
