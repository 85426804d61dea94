#include "aboutdialog.h"
#include "clients/clientrepository.h"
#include "emptystate.h"
#include "filecontroller.h"
#include "invoicespage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/appinfo.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using minuta::ui::EmptyState;
using minuta::ui::MainWindow;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ui::MessageBox::takeShownMessages();
    }

    // The section page the person sees now.
    static QWidget *visibleSectionPage(MainWindow &window)
    {
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
        return pages ? pages->currentWidget() : nullptr;
    }

    TestClock clock;
    TempDir dir;
};

} // namespace

TEST_F(MainWindowTest, OpensOnATemporaryFileAndShowsEverySection)
{
    const QString path = dir.file(QStringLiteral("assistant.sqlite"));
    MainWindow window(clock);
    ASSERT_TRUE(window.openDatabase(path));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.database()->path(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("assistant.sqlite")));
    ASSERT_NE(window.timerBarSlot(), nullptr);
    EXPECT_TRUE(window.timerBarSlot()->isVisible());

    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        const auto section = MainWindow::Section(i);
        // Ctrl+1 … Ctrl+6 go to the sections, as the View menu says.
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentSection(), section);
        QWidget *page = visibleSectionPage(window);
        ASSERT_NE(page, nullptr);
        EXPECT_TRUE(page->isVisible()) << i;
        // A new file has nothing in it: each section says what it will hold and how to start.
        const auto empties = page->findChildren<EmptyState *>();
        auto *empty = qobject_cast<EmptyState *>(page);
        bool saysWhatToDo = empty && !empty->title().isEmpty();
        for (EmptyState *state : empties)
            saysWhatToDo =
                saysWhatToDo || (state->isVisible() && !state->title().isEmpty() && !state->text().isEmpty());
        EXPECT_TRUE(saysWhatToDo) << "section " << i << " shows an empty state";
    }
    EXPECT_TRUE(ui::MessageBox::takeShownMessages().isEmpty());
}

TEST_F(MainWindowTest, TheNavigationListSwitchesSections)
{
    MainWindow window(clock);
    ASSERT_TRUE(window.openDatabase(dir.file(QStringLiteral("nav.sqlite"))));
    window.show();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("sectionNavigation"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), MainWindow::SectionCount);
    EXPECT_EQ(navigation->item(3)->text(), MainWindow::sectionTitle(MainWindow::Section::Invoices));

    const QRect itemRect = navigation->visualItemRect(navigation->item(3));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, itemRect.center());
    EXPECT_EQ(window.currentSection(), MainWindow::Section::Invoices);
    EXPECT_EQ(visibleSectionPage(window), static_cast<QWidget *>(window.invoicesPage()));
}

TEST_F(MainWindowTest, AFileThatCannotBeOpenedIsExplainedAndTheOpenOneStays)
{
    const QString good = dir.file(QStringLiteral("good.sqlite"));
    const QString text = dir.file(QStringLiteral("letter.txt"));
    writeAll(text, QByteArrayLiteral("Dear client,\n"));

    MainWindow window(clock);
    ASSERT_TRUE(window.openDatabase(good));
    EXPECT_FALSE(window.openDatabase(text));

    const QStringList messages = ui::MessageBox::takeShownMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("not a Minuta file")))
        << messages.first().toStdString();
    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.database()->path(), QFileInfo(good).absoluteFilePath());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("good.sqlite")));
    EXPECT_EQ(readAll(text), QByteArrayLiteral("Dear client,\n"));
}

TEST_F(MainWindowTest, AFileThatCannotBeOpenedCanBeRestoredFromItsCopies)
{
    const QString path = dir.file(QStringLiteral("work.sqlite"));
    {
        MainWindow window(clock);
        ASSERT_TRUE(window.openDatabase(path));
        Client c;
        c.name = QStringLiteral("ACME Srl");
        c.currency = *Currency::fromCode(u"EUR");
        ASSERT_TRUE(window.workspace()->clients().add(c).ok());
        window.backupNowAction()->trigger();
    }
    writeAll(path, QByteArrayLiteral("overwritten by accident\n"));

    MainWindow window(clock);
    window.show();
    EXPECT_FALSE(window.openDatabase(path));
    ui::MessageBox::takeShownMessages();
    EXPECT_FALSE(window.backupNowAction()->isEnabled()) << "nothing open to copy";
    ASSERT_TRUE(window.backupsAction()->isEnabled()) << "but its copies can be restored";
    auto *page = window.findChild<EmptyState *>(QStringLiteral("noDatabasePage"));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->text().contains(QStringLiteral("work.sqlite"))) << page->text().toStdString();
    bool offered = false;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        offered =
            offered
            || (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Backups")) && b->isVisible());
    EXPECT_TRUE(offered);

    const auto copies = Backups::list(path, clock.timeZone());
    ASSERT_FALSE(copies.isEmpty());
    window.files()->restoreBackup(copies.first().path);
    ASSERT_NE(window.workspace(), nullptr);
    const auto clients = window.workspace()->clients().list().value_or(QList<Client>{});
    ASSERT_EQ(clients.size(), 1);
    EXPECT_EQ(clients.first().name, QStringLiteral("ACME Srl"));
    // What was in the file's place is kept, as it was.
    bool keptAsItWas = false;
    for (const auto &b : Backups::list(path, clock.timeZone()))
        keptAsItWas = keptAsItWas
                      || (b.reason == Backup::Reason::Unreadable
                          && readAll(b.path) == QByteArrayLiteral("overwritten by accident\n"));
    EXPECT_TRUE(keptAsItWas);
}

TEST_F(MainWindowTest, ASecondWindowOnTheSameFileIsRefused)
{
    const QString path = dir.file(QStringLiteral("one.sqlite"));
    MainWindow first(clock);
    ASSERT_TRUE(first.openDatabase(path));
    MainWindow second(clock);
    EXPECT_FALSE(second.openDatabase(path));
    const QStringList messages = ui::MessageBox::takeShownMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("already open")));
    EXPECT_EQ(second.database(), nullptr);
}

TEST_F(MainWindowTest, WithoutAFileItOffersToCreateOrOpenOne)
{
    MainWindow window(clock);
    window.show();
    auto *page = window.findChild<EmptyState *>(QStringLiteral("noDatabasePage"));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    QStringList offered;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->isVisible())
            offered << b->text().remove(QLatin1Char('&'));
    // Restoring a copy is offered only once a file could not be opened.
    EXPECT_EQ(offered, (QStringList{QStringLiteral("New File…"), QStringLiteral("Open File…")}));

    ASSERT_TRUE(window.openDatabase(dir.file(QStringLiteral("later.sqlite"))));
    EXPECT_FALSE(page->isVisible());
}

TEST_F(MainWindowTest, RemembersTheWindowSizeAndSection)
{
    const QString path = dir.file(QStringLiteral("layout.sqlite"));
    {
        MainWindow window(clock);
        ASSERT_TRUE(window.openDatabase(path));
        window.show();
        window.resize(1240, 780);
        window.showSection(MainWindow::Section::Calendar);
        window.close();
    }
    MainWindow again(clock);
    EXPECT_EQ(again.currentSection(), MainWindow::Section::Calendar);
    EXPECT_EQ(again.size(), QSize(1240, 780));
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    EXPECT_EQ(recent.value(0), QFileInfo(path).absoluteFilePath());
}

TEST_F(MainWindowTest, MenusOfferFileActionsWithTheirShortcuts)
{
    MainWindow window(clock);
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                   QStringLiteral("&Work"), QStringLiteral("&Help")}));
    QStringList shortcuts;
    for (QAction *action : window.findChildren<QAction *>())
        shortcuts << action->shortcut().toString();
    for (const char *expected :
         {"Ctrl+O", "Ctrl+Z", "Ctrl+T", "Ctrl+N", "Ctrl+U", "Ctrl+I", "Ctrl+1", "Ctrl+,"})
        EXPECT_TRUE(shortcuts.contains(QString::fromLatin1(expected))) << expected;
}

TEST(AboutDialog, ShowsTheVersionAndTheLicence)
{
    ui::AboutDialog dialog;
    auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
    auto *licence = dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"));
    ASSERT_NE(version, nullptr);
    ASSERT_NE(licence, nullptr);
    EXPECT_TRUE(version->text().contains(appinfo::version()));
    EXPECT_TRUE(licence->text().contains(QStringLiteral("GPL-3.0-or-later")));
}

TEST_F(MainWindowTest, AFileOthersCanReadIsMadePrivateInOneClick)
{
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                | QFile::ReadOther));
    ui::MessageBox::answerAutomatically(QMessageBox::Yes); // "Make It Private"
    {
        MainWindow window(clock);
        ASSERT_TRUE(window.openDatabase(path));
        window.show();
        QCoreApplication::processEvents(); // asked once the window shows the file
        window.files()->waitForDailyBackup();
    }
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);
    const QStringList messages = ui::MessageBox::takeShownMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("Other people who use this computer can read")))
        << messages.first().toStdString();
    EXPECT_FALSE(Database::isReadableByOthers(path));

    // A private file is opened without a word.
    MainWindow again(clock);
    ASSERT_TRUE(again.openDatabase(path));
    QCoreApplication::processEvents();
    again.files()->waitForDailyBackup();
    EXPECT_TRUE(ui::MessageBox::takeShownMessages().isEmpty());
}

TEST_F(MainWindowTest, TheDaysCheckOfEveryPageIsRememberedWhenTheWindowCloses)
{
    const QString path = dir.file(QStringLiteral("checked.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    Database::Options reading;
    reading.clock = &clock;
    reading.access = Database::Access::ReadOnly;
    {
        auto reader = Database::open(path, reading);
        ASSERT_TRUE(reader.ok());
        EXPECT_FALSE((*reader)->knownWhole()) << "never checked";
    }
    {
        MainWindow window(clock);
        ASSERT_TRUE(window.openDatabase(path));
        window.show();
        QCoreApplication::processEvents();
        window.files()->waitForDailyBackup();
        ASSERT_EQ(Backups::list(path, clock.timeZone()).size(), 1) << "the day's copy, after the check";
    }
    // The next writer need not read it all again, and a copy of it is made page by page.
    auto reader = Database::open(path, reading);
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE((*reader)->knownWhole());
}

TEST_F(MainWindowTest, ADamagedFileIsClosedBeforeItTakesMoreWorkAndItsCopiesAreOffered)
{
    const QString path = dir.file(QStringLiteral("damaged.sqlite"));
    qint64 fillerPage = 0;
    {
        Database::Options options;
        options.clock = &clock; // the window's zone: opening it has nothing to write
        auto db = Database::open(path, options);
        ASSERT_TRUE(db.ok());
        // Pages that only a whole read of the file reaches (a table the screens never show).
        ASSERT_TRUE(execSql(**db, QStringLiteral("CREATE TABLE filler (x TEXT)")));
        ASSERT_TRUE(execSql(
            **db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                 "3000) INSERT INTO filler SELECT printf('a value long enough to fill "
                                 "pages %d', i) FROM n")));
        fillerPage = sqlValue(**db, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'filler' "
                                                   "AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 10"))
                         .toLongLong();
        ASSERT_GT(fillerPage, 1);
    }
    QByteArray bytes = readAll(path);
    const qsizetype page = 4096;
    ASSERT_GT(bytes.size(), 40 * page);
    bytes.replace((fillerPage - 1) * page, page, QByteArray(page, '\0'));
    writeAll(path, bytes);

    MainWindow window(clock);
    window.show();
    ASSERT_TRUE(window.openDatabase(path)) << "it opens: the damage is found by reading it all";
    window.files()->waitForDailyBackup();
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() == nullptr, 10000);
    const QStringList messages = ui::MessageBox::takeShownMessages();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().contains(QStringLiteral("is damaged"))) << messages.last().toStdString();
    EXPECT_TRUE(messages.last().contains(QStringLiteral("Backups and Restore")));
    EXPECT_TRUE(window.backupsAction()->isEnabled()) << "its copies can be restored";
    EXPECT_EQ(readAll(path), bytes);
}
