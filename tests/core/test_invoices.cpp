#include "business/business.h"
#include "business/settings.h"
#include "business/taxprofile.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "work/servicerepository.h"
#include "work/timeentryrepository.h"
#include "work/unbilledwork.h"
#include "work/usagerepository.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");

class Invoices : public DatabaseTest
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 12, 1, 10, 0);
        BusinessRepository business(t.db(), t.clock());
        ASSERT_TRUE(business.save(italianBusiness(*business.get())).ok());
        Settings settings(t.db());
        BusinessDefaults d = *settings.businessDefaults();
        d.currency = EUR;
        d.hourlyRate = Money(3000, EUR);
        ASSERT_TRUE(settings.setBusinessDefaults(d).ok());

        Client c = italianClient(QStringLiteral("ACME Srl"));
        c.language = QStringLiteral("it");
        c.withholding = true;
        c.paymentTermsDays = 30;
        acme = clients.add(c).value();
    }

    qint64 local(int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(2026, mo, d), QTime(h, mi), t.clock().timeZone()).toSecsSinceEpoch();
    }

    TimeEntry log(int day, int hour, int minutes, const QString &task = {}, qint64 clientId = 0)
    {
        TimeEntry e;
        e.clientId = clientId ? clientId : acme.id;
        e.start = local(11, day, hour, 0);
        e.end = e.start + qint64(minutes) * 60;
        e.task = task;
        return entries.add(e).value().entry;
    }

    InvoiceRepository::Drafted draft(Grouping grouping = Grouping::Entry, qint64 clientId = 0)
    {
        InvoiceRepository::DraftRequest r;
        r.clientId = clientId ? clientId : acme.id;
        r.from = QDate(2026, 11, 1);
        r.to = QDate(2026, 11, 30);
        r.grouping = grouping;
        auto d = invoices.createDraft(r);
        EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message().toStdString());
        return d.ok() ? d.value() : InvoiceRepository::Drafted();
    }

    ClientRepository clients{t.db(), t.clock()};
    TimeEntryRepository entries{t.db(), t.clock()};
    InvoiceRepository invoices{t.db(), t.clock()};
    Client acme;
};

} // namespace

TEST_F(Invoices, ADraftTurnsUnbilledWorkIntoLinesWithTheWorkedExample)
{
    // 1,000.00 of fees at €30/h: 33h20m.
    log(2, 9, 600, QStringLiteral("Email"));
    log(3, 9, 600, QStringLiteral("Calls"));
    log(4, 9, 800, QStringLiteral("Email"));
    const auto drafted = draft(Grouping::Total);
    const Invoice &i = drafted.invoice;
    EXPECT_EQ(i.status, InvoiceStatus::Draft);
    EXPECT_FALSE(i.number);
    ASSERT_EQ(i.lines.size(), 1);
    EXPECT_EQ(i.lines[0].seconds, 2000 * 60);
    EXPECT_EQ(i.lines[0].unitPrice, Money(3000, EUR));
    EXPECT_EQ(i.lines[0].amount, Money(100000, EUR));
    EXPECT_EQ(i.lines[0].description,
              QStringLiteral("Servizi di assistenza da remoto – 1 nov 2026 – 30 nov 2026"))
        << "the business's words for its work, in the client's language, and the period";
    EXPECT_EQ(i.totals.contribution, Money(4000, EUR));
    EXPECT_EQ(i.totals.tax, Money(22880, EUR));
    EXPECT_EQ(i.totals.total, Money(126880, EUR));
    EXPECT_EQ(i.totals.withholding, Money(20800, EUR));
    EXPECT_EQ(i.totals.due, Money(106080, EUR));
    EXPECT_EQ(i.issueDate, QDate(2026, 12, 1));
    EXPECT_EQ(i.dueDate, QDate(2026, 12, 31)) << "from the client's 30 days";
}

TEST_F(Invoices, TimeIsGroupedPerEntryDayOrTask)
{
    log(2, 9, 30, QStringLiteral("Email"));
    log(2, 14, 45, QStringLiteral("Calls"));
    log(3, 9, 60, QStringLiteral("Email"));
    EXPECT_EQ(draft(Grouping::Entry).invoice.lines.size(), 3);
    ASSERT_TRUE(invoices.deleteDraft(invoices.list()->first().id).ok());
    const Invoice byDay = draft(Grouping::Day).invoice;
    ASSERT_EQ(byDay.lines.size(), 2);
    EXPECT_EQ(byDay.lines[0].seconds, 75 * 60);
    EXPECT_TRUE(byDay.lines[0].description.contains(QStringLiteral("Email, Calls")))
        << byDay.lines[0].description.toStdString();
    ASSERT_TRUE(invoices.deleteDraft(byDay.id).ok());
    const Invoice byTask = draft(Grouping::Task).invoice;
    ASSERT_EQ(byTask.lines.size(), 2);
    EXPECT_TRUE(byTask.lines[0].description.startsWith(QStringLiteral("Email")));
    EXPECT_EQ(byTask.lines[0].seconds, 90 * 60);
    EXPECT_EQ(byTask.lines[0].amount, Money(4500, EUR));
}

TEST_F(Invoices, UsageBecomesOneLinePerService)
{
    ServiceRepository services(t.db(), t.clock());
    Service calls;
    calls.name = QStringLiteral("Risposta telefonica");
    calls.unit = QStringLiteral("chiamata");
    calls.unitPrice = Money(150, EUR);
    calls = services.add(calls).value();
    UsageRepository usage(t.db(), t.clock());
    for (int day : {2, 3, 4}) {
        Usage u;
        u.clientId = acme.id;
        u.serviceId = calls.id;
        u.at = local(11, day, 10, 0);
        u.quantity = Quantity::fromUnits(4);
        ASSERT_TRUE(usage.add(u).ok());
    }
    const Invoice i = draft().invoice;
    ASSERT_EQ(i.lines.size(), 1);
    EXPECT_EQ(i.lines[0].kind, LineKind::Usage);
    EXPECT_EQ(i.lines[0].quantity, Quantity::fromUnits(12));
    EXPECT_EQ(i.lines[0].unit, QStringLiteral("chiamata"));
    EXPECT_EQ(i.lines[0].amount, Money(1800, EUR));
    UsageFilter unbilled;
    unbilled.billed = false;
    EXPECT_TRUE(usage.list(unbilled)->isEmpty()) << "the draft holds the usage";
}

TEST_F(Invoices, ADraftHoldsItsWorkAndDeletingItFreesIt)
{
    const TimeEntry e = log(2, 9, 60);
    const Invoice first = draft().invoice;
    EXPECT_EQ(entries.get(e.id)->invoiceId, first.id);
    InvoiceRepository::DraftRequest again;
    again.clientId = acme.id;
    const auto nothing = invoices.createDraft(again);
    ASSERT_FALSE(nothing.ok()) << "no work is billed twice";
    EXPECT_EQ(nothing.error().field(), QStringLiteral("period"));
    EXPECT_TRUE(UnbilledWork(t.db(), t.clock()).forClient(acme.id)->statement.time.isEmpty());

    ASSERT_TRUE(invoices.deleteDraft(first.id).ok());
    EXPECT_FALSE(entries.get(e.id)->invoiceId);
    EXPECT_EQ(invoices.get(first.id).error().code(), ErrorCode::NotFound);
    EXPECT_EQ(draft().invoice.lines.size(), 1);
}

TEST_F(Invoices, DraftsTakeManualLinesDiscountsNotesAndRemovals)
{
    const TimeEntry e = log(2, 9, 60);
    const Invoice d = draft().invoice;
    InvoiceLine extra;
    extra.description = QStringLiteral("Rimborso spese postali");
    extra.quantity = Quantity::fromUnits(1);
    extra.unit = QStringLiteral("forfait");
    extra.unitPrice = Money(1250, EUR);
    extra.isFee = false;
    auto withExtra = invoices.addLine(d.id, extra);
    ASSERT_TRUE(withExtra.ok()) << withExtra.error().message().toStdString();
    ASSERT_EQ(withExtra->lines.size(), 2);
    EXPECT_EQ(withExtra->lines[1].amount, Money(1250, EUR));
    EXPECT_EQ(withExtra->totals.fees, Money(3000, EUR));

    InvoiceRepository::DraftChanges changes;
    changes.discountAmount = Money(500, EUR);
    changes.notes = QStringLiteral("Grazie!");
    changes.issueDate = QDate(2026, 11, 30);
    auto changed = invoices.updateDraft(d.id, changes);
    ASSERT_TRUE(changed.ok()) << changed.error().message().toStdString();
    EXPECT_EQ(changed->totals.discount, Money(500, EUR));
    EXPECT_EQ(changed->notes, QStringLiteral("Grazie!"));
    EXPECT_EQ(changed->dueDate, QDate(2026, 12, 30)) << "the due date moves with the issue date";

    auto removed = invoices.removeLine(d.id, changed->lines[0].id);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed->lines.size(), 1);
    EXPECT_FALSE(entries.get(e.id)->invoiceId) << "its work is free again";

    InvoiceLine bad = extra;
    bad.quantity = Quantity::fromMilli(0);
    expectRefused([&] { return invoices.addLine(d.id, bad); }, QStringLiteral("quantity"));
    bad = extra;
    bad.description.clear();
    expectRefused([&] { return invoices.addLine(d.id, bad); }, QStringLiteral("description"));
    InvoiceRepository::DraftChanges huge;
    huge.discountAmount = Money(999999, EUR);
    expectRefused([&] { return invoices.updateDraft(d.id, huge); }, QStringLiteral("discount"));
}

TEST_F(Invoices, IssuingNumbersGaplesslyPerYearAndFreezes)
{
    for (int day = 2; day <= 5; ++day)
        log(day, 9, 60, {}, acme.id);
    InvoiceRepository::DraftRequest r;
    r.clientId = acme.id;
    std::vector<QString> numbers;
    for (int day = 2; day <= 4; ++day) {
        r.from = r.to = QDate(2026, 11, day);
        const Invoice d = invoices.createDraft(r).value().invoice;
        auto issued = invoices.issue(d.id, QDate(2026, 11, 28 + day - 2));
        ASSERT_TRUE(issued.ok()) << issued.error().message().toStdString();
        numbers.push_back(*issued->number);
        EXPECT_EQ(issued->status, InvoiceStatus::Issued);
    }
    EXPECT_EQ(numbers, (std::vector<QString>{QStringLiteral("2026/001"), QStringLiteral("2026/002"),
                                             QStringLiteral("2026/003")}));

    // A deleted draft uses no number; the next is still 004.
    r.from = r.to = QDate(2026, 11, 5);
    const Invoice deleted = invoices.createDraft(r).value().invoice;
    ASSERT_TRUE(invoices.deleteDraft(deleted.id).ok());
    const Invoice next = invoices.createDraft(r).value().invoice;
    EXPECT_EQ(*invoices.issue(next.id)->number, QStringLiteral("2026/004"));
}

TEST_F(Invoices, NumbersStartAgainEachYearAndFollowThePattern)
{
    BusinessRepository business(t.db(), t.clock());
    BusinessProfile b = *business.get();
    b.numberPattern = QStringLiteral("FT{YY}-{MM}-{N}");
    ASSERT_TRUE(business.save(b).ok());
    log(2, 9, 60);
    log(3, 9, 60);
    InvoiceRepository::DraftRequest r;
    r.clientId = acme.id;
    r.from = r.to = QDate(2026, 11, 2);
    EXPECT_EQ(*invoices.issue(invoices.createDraft(r)->invoice.id, QDate(2026, 11, 30))->number,
              QStringLiteral("FT26-11-1"));
    t.clock().setLocal(2027, 1, 5, 9, 0);
    r.from = r.to = QDate(2026, 11, 3);
    EXPECT_EQ(*invoices.issue(invoices.createDraft(r)->invoice.id)->number, QStringLiteral("FT27-01-1"));

    for (const char *bad : {"{N}", "{YYYY}", "{YYYY}/{N}/{N}", "{YYYY}/{X}", "{YYYY}:{N}"}) {
        b.numberPattern = QString::fromLatin1(bad);
        expectRefused([&] { return business.save(b); }, QStringLiteral("numberPattern"));
    }
}

TEST_F(Invoices, IssuingRefusesWhatTheLawDoesNotAllow)
{
    log(2, 9, 60);
    log(3, 9, 60);
    InvoiceRepository::DraftRequest r;
    r.clientId = acme.id;
    r.from = r.to = QDate(2026, 11, 2);
    const Invoice first = invoices.createDraft(r)->invoice;
    ASSERT_TRUE(invoices.issue(first.id, QDate(2026, 11, 30)).ok());
    r.from = r.to = QDate(2026, 11, 3);
    const Invoice second = invoices.createDraft(r)->invoice;
    expectRefused([&] { return invoices.issue(second.id, QDate(2026, 11, 29)); }, QStringLiteral("date"));
    expectRefused([&] { return invoices.issue(second.id, QDate(2026, 12, 2)); }, QStringLiteral("date"));

    BusinessRepository business(t.db(), t.clock());
    BusinessProfile b = *business.get();
    b.name.clear();
    ASSERT_TRUE(business.save(b).ok());
    expectRefused([&] { return invoices.issue(second.id); }, QStringLiteral("business"));
}

TEST_F(Invoices, AnIssuedInvoiceNeverChanges)
{
    const TimeEntry e = log(2, 9, 60);
    const Invoice d = draft().invoice;
    const Invoice issued = *invoices.issue(d.id);
    InvoiceLine extra;
    extra.description = QStringLiteral("Extra");
    extra.quantity = Quantity::fromUnits(1);
    extra.unitPrice = Money(100, EUR);
    expectRefused([&] { return invoices.addLine(d.id, extra); }, QStringLiteral("invoice"));
    expectRefused([&] { return invoices.removeLine(d.id, issued.lines[0].id); }, QStringLiteral("invoice"));
    expectRefused([&] { return invoices.updateDraft(d.id, {}); }, QStringLiteral("invoice"));
    expectRefused([&] { return invoices.deleteDraft(d.id); }, QStringLiteral("invoice"));
    expectRefused([&] { return invoices.issue(d.id); }, QStringLiteral("invoice"));

    // Its work is billed: not editable, not deletable, not billable again.
    TimeEntry changed = *entries.get(e.id);
    changed.end = *changed.end + 60;
    expectRefused([&] { return entries.update(changed); }, QStringLiteral("entry"));
    expectRefused([&] { return entries.remove(e.id); }, QStringLiteral("entry"));
    InvoiceRepository::DraftRequest again;
    again.clientId = acme.id;
    expectRefused([&] { return invoices.createDraft(again); }, QStringLiteral("period"));

    // And the file itself refuses, whoever writes to it.
    QSqlQuery q(storage::connection(t.db()));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE invoice SET total = 1 WHERE id = %1").arg(d.id)));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM invoice WHERE id = %1").arg(d.id)));
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE invoice_line SET amount = 1 WHERE invoice_id = %1").arg(d.id)));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = %1").arg(d.id)));
}

TEST_F(Invoices, TheSnapshotKeepsTheInvoiceAsItWasIssued)
{
    log(2, 9, 60);
    const Invoice issued = *invoices.issue(draft().invoice.id);
    Client moved = acme;
    moved.address = QStringLiteral("Via Nuova 99");
    moved.city = QStringLiteral("Pavia");
    ASSERT_TRUE(clients.update(moved).ok());
    TaxProfiles profiles(t.db());
    TaxProfile p = *profiles.get(QStringLiteral("it-ordinario"));
    p.taxes[0].rate = TaxRate::fromPercent(24);
    ASSERT_TRUE(profiles.save(p).ok());

    const Invoice read = *invoices.get(issued.id);
    EXPECT_EQ(read.parties.client.address, QStringLiteral("Via Roma 1")) << "the address it was issued with";
    EXPECT_EQ(read.parties.client.city, QStringLiteral("Milano"));
    EXPECT_EQ(read.totals.taxes[0].rate, TaxRate::fromPercent(22));
    EXPECT_EQ(read.totals.total, issued.totals.total);
    EXPECT_EQ(read.parties.business.name, QStringLiteral("Giulia Rossi"));
}

TEST_F(Invoices, ACreditNoteCancelsAnInvoiceAndFreesItsWork)
{
    const TimeEntry e = log(2, 9, 60);
    const Invoice issued = *invoices.issue(draft().invoice.id);
    auto credit = invoices.cancel(issued.id);
    ASSERT_TRUE(credit.ok()) << credit.error().message().toStdString();
    EXPECT_EQ(credit->kind, InvoiceKind::CreditNote);
    EXPECT_EQ(*credit->number, QStringLiteral("NC-2026/001"));
    EXPECT_EQ(credit->creditedNumber, issued.number);
    EXPECT_EQ(credit->totals.total, issued.totals.total);
    EXPECT_EQ(credit->lines.size(), issued.lines.size());
    const Invoice cancelled = *invoices.get(issued.id);
    EXPECT_EQ(cancelled.status, InvoiceStatus::Cancelled);
    EXPECT_EQ(cancelled.number, issued.number) << "a cancelled invoice keeps its number";
    EXPECT_EQ(cancelled.creditNoteId, credit->id);
    EXPECT_FALSE(entries.get(e.id)->invoiceId) << "its work can be billed again";

    const Invoice rebilled = *invoices.issue(draft().invoice.id);
    EXPECT_EQ(*rebilled.number, QStringLiteral("2026/002")) << "numbers are never reused";
    expectRefused([&] { return invoices.cancel(issued.id); }, QStringLiteral("invoice"));
    expectRefused([&] { return invoices.cancel(credit->id); }, QStringLiteral("invoice"));
}

TEST_F(Invoices, PaymentsMoveAnInvoiceFromIssuedToPaid)
{
    log(2, 9, 600, {}); // 300.00 of fees
    const Invoice issued = *invoices.issue(draft().invoice.id);
    EXPECT_EQ(issued.paymentState(), PaymentState::Unpaid);
    const Money due = issued.totals.due;
    auto partly = invoices.addPayment(issued.id, QDate(2026, 12, 1), Money(10000, EUR));
    ASSERT_TRUE(partly.ok()) << partly.error().message().toStdString();
    EXPECT_EQ(partly->paymentState(), PaymentState::PartlyPaid);
    EXPECT_EQ(partly->balance, *due.minus(Money(10000, EUR)));
    expectRefused([&] { return invoices.addPayment(issued.id, QDate(2026, 12, 1), due); },
                  QStringLiteral("amount"));
    expectRefused([&] { return invoices.addPayment(issued.id, QDate(2026, 12, 2), Money(1, EUR)); },
                  QStringLiteral("date"));
    expectRefused([&] { return invoices.addPayment(issued.id, QDate(2026, 12, 1), Money(0, EUR)); },
                  QStringLiteral("amount"));
    auto paid = invoices.addPayment(issued.id, QDate(2026, 12, 1), partly->balance);
    ASSERT_TRUE(paid.ok());
    EXPECT_EQ(paid->paymentState(), PaymentState::Paid);
    EXPECT_TRUE(paid->balance.isZero());
    auto undone = invoices.removePayment(paid->payments.last().id);
    ASSERT_TRUE(undone.ok());
    EXPECT_EQ(undone->paymentState(), PaymentState::PartlyPaid);

    log(3, 9, 60);
    const Invoice stillDraft = draft().invoice;
    expectRefused([&] { return invoices.addPayment(stillDraft.id, QDate(2026, 12, 1), Money(100, EUR)); },
                  QStringLiteral("invoice"));
}

TEST_F(Invoices, OverdueFollowsTheDueDateAndTheClock)
{
    log(2, 9, 60);
    const Invoice issued = *invoices.issue(draft().invoice.id);
    EXPECT_FALSE(issued.isOverdue(QDate(2026, 12, 31)));
    EXPECT_TRUE(issued.isOverdue(QDate(2027, 1, 1)));
    InvoiceFilter overdue;
    overdue.onlyOverdue = true;
    EXPECT_TRUE(invoices.list(overdue)->isEmpty());
    t.clock().setLocal(2027, 1, 1, 9, 0);
    ASSERT_EQ(invoices.list(overdue)->size(), 1);
    EXPECT_TRUE(invoices.list(overdue)->first().overdue);
    InvoiceFilter paid;
    paid.onlyPaid = true;
    EXPECT_TRUE(invoices.list(paid)->isEmpty());
    ASSERT_TRUE(invoices.addPayment(issued.id, QDate(2027, 1, 1), issued.totals.due).ok());
    EXPECT_TRUE(invoices.list(overdue)->isEmpty()) << "a paid invoice is not overdue";
    ASSERT_EQ(invoices.list(paid)->size(), 1);
    EXPECT_EQ(invoices.list(paid)->first().id, issued.id);
}

TEST_F(Invoices, AForeignClientUsesItsOwnProfileOrReverseCharge)
{
    Client uk;
    uk.name = QStringLiteral("London Ltd");
    uk.currency = *Currency::fromCode(u"GBP");
    uk.country = QStringLiteral("GB");
    uk.hourlyRate = Money(4000, uk.currency);
    uk.reverseCharge = true;
    uk = clients.add(uk).value();
    log(2, 9, 60, {}, uk.id);
    const Invoice i = draft(Grouping::Entry, uk.id).invoice;
    EXPECT_TRUE(i.reverseCharge);
    EXPECT_TRUE(i.totals.taxes.isEmpty());
    EXPECT_EQ(i.totals.contribution, Money(160, uk.currency))
        << "the rivalsa is the business's, whoever the client";
    EXPECT_EQ(i.totals.total, Money(4160, uk.currency));
    EXPECT_EQ(i.lines[0].nature, QStringLiteral("N2.1"));

    Client other = *clients.get(uk.id);
    other.reverseCharge = false;
    other.taxProfileId = QStringLiteral("uk-vat");
    ASSERT_TRUE(clients.update(other).ok());
    ASSERT_TRUE(invoices.deleteDraft(i.id).ok());
    const Invoice vat = draft(Grouping::Entry, uk.id).invoice;
    EXPECT_EQ(vat.taxProfileId, QStringLiteral("uk-vat"));
    EXPECT_EQ(vat.totals.tax, Money(832, uk.currency));
}

TEST_F(Invoices, FileNamesAreSafeEverywhere)
{
    Invoice i;
    i.number.emplace(QStringLiteral("2026/003"));
    i.parties.client.name = QStringLiteral("ACME: \"Best\" <Co>? | Ltd.");
    EXPECT_EQ(InvoiceRepository::defaultFileName(i), QStringLiteral("2026-003 ACME- -Best- -Co-- - Ltd.pdf"));
    i.parties.client.name = QStringLiteral("../../etc/passwd");
    EXPECT_FALSE(InvoiceRepository::defaultFileName(i).contains(QLatin1Char('/')));
}

TEST_F(Invoices, APreviewIsTheDraftWithoutStoringIt)
{
    log(2, 9, 37, QStringLiteral("Email"));
    log(3, 9, 95, QStringLiteral("Calls"));
    InvoiceRepository::DraftRequest r;
    r.clientId = acme.id;
    r.grouping = Grouping::Day;
    const QString before = fingerprint(t.db());
    auto preview = invoices.preview(r);
    ASSERT_TRUE(preview.ok()) << preview.error().message().toStdString();
    EXPECT_EQ(fingerprint(t.db()), before) << "a preview writes nothing";
    const Invoice stored = invoices.createDraft(r)->invoice;
    ASSERT_EQ(preview->invoice.lines.size(), stored.lines.size());
    for (qsizetype k = 0; k < stored.lines.size(); ++k) {
        EXPECT_EQ(preview->invoice.lines[k].description, stored.lines[k].description);
        EXPECT_EQ(preview->invoice.lines[k].amount, stored.lines[k].amount);
    }
    EXPECT_EQ(preview->invoice.totals.total, stored.totals.total);
    EXPECT_EQ(preview->invoice.totals.due, stored.totals.due);
}

TEST_F(Invoices, AnIssueDateBefore2000OrMoreThanAYearAheadIsRefusedUnlessConfirmed)
{
    // Today is 1 December 2026.
    InvoiceRepository::DraftRequest r;
    r.clientId = acme.id;
    r.allowEmpty = true;
    r.issueDate = QDate(2027, 12, 2); // a year and a day
    expectRefused([&] { return invoices.createDraft(r); }, QStringLiteral("date"));
    EXPECT_EQ(invoices.createDraft(r).error().code(), ErrorCode::Unusual);
    EXPECT_EQ(invoices.createDraft(r).error().message(),
              QStringLiteral("The issue date, 2027-12-02, is more than a year from today."));
    r.issueDate = QDate(2027, 12, 1);
    const Invoice ahead = invoices.createDraft(r).value().invoice;
    EXPECT_EQ(ahead.issueDate, QDate(2027, 12, 1));
    r.issueDate = QDate(1999, 12, 31);
    expectRefused([&] { return invoices.createDraft(r); }, QStringLiteral("date"));
    r.unusualDate = validation::UnusualDate::Allow;
    EXPECT_TRUE(invoices.createDraft(r).ok());

    InvoiceRepository::DraftChanges changes;
    changes.issueDate = QDate(1999, 12, 31);
    expectRefused([&] { return invoices.updateDraft(ahead.id, changes); }, QStringLiteral("date"));
    changes.issueDate = QDate(1999, 12, 31);
    changes.unusualDate = validation::UnusualDate::Allow;
    ASSERT_TRUE(invoices.updateDraft(ahead.id, changes).ok());
    changes.unusualDate = validation::UnusualDate::Refuse;
    changes.notes = QStringLiteral("Kept date");
    EXPECT_TRUE(invoices.updateDraft(ahead.id, changes).ok()) << "the confirmed date is not asked again";
    changes.issueDate = QDate(2000, 1, 1);
    EXPECT_TRUE(invoices.updateDraft(ahead.id, changes).ok());

    log(2, 9, 60);
    const Invoice d = draft().invoice;
    expectRefused([&] { return invoices.issue(d.id, QDate(1999, 12, 31)); }, QStringLiteral("date"));
    EXPECT_TRUE(invoices.issue(d.id, QDate(1999, 12, 31), validation::UnusualDate::Allow).ok());
}

TEST_F(Invoices, APaymentIsNeverDatedBeforeItsInvoice)
{
    log(2, 9, 600);
    const Invoice issued = *invoices.issue(draft().invoice.id, QDate(2026, 11, 20));
    expectRefused([&] { return invoices.addPayment(issued.id, QDate(2026, 11, 19), Money(100, EUR)); },
                  QStringLiteral("date"));
    const auto early = invoices.addPayment(issued.id, QDate(2026, 11, 19), Money(100, EUR), {},
                                           validation::UnusualDate::Allow);
    ASSERT_FALSE(early.ok()) << "no confirmation makes it right";
    EXPECT_EQ(early.error().message(),
              QStringLiteral("The payment date cannot be before the invoice's issue date, 2026-11-20."));
    EXPECT_TRUE(invoices.addPayment(issued.id, QDate(2026, 11, 20), Money(100, EUR)).ok());
}

TEST_F(Invoices, APaymentBefore2000IsRefusedUnlessConfirmed)
{
    log(2, 9, 600);
    const Invoice d = draft().invoice;
    const Invoice issued = *invoices.issue(d.id, QDate(1999, 12, 30), validation::UnusualDate::Allow);
    expectRefused([&] { return invoices.addPayment(issued.id, QDate(1999, 12, 31), Money(100, EUR)); },
                  QStringLiteral("date"));
    EXPECT_TRUE(
        invoices
            .addPayment(issued.id, QDate(1999, 12, 31), Money(100, EUR), {}, validation::UnusualDate::Allow)
            .ok());
    EXPECT_TRUE(invoices.addPayment(issued.id, QDate(2000, 1, 1), Money(100, EUR)).ok());
}

TEST_F(Invoices, EveryLineSaysWhatTheWorkWasThenItsDate)
{
    log(2, 9, 60, QStringLiteral("Inbox"));
    TimeEntry described;
    described.clientId = acme.id;
    described.start = local(11, 3, 9, 0);
    described.end = described.start + 3600;
    described.description = QStringLiteral("Booked the flights");
    ASSERT_TRUE(entries.add(described).ok());
    log(4, 9, 60); // neither task nor description
    const Invoice perEntry = draft(Grouping::Entry).invoice;
    ASSERT_EQ(perEntry.lines.size(), 3);
    EXPECT_EQ(perEntry.lines[0].description, QStringLiteral("Inbox – 2 nov 2026"));
    EXPECT_EQ(perEntry.lines[1].description, QStringLiteral("Booked the flights – 3 nov 2026"));
    EXPECT_EQ(perEntry.lines[2].description, QStringLiteral("Servizi di assistenza da remoto – 4 nov 2026"));
    ASSERT_TRUE(invoices.deleteDraft(perEntry.id).ok());

    // The business's own words, per language.
    BusinessRepository business(t.db(), t.clock());
    BusinessProfile b = *business.get();
    b.serviceDescriptionIt = QStringLiteral("Assistenza amministrativa");
    ASSERT_TRUE(business.save(b).ok());
    const Invoice perDay = draft(Grouping::Day).invoice;
    ASSERT_EQ(perDay.lines.size(), 3);
    EXPECT_EQ(perDay.lines[0].description, QStringLiteral("Inbox – 2 nov 2026"));
    EXPECT_EQ(perDay.lines[2].description, QStringLiteral("Assistenza amministrativa – 4 nov 2026"));
}

TEST_F(Invoices, EveryGroupingBillsWhatUnbilledShows)
{
    // Ten 7-minute entries at 33.33 an hour: each is 7/60 × 33.33 = 3.8885 → 3.89, and the ten
    // 38.90. Rounding the 70 minutes once would give 38.885 → 38.89: one cent less than the time log
    // promised. Each line bills the sum of its entries' amounts, whatever the grouping.
    Client c = acme;
    c.hourlyRate = Money(3333, EUR);
    ASSERT_TRUE(clients.update(c).ok());
    for (int k = 0; k < 10; ++k)
        log(2 + k % 5, 9 + k / 5, 7, k % 2 ? QStringLiteral("Calls") : QString());
    auto unbilled =
        UnbilledWork(t.db(), t.clock()).forClient(acme.id, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(unbilled.ok());
    EXPECT_EQ(unbilled->statement.total, Money(3890, EUR));
    for (Grouping g : {Grouping::Entry, Grouping::Day, Grouping::Task, Grouping::Total}) {
        const auto drafted = draft(g);
        EXPECT_EQ(drafted.invoice.totals.lines, Money(3890, EUR)) << groupingName(g).toStdString();
        ASSERT_TRUE(invoices.deleteDraft(drafted.invoice.id).ok());
    }
}

TEST_F(Invoices, AnExpenseIsOutsideVatUnlessItCarriesARate)
{
    for (int day = 2; day <= 5; ++day)
        log(day, 9, 500); // 2,000 minutes at 30.00: 1,000.00
    const qint64 id = draft().invoice.id;
    InvoiceLine ticket;
    ticket.description = QStringLiteral("Stamp duty paid for the client");
    ticket.quantity = Quantity::fromUnits(1);
    ticket.unitPrice = Money(1600, EUR);
    ticket.isFee = false;
    ticket.discountable = false;
    auto added = invoices.addLine(id, ticket);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_EQ(added->lines.last().nature, QStringLiteral("N1")) << "art. 15 DPR 633/72";
    ASSERT_EQ(added->totals.outside.size(), 1);
    EXPECT_EQ(added->totals.outside[0].amount, Money(1600, EUR));

    ticket.taxRate = TaxRate::fromPercent(0);
    EXPECT_EQ(invoices.addLine(id, ticket)->lines.last().nature, QStringLiteral("N1")) << "0 % is still N1";

    // A cost re-billed with VAT: taxed at its rate, no nature.
    ticket.taxRate = TaxRate::fromPercent(22);
    const Invoice taxed = *invoices.addLine(id, ticket);
    EXPECT_TRUE(taxed.lines.last().nature.isEmpty());
    // Fees 1,000.00 + 16.00 taxed: base 1,000.00 + 40.00 rivalsa + 16.00 = 1,056.00.
    EXPECT_EQ(taxed.totals.taxes[0].base, Money(105600, EUR));
}

TEST_F(Invoices, AnItalianInvoiceNeedsTheBuyersAddressAndTaxId)
{
    log(2, 9, 60);
    const qint64 id = draft().invoice.id;
    Client bare = acme;
    bare.address.clear();
    ASSERT_TRUE(clients.update(bare).ok());
    const QString before = fingerprint(t.db());
    auto refused = invoices.issue(id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("client.address"));
    EXPECT_EQ(fingerprint(t.db()), before);

    bare.address = QStringLiteral("Via Roma 1\n20121 Milano");
    bare.vatId.clear();
    ASSERT_TRUE(clients.update(bare).ok());
    refused = invoices.issue(id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("client.vatId"));
    // A fiscal code is enough.
    bare.fiscalCode = QStringLiteral("RSSMRA85T10A562S");
    ASSERT_TRUE(clients.update(bare).ok());
    EXPECT_TRUE(invoices.issue(id).ok());
}

TEST_F(Invoices, AnInvoiceInAnotherCurrencyNeedsTheExchangeRateAndProposesTheLastOne)
{
    // An Italian business invoicing 1,000.00 USD at 22 %: the law wants the VAT in euros too.
    Client us = acme;
    us.currency = *Currency::fromCode(u"USD");
    us.hourlyRate = Money(3000, us.currency);
    ASSERT_TRUE(clients.update(us).ok());
    for (int day = 2; day <= 5; ++day)
        log(day, 9, 500); // 2,000 minutes at 30.00: 1,000.00
    const Invoice first = draft().invoice;
    EXPECT_FALSE(first.exchangeRate.has_value()) << "nothing to propose yet";
    const QString before = fingerprint(t.db());
    auto refused = invoices.issue(first.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("exchangeRate"));
    EXPECT_EQ(fingerprint(t.db()), before);

    auto issued = invoices.issue(first.id, std::nullopt, validation::UnusualDate::Refuse, 1'082'300);
    ASSERT_TRUE(issued.ok()) << issued.error().message().toStdString();
    EXPECT_EQ(issued->exchangeRate, 1'082'300);
    ASSERT_TRUE(issued->totals.euro.has_value());
    // Fees 1,000.00 + 40.00 rivalsa = 1,040.00 USD taxable → 960.9166… → 960.92 EUR; VAT 22 % of it
    // 211.4024 → 211.40 EUR.
    EXPECT_EQ(issued->totals.euro->taxes[0].base, Money(96092, EUR));
    EXPECT_EQ(issued->totals.euro->taxes[0].amount, Money(21140, EUR));

    log(6, 9, 60);
    const Invoice second = draft().invoice;
    EXPECT_EQ(second.exchangeRate, 1'082'300) << "proposed from the last one used";
    InvoiceRepository::DraftChanges changes;
    changes.exchangeRate = 1'090'000;
    EXPECT_EQ(invoices.updateDraft(second.id, changes)->exchangeRate, 1'090'000);
}

TEST_F(Invoices, MonthEndMakesOneDraftPerClientWithUnbilledWork)
{
    Client c = italianClient(QStringLiteral("Studio Verdi"));
    const Client verdi = clients.add(c).value();
    c = italianClient(QStringLiteral("Bianchi Srl"));
    const Client bianchi = clients.add(c).value();
    c = italianClient(QStringLiteral("Rossi Snc"));
    const Client rossi = clients.add(c).value();
    log(2, 9, 120, QStringLiteral("Email"));                 // ACME: 2 h × €30 = €60.00
    log(3, 9, 90, QStringLiteral("Calls"), verdi.id);        // Verdi: 1.5 h × €30 = €45.00
    log(4, 9, 30, QStringLiteral("Calls"), rossi.id);        // Rossi, archived below: left out
    TimeEntry december;                                      // Bianchi: only December's work
    december.clientId = bianchi.id;
    december.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), t.clock().timeZone()).toSecsSinceEpoch();
    december.end = december.start + 3600;
    ASSERT_TRUE(entries.add(december).ok());
    ASSERT_TRUE(clients.setArchived(rossi.id, true).ok());

    auto batch = invoices.createDrafts(QDate(2026, 11, 1), QDate(2026, 11, 30), Grouping::Total);
    ASSERT_TRUE(batch.ok()) << batch.error().message().toStdString();
    EXPECT_TRUE(batch->refused.isEmpty());
    ASSERT_EQ(batch->drafted.size(), 2) << "Bianchi had nothing in November, Rossi is archived";
    EXPECT_EQ(batch->drafted[0].invoice.parties.client.name, QStringLiteral("ACME Srl"));
    EXPECT_EQ(batch->drafted[0].invoice.status, InvoiceStatus::Draft);
    ASSERT_EQ(batch->drafted[0].invoice.lines.size(), 1);
    EXPECT_EQ(batch->drafted[0].invoice.lines[0].amount, Money(6000, EUR));
    EXPECT_EQ(batch->drafted[1].invoice.parties.client.name, QStringLiteral("Studio Verdi"));
    ASSERT_EQ(batch->drafted[1].invoice.lines.size(), 1);
    EXPECT_EQ(batch->drafted[1].invoice.lines[0].amount, Money(4500, EUR));

    // Again: the drafts hold the work, so there is nothing left to draft.
    batch = invoices.createDrafts(QDate(2026, 11, 1), QDate(2026, 11, 30), Grouping::Total);
    ASSERT_TRUE(batch.ok());
    EXPECT_TRUE(batch->drafted.isEmpty());
    EXPECT_TRUE(batch->refused.isEmpty());

    EXPECT_FALSE(invoices.createDrafts(QDate(2026, 11, 30), QDate(2026, 11, 1), Grouping::Total).ok());
}
