// The time log as it is read every evening: grouped by day, each day with its time, what it is worth
// and the units used; an amount on each entry; ▶ on each row to go on with that work; and every row
// action on a right-click.

#include "mainwindow.h"
#include "messagebox.h"
#include "timeentrymodel.h"
#include "timelogpage.h"
#include "timerbar.h"
#include "workspace.h"

#include "business/settings.h"
#include "work/servicerepository.h"
#include "work/usagerepository.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class TimeLog : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        clock.setLocal(2026, 11, 2, 18, 0); // Monday
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("log.sqlite"))));
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

        // The business bills €25.00 an hour to clients without a rate of their own.
        Settings settings(ws().database());
        BusinessDefaults defaults = *settings.businessDefaults();
        defaults.currency = eur;
        defaults.hourlyRate = Money(2500, eur);
        ASSERT_TRUE(settings.setBusinessDefaults(defaults).ok());
        Client c;
        c.name = s("ACME Srl");
        c.currency = eur;
        c.hourlyRate = Money(4000, eur); // €40.00 an hour, each entry rounded up to 15 minutes
        c.billing = BillingPolicy{15, RoundingMode::Up, 0};
        acme = ws().clients().add(c).value().id;
        c.name = s("Studio Verdi");
        c.hourlyRate.reset(); // the business's €25.00, by the minute
        c.billing = BillingPolicy{};
        verdi = ws().clients().add(c).value().id;

        log(acme, 1, 14, 0, 37, s("Inbox"), s("Weekend post"));    // 37 → 45 min × €40 = €30.00
        log(acme, 2, 9, 0, 37, s("Inbox"), s("Sort the mail"));    // €30.00
        log(acme, 2, 10, 0, 10, s("Call"), s("Chat"), false);      // not billed: no amount
        log(verdi, 2, 11, 0, 20, s("Bookkeeping"), s("Invoices")); // 20 min × €25/h = €8.33

        Service calls;
        calls.name = s("Call answering");
        calls.unit = s("call");
        calls.unitPlural = s("calls");
        calls.unitPrice = Money(150, eur);
        const qint64 service = ws().services().add(calls).value().id;
        units(service, 2, 3);   // Monday: 3 calls
        units(service, -31, 5); // Saturday 31 October: only calls, no time

        ws().notify(Workspace::Clients | Workspace::Entries | Workspace::Services | Workspace::Settings);
        window->showSection(MainWindow::Section::TimeLog);
        page()->setCustomRange(QDate(2026, 10, 31), QDate(2026, 11, 2));
        settle();
    }

    void TearDown() override { MessageBox::answerAutomatically(QMessageBox::Ok); }

    Workspace &ws() { return *window->workspace(); }
    TimeLogPage *page() { return window->timeLogPage(); }
    TimeEntryModel *model() { return page()->model(); }
    QString text(int row, int column) { return model()->index(row, column).data().toString(); }
    QString money(qint64 cents) { return Money(cents, eur).format(ws().locale()); }

    // Work on November `day` from hour:minute, `minutes` long.
    void log(qint64 client, int day, int hour, int minute, int minutes, const QString &task,
             const QString &description, bool billable = true)
    {
        TimeEntry e;
        e.clientId = client;
        e.start = QDateTime(QDate(2026, 11, day), QTime(hour, minute), clock.timeZone()).toSecsSinceEpoch();
        e.end = e.start + minutes * 60;
        e.task = task;
        e.description = description;
        e.billable = billable;
        ASSERT_TRUE(ws().entries().add(e).ok());
    }

    // `quantity` calls for ACME at noon on November `day` (negative: that day of October).
    void units(qint64 service, int day, int quantity)
    {
        Usage u;
        u.clientId = acme;
        u.serviceId = service;
        const QDate date = day > 0 ? QDate(2026, 11, day) : QDate(2026, 10, -day);
        u.at = QDateTime(date, QTime(12, 0), clock.timeZone()).toSecsSinceEpoch();
        u.quantity = Quantity::fromUnits(quantity);
        ASSERT_TRUE(ws().usage().add(u).ok());
    }

    // The row of the entry of `client` that starts at `hour` on November `day`.
    int rowOf(qint64 client, int day, int hour)
    {
        const qint64 start =
            QDateTime(QDate(2026, 11, day), QTime(hour, 0), clock.timeZone()).toSecsSinceEpoch();
        for (int row = 0; row < model()->rowCount(); ++row)
            if (const TimeEntry *e = model()->entryAt(row); e && e->clientId == client && e->start == start)
                return row;
        ADD_FAILURE() << "no such entry";
        return -1;
    }

    const Currency eur = *Currency::fromCode(u"EUR");
    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 acme = 0;
    qint64 verdi = 0;
};

} // namespace

TEST_F(TimeLog, GroupsEntriesByDayWithTheDaysTimeAmountAndUnits)
{
    // Monday's row, its three entries newest first, Sunday's row and its entry, then Saturday's
    // row: no time that day, but calls answered.
    ASSERT_EQ(model()->rowCount(), 7);
    const QList<int> dayRows = {0, 4, 6};
    for (int row : dayRows)
        EXPECT_FALSE(model()->entryAt(row)) << "row " << row << " is a day's";
    EXPECT_EQ(model()->index(0, 0).data(TimeEntryModel::DayRole).toDate(), QDate(2026, 11, 2));
    EXPECT_EQ(model()->index(4, 0).data(TimeEntryModel::DayRole).toDate(), QDate(2026, 11, 1));
    EXPECT_EQ(model()->index(6, 0).data(TimeEntryModel::DayRole).toDate(), QDate(2026, 10, 31));
    EXPECT_EQ(text(1, TimeEntryModel::Client), s("Studio Verdi"));
    EXPECT_EQ(text(2, TimeEntryModel::Task), s("Call"));
    EXPECT_EQ(text(3, TimeEntryModel::Description), s("Sort the mail"));

    // Monday: 37 + 10 + 20 = 67 minutes; worth €30.00 + €8.33 (the unbilled call is worth nothing).
    EXPECT_EQ(text(0, TimeEntryModel::Duration), s("1:07"));
    EXPECT_EQ(text(0, TimeEntryModel::Amount), money(3833));
    EXPECT_EQ(text(0, TimeEntryModel::Description), s("Call answering: 3 calls"));
    EXPECT_TRUE(model()
                    ->index(0, TimeEntryModel::Duration)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(s("0:57 billable")));
    EXPECT_EQ(text(4, TimeEntryModel::Duration), s("0:37"));
    EXPECT_EQ(text(4, TimeEntryModel::Amount), money(3000));
    EXPECT_EQ(text(6, TimeEntryModel::Duration), QString());
    EXPECT_EQ(text(6, TimeEntryModel::Description), s("Call answering: 5 calls"));

    // Each entry's amount: the billed time at its rate.
    EXPECT_EQ(text(1, TimeEntryModel::Amount), money(833)) << "20 min × €25/h = €8.333…";
    EXPECT_EQ(text(2, TimeEntryModel::Amount), QString()) << "not billable";
    EXPECT_EQ(text(3, TimeEntryModel::Amount), money(3000)) << "37 min rounded up to 45 × €40/h";

    // A day's row is neither selected nor edited, and the arrow keys go past it.
    EXPECT_FALSE(model()->flags(model()->index(0, TimeEntryModel::Description)) & Qt::ItemIsSelectable);
    QTableView *view = page()->view();
    view->setFocus();
    view->setCurrentIndex(model()->index(5, TimeEntryModel::Client));
    QTest::keyClick(view, Qt::Key_Up);
    EXPECT_EQ(view->currentIndex().row(), 3) << "Sunday's row is skipped";

    // The total under the list is the period's: 67 + 37 minutes.
    EXPECT_TRUE(page()->totalsText().contains(s("1:44 worked"))) << page()->totalsText().toStdString();

    // A new entry on Monday updates Monday's row.
    log(verdi, 2, 15, 0, 60, s("Bookkeeping"), s("Payroll")); // €25.00
    ws().notify(Workspace::Entries);
    settle();
    EXPECT_EQ(text(0, TimeEntryModel::Duration), s("2:07"));
    EXPECT_EQ(text(0, TimeEntryModel::Amount), money(6333));
}

TEST_F(TimeLog, ContinueStartsTheTimerWithTheEntrysClientTaskAndDescription)
{
    TimerBar *bar = window->timerBar();
    QTableView *view = page()->view();
    // A click on ▶ in Verdi's row.
    const int verdiRow = rowOf(verdi, 2, 11);
    const QRect cell = view->visualRect(model()->index(verdiRow, TimeEntryModel::Continue));
    ASSERT_TRUE(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    settle();
    ASSERT_TRUE(bar->running());
    EXPECT_EQ(bar->running()->clientId, verdi);
    EXPECT_EQ(bar->running()->task, s("Bookkeeping"));
    EXPECT_EQ(bar->running()->description, s("Invoices"));
    EXPECT_EQ(bar->clientBox()->currentText(), s("Studio Verdi"));
    EXPECT_EQ(bar->descriptionEdit()->text(), s("Invoices"));

    // Ctrl+Enter on ACME's morning entry switches to it: Verdi's timer stops after 10 minutes.
    clock.advance(10 * 60);
    view->setFocus();
    view->selectRow(rowOf(acme, 2, 9));
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    settle();
    ASSERT_TRUE(bar->running());
    EXPECT_EQ(bar->running()->clientId, acme);
    EXPECT_EQ(bar->running()->task, s("Inbox"));
    EXPECT_EQ(bar->running()->description, s("Sort the mail"));
    EXPECT_EQ(bar->descriptionEdit()->text(), s("Sort the mail"));
    auto stopped = ws().entries().list({}, TimeEntryRepository::Order::Newest, 1, 1);
    ASSERT_TRUE(stopped.ok());
    ASSERT_EQ(stopped->size(), 1);
    EXPECT_EQ(stopped->first().clientId, verdi);
    EXPECT_EQ(stopped->first().durationSeconds(0), 10 * 60);

    // Half an hour on, the half-minute tick moves the running entry, its day and the totals on.
    page()->setRange(TimeLogPage::Range::Today);
    settle();
    const int runningRow = model()->indexOfEntry(bar->running()->id).row();
    clock.advance(30 * 60);
    page()->tick();
    // ACME's 30 minutes, by its 15-minute steps, at €40.00: €20.00; the day: the morning's €30.00,
    // Verdi's €8.33 and the 10 minutes continued there (€4.17), and this.
    EXPECT_EQ(text(runningRow, TimeEntryModel::Duration), s("0:30"));
    EXPECT_EQ(text(runningRow, TimeEntryModel::Amount), money(2000));
    EXPECT_EQ(text(0, TimeEntryModel::Amount), money(3000 + 833 + 417 + 2000));
    EXPECT_TRUE(page()->totalsText().contains(s("0:30 running"))) << page()->totalsText().toStdString();

    // The running entry is on Monday's list, without ▶; continuing it again starts nothing new.
    page()->setRange(TimeLogPage::Range::Today);
    settle();
    const int running = model()->indexOfEntry(bar->running()->id).row();
    ASSERT_GT(running, 0);
    EXPECT_TRUE(model()->index(running, TimeEntryModel::Continue).data(Qt::DecorationRole).isNull());
    view->selectRow(running);
    EXPECT_FALSE(page()->continueAction()->isEnabled());
}

TEST_F(TimeLog, ARightClickOffersEveryRowAction)
{
    QTableView *view = page()->view();
    const int row = rowOf(acme, 2, 9);
    QStringList offered;
    QList<bool> enabled;
    auto *poll = new QTimer(window.get());
    QObject::connect(poll, &QTimer::timeout, window.get(), [&offered, &enabled, poll] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll->stop();
        for (QAction *action : menu->actions())
            if (!action->isSeparator()) {
                offered << action->text();
                enabled << action->isEnabled();
            }
        menu->close();
    });
    poll->start(20);
    const QPoint at = view->visualRect(model()->index(row, TimeEntryModel::Client)).center();
    Q_EMIT view->customContextMenuRequested(at);
    settle();
    delete poll;
    EXPECT_EQ(offered, (QStringList{s("&Continue"), s("&Edit…"), s("D&uplicate"), s("&Split…"),
                                    s("&Billable"), s("&Delete"), s("&Add Entry…"), s("&Export CSV…")}));
    EXPECT_EQ(enabled, QList<bool>(offered.size(), true));
    EXPECT_TRUE(view->selectionModel()->isRowSelected(row, {})) << "the row right-clicked is selected";

    // Billable, unticked from the menu: the entry no longer has an amount, nor its day.
    ASSERT_TRUE(page()->billableAction()->isChecked());
    page()->billableAction()->trigger();
    settle();
    EXPECT_FALSE(ws().entries().get(model()->entryAt(rowOf(acme, 2, 9))->id)->billable);
    EXPECT_EQ(text(rowOf(acme, 2, 9), TimeEntryModel::Amount), QString());
    EXPECT_EQ(text(0, TimeEntryModel::Amount), money(833));
    window->undoAction()->trigger();
    settle();
    EXPECT_EQ(text(0, TimeEntryModel::Amount), money(3833)) << "undone like any edit";
}
