#pragma once

// The desktop app's window: the timer bar on top, the sections (Time log, Clients, Services,
// Invoices, Calendar, Reports) beside a navigation list, the menus, and the tray icon. Its
// FileController opens, copies and restores the file; the window hands each section what it needs;
// flows live in the sections, dialogs and controller, not here.

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class QUndoGroup;

namespace minuta {
class Clock;
class Database;
} // namespace minuta

namespace minuta::ui {

class CalendarPage;
class ClientsPage;
class EmptyState;
class FileController;
class InvoicesPage;
class ReportsPage;
class ServicesPage;
class TimeLogPage;
class TimerBar;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { TimeLog, Clients, Services, Invoices, Calendar, Reports };
    Q_ENUM(Section)
    static constexpr int SectionCount = 6;

    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) `path` and shows it; on failure says why in a message box and keeps the
    // file that was open before. Returns whether the file is now open.
    // Opens the file; `create` makes an existing empty file a new Minuta file (File ▸ New File…).
    bool openDatabase(const QString &path, bool create = false);
    // The open file, or null when none is.
    Database *database() const;
    Workspace *workspace() const;
    // Opens, copies and restores the file.
    FileController *files() const { return m_files.get(); }

    Section currentSection() const;
    void showSection(Section section);
    static QString sectionTitle(Section section);

    // The slot the timer bar sits in, above the sections.
    QWidget *timerBarSlot() const { return m_timerBarSlot; }
    TimerBar *timerBar() const { return m_timerBar; }
    TimeLogPage *timeLogPage() const { return m_timeLog; }
    ClientsPage *clientsPage() const { return m_clients; }
    ServicesPage *servicesPage() const { return m_services; }
    InvoicesPage *invoicesPage() const { return m_invoices; }
    CalendarPage *calendarPage() const { return m_calendar; }
    ReportsPage *reportsPage() const { return m_reports; }
    QAction *planAction() const { return m_planWork; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *timerAction() const { return m_toggleTimer; }
    QAction *backupNowAction() const { return m_backupNow; }
    QAction *backupsAction() const { return m_backups; }
    QAction *compactAction() const { return m_compact; }

    // A new file opens the first-run setup (SettingsDialog's Setup mode), once. Tests that do not
    // drive it turn it off.
    static void offerSetupOnNewFiles(bool offer);
    // For tests on a desktop without a tray (offscreen): behave as if it had one.
    static void assumeTrayForTests(bool assume);
    // The setting: what closing the window does while the timer runs ("tray", "quit", or empty: ask).
    static inline const QString CloseWhileTimingKey = QStringLiteral("window/closeWhileTiming");

    // View ▸ Compact: the timer bar alone (client, time, button, today's total) on a small window;
    // off, the window comes back as it was.
    void setCompact(bool compact);
    bool isCompact() const { return m_compactOn; }
    // Narrower than the sections' full layout: the navigation shows icons only and the timer bar
    // takes two lines. Always so in compact mode.
    bool isNarrow() const { return m_narrow; }

public Q_SLOTS:
    void showSettings();
    // File ▸ Import: a CSV of time entries, chosen in a dialog, checked and shown before it is stored.
    void importEntries();
    // The same for a file already chosen (dropped on the window, say).
    void importEntriesFrom(const QString &path);
    // Shows the window in front of the others, restored if it was minimised or in the tray.
    void bringToFront();
    // Quits for good, even while a timer runs (closing the window may leave Minuta in the tray).
    void quit();
    void showMessage(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A CSV dropped on the window is imported (after its check); a Minuta file is opened.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createWorkMenu();
    void createCentralArea();
    QWidget *createTimerBarSlot(QWidget *parent);
    QWidget *createSectionsPage(QWidget *parent);
    QWidget *createNoFilePage(QWidget *parent);
    void createTray();
    void buildWorkspaceScreens();
    // Once a day: a notification naming the invoices past their due date.
    void notifyOverdueInvoices();
    bool keepsRunningInTray() const;
    // The client a new invoice starts on: the one chosen in the section shown, else the running one.
    qint64 invoiceClientSuggestion() const;
    void showOpenedFile();
    void updateTitleAndStatus();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showAbout();
    void restoreLayout();
    void saveLayout();
    void updateNarrow();
    void offerSetup();

    std::unique_ptr<FileController> m_files;

    QWidget *m_timerBarSlot = nullptr;
    QWidget *m_timerPlaceholder = nullptr;
    TimerBar *m_timerBar = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;   // one page per section
    QStackedWidget *m_content = nullptr; // the sections, or the "no file open" page
    EmptyState *m_noDatabase = nullptr;
    TimeLogPage *m_timeLog = nullptr;
    ClientsPage *m_clients = nullptr;
    ServicesPage *m_services = nullptr;
    InvoicesPage *m_invoices = nullptr;
    CalendarPage *m_calendar = nullptr;
    ReportsPage *m_reports = nullptr;
    QAction *m_planWork = nullptr;
    QLabel *m_statusFile = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupNow = nullptr;
    QAction *m_backups = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_toggleTimer = nullptr;
    QAction *m_addEntry = nullptr;
    QAction *m_logUnits = nullptr;
    QAction *m_newClient = nullptr;
    QAction *m_invoiceAll = nullptr;
    QAction *m_import = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
    static inline bool s_assumeTray = false;
    QAction *m_newInvoice = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_compact = nullptr;
    QWidget *m_rule = nullptr;
    bool m_compactOn = false;
    bool m_narrow = false;
    QByteArray m_fullGeometry; // the window's before compact mode
    int m_navigationWidth = 0; // with the sections' names
};

} // namespace minuta::ui
