// Every item model of the desktop app passes QAbstractItemModelTester while it is loaded, filtered,
// paged, edited and refreshed over a file with months of realistic work; and a long history is
// fetched a page at a time.

#include "clientlistmodel.h"
#include "invoicelinemodel.h"
#include "invoicelistmodel.h"
#include "servicemodel.h"
#include "timeentrymodel.h"
#include "usagemodel.h"
#include "workspace.h"

#include "io/demodata.h"
#include "values/timeutil.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSet>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::ui;
using namespace minuta::test;

namespace {

// Collects what QAbstractItemModelTester says: any complaint fails the test.
QStringList g_complaints;

void collectComplaints(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg
        && QLatin1String(context.category ? context.category : "") == QLatin1String("qt.modeltest"))
        g_complaints << message;
}

class Models : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // One file of demo data for every test here: six months, eight clients, issued invoices.
        s_dir = new TempDir;
        s_clock = new TestClock;
        s_clock->setLocal(2026, 11, 20, 18, 0);
        Database::Options options;
        options.clock = s_clock;
        auto db = Database::open(s_dir->file(QStringLiteral("demo.sqlite")), options);
        ASSERT_TRUE(db.ok());
        DemoData::Options demo;
        demo.language = QStringLiteral("en");
        demo.months = 6;
        auto made = DemoData::generate(**db, *s_clock, demo);
        ASSERT_TRUE(made.ok()) << made.error().message().toStdString();
        s_summary = *made;
    }

    static void TearDownTestSuite()
    {
        delete s_clock;
        delete s_dir;
    }

    void SetUp() override
    {
        ASSERT_GT(s_summary.entries, 2 * TimeEntryModel::PageSize) << "enough history to page through";
        Database::Options options;
        options.clock = s_clock;
        auto db = Database::open(s_dir->file(QStringLiteral("demo.sqlite")), options);
        ASSERT_TRUE(db.ok());
        ws = std::make_unique<Workspace>(std::move(db.value()), *s_clock);
        g_complaints.clear();
        previous = qInstallMessageHandler(collectComplaints);
    }

    void TearDown() override
    {
        qInstallMessageHandler(previous);
        EXPECT_TRUE(g_complaints.isEmpty()) << g_complaints.join(QLatin1Char('\n')).toStdString();
    }

    template<typename M> void test(M &model)
    {
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    static inline TempDir *s_dir = nullptr;
    static inline TestClock *s_clock = nullptr;
    static inline DemoData::Summary s_summary;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QtMessageHandler previous = nullptr;
};

} // namespace

TEST_F(Models, TimeEntriesArePagedFilteredAndEdited)
{
    TimeEntryModel model(*ws);
    test(model);
    model.setFilter({}); // all time: the first page only
    EXPECT_EQ(model.loadedEntries().size(), TimeEntryModel::PageSize);
    EXPECT_EQ(model.totals().count, s_summary.entries);
    ASSERT_TRUE(model.canFetchMore({}));
    const qint64 lastOfFirstPage = model.loadedEntries().last().id;
    const int rowsOfFirstPage = model.rowCount();
    model.fetchMore({});
    EXPECT_EQ(model.loadedEntries().size(), 2 * TimeEntryModel::PageSize);
    EXPECT_EQ(model.indexOfEntry(lastOfFirstPage).row(), rowsOfFirstPage - 1) << "pages follow on";
    // Grouped by day: each day's row, then its entries, newest first; a day never opens twice.
    const QTimeZone zone = s_clock->timeZone();
    QSet<QDate> days;
    QDate day;
    qint64 previousStart = LLONG_MAX;
    int entryRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (const TimeEntry *e = model.entryAt(row)) {
            ASSERT_EQ(timeutil::localDate(e->start, zone), day) << "row " << row << " under its own day";
            ASSERT_LE(e->start, previousStart) << "newest first";
            previousStart = e->start;
            ++entryRows;
            continue;
        }
        const QDate next = model.index(row, 0).data(TimeEntryModel::DayRole).toDate();
        ASSERT_TRUE(!day.isValid() || next < day) << "days newest first";
        ASSERT_FALSE(days.contains(next));
        days.insert(next);
        day = next;
        EXPECT_FALSE(model.flags(model.index(row, TimeEntryModel::Description)) & Qt::ItemIsSelectable);
    }
    EXPECT_EQ(entryRows, 2 * TimeEntryModel::PageSize);

    TimeEntryFilter month;
    month.from = timeutil::startOfDay(QDate(2026, 10, 1), s_clock->timeZone());
    month.to = timeutil::startOfDay(QDate(2026, 11, 1), s_clock->timeZone());
    month.billed = false;
    model.setFilter(month);
    for (const TimeEntry &e : model.loadedEntries())
        ASSERT_FALSE(e.isBilled());
    model.setFilter({});
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(Qt::DecorationRole)})
                model.index(row, column).data(role);

    // An edit of an unbilled entry goes through; the refresh after it keeps the model sound.
    int editable = -1;
    for (int row = 0; row < model.rowCount() && editable < 0; ++row)
        if (const TimeEntry *e = model.entryAt(row); e && !e->isBilled() && !e->isRunning())
            editable = row;
    ASSERT_GE(editable, 0);
    ASSERT_TRUE(model.setData(model.index(editable, TimeEntryModel::Description), QStringLiteral("Checked")));
    settle();
    EXPECT_EQ(model.index(editable, TimeEntryModel::Description).data().toString(),
              QStringLiteral("Checked"));
    EXPECT_EQ(ws->undoStack()->count(), 1);
    ws->undoStack()->undo();
    settle();
}

TEST_F(Models, ClientsServicesAndUsage)
{
    ClientListModel clients(*ws);
    test(clients);
    EXPECT_GE(clients.rowCount(), 7);
    clients.setShowArchived(true);
    clients.setShowArchived(false);
    ws->notify(Workspace::Clients);
    settle();

    ServiceModel services(*ws);
    auto servicesTester = std::make_unique<QAbstractItemModelTester>(
        &services, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_GT(services.rowCount(), 0);
    services.setShowInactive(false);
    services.setShowInactive(true);

    UsageModel usage(*ws);
    auto usageTester = std::make_unique<QAbstractItemModelTester>(
        &usage, QAbstractItemModelTester::FailureReportingMode::Warning);
    usage.setFilter({});
    EXPECT_GT(usage.rowCount(), 0);
    while (usage.canFetchMore({}))
        usage.fetchMore({});
    EXPECT_EQ(usage.rowCount(), s_summary.usage);
    ws->notify(Workspace::Usage);
    settle();
}

TEST_F(Models, InvoicesAndTheirLines)
{
    InvoiceListModel invoices(*ws);
    test(invoices);
    invoices.setFilter({});
    ASSERT_GT(invoices.rowCount(), 0);
    EXPECT_EQ(invoices.rowCount(), s_summary.invoices);

    InvoiceLineModel lines;
    auto linesTester = std::make_unique<QAbstractItemModelTester>(
        &lines, QAbstractItemModelTester::FailureReportingMode::Warning);
    for (int row = 0; row < invoices.rowCount(); ++row) {
        const auto invoice = ws->invoices().get(invoices.invoiceAt(row)->id);
        ASSERT_TRUE(invoice.ok());
        lines.setInvoice(*invoice, ws->locale());
        EXPECT_EQ(lines.rowCount(), invoice->lines.size());
    }
    lines.setInvoice(Invoice(), ws->locale());
    EXPECT_EQ(lines.rowCount(), 0);
}
