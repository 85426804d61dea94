#include "mainwindow.h"

#include "aboutdialog.h"
#include "calendarpage.h"
#include "clientspage.h"
#include "emptystate.h"
#include "filecontroller.h"
#include "filedialogs.h"
#include "importdialog.h"
#include "invoicespage.h"
#include "look.h"
#include "messagebox.h"
#include "notifier.h"
#include "reportspage.h"
#include "servicespage.h"
#include "settingsdialog.h"
#include "timelogpage.h"
#include "timerbar.h"
#include "workspace.h"

#include "storage/database.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QResizeEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
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
const auto kCompactKey = QStringLiteral("mainWindow/compact");
// Below this width the navigation shows icons only and the timer bar takes two lines; above it
// both sections' names and the one-line bar fit.
constexpr int kNarrowWidth = 900;

bool s_offerSetup = true;

QIcon sectionIcon(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::TimeLog:
        return look::icon(QStringLiteral("section-timelog"));
    case MainWindow::Section::Clients:
        return look::icon(QStringLiteral("section-clients"));
    case MainWindow::Section::Services:
        return look::icon(QStringLiteral("section-services"));
    case MainWindow::Section::Invoices:
        return look::icon(QStringLiteral("section-invoices"));
    case MainWindow::Section::Calendar:
        return look::icon(QStringLiteral("section-calendar"));
    case MainWindow::Section::Reports:
        return look::icon(QStringLiteral("section-reports"));
    }
    return {};
}

} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_files(std::make_unique<FileController>(clock, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/minuta/icons/minuta.svg")));
    createActions();
    createCentralArea();
    createTray();
    restoreLayout();
    updateTitleAndStatus();
    connect(m_files.get(), &FileController::opened, this, &MainWindow::showOpenedFile);
    // After the window shows the file, so the setup sits on top of it.
    connect(m_files.get(), &FileController::opened, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::offerSetup); });
    connect(m_files.get(), &FileController::closing, this, [this](Workspace *closing) {
        m_undoGroup->removeStack(closing->undoStack());
        buildWorkspaceScreens();
    });
    connect(m_files.get(), &FileController::stateChanged, this, &MainWindow::updateTitleAndStatus);
    connect(m_files.get(), &FileController::message, this, &MainWindow::showMessage);
    // Left open for days, the app still makes each day's copy, and names the overdue invoices again.
    auto *daily = new QTimer(this);
    connect(daily, &QTimer::timeout, m_files.get(), &FileController::startDailyBackup);
    connect(daily, &QTimer::timeout, this, &MainWindow::notifyOverdueInvoices);
    daily->start(std::chrono::hours(1));
}

MainWindow::~MainWindow()
{
    // The screens refer to the workspace: they go first, out of sight (a deleted page would bring
    // the next one into view and make it load its figures for nobody).
    hide();
    for (QWidget *page : {static_cast<QWidget *>(m_timeLog), static_cast<QWidget *>(m_clients),
                          static_cast<QWidget *>(m_services), static_cast<QWidget *>(m_invoices),
                          static_cast<QWidget *>(m_calendar), static_cast<QWidget *>(m_reports),
                          static_cast<QWidget *>(m_timerBar)})
        delete page;
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    return m_files->open(path, create);
}

Workspace *MainWindow::workspace() const
{
    return m_files->workspace();
}

Database *MainWindow::database() const
{
    return workspace() ? &workspace()->database() : nullptr;
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
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createWorkMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Minuta"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New File…"), m_files.get(), &FileController::newFile);
    m_newAction->setToolTip(tr("Start a new, empty Minuta file"));
    m_openAction = file->addAction(tr("&Open File…"), m_files.get(), &FileController::openChosenFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(
        tr("Open another Minuta file (%1)").arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    m_import = file->addAction(tr("&Import Time Entries…"), this, &MainWindow::importEntries);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setToolTip(tr("Add time entries from a CSV: Minuta's own, Toggl Track, Clockify, Kimai or a "
                            "spreadsheet; you see them before anything is stored"));
    file->addSeparator();
    m_backupNow = file->addAction(tr("&Back Up Now"), m_files.get(), &FileController::backupNow);
    m_backupNow->setToolTip(tr("Copy the file into its backups folder now"));
    m_backups = file->addAction(tr("Backups and Res&tore…"), m_files.get(), &FileController::showBackups);
    m_backups->setToolTip(tr("See the copies of the file and restore one"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
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
}

// One checkable action a section, Ctrl+1 to Ctrl+7, checked as the section shows.
void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = Section(i);
        QAction *action = view->addAction(sectionIcon(section), sectionTitle(section));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("showSection%1").arg(i));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] {
            setCompact(false);
            showSection(section);
        });
    }
    view->addSeparator();
    m_compact = view->addAction(tr("&Compact"));
    m_compact->setObjectName(QStringLiteral("compactAction"));
    m_compact->setCheckable(true);
    m_compact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_compact->setToolTip(tr("Only the timer, on a small window (%1)")
                              .arg(m_compact->shortcut().toString(QKeySequence::NativeText)));
    connect(m_compact, &QAction::toggled, this, &MainWindow::setCompact);
}

void MainWindow::setCompact(bool compact)
{
    if (compact == m_compactOn)
        return;
    m_compactOn = compact;
    m_compact->setChecked(compact);
    if (compact)
        m_fullGeometry = saveGeometry();
    m_content->setVisible(!compact);
    m_rule->setVisible(!compact);
    statusBar()->setVisible(!compact);
    updateNarrow();
    if (compact) {
        // As small as the timer bar allows, a little wider than its least so the client's name shows;
        // once the layout has let go of the sections' size.
        QTimer::singleShot(0, this, [this] {
            if (!m_compactOn)
                return;
            // The bar's new arrangement first, then what holds it, so the least size is the compact one.
            for (QWidget *w : {static_cast<QWidget *>(m_timerBar), m_timerBarSlot, centralWidget()})
                if (w && w->layout())
                    w->layout()->activate();
            layout()->activate();
            const QSize least = minimumSizeHint();
            resize(qMax(least.width(), 560), least.height());
        });
    } else if (!m_fullGeometry.isEmpty()) {
        restoreGeometry(m_fullGeometry);
    }
}

void MainWindow::offerSetupOnNewFiles(bool offer)
{
    s_offerSetup = offer;
}

void MainWindow::offerSetup()
{
    Workspace *ws = workspace();
    if (!s_offerSetup || !ws || ws->database().access() != Database::Access::ReadWrite)
        return;
    auto wanted = ws->settings().wantsSetup();
    if (!wanted || !*wanted)
        return;
    // Asked once, whether done now or put off: Settings holds the same questions.
    if (auto marked = ws->settings().markSetupOffered(); !marked) {
        showMessage(marked.error().message());
        return;
    }
    SettingsDialog setup(*ws, this, SettingsDialog::Mode::Setup);
    if (setup.exec() == QDialog::Accepted) {
        showMessage(tr("Your business is set up. Add your first client to start the timer."));
    } else {
        showMessage(tr("Set up your business any time in Settings (%1).")
                        .arg(m_settings->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateNarrow();
}

void MainWindow::updateNarrow()
{
    if (!m_navigation)
        return;
    const bool narrow = m_compactOn || width() < kNarrowWidth;
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    // Icons alone, their names in the tooltips, or the names beside them.
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setText(narrow ? QString() : sectionTitle(Section(i)));
    m_navigation->setFixedWidth(narrow ? m_navigation->iconSize().width() + 40 : m_navigationWidth);
    if (m_timerBar)
        m_timerBar->setCompact(narrow);
}

// What is done many times a day, each with its shortcut; each reaches the screen that does it.
void MainWindow::createWorkMenu()
{
    QMenu *work = menuBar()->addMenu(tr("&Work"));
    m_toggleTimer =
        work->addAction(look::icon(QStringLiteral("section-timelog")), tr("Start or Stop the &Timer"));
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
            const qint64 client = invoiceClientSuggestion();
            showSection(Section::Invoices);
            m_invoices->newInvoice(client);
        }
    });
    m_invoiceAll = work->addAction(tr("Invoice &All Clients…"));
    connect(m_invoiceAll, &QAction::triggered, this, [this] {
        if (m_invoices) {
            showSection(Section::Invoices);
            m_invoices->invoiceAllClients();
        }
    });
}

namespace {

// A file dropped on the window that Minuta opens rather than imports.
bool isMinutaFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("minuta") || suffix == QLatin1String("sqlite")
           || suffix == QLatin1String("db");
}

} // namespace

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::importEntries()
{
    if (!workspace())
        return;
    const QString path = FileDialogs::openFileName(this, tr("Import Time Entries"), QDir::homePath(),
                                                   tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importEntriesFrom(path);
}

void MainWindow::importEntriesFrom(const QString &path)
{
    Workspace *ws = workspace();
    if (!ws)
        return;
    ImportDialog dialog(*ws, path, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSection(Section::TimeLog);
        showMessage(dialog.resultMessage());
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && ((workspace() && ImportDialog::isImportable(urls.first().toLocalFile()))
            || isMinutaFileName(urls.first().toLocalFile())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    event->acceptProposedAction();
    // After the drop is over, so the dialog does not hold the drag source waiting.
    if (workspace() && ImportDialog::isImportable(path))
        QMetaObject::invokeMethod(
            this, [this, path] { importEntriesFrom(path); }, Qt::QueuedConnection);
    else if (isMinutaFileName(path))
        QMetaObject::invokeMethod(
            this, [this, path] { openDatabase(path); }, Qt::QueuedConnection);
}

qint64 MainWindow::invoiceClientSuggestion() const
{
    // The client in front of the user: the one chosen in the section shown, else the one the timer
    // runs for.
    QWidget *shown = m_pages->currentWidget();
    if (shown == m_clients && m_clients && m_clients->currentClientId() > 0)
        return m_clients->currentClientId();
    if (shown == m_timeLog && m_timeLog && m_timeLog->focusClientId() > 0)
        return m_timeLog->focusClientId();
    if (shown == m_invoices && m_invoices && m_invoices->focusClientId() > 0)
        return m_invoices->focusClientId();
    if (m_timerBar && m_timerBar->running())
        return m_timerBar->running()->clientId;
    return 0;
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    layout->addWidget(createTimerBarSlot(central));
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    m_rule = rule;

    m_content = new QStackedWidget(central);
    layout->addWidget(m_content, 1);
    m_content->addWidget(createSectionsPage(m_content));
    m_content->addWidget(createNoFilePage(m_content));

    setCentralWidget(central);
    m_statusFile = new QLabel(this);
    m_statusFile->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusFile);
    m_navigation->setCurrentRow(0);
}

// The timer bar's place: always visible above the sections.
QWidget *MainWindow::createTimerBarSlot(QWidget *parent)
{
    m_timerBarSlot = new QWidget(parent);
    m_timerBarSlot->setObjectName(QStringLiteral("timerBarSlot"));
    auto *slotLayout = new QHBoxLayout(m_timerBarSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    auto *placeholder = new QLabel(tr("No timer running"), m_timerBarSlot);
    placeholder->setObjectName(QStringLiteral("timerPlaceholder"));
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setContentsMargins(12, 10, 12, 10);
    m_timerPlaceholder = placeholder;
    slotLayout->addWidget(placeholder);
    return m_timerBarSlot;
}

// The sections of an open file: the navigation on the left, the section's page beside it.
QWidget *MainWindow::createSectionsPage(QWidget *parent)
{
    auto *workspace = new QWidget(parent);
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
    }
    m_navigationWidth = navigationWidth + 22 + 64;
    m_navigation->setFixedWidth(m_navigationWidth);
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
    return workspace;
}

// What shows when no file is open: what Minuta keeps, and the ways to a file.
QWidget *MainWindow::createNoFilePage(QWidget *parent)
{
    m_noDatabase =
        new EmptyState(look::icon(QStringLiteral("database")), tr("No file is open"),
                       tr("Minuta keeps your clients, time and invoices in one file on this computer. Start "
                          "a new file, or open one you already have."),
                       parent);
    m_noDatabase->setObjectName(QStringLiteral("noDatabasePage"));
    m_noDatabase->addAction(m_newAction);
    m_noDatabase->addAction(m_openAction);
    m_noDatabase->addAction(m_backups);
    return m_noDatabase;
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
    Notifier::setTray(m_tray);
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
    connect(quit, &QAction::triggered, this, &MainWindow::quit);
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
    if (!workspace()) {
        // No sections without a file: the "no file open" page stands in their place.
        m_timerPlaceholder->show();
        m_navigation->setCurrentRow(section);
        return;
    }
    Workspace &ws = *workspace();
    m_timerBar = new TimerBar(ws, m_timerBarSlot);
    m_timerBarSlot->layout()->addWidget(m_timerBar);
    m_timerBar->setCompact(m_narrow);
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
    connect(m_timeLog, &TimeLogPage::continueRequested, m_timerBar, &TimerBar::continueWork);
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

void MainWindow::showOpenedFile()
{
    Workspace *ws = workspace();
    m_undoGroup->addStack(ws->undoStack());
    m_undoGroup->setActiveStack(ws->undoStack());
    buildWorkspaceScreens();
    addRecentFile(ws->database().path());
    notifyOverdueInvoices();
}

void MainWindow::notifyOverdueInvoices()
{
    // Once a day per file: when it opens, and on the first check of a new day while it stays open.
    Workspace *ws = workspace();
    if (!ws)
        return;
    const QString key = QStringLiteral("notifications/overdue/")
                        + QString::fromLatin1(
                            QCryptographicHash::hash(ws->database().path().toUtf8(), QCryptographicHash::Sha1)
                                .toHex()
                                .left(12));
    const QString today = ws->today().toString(Qt::ISODate);
    QSettings settings;
    if (settings.value(key).toString() == today)
        return;
    InvoiceFilter filter;
    filter.onlyOverdue = true;
    auto overdue = ws->invoices().list(filter);
    if (!overdue || overdue->isEmpty())
        return;
    settings.setValue(key, today);
    QStringList some;
    for (const InvoiceSummary &i : std::as_const(*overdue)) {
        if (some.size() == 3) {
            some << tr("…");
            break;
        }
        some << tr("%1 (%2, %3 due)")
                    .arg(i.number.value_or(QString()), i.clientName, i.balance.format(ws->locale()));
    }
    Notifier::notify(tr("%n invoice(s) overdue", nullptr, int(overdue->size())),
                     some.join(QStringLiteral(", ")));
}

void MainWindow::quit()
{
    m_quitting = true;
    if (!close())
        m_quitting = false;
}

bool MainWindow::keepsRunningInTray() const
{
    return m_tray || s_assumeTray;
}

void MainWindow::assumeTrayForTests(bool assume)
{
    s_assumeTray = assume;
}

void MainWindow::updateTitleAndStatus()
{
    const QString failedPath = m_files->failedPath();
    const bool open = workspace() != nullptr;
    for (QAction *action : {m_settings, m_toggleTimer, m_addEntry, m_logUnits, m_newClient, m_newInvoice,
                            m_invoiceAll, m_import, m_planWork, m_backupNow})
        action->setEnabled(open);
    m_backups->setEnabled(open || !failedPath.isEmpty());
    m_noDatabase->setText(
        failedPath.isEmpty() ? tr(
            "Minuta keeps your clients, time and invoices in one file on this computer. Start a new file, "
            "or open one you already have.")
                             : tr("“%1” could not be opened. Restore one of its copies, start a new file, "
                                  "or open another one.")
                                   .arg(QFileInfo(failedPath).fileName()));
    if (open) {
        const QString path = workspace()->database().path();
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
    if (!workspace())
        return;
    SettingsDialog dialog(*workspace(), this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Settings saved."));
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
    if (settings.value(kCompactKey, false).toBool())
        setCompact(true);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    // In compact mode the window's full size is kept, for when it is left.
    settings.setValue(kGeometryKey,
                      m_compactOn && !m_fullGeometry.isEmpty() ? m_fullGeometry : saveGeometry());
    settings.setValue(kCompactKey, m_compactOn);
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSectionKey, int(currentSection()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window while the timer runs may leave Minuta in the tray, where the timer stays in
    // sight; asked the first time, then as Settings says.
    if (!m_quitting && keepsRunningInTray() && m_timerBar && m_timerBar->running()) {
        QSettings settings;
        QString choice = settings.value(CloseWhileTimingKey).toString();
        if (choice != QLatin1String("tray") && choice != QLatin1String("quit")) {
            const auto answer = MessageBox::choose(
                this, tr("Keep Minuta running?"),
                tr("The timer for %1 is running. Keep Minuta in the tray, where the timer stays in sight? "
                   "Settings can change this later.")
                    .arg(m_timerBar->running()->clientName),
                {{QMessageBox::Yes, tr("Keep in Tray")}, {QMessageBox::No, tr("Quit")}}, QMessageBox::Yes);
            choice = answer == QMessageBox::No ? QStringLiteral("quit") : QStringLiteral("tray");
            settings.setValue(CloseWhileTimingKey, choice);
        }
        if (choice == QLatin1String("tray")) {
            saveLayout();
            hide();
            event->ignore();
            if (!m_toldAboutTray) {
                m_toldAboutTray = true;
                Notifier::notify(tr("Minuta is still running"),
                                 tr("The timer for %1 goes on. Click Minuta's icon to bring the window back.")
                                     .arg(m_timerBar->running()->clientName));
            }
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace minuta::ui
