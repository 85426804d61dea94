#pragma once

// The window's Minuta file: opening or creating one, the day's copy made in the background, a copy
// made on request, restoring one, and the file that could not be opened (whose copies can still be
// restored). It asks and warns through the window, in the window's words (MainWindow::tr, so they
// keep their translations); the window shows the screens and the status.

#include "invoicing/pack.h"
#include "values/error.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

class QThread;
class QWidget;

namespace minuta {
class Clock;
class Interruption;
} // namespace minuta

namespace minuta::ui {

class Workspace;

class FileController : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs and message boxes.
    FileController(const Clock &clock, QWidget *window);
    ~FileController() override;

    // The open file, or null when none is.
    Workspace *workspace() const { return m_workspace.get(); }
    // The file that could not be opened, while no other is open.
    QString failedPath() const { return m_failedPath; }

    // Opens (or creates) `path`; on failure says why in a message box and keeps the file that was
    // open before. `create` makes an existing empty file a new Minuta file (File ▸ New File…).
    // Returns whether the file is now open.
    bool open(const QString &path, bool create = false);
    // Asks for a new file's name and opens it (File ▸ New File…).
    void newFile();
    // Asks for a file and opens it (File ▸ Open File…).
    void openChosenFile();

    // Copies the open file into its backups folder now, and says where.
    void backupNow();
    // Lists the file's copies; the one chosen replaces the file.
    void showBackups();
    // Replaces the file with the copy `backup` (closing and reopening it); says how it went.
    void restoreBackup(const QString &backup);
    // Makes the day's copy of the open file in the background, unless there is one already.
    void startDailyBackup();
    // Waits for the day's copy under way to finish (tests).
    void waitForDailyBackup();
    // Stops the day's copy under way, at once, keeping nothing of it: before the file is replaced,
    // and when the app closes, which never waits for a copy.
    void stopDailyBackup();
    // Makes the retainer periods and the recurring fees that are due (begun since, or given back by
    // a deleted draft) on the clients' drafts, and says so. Run every minute, so an app left open
    // overnight bills them on their first day; not while a dialog is open, so no line is added behind
    // a draft being edited. A failure (another program writing to the file) is tried again the next
    // minute and said once a day.
    void addDue();

Q_SIGNALS:
    // A file is open, and workspace() is it.
    void opened();
    // `workspace` is about to close: what refers to it must go first. workspace() is null already.
    void closing(Workspace *workspace);
    // The open file or the file that could not be opened changed.
    void stateChanged();
    void message(const QString &text);

private:
    void close();
    void offerToMakePrivate();
    // Says what renewDue and addDue did, and (when `sayFailure`) why they could not; returns whether
    // they changed anything.
    bool reportDue(const Result<QList<PackState>> &renewed, const Result<int> &fees, bool sayFailure);
    QString folderToChooseIn() const;

    const Clock &m_clock;
    QWidget *m_window;
    std::unique_ptr<Workspace> m_workspace;
    QThread *m_dailyBackup = nullptr;
    std::shared_ptr<Interruption> m_dailyInterruption; // of the copy under way
    QString m_failedPath;
    QDate m_dueFailureSaid; // the day a failure of addDue() was last said
};

} // namespace minuta::ui
