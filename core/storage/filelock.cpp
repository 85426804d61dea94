#include "storage/filelock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace minuta {

namespace {

constexpr int kRetryMs = 25;

QByteArray holderText()
{
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n'
           + QSysInfo::machineHostName().toUtf8() + '\n' + QCoreApplication::applicationName().toUtf8()
           + '\n';
}

} // namespace

FileLock::FileLock(QString path, QString shownFile)
    : m_path(std::move(path)), m_shownFile(std::move(shownFile))
{}

FileLock::~FileLock()
{
    unlock();
}

qint64 FileLock::holderOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.readLine(32).trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

Result<void> FileLock::lock(int waitMs)
{
    if (isLocked())
        return {};
    QDeadlineTimer deadline(qMax(0, waitMs));
    for (int replaced = 0;;) {
        bool heldByOther = false;
        auto taken = tryOnce(heldByOther);
        if (taken || !heldByOther)
            return taken;
        // The file was replaced while it was being locked (its holder let go): at once again.
        if (taken.error().code() == ErrorCode::Conflict && ++replaced < 100)
            continue;
        if (deadline.hasExpired())
            break;
        QThread::msleep(kRetryMs);
    }
    // The holder writes its name just after taking the lock: give it a moment to do so.
    qint64 pid = holderOf(m_path);
    for (int i = 0; pid == 0 && i < 4; ++i) {
        QThread::msleep(kRetryMs);
        pid = holderOf(m_path);
    }
    if (pid > 0)
        return Error(ErrorCode::Locked, tr("“%1” is already open in another Minuta program (process %2). "
                                           "Close it there, or keep working in that window.")
                                            .arg(m_shownFile)
                                            .arg(pid));
    return Error(ErrorCode::Locked, tr("“%1” is already open in another Minuta program. Close it there, or "
                                       "keep working in that window.")
                                        .arg(m_shownFile));
}

#ifdef Q_OS_WIN

bool FileLock::isLocked() const
{
    return m_handle != nullptr;
}

Result<void> FileLock::tryOnce(bool &heldByOther)
{
    HANDLE handle =
        CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_path).utf16()),
                    GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION) {
            heldByOther = true;
            return Error(ErrorCode::Locked, {});
        }
        if (code == ERROR_DISK_FULL || code == ERROR_HANDLE_DISK_FULL)
            return Error(ErrorCode::Io,
                         tr("“%1” cannot be opened for writing: the disk is full.").arg(m_shownFile));
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be opened for writing: its folder does not allow it.").arg(m_shownFile));
    }
    // A byte far past the text is locked, so others can still read who holds the lock.
    OVERLAPPED at = {};
    at.Offset = 0x40000000;
    if (!LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
        CloseHandle(handle);
        heldByOther = true;
        return Error(ErrorCode::Locked, {});
    }
    const QByteArray text = holderText();
    DWORD written = 0;
    SetFilePointer(handle, 0, nullptr, FILE_BEGIN);
    SetEndOfFile(handle);
    WriteFile(handle, text.constData(), DWORD(text.size()), &written, nullptr);
    FlushFileBuffers(handle);
    m_handle = handle;
    return {};
}

void FileLock::unlock()
{
    if (!m_handle)
        return;
    // The file stays: removing a file that another process has open is only pending on Windows,
    // and would turn its next attempt away.
    OVERLAPPED at = {};
    at.Offset = 0x40000000;
    UnlockFileEx(static_cast<HANDLE>(m_handle), 0, 1, 0, &at);
    CloseHandle(static_cast<HANDLE>(m_handle));
    m_handle = nullptr;
}

#else

bool FileLock::isLocked() const
{
    return m_fd >= 0;
}

Result<void> FileLock::tryOnce(bool &heldByOther)
{
    const QByteArray name = QFile::encodeName(m_path);
    const auto failed = [this](int code) {
        switch (code) {
        case ENOSPC:
        case EDQUOT:
            return Error(ErrorCode::Io,
                         tr("“%1” cannot be opened for writing: the disk is full.").arg(m_shownFile));
        case EACCES:
        case EPERM:
        case EROFS:
            return Error(
                ErrorCode::Io,
                tr("“%1” cannot be opened for writing: its folder does not allow it.").arg(m_shownFile));
        default:
            return Error(ErrorCode::Io, tr("“%1” cannot be opened for writing: %2")
                                            .arg(m_shownFile, QString::fromLocal8Bit(std::strerror(code))));
        }
    };
    // Owner-only from the first byte.
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return failed(errno);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int code = errno;
        ::close(fd);
        if (code == EWOULDBLOCK || code == EINTR) {
            heldByOther = true;
            return Error(ErrorCode::Locked, {});
        }
        return failed(code);
    }
    // A holder that let go removed the file it had locked; a lock on that file guards nothing, so
    // the one now at the path is tried again.
    struct stat held = {};
    struct stat current = {};
    if (::fstat(fd, &held) != 0 || ::stat(name.constData(), &current) != 0 || held.st_ino != current.st_ino
        || held.st_dev != current.st_dev) {
        ::close(fd);
        heldByOther = true;
        return Error(ErrorCode::Conflict, {});
    }
    ::fchmod(fd, 0600);
    // Who holds it, for others' messages. The lock itself does not depend on this text, so a disk
    // too full to write it does not stop the work here: SQLite says so at the first write.
    const QByteArray text = holderText();
    if (::ftruncate(fd, 0) == 0) {
        ssize_t done = 0;
        while (done < text.size()) {
            const ssize_t n = ::pwrite(fd, text.constData() + done, size_t(text.size() - done), done);
            if (n <= 0)
                break;
            done += n;
        }
    }
    // Left by the lock of earlier versions of Minuta; nothing reads it any more.
    QFile::remove(m_path + QStringLiteral(".rmlock"));
    m_fd = fd;
    return {};
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    // Removed while still held, so nobody can take a lock on a file that is about to go.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

#endif

} // namespace minuta
