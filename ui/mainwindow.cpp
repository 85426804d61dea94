#include "mainwindow.h"

#include "aboutdialog.h"
#include "backupsdialog.h"
#include "calendarpage.h"
#include "clientspage.h"
#include "emptystate.h"
#include "invoicespage.h"
#include "messagebox.h"
#include "reportspage.h"
#include "servicespage.h"
#include "settingsdialog.h"
#include "timelogpage.h"
#include "timerbar.h"
#include "workspace.h"

#include "storage/backups.h"
#include "storage/database.h"
#include "values/clock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
const auto kRecentKey = QStringLiteral("files/recent");
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kSectionKey = QStringLiteral("mainWindow/section");

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

QIcon sectionIcon(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::TimeLog:
        return QIcon(QStringLiteral(":/minuta/icons/section-timelog.svg"));
    case MainWindow::Section::Clients:
        return QIcon(QStringLiteral(":/minuta/icons/section-clients.svg"));
    case MainWindow::Section::Services:
        return QIcon(QStringLiteral(":/minuta/icons/section-services.svg"));
    case MainWindow::Section::Invoices:
        return QIcon(QStringLiteral(":/minuta/icons/section-invoices.svg"));
    case MainWindow::Section::Calendar:
        return QIcon(QStringLiteral(":/minuta/icons/section-calendar.svg"));
    case MainWindow::Section::Reports:
        return QIcon(QStringLiteral(":/minuta/icons/section-reports.svg"));
    }
    return {};
}

// What the sections without a screen yet will show, said plainly.
EmptyState *comingSection(MainWindow::Section section, QWidget *parent)
{
    const bool calendar = section == MainWindow::Section::Calendar;
    auto *page = new EmptyState(
        sectionIcon(section),
        calendar ? MainWindow::tr("Nothing planned or logged yet") : MainWindow::tr("Nothing to report yet"),
        calendar ? MainWindow::tr("Your workload will appear here, day by day and week by "
                                  "week, once you log time or plan work.")
                 : MainWindow::tr("Hours, revenue and unpaid invoices per client and month will "
                                  "appear here once you log time."),
        parent);
    page->setObjectName(QStringLiteral("sectionPage%1").arg(int(section)));
    return page;
}

} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_clock(clock), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/minuta/icons/minuta.svg")));
    createActions();
    createCentralArea();
    createTray();
    restoreLayout();
    updateTitleAndStatus();
    // Left open for days, the app still makes each day's copy.
    auto *daily = new QTimer(this);
    connect(daily, &QTimer::timeout, this, &MainWindow::startDailyBackup);
    daily->start(std::chrono::hours(1));
}

MainWindow::~MainWindow()
{
    // The screens refer to the workspace: they go first, out of sight (a deleted page would bring
    // the next one into view and make it load its figures for nobody).
    hide();
    if (m_dailyBackup)
        m_dailyBackup->wait(); // a child: deleted with the window
    for (QWidget *page : {static_cast<QWidget *>(m_timeLog), static_cast<QWidget *>(m_clients),
                          static_cast<QWidget *>(m_services), static_cast<QWidget *>(m_invoices),
                          static_cast<QWidget *>(m_calendar), static_cast<QWidget *>(m_reports),
                          static_cast<QWidget *>(m_timerBar)})
        delete page;
}

Database *MainWindow::database() const
{
    return m_workspace ? &m_workspace->database() : nullptr;
}

QString MainWindow::sectionTitle(Section section)
{
    switch (section) {
    case Section::TimeLog:
        return tr("Time log");
    case Section::Clients:
        return tr("Clients");
    case Section::Services:
        return tr("Services");
    case Section::Invoices:
        return tr("Invoices");
    case Section::Calendar:
        return tr("Calendar");
    case Section::Reports:
        return tr("Reports");
    }
    return {};
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New File…"), this, &MainWindow::newDatabase);
    m_newAction->setToolTip(tr("Start a new, empty Minuta file"));
    m_openAction = file->addAction(tr("&Open File…"), this, &MainWindow::openDatabaseDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(
        tr("Open another Minuta file (%1)").arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    m_backupNow = file->addAction(tr("&Back Up Now"), this, &MainWindow::backupNow);
    m_backupNow->setToolTip(tr("Copy the file into its backups folder now"));
    m_backups = file->addAction(tr("Backups and Res&tore…"), this, &MainWindow::showBackups);
    m_backups->setToolTip(tr("See the copies of the file and restore one"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    m_settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = Section(i);
        QAction *action = view->addAction(sectionIcon(section), sectionTitle(section));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("showSection%1").arg(i));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    }

    QMenu *work = menuBar()->addMenu(tr("&Work"));
    m_toggleTimer = work->addAction(QIcon(QStringLiteral(":/minuta/icons/section-timelog.svg")),
                                    tr("Start or Stop the &Timer"));
    m_toggleTimer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_toggleTimer->setToolTip(
        tr("Start the timer for the client in the bar, switch to it, or stop it (Ctrl+T)"));
    connect(m_toggleTimer, &QAction::triggered, this, [this] {
        if (m_timerBar)
            m_timerBar->toggle();
    });
    m_addEntry = work->addAction(tr("&Add Time Entry…"));
    m_addEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addEntry, &QAction::triggered, this, [this] {
        if (m_timeLog)
            m_timeLog->addEntry();
    });
    m_logUnits = work->addAction(tr("&Log Units…"));
    m_logUnits->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_logUnits, &QAction::triggered, this, [this] {
        if (m_services)
            m_services->logUnits();
    });
    work->addSeparator();
    m_newClient = work->addAction(tr("New &Client…"));
    m_newClient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newClient, &QAction::triggered, this, [this] {
        if (m_clients) {
            showSection(Section::Clients);
            m_clients->newClient();
        }
    });
    m_planWork = work->addAction(tr("&Plan Work…"));
    m_planWork->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_planWork, &QAction::triggered, this, [this] {
        if (m_calendar)
            m_calendar->planWork();
    });
    m_newInvoice = work->addAction(tr("New &Invoice…"));
    m_newInvoice->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_newInvoice, &QAction::triggered, this, [this] {
        if (m_invoices) {
            showSection(Section::Invoices);
            m_invoices->newInvoice();
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Minuta"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The timer bar's place: always visible above the sections.
    m_timerBarSlot = new QWidget(central);
    m_timerBarSlot->setObjectName(QStringLiteral("timerBarSlot"));
    auto *slotLayout = new QHBoxLayout(m_timerBarSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    auto *placeholder = new QLabel(tr("No timer running"), m_timerBarSlot);
    placeholder->setObjectName(QStringLiteral("timerPlaceholder"));
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setContentsMargins(12, 10, 12, 10);
    m_timerPlaceholder = placeholder;
    slotLayout->addWidget(placeholder);
    layout->addWidget(m_timerBarSlot);

    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    m_content = new QStackedWidget(central);
    layout->addWidget(m_content, 1);

    auto *workspace = new QWidget(m_content);
    auto *row = new QHBoxLayout(workspace);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    m_navigation = new QListWidget(workspace);
    m_navigation->setObjectName(QStringLiteral("sectionNavigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(1);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#sectionNavigation { padding: 8px 6px; background: palette(window); border: none; }"
        "QListWidget#sectionNavigation::item { padding: 0px 8px; border-radius: 5px; color: palette(text); }"
        "QListWidget#sectionNavigation::item:hover { background: palette(midlight); }"
        "QListWidget#sectionNavigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget(workspace);
    m_pages->setObjectName(QStringLiteral("sectionPages"));

    int navigationWidth = 0;
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = Section(i);
        auto *item = new QListWidgetItem(sectionIcon(section), sectionTitle(section), m_navigation);
        item->setSizeHint(QSize(0, 38));
        item->setToolTip(tr("%1 (%2)").arg(
            sectionTitle(section),
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText)));
        navigationWidth =
            qMax(navigationWidth, m_navigation->fontMetrics().horizontalAdvance(sectionTitle(section)));
        m_pages->addWidget(comingSection(section, m_pages));
    }
    m_navigation->setFixedWidth(navigationWidth + 22 + 64);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_pages->setCurrentIndex(index);
        const auto actions = findChildren<QAction *>(QStringLiteral("showSection%1").arg(index));
        for (QAction *action : actions)
            action->setChecked(true);
    });

    auto *divider = new QFrame(workspace);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    row->addWidget(m_navigation);
    row->addWidget(divider);
    row->addWidget(m_pages, 1);
    m_content->addWidget(workspace);

    m_noDatabase =
        new EmptyState(QIcon(QStringLiteral(":/minuta/icons/database.svg")), tr("No file is open"),
                       tr("Minuta keeps your clients, time and invoices in one file on this computer. Start "
                          "a new file, or open one you already have."),
                       m_content);
    m_noDatabase->setObjectName(QStringLiteral("noDatabasePage"));
    m_noDatabase->addAction(m_newAction);
    m_noDatabase->addAction(m_openAction);
    m_noDatabase->addAction(m_backups);
    m_content->addWidget(m_noDatabase);

    setCentralWidget(central);
    m_statusFile = new QLabel(this);
    m_statusFile->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusFile);
    m_navigation->setCurrentRow(0);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    QAction *startLast = menu->addAction(tr("Start the Last Client"));
    QAction *stop = menu->addAction(tr("Stop the Timer"));
    menu->addSeparator();
    QAction *show = menu->addAction(tr("Show Minuta"));
    QAction *quit = menu->addAction(tr("Quit"));
    connect(startLast, &QAction::triggered, this, [this] {
        if (m_timerBar)
            m_timerBar->startLast();
    });
    connect(stop, &QAction::triggered, this, [this] {
        if (m_timerBar)
            m_timerBar->stop();
    });
    connect(show, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(tr("Minuta"));
    m_tray->show();
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(qMax(0, m_navigation->currentRow()));
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(int(section));
}

void MainWindow::showMessage(const QString &text)
{
    if (!text.isEmpty())
        statusBar()->showMessage(text, 10000);
}

void MainWindow::buildWorkspaceScreens()
{
    // Screens of the previous file go, with their models.
    delete m_timerBar;
    delete m_timeLog;
    delete m_clients;
    delete m_services;
    delete m_invoices;
    delete m_calendar;
    delete m_reports;
    m_timerBar = nullptr;
    m_timeLog = nullptr;
    m_clients = nullptr;
    m_services = nullptr;
    m_invoices = nullptr;
    m_calendar = nullptr;
    m_reports = nullptr;
    const int section = m_navigation->currentRow();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    if (!m_workspace) {
        for (int i = 0; i < SectionCount; ++i)
            m_pages->addWidget(comingSection(Section(i), m_pages));
        m_timerPlaceholder->show();
        m_navigation->setCurrentRow(section);
        return;
    }
    Workspace &ws = *m_workspace;
    m_timerBar = new TimerBar(ws, m_timerBarSlot);
    m_timerBarSlot->layout()->addWidget(m_timerBar);
    m_timerPlaceholder->hide();
    m_timeLog = new TimeLogPage(ws, m_pages);
    m_clients = new ClientsPage(ws, m_pages);
    m_services = new ServicesPage(ws, m_pages);
    m_invoices = new InvoicesPage(ws, m_pages);
    m_pages->addWidget(m_timeLog);
    m_pages->addWidget(m_clients);
    m_pages->addWidget(m_services);
    m_pages->addWidget(m_invoices);
    m_calendar = new CalendarPage(ws, m_pages);
    m_reports = new ReportsPage(ws, m_pages);
    m_pages->addWidget(m_calendar);
    m_pages->addWidget(m_reports);
    m_timeLog->addNewClientAction(m_newClient);
    m_calendar->addNewClientAction(m_newClient);
    m_reports->addNewClientAction(m_newClient);
    connect(m_calendar, &CalendarPage::message, this, &MainWindow::showMessage);
    connect(m_reports, &ReportsPage::message, this, &MainWindow::showMessage);
    connect(m_timerBar, &TimerBar::message, this, &MainWindow::showMessage);
    connect(m_timeLog, &TimeLogPage::message, this, &MainWindow::showMessage);
    connect(m_clients, &ClientsPage::message, this, &MainWindow::showMessage);
    connect(m_services, &ServicesPage::message, this, &MainWindow::showMessage);
    connect(m_invoices, &InvoicesPage::message, this, &MainWindow::showMessage);
    connect(m_clients, &ClientsPage::invoiceRequested, this, [this](qint64 clientId) {
        showSection(Section::Invoices);
        m_invoices->newInvoice(clientId);
    });
    connect(m_timerBar, &TimerBar::statusChanged, this, [this](const QString &summary) {
        if (m_tray)
            m_tray->setToolTip(tr("Minuta: %1").arg(summary));
    });
    m_navigation->setCurrentRow(section);
    m_pages->setCurrentIndex(section);
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    Database::Options options;
    options.clock = &m_clock;
    options.initializeEmpty = create;
    auto opened = Database::open(path, options);
    if (!opened) {
        // Without another file open, its copies can still be restored from File ▸ Backups and Restore….
        if (!m_workspace && opened.error().code() != ErrorCode::Locked)
            m_failedPath = QFileInfo(path).absoluteFilePath();
        updateTitleAndStatus();
        MessageBox::critical(this, tr("Cannot open the file"), opened.error().message());
        return false;
    }
    m_failedPath.clear();
    closeWorkspace();
    m_workspace = std::make_unique<Workspace>(std::move(opened.value()), m_clock);
    QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    m_workspace->setLocale(language.isEmpty() ? QLocale() : QLocale(language));
    m_undoGroup->addStack(m_workspace->undoStack());
    m_undoGroup->setActiveStack(m_workspace->undoStack());
    connect(m_workspace.get(), &Workspace::errorOccurred, this,
            [this](const QString &text) { MessageBox::warning(this, tr("That did not work"), text); });
    buildWorkspaceScreens();
    if (!m_workspace->database().migrationBackupPath().isEmpty())
        showMessage(tr("The file was upgraded to the new format; a copy of the old one is in %1.")
                        .arg(QDir::toNativeSeparators(Backups::directoryOf(m_workspace->database().path()))));
    // Asked once the window shows the file, not over an empty one while it opens.
    QTimer::singleShot(0, this, [this, opened = m_workspace->database().path()] {
        if (m_workspace && m_workspace->database().path() == opened)
            offerToMakePrivate();
    });
    addRecentFile(m_workspace->database().path());
    settings.setValue(QStringLiteral("files/last"), m_workspace->database().path());
    updateTitleAndStatus();
    startDailyBackup();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    m_undoGroup->removeStack(m_workspace->undoStack());
    // The screens go first: they refer to the workspace. Then the file closes and its lock is freed.
    std::unique_ptr<Workspace> closing = std::move(m_workspace);
    buildWorkspaceScreens();
    closing.reset();
}

void MainWindow::startDailyBackup()
{
    if (!m_workspace || m_dailyBackup)
        return;
    const QString path = m_workspace->database().path();
    // What went wrong, in words, written by the thread and read once it has finished.
    auto failure = std::make_shared<QString>();
    auto damage = std::make_shared<QString>();
    // With the day's copy, every page is read first: a damaged file must take no more work (and a
    // copy of it would be a damaged copy). Reading a large file takes a moment, so it is done here,
    // once a day like the copy, rather than each time the file opens; during the day SQLite itself
    // reports damage in what it reads or writes.
    m_dailyBackup = QThread::create([path, clock = FixedClock(m_clock), failure, damage] {
        if (!Backups::dailyDue(path, clock))
            return;
        if (auto whole = Database::checkIntegrity(path); !whole) {
            if (whole.error().code() == ErrorCode::Damaged)
                *damage = whole.error().message();
            return;
        }
        if (auto made = Backups::makeDailyIfDue(path, clock); !made)
            *failure = made.error().message();
    });
    QThread *thread = m_dailyBackup;
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, failure, damage, path] {
        if (m_dailyBackup == thread)
            m_dailyBackup = nullptr;
        thread->deleteLater();
        if (!damage->isEmpty() && m_workspace && m_workspace->database().path() == path) {
            // Closed, so nothing more is written to it; its copies stay a click away.
            closeWorkspace();
            m_failedPath = path;
            updateTitleAndStatus();
            MessageBox::critical(this, tr("The file is damaged"), *damage);
            return;
        }
        if (!failure->isEmpty())
            showMessage(tr("Today's copy of the file could not be made: %1").arg(*failure));
        // Another file opened while this one was being copied: its turn now.
        if (m_workspace && m_workspace->database().path() != path)
            startDailyBackup();
    });
    thread->start(QThread::LowPriority);
}

void MainWindow::waitForDailyBackup()
{
    if (m_dailyBackup)
        m_dailyBackup->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // its "finished" report
}

void MainWindow::backupNow()
{
    if (!m_workspace)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = Backups::make(m_workspace->database(), m_clock);
    QApplication::restoreOverrideCursor();
    if (!made) {
        MessageBox::warning(this, tr("No copy was made"), made.error().message());
        return;
    }
    showMessage(tr("Copied to %1.").arg(QDir::toNativeSeparators(*made)));
}

void MainWindow::showBackups()
{
    const QString path = m_workspace ? m_workspace->database().path() : m_failedPath;
    if (path.isEmpty())
        return;
    BackupsDialog dialog(path, m_clock.timeZone(), m_workspace ? m_workspace->locale() : QLocale(), this);
    dialog.setBackupNowEnabled(m_workspace != nullptr);
    connect(&dialog, &BackupsDialog::backupRequested, this, [this, &dialog] {
        backupNow();
        dialog.reload();
    });
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty())
        restoreBackup(dialog.chosenBackup());
}

void MainWindow::restoreBackup(const QString &backup)
{
    const QString path = m_workspace ? m_workspace->database().path() : m_failedPath;
    if (path.isEmpty())
        return;
    const Section section = currentSection();
    waitForDailyBackup();
    // The file must be closed to be replaced; it opens again whatever happens.
    closeWorkspace();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto kept = Backups::restore(path, backup, m_clock);
    QApplication::restoreOverrideCursor();
    if (!kept)
        MessageBox::warning(this, tr("The copy was not restored"), kept.error().message());
    if (!openDatabase(path))
        return;
    showSection(section);
    if (kept)
        showMessage(tr("Restored. What the file held before is kept as %1 in the backups folder.")
                        .arg(QFileInfo(*kept).fileName()));
}

void MainWindow::updateTitleAndStatus()
{
    const bool open = m_workspace != nullptr;
    for (QAction *action : {m_settings, m_toggleTimer, m_addEntry, m_logUnits, m_newClient, m_newInvoice,
                            m_planWork, m_backupNow})
        action->setEnabled(open);
    m_backups->setEnabled(open || !m_failedPath.isEmpty());
    m_noDatabase->setText(
        m_failedPath.isEmpty() ? tr(
            "Minuta keeps your clients, time and invoices in one file on this computer. Start a new file, "
            "or open one you already have.")
                               : tr("“%1” could not be opened. Restore one of its copies, start a new file, "
                                    "or open another one.")
                                     .arg(QFileInfo(m_failedPath).fileName()));
    if (open) {
        const QString path = m_workspace->database().path();
        // The platform adds " — Minuta" after the file name.
        setWindowTitle(QFileInfo(path).fileName());
        setWindowFilePath(path);
        m_statusFile->setText(QDir::toNativeSeparators(path));
        m_statusFile->setToolTip(tr("The Minuta file you are working in"));
        m_content->setCurrentIndex(0);
    } else {
        setWindowTitle(tr("No file open"));
        setWindowFilePath(QString());
        m_statusFile->clear();
        m_content->setCurrentWidget(m_noDatabase);
    }
}

void MainWindow::showSettings()
{
    if (!m_workspace)
        return;
    SettingsDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Settings saved."));
}

void MainWindow::newDatabase()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->database().path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Minuta File"), QDir(dir).filePath(tr("minuta.sqlite")), tr("Minuta files (*.sqlite)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Minuta never replaces a file with an empty one: it opens the file as it is.
        MessageBox::information(
            this, tr("The file already exists"),
            tr("“%1” already exists. Minuta opens it as it is rather than replacing it with an "
               "empty file.")
                .arg(QDir::toNativeSeparators(path)));
    }
    openDatabase(path, true);
}

void MainWindow::offerToMakePrivate()
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
        this, tr("Others can read this file"),
        tr("Other people who use this computer can read “%1”: your clients, your work and your invoices. "
           "Minuta keeps its files private to you.")
            .arg(QFileInfo(path).fileName()),
        {{QMessageBox::Yes, tr("Make It Private")}, {QMessageBox::No, tr("Leave It Shared")}},
        QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (auto done = Database::makePrivate(path); !done)
            MessageBox::warning(this, tr("That did not work"), done.error().message());
        else
            showMessage(tr("Only you can read the file now."));
    } else {
        left << path;
        settings.setValue(declined, left);
    }
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->database().path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Minuta File"), dir,
                                                      tr("Minuta files (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int shown = 0;
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        ++shown;
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(shown).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (shown == 0)
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    const int section = settings.value(kSectionKey, 0).toInt();
    if (section >= 0 && section < SectionCount)
        showSection(Section(section));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSectionKey, int(currentSection()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace minuta::ui
