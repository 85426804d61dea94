#include "mainwindow.h"

#include "aboutdialog.h"
#include "emptystate.h"
#include "messagebox.h"

#include "clock.h"
#include "database.h"

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
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
const auto kRecentKey = QStringLiteral("files/recent");
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kSectionKey = QStringLiteral("mainWindow/section");

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

// What each section will list, said plainly until the section has something to show.
QString emptyTitle(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::TimeLog:
        return MainWindow::tr("No time logged yet");
    case MainWindow::Section::Clients:
        return MainWindow::tr("No clients yet");
    case MainWindow::Section::Services:
        return MainWindow::tr("No services yet");
    case MainWindow::Section::Invoices:
        return MainWindow::tr("No invoices yet");
    case MainWindow::Section::Calendar:
        return MainWindow::tr("Nothing planned or logged yet");
    case MainWindow::Section::Reports:
        return MainWindow::tr("Nothing to report yet");
    }
    return {};
}

QString emptyText(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::TimeLog:
        return MainWindow::tr("The time you track with the timer or enter by hand will be listed "
                              "here, day by day, with what is billable and what is already billed.");
    case MainWindow::Section::Clients:
        return MainWindow::tr("The people and companies you work for will be listed here, with "
                              "their rates and the work not billed yet.");
    case MainWindow::Section::Services:
        return MainWindow::tr("Services billed per use, such as calls answered or pages scanned, "
                              "will be listed here with the units you log for each client.");
    case MainWindow::Section::Invoices:
        return MainWindow::tr("The invoices you make from unbilled work will be listed here, with "
                              "their status and the amount still due.");
    case MainWindow::Section::Calendar:
        return MainWindow::tr("Your workload will appear here, day by day and week by week, once "
                              "you log time or plan work.");
    case MainWindow::Section::Reports:
        return MainWindow::tr("Hours, revenue and unpaid invoices per client and month will "
                              "appear here once you log time.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent) : QMainWindow(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/minuta/icons/minuta.svg")));
    createActions();
    createCentralArea();
    restoreLayout();
    updateTitleAndStatus();
}

MainWindow::~MainWindow() = default;

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
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start a new, empty Minuta file (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_openAction = file->addAction(tr("&Open File…"), this, &MainWindow::openDatabaseDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(
        tr("Open another Minuta file (%1)").arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = Section(i);
        QAction *action = view->addAction(sectionIcon(section), sectionTitle(section));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("showSection%1").arg(i));
        action->setData(i);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    }

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
    slotLayout->setContentsMargins(12, 8, 12, 8);
    auto *timerPlaceholder = new QLabel(tr("No timer running"), m_timerBarSlot);
    timerPlaceholder->setObjectName(QStringLiteral("timerPlaceholder"));
    timerPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    slotLayout->addWidget(timerPlaceholder);
    slotLayout->addStretch();
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
    m_navigation->setBackgroundRole(QPalette::Window);
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
        auto *page = new EmptyState(sectionIcon(section), emptyTitle(section), emptyText(section), m_pages);
        page->setObjectName(QStringLiteral("sectionPage%1").arg(i));
        m_pages->addWidget(page);
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

    m_noDatabase = new EmptyState(QIcon(QStringLiteral(":/minuta/icons/database.svg")), tr("No file is open"),
                                  tr("Minuta keeps your clients, time and invoices in one file on "
                                     "this computer. Start a new file, or open one you already have."),
                                  m_content);
    m_noDatabase->setObjectName(QStringLiteral("noDatabasePage"));
    m_noDatabase->addAction(m_newAction);
    m_noDatabase->addAction(m_openAction);
    m_content->addWidget(m_noDatabase);

    setCentralWidget(central);

    m_statusFile = new QLabel(this);
    m_statusFile->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusFile);

    m_navigation->setCurrentRow(0);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(qMax(0, m_navigation->currentRow()));
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(int(section));
}

bool MainWindow::openDatabase(const QString &path)
{
    Database::Options options;
    options.clock = &m_clock;
    auto opened = Database::open(path, options);
    if (!opened) {
        MessageBox::critical(this, tr("Cannot open the file"), opened.error().message());
        return false;
    }
    m_database = std::move(opened.value());
    if (!m_database->migrationBackupPath().isEmpty()) {
        statusBar()->showMessage(tr("The file was upgraded to the new format; a copy of the old "
                                    "one is in %1.")
                                     .arg(QDir::toNativeSeparators(m_database->backupDirectory())),
                                 15000);
    }
    addRecentFile(m_database->path());
    QSettings().setValue(QStringLiteral("files/last"), m_database->path());
    updateTitleAndStatus();
    return true;
}

void MainWindow::updateTitleAndStatus()
{
    if (m_database) {
        // The platform adds " — Minuta" after the file name.
        setWindowTitle(QFileInfo(m_database->path()).fileName());
        setWindowFilePath(m_database->path());
        m_statusFile->setText(QDir::toNativeSeparators(m_database->path()));
        m_statusFile->setToolTip(tr("The Minuta file you are working in"));
        m_content->setCurrentIndex(0);
    } else {
        setWindowTitle(tr("No file open"));
        setWindowFilePath(QString());
        m_statusFile->clear();
        m_content->setCurrentWidget(m_noDatabase);
    }
}

void MainWindow::newDatabase()
{
    const QString dir = m_database ? QFileInfo(m_database->path()).absolutePath()
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
        MessageBox::information(this, tr("The file already exists"),
                                tr("“%1” already exists. Minuta opens it as it is rather than "
                                   "replacing it with an empty file.")
                                    .arg(QDir::toNativeSeparators(path)));
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_database ? QFileInfo(m_database->path()).absolutePath()
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
