// The calendar and reports sections with real widgets, offscreen, on a seeded month: the figures
// each day shows, the week's blocks, planning and marking work done (undoably), exports, and the
// report tables, totals, CSV and PDF.

#include "business/business.h"
#include "calendarpage.h"
#include "entrydialog.h"
#include "fielderrors.h"
#include "filedialogs.h"
#include "invoicing/invoicerepository.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "monthview.h"
#include "plandialog.h"
#include "reportmodels.h"
#include "reportspage.h"
#include "weekview.h"
#include "workspace.h"

#include "values/timeutil.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::ui;
using namespace minuta::test;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");

class CalendarUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FileDialogs::answerAutomatically({});
        MessageBox::answerAutomatically(QMessageBox::Close);
        clock.setLocal(2026, 11, 10, 12, 0); // Tuesday
        path = dir.file(QStringLiteral("calendar.sqlite"));
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(path));
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

        Settings settings(ws().database());
        BusinessDefaults d = *settings.businessDefaults();
        d.currency = EUR;
        d.dailyCapacityMinutes = 8 * 60;
        d.firstDayOfWeek = Qt::Monday;
        ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
        Client c = *settings.newClient();
        c.name = QStringLiteral("ACME");
        c.hourlyRate = Money(3000, EUR);
        c.color = QStringLiteral("#2563eb");
        acme = ws().clients().add(c).value();
        c.name = QStringLiteral("Bianchi");
        c.hourlyRate = Money(4000, EUR);
        c.color = QStringLiteral("#dc2626");
        bianchi = ws().clients().add(c).value();
        log(acme.id, 2, 9, 0, 180);
        log(bianchi.id, 2, 14, 0, 60);
        log(acme.id, 3, 8, 0, 9 * 60); // over the eight-hour day
        Plan p;
        p.clientId = bianchi.id;
        p.title = QStringLiteral("Quarterly VAT return");
        p.start = local(2026, 11, 12, 10, 0);
        p.minutes = 120;
        p.due = QDate(2026, 11, 13);
        plan = ws().plans().add(p).value();
        ws().notify(Workspace::Everything);
        settle();
    }

    void TearDown() override
    {
        FileDialogs::answerAutomatically({});
        MessageBox::answerAutomatically(QMessageBox::Ok);
    }

    Workspace &ws() { return *window->workspace(); }

    qint64 local(int y, int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), clock.timeZone()).toSecsSinceEpoch();
    }

    void log(qint64 clientId, int day, int hour, int minute, int minutes)
    {
        TimeEntry e;
        e.clientId = clientId;
        e.start = local(2026, 11, day, hour, minute);
        e.end = e.start + minutes * 60;
        e.task = QStringLiteral("Email");
        ASSERT_TRUE(ws().entries().add(e).ok());
    }

    CalendarPage *calendar()
    {
        window->showSection(MainWindow::Section::Calendar);
        settle();
        return window->calendarPage();
    }

    QStringList dayItems(CalendarPage *page)
    {
        QStringList items;
        for (int i = 0; i < page->dayList()->topLevelItemCount(); ++i)
            items << page->dayList()->topLevelItem(i)->text(0);
        return items;
    }

    TestClock clock;
    TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    Client acme;
    Client bianchi;
    Plan plan;
};

} // namespace

TEST_F(CalendarUi, TheMonthShowsEachDaysHoursClientsPlansAndLoad)
{
    CalendarPage *page = calendar();
    page->setMode(CalendarPage::Mode::Month);
    page->showDate(QDate(2026, 11, 2));
    settle();
    EXPECT_EQ(page->title(), QStringLiteral("November 2026"));
    MonthView *month = page->monthView();
    EXPECT_EQ(MonthView::gridRange(QDate(2026, 11, 1), Qt::Monday).first, QDate(2026, 10, 26))
        << "weeks start Monday";
    EXPECT_EQ(MonthView::gridRange(QDate(2026, 11, 1), Qt::Sunday).first, QDate(2026, 11, 1));

    const DayLoad monday = month->load(QDate(2026, 11, 2));
    EXPECT_EQ(monday.loggedSeconds, 4 * 3600);
    ASSERT_EQ(monday.clients.size(), 2);
    EXPECT_EQ(monday.clients[0].clientName, QStringLiteral("ACME"));
    EXPECT_EQ(monday.load, Load::Light);
    EXPECT_EQ(month->load(QDate(2026, 11, 3)).load, Load::Over);
    EXPECT_EQ(month->load(QDate(2026, 11, 12)).plannedSeconds, 2 * 3600);
    EXPECT_EQ(month->load(QDate(2026, 11, 12)).load, Load::Light) << "planned work still to come";
    ASSERT_EQ(month->load(QDate(2026, 11, 13)).deadlines.size(), 1);
    const QString said = month->describe(QDate(2026, 11, 2));
    EXPECT_TRUE(said.contains(QStringLiteral("4:00 logged"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("ACME 3:00"))) << said.toStdString();
    EXPECT_TRUE(
        month->describe(QDate(2026, 11, 13)).contains(QStringLiteral("deadline: Quarterly VAT return")));
    EXPECT_TRUE(month->describe(QDate(2026, 11, 10)).contains(QStringLiteral("today")));

    // The day panel follows the selection.
    EXPECT_TRUE(page->dayTotalsText().contains(QStringLiteral("4:00 logged")))
        << page->dayTotalsText().toStdString();
    EXPECT_TRUE(page->dayTotalsText().contains(QStringLiteral("4:00 billable")));
    const QStringList items = dayItems(page);
    EXPECT_EQ(items.value(0), QStringLiteral("Logged"));
    EXPECT_EQ(items.size(), 3);
    QTest::mouseClick(month, Qt::LeftButton, {}, month->cellRect(QDate(2026, 11, 3)).center());
    EXPECT_EQ(page->selectedDate(), QDate(2026, 11, 3));
    EXPECT_TRUE(page->dayTotalsText().contains(QStringLiteral("9:00 logged")));
    month->setFocus();
    QTest::keyClick(month, Qt::Key_Right);
    EXPECT_EQ(page->selectedDate(), QDate(2026, 11, 4)) << "arrows move the selection";
    QTest::keyClick(month, Qt::Key_Down, {}, 0);
    QTest::keyClick(month, Qt::Key_Down);
    QTest::keyClick(month, Qt::Key_Down);
    QTest::keyClick(month, Qt::Key_Down);
    settle();
    EXPECT_EQ(page->selectedDate(), QDate(2026, 12, 2));
    EXPECT_EQ(page->title(), QStringLiteral("December 2026")) << "moving past the month brings the next";
}

TEST_F(CalendarUi, PlannedWorkIsMarkedDoneFromTheDayAndUndone)
{
    CalendarPage *page = calendar();
    page->setMode(CalendarPage::Mode::Month);
    page->showDate(QDate(2026, 11, 12));
    settle();
    QTreeWidgetItem *planned = nullptr;
    for (int i = 0; i < page->dayList()->topLevelItemCount(); ++i)
        if (page->dayList()->topLevelItem(i)->text(0).contains(QStringLiteral("Quarterly VAT return")))
            planned = page->dayList()->topLevelItem(i);
    ASSERT_NE(planned, nullptr);
    EXPECT_EQ(planned->checkState(0), Qt::Unchecked);
    planned->setCheckState(0, Qt::Checked);
    settle();
    EXPECT_TRUE(ws().plans().occurrences(QDate(2026, 11, 12), QDate(2026, 11, 12))->first().done);
    EXPECT_EQ(page->monthView()->load(QDate(2026, 11, 12)).plannedSeconds, 0);
    EXPECT_TRUE(page->monthView()->load(QDate(2026, 11, 13)).deadlines.isEmpty());
    window->undoAction()->trigger();
    settle();
    EXPECT_FALSE(ws().plans().occurrences(QDate(2026, 11, 12), QDate(2026, 11, 12))->first().done);
    EXPECT_EQ(page->monthView()->load(QDate(2026, 11, 12)).plannedSeconds, 2 * 3600);
}

TEST_F(CalendarUi, TheWeekDrawsEntriesAndPlansAndOpensThem)
{
    CalendarPage *page = calendar();
    page->showDate(QDate(2026, 11, 3));
    page->setMode(CalendarPage::Mode::Week);
    settle();
    EXPECT_EQ(page->title(), QStringLiteral("2 – 8 Nov 2026"));
    WeekView *week = page->weekView();
    QTest::qWait(50);
    EXPECT_GT(week->findChild<QScrollArea *>()->verticalScrollBar()->value(), 7 * WeekGrid::HourHeight)
        << "the working hours are in view";
    EXPECT_EQ(week->data().first, QDate(2026, 11, 2));
    // Each day's name, hours logged and hours planned on lines of their own, so none is cut; the
    // week's total above the hours.
    QStringList figures;
    qint64 weekSeconds = 0;
    for (int i = 0; i < 7; ++i) {
        const QStringList lines = week->dayHeader(i);
        ASSERT_GE(lines.size(), 2);
        EXPECT_EQ(lines.first(),
                  week->data().locale.toString(QDate(2026, 11, 2).addDays(i), QStringLiteral("ddd d")));
        for (const QString &line : lines)
            EXPECT_LE(week->fontMetrics().horizontalAdvance(line), week->grid()->dayColumn(i).width() - 12)
                << line.toStdString();
        weekSeconds += week->data().days.value(i).loggedSeconds;
    }
    EXPECT_EQ(week->dayHeader(0).at(1), timeutil::formatDuration(week->data().days.value(0).loggedSeconds));
    EXPECT_EQ(week->weekHeader().value(1), timeutil::formatDuration(weekSeconds));
    EXPECT_GT(weekSeconds, 0);
    const QList<WeekGrid::Item> items = week->grid()->items();
    ASSERT_EQ(items.size(), 3); // the plan is the week after
    const auto acmeMonday = std::find_if(items.begin(), items.end(), [](const WeekGrid::Item &i) {
        return !i.planned && i.day == QDate(2026, 11, 2) && i.text.startsWith(QStringLiteral("ACME"));
    });
    ASSERT_NE(acmeMonday, items.end());
    EXPECT_TRUE(acmeMonday->tooltip.contains(Money(9000, EUR).format(ws().locale())))
        << acmeMonday->tooltip.toStdString();
    EXPECT_TRUE(acmeMonday->tooltip.contains(QStringLiteral("09:00–12:00")));
    EXPECT_EQ(acmeMonday->rect.top(), 9 * WeekGrid::HourHeight);
    EXPECT_EQ(acmeMonday->rect.height(), 3 * WeekGrid::HourHeight);
    const WeekGrid::Item *hit = week->grid()->itemAt(acmeMonday->rect.center());
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->id, acmeMonday->id);
    EXPECT_EQ(week->grid()->itemAt(QPoint(week->grid()->dayColumn(6).center().x(), 2)), nullptr);

    // Double-clicking a block opens the entry.
    bool opened = false;
    whenDialogOpens<EntryDialog>([&](EntryDialog *dialog) {
        opened = true;
        EXPECT_EQ(dialog->startEdit()->time(), QTime(9, 0));
        dialog->reject();
    });
    QTest::mouseDClick(week->grid(), Qt::LeftButton, {}, acmeMonday->rect.center());
    EXPECT_TRUE(opened);

    // An empty slot: plan work there, then undo it.
    const qint64 slot = week->grid()->instantAt(
        QPoint(week->grid()->dayColumn(3).center().x(), 15 * WeekGrid::HourHeight + 5));
    EXPECT_EQ(slot, local(2026, 11, 5, 15, 0));
    whenDialogOpens<PlanDialog>([&](PlanDialog *dialog) {
        EXPECT_EQ(dialog->startEdit()->dateTime(), QDateTime(QDate(2026, 11, 5), QTime(15, 0)));
        dialog->accept(); // no title yet: refused at the field
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->errors()->messageAt(QStringLiteral("title")).isEmpty());
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Call the accountant"));
        dialog->minutesEdit()->setValue(30);
        dialog->accept();
    });
    Q_EMIT week->planWorkRequested(slot);
    settle();
    ASSERT_EQ(ws().plans().list()->size(), 2);
    ASSERT_EQ(week->grid()->items().size(), 4);
    const auto added = std::find_if(week->grid()->items().begin(), week->grid()->items().end(),
                                    [](const WeekGrid::Item &i) { return i.planned; });
    ASSERT_NE(added, week->grid()->items().end());
    EXPECT_EQ(added->day, QDate(2026, 11, 5));
    EXPECT_EQ(added->rect.top(), 15 * WeekGrid::HourHeight);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Plan work"));
    window->undoAction()->trigger();
    settle();
    EXPECT_EQ(ws().plans().list()->size(), 1);
}

TEST_F(CalendarUi, TheWeekWorksFromTheKeyboard)
{
    CalendarPage *page = calendar();
    page->showDate(QDate(2026, 11, 2));
    page->setMode(CalendarPage::Mode::Week);
    settle();
    WeekView *week = page->weekView();
    WeekGrid *grid = week->grid();
    grid->setFocus();
    week->setSelectedDate(QDate(2026, 11, 2));
    ASSERT_EQ(grid->currentItem(), -1);

    // Down takes the day's first block; Enter opens it.
    QTest::keyClick(grid, Qt::Key_Down);
    ASSERT_GE(grid->currentItem(), 0);
    const WeekGrid::Item first = grid->items().at(grid->currentItem());
    EXPECT_EQ(first.day, QDate(2026, 11, 2));
    qint64 opened = 0;
    QObject::connect(week, &WeekView::entryActivated, week, [&](qint64 id) { opened = id; });
    whenDialogOpens<EntryDialog>([](EntryDialog *dialog) { dialog->reject(); }); // the page opens it
    QTest::keyClick(grid, Qt::Key_Return);
    EXPECT_EQ(opened, first.id);

    // Right: the next day, its first block if it has one; at the week's edge, nothing moves.
    QTest::keyClick(grid, Qt::Key_Right);
    EXPECT_EQ(week->selectedDate(), QDate(2026, 11, 3));
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(grid, Qt::Key_Right);
    EXPECT_EQ(week->selectedDate(), QDate(2026, 11, 8));
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(grid, Qt::Key_Left);
    EXPECT_EQ(week->selectedDate(), QDate(2026, 11, 2));

    // N logs time on the selected day, at nine on a day that is not today.
    qint64 requested = 0;
    QObject::connect(week, &WeekView::logTimeRequested, week, [&](qint64 at) { requested = at; });
    bool asked = false;
    whenDialogOpens<EntryDialog>([&](EntryDialog *dialog) {
        asked = true;
        dialog->reject();
    });
    QTest::keyClick(grid, Qt::Key_N);
    QTest::qWait(50);
    EXPECT_EQ(requested, local(2026, 11, 2, 9, 0));
    EXPECT_TRUE(asked) << "the entry dialog opens there";
}

TEST_F(CalendarUi, TheShownMonthIsExportedAsICalendar)
{
    CalendarPage *page = calendar();
    page->setMode(CalendarPage::Mode::Month);
    page->showDate(QDate(2026, 11, 2));
    settle();
    const QString ics = dir.file(QStringLiteral("november.ics"));
    FileDialogs::answerAutomatically([&](const QString &suggested) {
        EXPECT_TRUE(suggested.endsWith(QStringLiteral("Minuta 2026-11-01 to 2026-11-30.ics")))
            << suggested.toStdString();
        return ics;
    });
    page->exportAction()->trigger();
    QFile file(ics);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    EXPECT_EQ(data.count("BEGIN:VEVENT"), 4);
    EXPECT_TRUE(data.contains("SUMMARY:Bianchi: Quarterly VAT return"));
}

TEST_F(CalendarUi, ReportsAddUpAndExportAsCsvAndPdf)
{
    // Bill ACME's November: issued on the 10th.
    BusinessProfile profile = ws().business().get().value();
    profile.name = QStringLiteral("Giulia Rossi");
    ASSERT_TRUE(ws().business().save(profile).ok());
    InvoiceRepository::DraftRequest request;
    request.clientId = acme.id;
    const Invoice draft = ws().invoices().createDraft(request).value().invoice;
    const Invoice issued = ws().invoices().issue(draft.id).value();
    ws().notify(Workspace::Invoices | Workspace::Entries);

    window->showSection(MainWindow::Section::Reports);
    ReportsPage *page = window->reportsPage();
    QAbstractItemModelTester monthlyTester(page->monthlyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester servicesTester(page->serviceModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester agingTester(page->agingModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    settle();
    MonthlyReportModel *monthly = page->monthlyModel();
    ASSERT_EQ(monthly->rowCount(), 2);
    EXPECT_EQ(monthly->index(0, MonthlyReportModel::Client).data().toString(), QStringLiteral("ACME"));
    EXPECT_EQ(monthly->index(0, MonthlyReportModel::Hours).data().toString(), QStringLiteral("12:00"));
    EXPECT_EQ(monthly->index(0, MonthlyReportModel::Invoiced).data().toString(),
              issued.totals.net.format(ws().locale()));
    EXPECT_EQ(monthly->index(0, MonthlyReportModel::InvoicedGross).data().toString(),
              issued.totals.due.format(ws().locale()))
        << "gross: what the client is asked to pay, the basis of paid and outstanding";
    EXPECT_EQ(monthly->index(1, MonthlyReportModel::Unbilled).data().toString(),
              Money(4000, EUR).format(ws().locale()));
    EXPECT_TRUE(page->monthlyTotalsText().contains(QStringLiteral("13:00 h")))
        << page->monthlyTotalsText().toStdString();
    ASSERT_EQ(page->agingModel()->rowCount(), 1);
    EXPECT_TRUE(page->agingTotalsText().contains(QStringLiteral("Not due yet")))
        << page->agingTotalsText().toStdString();
    EXPECT_TRUE(page->chartsText().contains(
        QStringLiteral("Nov 2026: %1").arg(issued.totals.net.format(ws().locale()))))
        << page->chartsText().toStdString();
    EXPECT_TRUE(page->chartsText().contains(QStringLiteral("ACME: 12:00 h")));

    // One client only.
    page->setClient(bianchi.id);
    settle();
    EXPECT_EQ(monthly->rowCount(), 1);
    EXPECT_EQ(page->agingModel()->rowCount(), 0);
    page->setClient(0);
    settle();

    const QString csvPath = dir.file(QStringLiteral("report.csv"));
    FileDialogs::answerAutomatically([&](const QString &) { return csvPath; });
    page->showTab(ReportsPage::MonthlyTab);
    page->exportCsv();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    // The columns of `minuta-cli report monthly --csv`, so one script reads both.
    const QList<QByteArray> lines = csv.readAll().split('\n');
    EXPECT_EQ(
        lines.value(0).trimmed(),
        QByteArray("month,client,hours,billable_hours,currency,billable,unbilled,invoiced_net,invoiced_gross,"
                   "paid,outstanding"));
    EXPECT_EQ(lines.value(2).trimmed(),
              QByteArray("2026-11,Bianchi,1:00,1:00,EUR,40.00,40.00,0.00,0.00,0.00,0.00"));
    csv.close();

    page->showTab(ReportsPage::AgingTab);
    page->exportCsv();
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> aging = csv.readAll().split('\n');
    EXPECT_EQ(aging.value(0).trimmed(),
              QByteArray("number,client,issue_date,due_date,days_late,bucket,currency,balance"));
    EXPECT_EQ(aging.value(1).trimmed(),
              QStringLiteral("%1,ACME,%2,%3,0,current,EUR,%4")
                  .arg(*issued.number, issued.issueDate.toString(Qt::ISODate),
                       issued.dueDate.toString(Qt::ISODate), issued.totals.due.toPlainString())
                  .toUtf8());
    csv.close();

    const QString pdf = dir.file(QStringLiteral("report.pdf"));
    FileDialogs::answerAutomatically([&](const QString &) { return pdf; });
    page->exportPdf();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("Report, November 2026"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("Bianchi")));
    EXPECT_TRUE(content.contains(*issued.number));
}
