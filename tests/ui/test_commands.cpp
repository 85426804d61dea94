// Every edit in the desktop app is an undoable command through core. Each command here is applied,
// undone and redone on a real file; a command core refuses leaves the file and the undo stack as they
// were; an undo that core can no longer honour (the work was billed meanwhile) is reported.

#include "commands/addclientcommand.h"
#include "commands/addentrycommand.h"
#include "commands/addservicecommand.h"
#include "commands/addusagecommand.h"
#include "commands/archiveclientcommand.h"
#include "commands/deleteentriescommand.h"
#include "commands/deleteusagecommand.h"
#include "commands/editclientcommand.h"
#include "commands/editentrycommand.h"
#include "commands/editservicecommand.h"
#include "commands/editusagecommand.h"
#include "commands/setserviceactivecommand.h"
#include "commands/splitentrycommand.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::ui;
using namespace minuta::test;

namespace {

const Currency eur = *Currency::fromCode(u"EUR");

class Commands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clock.setLocal(2026, 11, 2, 18, 0); // the end of a working day
        path = dir.file(QStringLiteral("commands.sqlite"));
        Database::Options options;
        options.clock = &clock;
        auto db = Database::open(path, options);
        ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
        ws = std::make_unique<Workspace>(std::move(db.value()), clock);

        Client c;
        c.name = QStringLiteral("ACME Srl");
        c.currency = eur;
        client = ws->clients().add(c).value();
        Service s;
        s.name = QStringLiteral("Call answering");
        s.unit = QStringLiteral("call");
        s.unitPrice = Money(150, eur);
        service = ws->services().add(s).value();
    }

    QUndoStack &stack() { return *ws->undoStack(); }
    QString state() const { return fingerprint(ws->database()); }

    TimeEntry entry(int fromHour, int toHour) const
    {
        TimeEntry e;
        e.clientId = client.id;
        e.start = at(fromHour);
        e.end = at(toHour);
        e.description = QStringLiteral("Inbox");
        return e;
    }

    // Unix seconds of a time on 2 November 2026 in Rome.
    qint64 at(int hour) const
    {
        return QDateTime(QDate(2026, 11, 2), QTime(hour, 0), clock.timeZone()).toSecsSinceEpoch();
    }

    // Undo and redo return the file to exactly the states before and after the command.
    void expectUndoRedo(const QString &before, const QString &after)
    {
        ASSERT_TRUE(stack().canUndo());
        stack().undo();
        EXPECT_EQ(state(), before) << "undo restores the file";
        stack().redo();
        EXPECT_EQ(state(), after) << "redo applies the command again";
    }

    TestClock clock;
    TempDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    Client client;
    Service service;
};

} // namespace

TEST_F(Commands, AddEditSplitAndDeleteEntries)
{
    QString before = state();
    ASSERT_TRUE(ws->run(new AddEntryCommand(*ws, entry(9, 11))).ok());
    QString after = state();
    const QList<TimeEntry> added = ws->entries().list({}).value();
    ASSERT_EQ(added.size(), 1);
    expectUndoRedo(before, after);
    // Redo brings the entry back under the same id, so later commands still find it.
    const TimeEntry e = ws->entries().get(added[0].id).value();

    before = state();
    TimeEntry changed = e;
    changed.description = QStringLiteral("Inbox and calendar");
    changed.billable = false;
    ASSERT_TRUE(ws->run(new EditEntryCommand(*ws, e, changed)).ok());
    after = state();
    EXPECT_EQ(ws->entries().get(e.id)->description, QStringLiteral("Inbox and calendar"));
    expectUndoRedo(before, after);

    before = state();
    const TimeEntry current = ws->entries().get(e.id).value();
    ASSERT_TRUE(ws->run(new SplitEntryCommand(*ws, current, at(10))).ok());
    after = state();
    const QList<TimeEntry> halves = ws->entries().list({}).value();
    ASSERT_EQ(halves.size(), 2);
    EXPECT_EQ(halves[0].durationSeconds(0), 3600);
    EXPECT_EQ(halves[1].durationSeconds(0), 3600);
    expectUndoRedo(before, after);

    before = state();
    ASSERT_TRUE(ws->run(new DeleteEntriesCommand(*ws, {halves[0].id, halves[1].id})).ok());
    after = state();
    EXPECT_TRUE(ws->entries().list({})->isEmpty());
    EXPECT_EQ(stack().undoText(), QStringLiteral("Delete 2 time entries"));
    expectUndoRedo(before, after);
}

TEST_F(Commands, AddEditAndDeleteUsage)
{
    Usage u;
    u.clientId = client.id;
    u.serviceId = service.id;
    u.at = clock.nowSecs();
    u.quantity = Quantity::fromUnits(3);
    QString before = state();
    ASSERT_TRUE(ws->run(new AddUsageCommand(*ws, u)).ok());
    QString after = state();
    expectUndoRedo(before, after);
    const Usage logged = ws->usage().list({}).value().value(0);
    ASSERT_GT(logged.id, 0);

    Usage more = logged;
    more.quantity = Quantity::fromUnits(5);
    before = state();
    ASSERT_TRUE(ws->run(new EditUsageCommand(*ws, logged, more)).ok());
    after = state();
    EXPECT_EQ(ws->usage().get(logged.id)->quantity, Quantity::fromUnits(5));
    expectUndoRedo(before, after);

    before = state();
    ASSERT_TRUE(ws->run(new DeleteUsageCommand(*ws, logged.id)).ok());
    after = state();
    EXPECT_EQ(ws->usage().count({}).value(), 0);
    expectUndoRedo(before, after);
}

TEST_F(Commands, AddEditAndArchiveClients)
{
    Client c;
    c.name = QStringLiteral("Studio Bianchi");
    c.currency = eur;
    QString before = state();
    ASSERT_TRUE(ws->run(new AddClientCommand(*ws, c)).ok());
    QString after = state();
    expectUndoRedo(before, after);
    const Client added = ws->clients().find(u"Studio Bianchi").value();

    Client renamed = added;
    renamed.name = QStringLiteral("Studio Bianchi & Figli");
    renamed.hourlyRate = Money(4000, eur);
    before = state();
    ASSERT_TRUE(ws->run(new EditClientCommand(*ws, added, renamed)).ok());
    after = state();
    EXPECT_EQ(ws->clients().get(added.id)->name, QStringLiteral("Studio Bianchi & Figli"));
    expectUndoRedo(before, after);

    before = state();
    ASSERT_TRUE(ws->run(new ArchiveClientCommand(*ws, added.id, true)).ok());
    after = state();
    EXPECT_TRUE(ws->clients().get(added.id)->archived);
    expectUndoRedo(before, after);
}

TEST_F(Commands, AddEditAndDeactivateServices)
{
    Service s;
    s.name = QStringLiteral("Scanning");
    s.unit = QStringLiteral("page");
    s.unitPrice = Money(20, eur);
    QString before = state();
    ASSERT_TRUE(ws->run(new AddServiceCommand(*ws, s)).ok());
    QString after = state();
    expectUndoRedo(before, after);
    const Service added = ws->services().find(u"Scanning").value();

    Service dearer = added;
    dearer.unitPrice = Money(25, eur);
    before = state();
    ASSERT_TRUE(ws->run(new EditServiceCommand(*ws, added, dearer)).ok());
    after = state();
    EXPECT_EQ(ws->services().get(added.id)->unitPrice, Money(25, eur));
    expectUndoRedo(before, after);

    before = state();
    ASSERT_TRUE(ws->run(new SetServiceActiveCommand(*ws, added.id, false)).ok());
    after = state();
    EXPECT_FALSE(ws->services().get(added.id)->active);
    expectUndoRedo(before, after);
}

TEST_F(Commands, ARefusedCommandChangesNothingAndIsNotUndoable)
{
    const QString before = state();
    TimeEntry backwards = entry(11, 9); // ends before it starts
    const Result<void> r = ws->run(new AddEntryCommand(*ws, backwards));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::InvalidInput);
    EXPECT_EQ(state(), before);
    EXPECT_FALSE(stack().canUndo());

    Client nameless;
    nameless.currency = eur;
    EXPECT_FALSE(ws->run(new AddClientCommand(*ws, nameless)).ok());
    Usage none;
    none.clientId = client.id;
    none.serviceId = service.id;
    none.at = clock.nowSecs();
    none.quantity = Quantity::fromUnits(0);
    EXPECT_FALSE(ws->run(new AddUsageCommand(*ws, none)).ok());
    EXPECT_EQ(state(), before);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(Commands, AnUndoThatCoreRefusesIsReportedAndLeavesTheStack)
{
    ASSERT_TRUE(ws->run(new AddEntryCommand(*ws, entry(9, 11))).ok());
    // The entry is billed outside the undo stack (as issuing an invoice does).
    clock.setLocal(2026, 12, 1, 9, 0);
    BusinessProfile profile = ws->business().get().value();
    profile.name = QStringLiteral("Giulia Rossi");
    ASSERT_TRUE(ws->business().save(profile).ok());
    InvoiceRepository::DraftRequest request;
    request.clientId = client.id;
    const auto drafted = ws->invoices().createDraft(request);
    ASSERT_TRUE(drafted.ok()) << drafted.error().message().toStdString();
    ASSERT_TRUE(ws->invoices().issue(drafted->invoice.id).ok());

    const QString before = state();
    QSignalSpy said(ws.get(), &Workspace::errorOccurred);
    stack().undo();
    ASSERT_EQ(said.count(), 1);
    EXPECT_TRUE(said.at(0).at(0).toString().contains(QStringLiteral("billed")))
        << said.at(0).at(0).toString().toStdString();
    EXPECT_EQ(state(), before) << "billed work is not deleted by an undo";
    EXPECT_EQ(stack().count(), 0) << "the command that can no longer be undone leaves the stack";
}
