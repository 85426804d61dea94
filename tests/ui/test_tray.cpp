// Minuta as a good citizen of the desktop: closing the window while the timer runs can leave it in
// the tray (asked the first time, then as Settings says), and desktop notifications tell of a timer
// left running while the window is away, of a return from idle, and of invoices past their due date.

#include "mainwindow.h"
#include "messagebox.h"
#include "notifier.h"
#include "settingsdialog.h"
#include "timerbar.h"
#include "workspace.h"

#include "business/business.h"
#include "invoicing/invoicerepository.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class Tray : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MainWindow::assumeTrayForTests(true);
        MessageBox::answerAutomatically(QMessageBox::Yes);
        clock.setLocal(2026, 12, 2, 9, 0);
        open();
        Client c;
        c.name = s("ACME Srl");
        c.currency = *Currency::fromCode(u"EUR");
        c.hourlyRate = Money(3000, *Currency::fromCode(u"EUR"));
        acme = ws().clients().add(c).value().id;
        ws().notify(Workspace::Clients);
        settle();
        MessageBox::takeShownMessages();
        Notifier::takeShown();
    }

    void TearDown() override
    {
        MainWindow::assumeTrayForTests(false);
        MessageBox::answerAutomatically(QMessageBox::Ok);
    }

    void open()
    {
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("tray.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    Workspace &ws() { return *window->workspace(); }

    void startTimer()
    {
        TimerBar *bar = window->timerBar();
        bar->clientBox()->setCurrentIndex(bar->clientBox()->findData(acme));
        window->timerAction()->trigger();
        settle();
        ASSERT_TRUE(bar->running());
    }

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 acme = 0;
};

} // namespace

TEST_F(Tray, ClosingWhileTheTimerRunsAsksOnceThenKeepsMinutaInTheTray)
{
    // No timer: the window closes as ever, without a question.
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

    startTimer();
    EXPECT_FALSE(window->close()) << "kept, in the tray";
    EXPECT_FALSE(window->isVisible());
    const QStringList asked = MessageBox::takeShownMessages();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(s("The timer for ACME Srl is running. Keep Minuta in the tray")))
        << asked.first().toStdString();
    EXPECT_EQ(QSettings().value(MainWindow::CloseWhileTimingKey).toString(), s("tray"));
    EXPECT_EQ(Notifier::takeShown(),
              QStringList{s("Minuta is still running: The timer for ACME Srl goes on. Click Minuta's icon to "
                            "bring the window back.")});
    EXPECT_TRUE(window->timerBar()->running()) << "the timer goes on";

    // Back from the tray, closed again: no question this time, and no second notification.
    window->bringToFront();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());
    EXPECT_TRUE(Notifier::takeShown().isEmpty());

    // Quit really quits, timer or not (the timer stays running in the file).
    window->bringToFront();
    window->quit();
    EXPECT_FALSE(window->isVisible());
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());
}

TEST_F(Tray, TheAnswerQuitAndTheSettingAreKept)
{
    startTimer();
    MessageBox::answerAutomatically(QMessageBox::No); // "Quit"
    EXPECT_TRUE(window->close());
    EXPECT_EQ(QSettings().value(MainWindow::CloseWhileTimingKey).toString(), s("quit"));
    EXPECT_EQ(MessageBox::takeShownMessages().size(), 1);

    // Settings shows the choice and changes it.
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    MessageBox::answerAutomatically(QMessageBox::Yes);
    whenDialogOpens<SettingsDialog>([](SettingsDialog *dialog) {
        auto *box = dialog->findChild<QComboBox *>(s("closeWhileTiming"));
        ASSERT_TRUE(box);
        EXPECT_EQ(box->currentData().toString(), s("quit"));
        box->setCurrentIndex(box->findData(s("tray")));
        dialog->accept();
    });
    window->showSettings();
    settle();
    EXPECT_EQ(QSettings().value(MainWindow::CloseWhileTimingKey).toString(), s("tray"));
    EXPECT_FALSE(window->close());
    const QStringList said = MessageBox::takeShownMessages();
    EXPECT_TRUE(said.isEmpty()) << "no question: Settings said; "
                                << said.join(QLatin1Char('|')).toStdString();
}

TEST_F(Tray, ATimerLeftRunningWhileTheWindowIsAwayIsNotified)
{
    startTimer();
    QSettings().setValue(MainWindow::CloseWhileTimingKey, s("tray"));
    EXPECT_FALSE(window->close());
    Notifier::takeShown();
    // Ten and a half hours later (the limit is ten): a notification, once; no question while away.
    clock.advance(10 * 3600 + 30 * 60);
    QTest::qWait(2300);
    settle();
    EXPECT_EQ(Notifier::takeShown(), QStringList{s("Is the timer still running?: The timer for ACME Srl has "
                                                   "been running for 10:30.")});
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());
    // Back on screen: the question, as ever.
    window->bringToFront();
    QTest::qWait(1300);
    settle();
    const QStringList asked = MessageBox::takeShownMessages();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(s("Did you forget to stop it?")));
}

TEST_F(Tray, OverdueInvoicesAreNotifiedOnceADay)
{
    BusinessProfile business = *ws().business().get();
    business.name = s("Giulia Rossi");
    business.address = s("Via Roma 1");
    business.postcode = s("20121");
    business.city = s("Milano");
    ASSERT_TRUE(ws().business().save(business).ok());
    // Work in September, invoiced on 1 October and due on 31 October: overdue on 2 December.
    TimeEntry e;
    e.clientId = acme;
    e.start = QDateTime(QDate(2026, 9, 15), QTime(9, 0), clock.timeZone()).toSecsSinceEpoch();
    e.end = e.start + 2 * 3600; // 2 h × €30 = €60.00, no tax
    ASSERT_TRUE(ws().entries().add(e).ok());
    InvoiceRepository::DraftRequest request;
    request.clientId = acme;
    request.from = QDate(2026, 9, 1);
    request.to = QDate(2026, 9, 30);
    request.issueDate = QDate(2026, 10, 1);
    auto draft = ws().invoices().createDraft(request);
    ASSERT_TRUE(draft.ok()) << draft.error().message().toStdString();
    auto issued = ws().invoices().issue(draft->invoice.id, QDate(2026, 10, 1));
    ASSERT_TRUE(issued.ok()) << issued.error().message().toStdString();

    window.reset();
    open();
    settle();
    const QStringList shown = Notifier::takeShown();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first(), s("1 invoice overdue: 2026/001 (ACME Srl, %1 due)")
                                 .arg(Money(6000, *Currency::fromCode(u"EUR")).format(ws().locale())));
    // Opened again the same day: said already.
    window.reset();
    open();
    settle();
    EXPECT_TRUE(Notifier::takeShown().isEmpty());
    // The next day, again.
    window.reset();
    clock.advance(24 * 3600);
    open();
    settle();
    EXPECT_EQ(Notifier::takeShown().size(), 1);
}
