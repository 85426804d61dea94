#include "filecontroller.h"

#include "storage/appinfo.h"

#include "backupsdialog.h"
#include "filedialogs.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "workspace.h"

#include "invoicing/packrepository.h"
#include "invoicing/recurring.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/interruption.h"
#include "values/clock.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace minuta::ui {

namespace {

// The time when a background copy starts, so the copy never reads the app's clock from its thread.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const Clock &clock) : m_now(clock.now()), m_zone(clock.timeZone()) {}
    QDateTime now() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace

FileController::FileController(const Clock &clock, QWidget *window) : m_clock(clock), m_window(window)
{
    auto *dueTimer = new QTimer(this);
    dueTimer->setInterval(60 * 1000);
    connect(dueTimer, &QTimer::timeout, this, &FileController::addDue);
    dueTimer->start();
}

FileController::~FileController()
{
    // Quitting never waits for the day's copy: it stops at once, keeping nothing half-made, and is
    // made the next time the file opens.
    stopDailyBackup();
}

bool FileController::open(const QString &path, bool create)
{
    Database::Options options;
    options.clock = &m_clock;
    options.initializeEmpty = create;
    auto file = Database::open(path, options);
    if (!file) {
        // Without another file open, its copies can still be restored from File ▸ Backups and Restore….
        if (!m_workspace && file.error().code() != ErrorCode::Locked)
            m_failedPath = QFileInfo(path).absoluteFilePath();
        Q_EMIT stateChanged();
        MessageBox::critical(m_window, MainWindow::tr("Cannot open the file"), file.error().message());
        return false;
    }
    m_failedPath.clear();
    close();
    // Retainers whose new period began since the file was last open renew before anything shows it.
    auto renewed = PackRepository(**file, m_clock).renewDue();
    auto fees = RecurringRepository(**file, m_clock).addDue();
    m_workspace = std::make_unique<Workspace>(std::move(file.value()), m_clock);
    m_workspace->setLocale(appinfo::interfaceLocale());
    connect(m_workspace.get(), &Workspace::errorOccurred, this, [this](const QString &text) {
        MessageBox::warning(m_window, MainWindow::tr("That did not work"), text);
    });
    Q_EMIT opened();
    if (!m_workspace->database().migrationBackupPath().isEmpty())
        Q_EMIT message(
            MainWindow::tr("The file was upgraded to the new format; a copy of the old one is in %1.")
                .arg(QDir::toNativeSeparators(Backups::directoryOf(m_workspace->database().path()))));
    // Asked once the window shows the file, not over an empty one while it opens.
    QTimer::singleShot(0, this, [this, opened = m_workspace->database().path()] {
        if (m_workspace && m_workspace->database().path() == opened)
            offerToMakePrivate();
    });
    m_dueFailureSaid = QDate();
    reportDue(renewed, fees, true);
    QSettings().setValue(QStringLiteral("files/last"), m_workspace->database().path());
    Q_EMIT stateChanged();
    startDailyBackup();
    return true;
}

bool FileController::reportDue(const Result<QList<PackState>> &renewed, const Result<int> &fees,
                               bool sayFailure)
{
    if (!renewed && sayFailure)
        Q_EMIT message(MainWindow::tr("Retainers could not renew: %1").arg(renewed.error().message()));
    else if (renewed && !renewed->isEmpty())
        Q_EMIT message(
            MainWindow::tr("%n retainer period(s) began; each is sold on the client's draft invoice.",
                           nullptr, int(renewed->size())));
    if (!fees && sayFailure)
        Q_EMIT message(MainWindow::tr("Recurring fees could not be added: %1").arg(fees.error().message()));
    else if (fees && *fees > 0)
        Q_EMIT message(MainWindow::tr("%n recurring fee(s) added to draft invoices.", nullptr, *fees));
    return (renewed && !renewed->isEmpty()) || (fees && *fees > 0);
}

void FileController::addDue()
{
    if (!m_workspace || QApplication::activeModalWidget())
        return;
    auto renewed = m_workspace->packs().renewDue();
    auto fees = m_workspace->recurring().addDue();
    // What was done is said each time; what failed, once a day.
    const bool sayFailure = m_dueFailureSaid != m_workspace->today();
    if ((!renewed || !fees) && sayFailure)
        m_dueFailureSaid = m_workspace->today();
    if (reportDue(renewed, fees, sayFailure))
        m_workspace->notify(Workspace::Invoices | Workspace::Clients);
}

void FileController::close()
{
    if (!m_workspace)
        return;
    // What refers to the workspace goes first. Then the file closes and its lock is freed.
    std::unique_ptr<Workspace> leaving = std::move(m_workspace);
    Q_EMIT closing(leaving.get());
    leaving.reset();
}

QString FileController::folderToChooseIn() const
{
    return m_workspace ? QFileInfo(m_workspace->database().path()).absolutePath()
                       : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileController::newFile()
{
    QString path =
        FileDialogs::newFileName(m_window, MainWindow::tr("New Minuta File"),
                                 QDir(folderToChooseIn()).filePath(MainWindow::tr("minuta.sqlite")),
                                 MainWindow::tr("Minuta files (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Minuta never replaces a file with an empty one: it opens the file as it is.
        MessageBox::information(
            m_window, MainWindow::tr("The file already exists"),
            MainWindow::tr("“%1” already exists. Minuta opens it as it is rather than replacing it with an "
                           "empty file.")
                .arg(QDir::toNativeSeparators(path)));
    }
    open(path, true);
}

void FileController::openChosenFile()
{
    const QString path =
        FileDialogs::openFileName(m_window, MainWindow::tr("Open Minuta File"), folderToChooseIn(),
                                  MainWindow::tr("Minuta files (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void FileController::offerToMakePrivate()
{
    const QString path = m_workspace->database().path();
    if (!Database::isReadableByOthers(path))
        return;
    QSettings settings;
    const QString declined = QStringLiteral("files/sharedOnPurpose");
    QStringList left = settings.value(declined).toStringList();
    if (left.contains(path))
        return;
    const auto answer = MessageBox::choose(
        m_window, MainWindow::tr("Others can read this file"),
        MainWindow::tr(
            "Other people who use this computer can read “%1”: your clients, your work and your invoices. "
            "Minuta keeps its files private to you.")
            .arg(QFileInfo(path).fileName()),
        {{QMessageBox::Yes, MainWindow::tr("Make It Private")},
         {QMessageBox::No, MainWindow::tr("Leave It Shared")}},
        QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (auto done = Database::makePrivate(path); !done)
            MessageBox::warning(m_window, MainWindow::tr("That did not work"), done.error().message());
        else
            Q_EMIT message(MainWindow::tr("Only you can read the file now."));
    } else {
        left << path;
        settings.setValue(declined, left);
    }
}

void FileController::startDailyBackup()
{
    if (!m_workspace || m_dailyBackup)
        return;
    const QString path = m_workspace->database().path();
    // What went wrong, in words, written by the thread and read once it has finished; when the
    // check of every page found the file whole.
    auto failure = std::make_shared<QString>();
    auto damage = std::make_shared<QString>();
    auto foundWholeAt = std::make_shared<qint64>(0);
    // With the day's copy, every page is read first: a damaged file must take no more work (and a
    // copy of it would be a damaged copy). Reading a large file takes a moment, so it is done here,
    // once a day like the copy, rather than each time the file opens; during the day SQLite itself
    // reports damage in what it reads or writes.
    auto interruption = std::make_shared<Interruption>();
    m_dailyInterruption = interruption;
    m_dailyBackup =
        QThread::create([path, clock = FixedClock(m_clock), failure, damage, foundWholeAt, interruption] {
            auto made = Backups::makeDailyIfDue(path, clock, interruption.get());
            if (made && made->has_value())
                *foundWholeAt = clock.nowSecs();
            else if (!made && made.error().code() == ErrorCode::Damaged)
                *damage = made.error().message();
            else if (!made && !interruption->interrupted())
                *failure = made.error().message();
        });
    QThread *thread = m_dailyBackup;
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, failure, damage, foundWholeAt, path] {
        if (m_dailyBackup == thread)
            m_dailyBackup = nullptr;
        thread->deleteLater();
        const bool stillOpen = m_workspace && m_workspace->database().path() == path;
        if (!damage->isEmpty() && stillOpen) {
            // Closed, so nothing more is written to it; its copies stay a click away.
            close();
            m_failedPath = path;
            Q_EMIT stateChanged();
            MessageBox::critical(m_window, MainWindow::tr("The file is damaged"), *damage);
            return;
        }
        // Remembered when the file closes: the next writer need not read it all again, and copies
        // of it are made page by page.
        if (*foundWholeAt > 0 && stillOpen)
            m_workspace->database().noteFoundWhole(*foundWholeAt);
        if (!failure->isEmpty())
            Q_EMIT message(MainWindow::tr("Today's copy of the file could not be made: %1").arg(*failure));
        // Another file opened while this one was being copied: its turn now.
        if (m_workspace && m_workspace->database().path() != path)
            startDailyBackup();
    });
    thread->start(QThread::LowPriority);
}

void FileController::waitForDailyBackup()
{
    if (m_dailyBackup)
        m_dailyBackup->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // its "finished" report
}

void FileController::stopDailyBackup()
{
    if (!m_dailyBackup)
        return;
    m_dailyInterruption->interrupt();
    waitForDailyBackup(); // moments: SQLite stops at its next step
}

void FileController::backupNow()
{
    if (!m_workspace)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = Backups::make(m_workspace->database(), m_clock);
    QApplication::restoreOverrideCursor();
    if (!made) {
        MessageBox::warning(m_window, MainWindow::tr("No copy was made"), made.error().message());
        return;
    }
    Q_EMIT message(MainWindow::tr("Copied to %1.").arg(QDir::toNativeSeparators(*made)));
}

void FileController::showBackups()
{
    const QString path = m_workspace ? m_workspace->database().path() : m_failedPath;
    if (path.isEmpty())
        return;
    BackupsDialog dialog(path, m_clock.timeZone(), m_workspace ? m_workspace->locale() : QLocale(), m_window);
    dialog.setBackupNowEnabled(m_workspace != nullptr);
    connect(&dialog, &BackupsDialog::backupRequested, this, [this, &dialog] {
        backupNow();
        dialog.reload();
    });
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty())
        restoreBackup(dialog.chosenBackup());
}

void FileController::restoreBackup(const QString &backup)
{
    const QString path = m_workspace ? m_workspace->database().path() : m_failedPath;
    if (path.isEmpty())
        return;
    stopDailyBackup();
    // The file must be closed to be replaced; it opens again whatever happens.
    close();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto kept = Backups::restore(path, backup, m_clock);
    QApplication::restoreOverrideCursor();
    if (!kept)
        MessageBox::warning(m_window, MainWindow::tr("The copy was not restored"), kept.error().message());
    if (!open(path))
        return;
    if (kept)
        Q_EMIT message(
            MainWindow::tr("Restored. What the file held before is kept as %1 in the backups folder.")
                .arg(QFileInfo(*kept).fileName()));
}

} // namespace minuta::ui
