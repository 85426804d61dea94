// Fixed fees that recur: each period from the first day goes on the client's draft once, the ones
// already begun at once, the next on its first day, none after the last; wrong fees change nothing.
//
// Giulia Rossi's business (Italy, ordinary VAT 22 %, INPS 4 % on the fees, no withholding here).

#include "business/business.h"
#include "business/settings.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "invoicing/recurring.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");
const Currency USD = *Currency::fromCode(u"USD");

Money eur(qint64 cents)
{
    return Money(cents, EUR);
}

class Recurring : public DatabaseTest
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 12, 1, 10, 0);
        BusinessRepository business(t.db(), t.clock());
        ASSERT_TRUE(business.save(italianBusiness(*business.get())).ok());
        Client c = italianClient(QStringLiteral("Studio Verdi"));
        c.language = QStringLiteral("it");
        verdi = clients.add(c).value();
    }

    RecurringLine fee(qint64 cents, QDate from, std::optional<QDate> until = std::nullopt)
    {
        RecurringLine l;
        l.clientId = verdi.id;
        l.description = QStringLiteral("Gestione casella email");
        l.unitPrice = eur(cents);
        l.every = Every::Month;
        l.from = from;
        l.until = until;
        return l;
    }

    ClientRepository clients{t.db(), t.clock()};
    InvoiceRepository invoices{t.db(), t.clock()};
    RecurringRepository fees{t.db(), t.clock()};
    Client verdi;
};

} // namespace

TEST_F(Recurring, EachPeriodGoesOnTheDraftOnceFromItsFirstDayToTheLast)
{
    // €200.00 a month from 1 Oct to 15 Jan: on 1 Dec, October, November and December go on a new
    // draft. Fees 600.00; INPS 4 % = 24.00; VAT 22 % on 624.00 = 137.28; total 761.28.
    const RecurringLine added = *fees.add(fee(20000, QDate(2026, 10, 1), QDate(2027, 1, 15)));
    EXPECT_EQ(added.billedThrough, QDate(2026, 12, 1));
    QList<InvoiceSummary> drafts = *invoices.list({});
    ASSERT_EQ(drafts.size(), 1);
    const Invoice draft = *invoices.get(drafts[0].id);
    ASSERT_EQ(draft.lines.size(), 3);
    EXPECT_EQ(draft.lines[0].description,
              QStringLiteral("Gestione casella email (dal 1 ott 2026 al 31 ott 2026)"));
    EXPECT_EQ(draft.lines[2].description,
              QStringLiteral("Gestione casella email (dal 1 dic 2026 al 31 dic 2026)"));
    for (const InvoiceLine &l : draft.lines)
        EXPECT_EQ(l.amount, eur(20000));
    EXPECT_EQ(draft.totals.contribution, eur(2400));
    EXPECT_EQ(draft.totals.tax, eur(13728));
    EXPECT_EQ(draft.totals.total, eur(76128));

    // Nothing more today; January on its first day, on the same draft; none after 15 Jan.
    EXPECT_EQ(*fees.addDue(), 0);
    t.clock().setLocal(2027, 1, 1, 8, 0);
    EXPECT_EQ(*fees.addDue(), 1);
    EXPECT_EQ(invoices.get(draft.id)->lines.size(), 4);
    t.clock().setLocal(2027, 3, 1, 8, 0);
    EXPECT_EQ(*fees.addDue(), 0);

    // Once the draft is issued, the next fee starts a new draft; deleting the fee keeps its lines.
    ASSERT_TRUE(invoices.issue(draft.id).ok());
    const RecurringLine second = *fees.add(fee(5000, QDate(2027, 3, 1)));
    drafts = *invoices.list({});
    ASSERT_EQ(drafts.size(), 2);
    ASSERT_TRUE(fees.remove(second.id).ok());
    EXPECT_EQ(invoices.get(drafts[0].id == draft.id ? drafts[1].id : drafts[0].id)->lines.size(), 1);
    EXPECT_EQ(fees.list()->size(), 1);
}

TEST_F(Recurring, WrongFeesAreRefusedAndChangeNothing)
{
    const QDate nov1(2026, 11, 1);
    RecurringLine dollars = fee(100, nov1);
    dollars.unitPrice = Money(100, USD);
    expectRefused([&] { return fees.add(dollars); }, QStringLiteral("price"));
    expectRefused([&] { return fees.add(fee(-1, nov1)); }, QStringLiteral("price"));
    RecurringLine none = fee(100, nov1);
    none.quantity = Quantity();
    expectRefused([&] { return fees.add(none); }, QStringLiteral("quantity"));
    RecurringLine blank = fee(100, nov1);
    blank.description = QStringLiteral("   ");
    expectRefused([&] { return fees.add(blank); }, QStringLiteral("description"));
    expectRefused([&] { return fees.add(fee(100, nov1, QDate(2026, 10, 1))); }, QStringLiteral("until"));
    expectRefused([&] { return fees.add(fee(100, QDate(1990, 1, 1))); }, QStringLiteral("from"));
    RecurringLine huge = fee(100, nov1);
    huge.unitPrice = eur(std::numeric_limits<qint64>::max() / 2);
    huge.quantity = Quantity::fromMilli(1000000);
    expectRefused([&] { return fees.add(huge); }, QStringLiteral("price"));
    ASSERT_TRUE(clients.setArchived(verdi.id, true).ok());
    expectRefused([&] { return fees.add(fee(100, nov1)); }, QStringLiteral("client"));
    expectRefused([&] { return fees.remove(4242); }, QStringLiteral("recurring"));
}

TEST_F(Recurring, AMonthlyFeeFromThe31stKeepsToTheEndOfEachMonth)
{
    // From 31 Jan 2027, on 1 Apr: 31 Jan–27 Feb, 28 Feb–30 Mar, 31 Mar–29 Apr.
    t.clock().setLocal(2027, 4, 1, 9, 0);
    const RecurringLine added = *fees.add(fee(10000, QDate(2027, 1, 31)));
    EXPECT_EQ(added.billedThrough, QDate(2027, 3, 31));
    const Invoice draft = *invoices.get(invoices.list({})->first().id);
    ASSERT_EQ(draft.lines.size(), 3);
    EXPECT_EQ(draft.lines[0].description,
              QStringLiteral("Gestione casella email (dal 31 gen 2027 al 27 feb 2027)"));
    EXPECT_EQ(draft.lines[1].description,
              QStringLiteral("Gestione casella email (dal 28 feb 2027 al 30 mar 2027)"));
    EXPECT_EQ(draft.lines[2].description,
              QStringLiteral("Gestione casella email (dal 31 mar 2027 al 29 apr 2027)"));
}

TEST_F(Recurring, AFeeIsChangedFromTheNextPeriodAndWhatIsBilledStaysAsItWas)
{
    // Not billed yet (from 1 Jan): its first day and period may change; nothing goes on a draft.
    RecurringLine later = *fees.add(fee(10000, QDate(2027, 1, 1)));
    EXPECT_EQ(nextPeriod(later), QDate(2027, 1, 1));
    later.from = QDate(2027, 2, 1);
    later.every = Every::Quarter;
    later = *fees.edit(later);
    EXPECT_EQ(later.from, QDate(2027, 2, 1));
    EXPECT_EQ(nextPeriod(later), QDate(2027, 2, 1));
    EXPECT_TRUE(invoices.list({})->isEmpty());
    // Moved back to 1 Nov (quarterly): the quarter from 1 Nov has begun and goes on a draft now.
    later.from = QDate(2026, 11, 1);
    later = *fees.edit(later);
    EXPECT_EQ(later.billedThrough, QDate(2026, 11, 1));
    EXPECT_EQ(nextPeriod(later), QDate(2027, 2, 1));
    ASSERT_EQ(invoices.list({})->size(), 1);

    // €200.00 a month from 1 Oct: October to December are on the draft (3 × 200.00 + 100.00 above).
    const RecurringLine billed = *fees.add(fee(20000, QDate(2026, 10, 1)));
    const qint64 draftId = invoices.list({})->first().id;
    const Invoice before = *invoices.get(draftId);
    ASSERT_EQ(before.lines.size(), 4);
    EXPECT_EQ(before.totals.net, eur(70000));

    // What is billed fixes the first day, the period, and a last day no earlier than December's.
    RecurringLine moved = billed;
    moved.from = QDate(2026, 10, 2);
    expectRefused([&] { return fees.edit(moved); }, QStringLiteral("from"));
    RecurringLine weekly = billed;
    weekly.every = Every::Week;
    expectRefused([&] { return fees.edit(weekly); }, QStringLiteral("every"));
    RecurringLine shorter = billed;
    shorter.until = QDate(2026, 11, 30);
    expectRefused([&] { return fees.edit(shorter); }, QStringLiteral("until"));
    RecurringLine other = billed;
    other.clientId = clients.add(italianClient(QStringLiteral("Studio Neri")))->id;
    expectRefused([&] { return fees.edit(other); }, QStringLiteral("client"));
    RecurringLine blank = billed;
    blank.description = QString();
    expectRefused([&] { return fees.edit(blank); }, QStringLiteral("description"));
    RecurringLine missing = billed;
    missing.id = 4242;
    expectRefused([&] { return fees.edit(missing); }, QStringLiteral("recurring"));

    // €250.00 at 10 % until 1 Jan: the draft keeps its €200.00 lines; January goes on at €250.00 with
    // its own rate, and nothing after it.
    RecurringLine dearer = billed;
    dearer.unitPrice = eur(25000);
    dearer.taxRate = TaxRate::fromMilliPercent(10000);
    dearer.until = QDate(2027, 1, 1);
    dearer = *fees.edit(dearer);
    EXPECT_EQ(dearer.billedThrough, QDate(2026, 12, 1));
    EXPECT_EQ(invoices.get(draftId)->totals.net, eur(70000));
    t.clock().setLocal(2027, 1, 1, 8, 0);
    ASSERT_EQ(*fees.addDue(), 1);
    const Invoice after = *invoices.get(draftId);
    ASSERT_EQ(after.lines.size(), 5);
    EXPECT_EQ(after.lines.last().amount, eur(25000));
    EXPECT_EQ(after.lines.last().taxRate, TaxRate::fromMilliPercent(10000));
    EXPECT_FALSE(nextPeriod(*fees.get(dearer.id)));
    t.clock().setLocal(2027, 2, 1, 8, 0);
    EXPECT_EQ(*fees.addDue(), 1); // the quarterly fee's quarter from 1 Feb; the monthly one has ended
}

TEST_F(Recurring, DeletingADraftPutsItsPeriodsOnTheNextAndNoPeriodIsBilledTwice)
{
    // €200.00 a month from 1 Oct, on 1 Dec: October to December on a draft (600.00).
    const RecurringLine monthly = *fees.add(fee(20000, QDate(2026, 10, 1)));
    const qint64 first = invoices.list({})->first().id;
    ASSERT_EQ(invoices.get(first)->lines.size(), 3);

    // The draft deleted: the three periods are due again, and the next write puts them on a new draft.
    ASSERT_TRUE(invoices.deleteDraft(first).ok());
    EXPECT_FALSE(fees.get(monthly.id)->billedThrough);
    EXPECT_EQ(*fees.addDue(), 3);
    const qint64 second = invoices.list({})->first().id;
    Invoice again = *invoices.get(second);
    ASSERT_EQ(again.lines.size(), 3);
    EXPECT_EQ(again.totals.net, eur(60000));
    EXPECT_EQ(fees.get(monthly.id)->billedThrough, QDate(2026, 12, 1));

    // December's line removed by hand: that period is skipped, not billed again.
    ASSERT_TRUE(invoices.removeLine(second, again.lines.last().id).ok());
    EXPECT_EQ(*fees.addDue(), 0);
    EXPECT_EQ(invoices.get(second)->lines.size(), 2);

    // October and November issued; January goes on a new draft, which is then deleted: only January
    // comes back, on the draft after it.
    ASSERT_TRUE(invoices.issue(second).ok());
    InvoiceFilter onlyDrafts;
    onlyDrafts.status = InvoiceStatus::Draft;
    t.clock().setLocal(2027, 1, 1, 9, 0);
    ASSERT_EQ(*fees.addDue(), 1);
    const qint64 third = invoices.list(onlyDrafts)->first().id;
    ASSERT_TRUE(invoices.deleteDraft(third).ok());
    EXPECT_EQ(fees.get(monthly.id)->billedThrough, QDate(2026, 12, 1));
    ASSERT_EQ(*fees.addDue(), 1);
    const QList<InvoiceSummary> drafts = *invoices.list(onlyDrafts);
    ASSERT_EQ(drafts.size(), 1);
    const Invoice january = *invoices.get(drafts.first().id);
    ASSERT_EQ(january.lines.size(), 1);
    EXPECT_EQ(january.lines[0].description,
              QStringLiteral("Gestione casella email (dal 1 gen 2027 al 31 gen 2027)"));
}

TEST_F(Recurring, APeriodOnALaterDraftIsNotBilledAgainWhenAnEarlierDraftIsDeleted)
{
    // From 1 Oct, on 1 Oct: October on draft A. A blank draft B is made after it, so November goes on
    // B, the newest. A deleted: October is due again and goes on B; November, on B already, does not.
    t.clock().setLocal(2026, 10, 1, 9, 0);
    const RecurringLine monthly = *fees.add(fee(20000, QDate(2026, 10, 1)));
    const qint64 a = invoices.list({})->first().id;
    InvoiceRepository::DraftRequest blank;
    blank.clientId = verdi.id;
    blank.allowEmpty = true;
    blank.workless = true;
    const qint64 b = invoices.createDraft(blank)->invoice.id;
    t.clock().setLocal(2026, 11, 1, 9, 0);
    ASSERT_EQ(*fees.addDue(), 1);
    ASSERT_EQ(invoices.get(b)->lines.size(), 1);
    ASSERT_TRUE(invoices.deleteDraft(a).ok());
    EXPECT_EQ(*fees.addDue(), 1);
    const Invoice both = *invoices.get(b);
    ASSERT_EQ(both.lines.size(), 2);
    EXPECT_TRUE(both.lines[0].description.contains(QStringLiteral("1 nov 2026")));
    EXPECT_TRUE(both.lines[1].description.contains(QStringLiteral("1 ott 2026")));
    EXPECT_EQ(both.totals.net, eur(40000));
    EXPECT_EQ(fees.get(monthly.id)->billedThrough, QDate(2026, 11, 1));
    EXPECT_EQ(*fees.addDue(), 0);
}

TEST_F(Recurring, PeriodsGivenBackStayDueSkippedOnesStaySkippedAndBilledDaysStayFixed)
{
    // From 1 Oct, on 1 Oct: October on draft A; a blank draft B after it takes November on 1 Nov.
    t.clock().setLocal(2026, 10, 1, 9, 0);
    const RecurringLine monthly = *fees.add(fee(20000, QDate(2026, 10, 1)));
    const qint64 a = invoices.list({})->first().id;
    InvoiceRepository::DraftRequest blank;
    blank.clientId = verdi.id;
    blank.allowEmpty = true;
    blank.workless = true;
    const qint64 b = invoices.createDraft(blank)->invoice.id;
    t.clock().setLocal(2026, 11, 1, 9, 0);
    ASSERT_EQ(*fees.addDue(), 1);

    // A deleted: October is due again, but November is on B, so the first day, the period and a last
    // day before November stay refused, changing nothing.
    ASSERT_TRUE(invoices.deleteDraft(a).ok());
    EXPECT_FALSE(fees.get(monthly.id)->billedThrough);
    EXPECT_EQ(fees.get(monthly.id)->lastOnInvoice, QDate(2026, 11, 1));
    RecurringLine moved = *fees.get(monthly.id);
    moved.from = QDate(2026, 10, 15);
    expectRefused([&] { return fees.edit(moved); }, QStringLiteral("from"));
    RecurringLine shorter = *fees.get(monthly.id);
    shorter.until = QDate(2026, 10, 31);
    expectRefused([&] { return fees.edit(shorter); }, QStringLiteral("until"));

    // B deleted the same day, before anything was billed again: October and November both come back,
    // €400.00 on a new draft; none is lost.
    ASSERT_TRUE(invoices.deleteDraft(b).ok());
    EXPECT_FALSE(fees.get(monthly.id)->billedThrough);
    EXPECT_FALSE(fees.get(monthly.id)->lastOnInvoice);
    ASSERT_EQ(*fees.addDue(), 2);
    const qint64 c = invoices.list({})->first().id;
    Invoice both = *invoices.get(c);
    ASSERT_EQ(both.lines.size(), 2);
    EXPECT_EQ(both.totals.net, eur(40000));

    // November's line removed from C (skipped), then a blank draft D takes December; C deleted:
    // October comes back on D, November stays skipped.
    ASSERT_TRUE(invoices.removeLine(c, both.lines.last().id).ok());
    const qint64 d = invoices.createDraft(blank)->invoice.id;
    t.clock().setLocal(2026, 12, 1, 9, 0);
    ASSERT_EQ(*fees.addDue(), 1);
    ASSERT_TRUE(invoices.deleteDraft(c).ok());
    ASSERT_EQ(*fees.addDue(), 1);
    const Invoice last = *invoices.get(d);
    ASSERT_EQ(last.lines.size(), 2);
    EXPECT_TRUE(last.lines[0].description.contains(QStringLiteral("1 dic 2026")));
    EXPECT_TRUE(last.lines[1].description.contains(QStringLiteral("1 ott 2026")));
    EXPECT_EQ(last.totals.net, eur(40000));
    EXPECT_EQ(*fees.addDue(), 0);
}
