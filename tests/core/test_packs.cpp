// Prepaid packs and retainers in the file: their sale on a draft, what they cover of the work an
// invoice bills (at no charge), the overage, balances that follow every edit of the work, retainers'
// periods and rollover, and the refusals that leave the file as it was.
//
// Every business here is Giulia Rossi's (Italy, ordinary VAT 22 %, INPS contribution 4 % on the fees,
// no withholding for these clients), at €30.00 an hour; each client's time is billed in 15-minute
// increments rounded up unless a test says otherwise.

#include "business/business.h"
#include "business/settings.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "invoicing/packrepository.h"
#include "io/packstatement.h"
#include "io/packstatementpdf.h"
#include "work/servicerepository.h"
#include "work/timeentryrepository.h"
#include "work/unbilledwork.h"
#include "work/usagerepository.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"

#include <QProcess>

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

class Packs : public DatabaseTest
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
        d.hourlyRate = eur(3000);
        ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
        Client c = italianClient(QStringLiteral("Studio Verdi"));
        c.billing.incrementMinutes = 15;
        c.billing.rounding = RoundingMode::Up;
        verdi = clients.add(c).value();
    }

    qint64 log(int month, int day, int minutes, std::optional<Money> rate = std::nullopt, int year = 2026)
    {
        TimeEntry e;
        e.clientId = verdi.id;
        e.start = QDateTime(QDate(year, month, day), QTime(9, 0), t.clock().timeZone()).toSecsSinceEpoch();
        e.end = e.start + qint64(minutes) * 60;
        e.rateOverride = rate;
        auto saved = entries.add(e);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message().toStdString());
        return saved.ok() ? saved->entry.id : 0;
    }

    qint64 use(qint64 serviceId, int day, int quantity)
    {
        Usage u;
        u.clientId = verdi.id;
        u.serviceId = serviceId;
        u.at = QDateTime(QDate(2026, 11, day), QTime(11, 0), t.clock().timeZone()).toSecsSinceEpoch();
        u.quantity = Quantity::fromMilli(qint64(quantity) * 1000);
        auto saved = usage.add(u);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message().toStdString());
        return saved.ok() ? saved->id : 0;
    }

    Pack pack(qint64 minutes, qint64 price, QDate from, std::optional<QDate> until = std::nullopt)
    {
        Pack p;
        p.clientId = verdi.id;
        p.minutes = minutes;
        p.price = eur(price);
        p.from = from;
        p.until = until;
        return p;
    }

    PackState sell(const Pack &p)
    {
        auto added = packs.add(p);
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message().toStdString());
        return added.ok() ? *added : PackState();
    }

    Invoice draft(QDate from, QDate to, QStringList *warnings = nullptr)
    {
        InvoiceRepository::DraftRequest r;
        r.clientId = verdi.id;
        r.from = from;
        r.to = to;
        auto d = invoices.createDraft(r);
        EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message().toStdString());
        if (warnings && d.ok())
            *warnings = d->warnings;
        return d.ok() ? d->invoice : Invoice();
    }

    static QList<InvoiceLine> linesOf(const Invoice &i, PackRole role)
    {
        QList<InvoiceLine> found;
        for (const InvoiceLine &l : i.lines)
            if (l.packRole == role)
                found.append(l);
        return found;
    }

    ClientRepository clients{t.db(), t.clock()};
    TimeEntryRepository entries{t.db(), t.clock()};
    UsageRepository usage{t.db(), t.clock()};
    ServiceRepository services{t.db(), t.clock()};
    InvoiceRepository invoices{t.db(), t.clock()};
    PackRepository packs{t.db(), t.clock()};
    Client verdi;
};

} // namespace

TEST_F(Packs, SellingAPackPutsItsSaleOnTheClientsDraft)
{
    // Two packs sold: both sale lines go on one new draft, at their price.
    // Fees 300.00 + 0.00 (complimentary); INPS 4 % = 12.00; VAT 22 % on 312.00 = 68.64; total 380.64.
    Pack ten = pack(600, 30000, QDate(2026, 12, 1));
    ten.name = QStringLiteral("Autumn");
    const PackState a = sell(ten);
    const PackState gift = sell(pack(60, 0, QDate(2026, 12, 1)));
    ASSERT_TRUE(a.pack.saleInvoiceId);
    ASSERT_EQ(gift.pack.saleInvoiceId, a.pack.saleInvoiceId);
    EXPECT_EQ(a.pack.saleStatus, InvoiceStatus::Draft);
    EXPECT_EQ(a.status, packs::Status::Active);
    EXPECT_EQ(a.balance.leftSeconds, 600 * 60);

    const Invoice sale = *invoices.get(*a.pack.saleInvoiceId);
    const QList<InvoiceLine> lines = linesOf(sale, PackRole::Sale);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].packId, a.pack.id);
    EXPECT_EQ(lines[0].amount, eur(30000));
    EXPECT_EQ(lines[1].amount, eur(0));
    EXPECT_TRUE(lines[0].description.contains(QStringLiteral("“Autumn”")))
        << lines[0].description.toStdString();
    EXPECT_TRUE(lines[0].description.contains(QStringLiteral("10"))) << lines[0].description.toStdString();
    EXPECT_EQ(sale.totals.contribution, eur(1200));
    EXPECT_EQ(sale.totals.tax, eur(6864));
    EXPECT_EQ(sale.totals.total, eur(38064));

    // While the draft is open the line follows the pack: 12 hours for €340.00.
    Pack bigger = a.pack;
    bigger.minutes = 720;
    bigger.price = eur(34000);
    ASSERT_TRUE(packs.edit(bigger).ok());
    const Invoice after = *invoices.get(*a.pack.saleInvoiceId);
    EXPECT_EQ(linesOf(after, PackRole::Sale)[0].amount, eur(34000));
    EXPECT_TRUE(linesOf(after, PackRole::Sale)[0].description.contains(QStringLiteral("12")));

    // Its price is the pack's: editing the line's price on the draft leaves it.
    InvoiceLine changed = linesOf(after, PackRole::Sale)[0];
    changed.unitPrice = eur(1);
    changed.description = QStringLiteral("Pacchetto autunno");
    const Invoice edited = *invoices.updateLine(after.id, changed);
    EXPECT_EQ(linesOf(edited, PackRole::Sale)[0].amount, eur(34000));
    EXPECT_EQ(linesOf(edited, PackRole::Sale)[0].description, QStringLiteral("Pacchetto autunno"));

    // Billed elsewhere: no line anywhere.
    Pack outside = pack(120, 6000, QDate(2026, 12, 1));
    outside.billedElsewhere = true;
    const PackState o = sell(outside);
    EXPECT_FALSE(o.pack.saleInvoiceId);
    EXPECT_EQ(linesOf(*invoices.get(*a.pack.saleInvoiceId), PackRole::Sale).size(), 2);
}

TEST_F(Packs, CoveredWorkBillsNothingAndTheOverageFollowsTheNewestPacksRule)
{
    // Pack A: 2 h from 1 Nov to 30 Nov (overage on the client's terms). Pack B: 1 h from 10 Nov, no
    // end, overage at its own rate of €20.00/h. Both billed elsewhere: this draft is the work's.
    Pack a = pack(120, 5000, QDate(2026, 11, 1), QDate(2026, 11, 30));
    a.billedElsewhere = true;
    Pack b = pack(60, 2500, QDate(2026, 11, 10));
    b.billedElsewhere = true;
    b.overage = packs::Overage::Rate;
    b.overageRate = eur(2000);
    const qint64 idA = sell(a).pack.id;
    const qint64 idB = sell(b).pack.id;
    // Work, billed in quarters of an hour rounded up:
    //   2 Nov 50 min → 60: A covers 60 (A has 60 left).
    //  12 Nov 70 min → 75: A covers 60, B 15 (B has 45 left).
    //  20 Nov 40 min → 45: B covers 45 (B used up).
    //  25 Nov 40 min → 45: no pack has any left: 45 min of overage, under B's rule (the newest pack
    //  covering the day) at €20.00/h = 15.00.
    log(11, 2, 50);
    log(11, 12, 70);
    log(11, 20, 40);
    const qint64 late = log(11, 25, 40);

    const PackState stateA = *packs.get(idA);
    const PackState stateB = *packs.get(idB);
    EXPECT_EQ(stateA.balance.usedSeconds, 120 * 60);
    EXPECT_EQ(stateA.balance.leftSeconds, 0);
    EXPECT_EQ(stateA.status, packs::Status::Expired) << "it ended on 30 Nov; today is 1 Dec";
    EXPECT_EQ(stateB.balance.usedSeconds, 60 * 60);
    EXPECT_EQ(stateB.status, packs::Status::Exhausted);
    EXPECT_EQ(stateB.balance.overageSeconds, 45 * 60);
    EXPECT_EQ(stateB.balance.overage, eur(1500));

    // The draft: the overage at €20.00/h, and each pack's covered time on a line at no charge.
    // Fees 15.00; INPS 4 % = 0.60; VAT 22 % on 15.60 = 3.432 → 3.43; total 19.03.
    const Invoice d = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    const QList<InvoiceLine> covered = linesOf(d, PackRole::Covered);
    ASSERT_EQ(covered.size(), 2);
    EXPECT_EQ(covered[0].packId, idA);
    EXPECT_EQ(covered[0].seconds, 120 * 60);
    EXPECT_EQ(covered[0].amount, eur(0));
    EXPECT_EQ(covered[1].packId, idB);
    EXPECT_EQ(covered[1].seconds, 60 * 60);
    const QList<InvoiceLine> billed = linesOf(d, PackRole::None);
    ASSERT_EQ(billed.size(), 1);
    EXPECT_EQ(billed[0].seconds, 45 * 60);
    EXPECT_EQ(billed[0].unitPrice, eur(2000));
    EXPECT_EQ(billed[0].amount, eur(1500));
    EXPECT_EQ(d.totals.lines, eur(1500));
    EXPECT_EQ(d.totals.contribution, eur(60));
    EXPECT_EQ(d.totals.tax, eur(343));
    EXPECT_EQ(d.totals.total, eur(1903));

    // The draft holds the work, and the packs still count it: the balances do not move.
    EXPECT_EQ(packs.get(idA)->balance.usedSeconds, 120 * 60);
    EXPECT_EQ(packs.get(idB)->balance.usedSeconds, 60 * 60);
    ASSERT_TRUE(invoices.issue(d.id).ok());
    EXPECT_EQ(packs.get(idB)->balance.usedSeconds, 60 * 60);
    // Covered work is never invoiced again.
    InvoiceRepository::DraftRequest again;
    again.clientId = verdi.id;
    again.from = QDate(2026, 11, 1);
    again.to = QDate(2026, 11, 30);
    EXPECT_FALSE(invoices.createDraft(again).ok());
    Q_UNUSED(late);
}

TEST_F(Packs, WorkBeyondAStoppingPackIsHeldBackUntilAnotherPackCoversIt)
{
    // 1 h from 1 Nov that stops when used: 2 Nov 60 min is covered; 3 Nov 60 min would be overage,
    // so it is held back, left unbilled, with a warning.
    Pack stop = pack(60, 3000, QDate(2026, 11, 1));
    stop.billedElsewhere = true;
    stop.overage = packs::Overage::Stop;
    sell(stop);
    log(11, 2, 60);
    const qint64 held = log(11, 3, 60);

    QStringList warnings;
    const Invoice d = draft(QDate(2026, 11, 1), QDate(2026, 11, 30), &warnings);
    ASSERT_EQ(d.lines.size(), 1);
    EXPECT_EQ(d.lines[0].packRole, PackRole::Covered);
    EXPECT_EQ(d.totals.total, eur(0));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("1:00"))) << warnings[0].toStdString();
    EXPECT_FALSE(entries.get(held)->invoiceId) << "held work stays unbilled";

    // A second pack from 3 Nov covers it: the next draft shows it covered.
    Pack more = pack(60, 3000, QDate(2026, 11, 3));
    more.billedElsewhere = true;
    const qint64 second = sell(more).pack.id;
    const Invoice next = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(next.lines.size(), 1);
    EXPECT_EQ(next.lines[0].packId, second);
    EXPECT_EQ(next.lines[0].seconds, 3600);
    EXPECT_EQ(entries.get(held)->invoiceId, next.id);
}

TEST_F(Packs, UnitsAndMoneyPacksCoverUsageAndTimeAtTheirOwnPrices)
{
    // Calls at €2.00 each. Pack U: 100 calls from 1 Nov; pack M: €50.00 of credit from 1 Nov.
    Service s;
    s.name = QStringLiteral("Call answering");
    s.unit = QStringLiteral("call");
    s.unitPlural = QStringLiteral("calls");
    s.unitPrice = eur(200);
    const qint64 calls = services.add(s)->id;
    Pack u = pack(0, 15000, QDate(2026, 11, 1));
    u.units.append({calls, {}, {}, {}, Quantity::fromMilli(100000)});
    u.billedElsewhere = true;
    Pack m = pack(0, 5000, QDate(2026, 11, 1));
    m.amount = eur(5000);
    m.billedElsewhere = true;
    const qint64 idU = sell(u).pack.id;
    const qint64 idM = sell(m).pack.id;
    //  5 Nov 80 calls: U covers 80 (20 left).
    //  6 Nov 30 calls: U covers 20; the other 10 are worth 10 × 2.00 = 20.00, from M (30.00 left).
    //  7 Nov 60 min at €30.00/h = 30.00: no pack has minutes, M's money covers it (0.00 left).
    //  8 Nov 30 min at the entry's €40.00/h = 20.00: nothing left; overage under M's rule (the newest
    //  pack of the day, by id), the client's terms: 20.00.
    use(calls, 5, 80);
    use(calls, 6, 30);
    log(11, 7, 60);
    log(11, 8, 30, eur(4000));

    const PackState stateU = *packs.get(idU);
    ASSERT_EQ(stateU.balance.usedUnits.size(), 1);
    EXPECT_EQ(stateU.balance.usedUnits[0].second, Quantity::fromMilli(100000));
    EXPECT_EQ(stateU.status, packs::Status::Exhausted);
    const PackState stateM = *packs.get(idM);
    EXPECT_EQ(stateM.balance.usedAmount, eur(5000));
    EXPECT_EQ(stateM.balance.leftAmount, eur(0));

    // Fees 20.00; INPS 0.80; VAT 22 % on 20.80 = 4.576 → 4.58; total 25.38.
    const Invoice d = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    const QList<InvoiceLine> billed = linesOf(d, PackRole::None);
    ASSERT_EQ(billed.size(), 1);
    EXPECT_EQ(billed[0].amount, eur(2000));
    EXPECT_EQ(d.totals.total, eur(2538));
    // Covered: M's line for the hour of 7 Nov, U's 100 calls, M's 10 calls.
    const QList<InvoiceLine> covered = linesOf(d, PackRole::Covered);
    ASSERT_EQ(covered.size(), 3);
    EXPECT_EQ(covered[0].packId, idM);
    EXPECT_EQ(covered[0].seconds, 3600);
    EXPECT_EQ(covered[1].packId, idU);
    EXPECT_EQ(covered[1].quantity, Quantity::fromMilli(100000));
    EXPECT_EQ(covered[2].packId, idM);
    EXPECT_EQ(covered[2].quantity, Quantity::fromMilli(10000));
    for (const InvoiceLine &l : covered)
        EXPECT_EQ(l.amount, eur(0));
    // Every unit and entry is on the draft, each once.
    EXPECT_EQ(sqlValue(t.db(), QStringLiteral("SELECT count(*) FROM usage_record WHERE invoice_id IS NULL"))
                  .toInt(),
              0);
    EXPECT_EQ(
        sqlValue(t.db(), QStringLiteral("SELECT count(*) FROM time_entry WHERE invoice_id IS NULL")).toInt(),
        0);
}

TEST_F(Packs, ARetainerRenewsEachMonthAndRollsUnusedHoursOverUpToItsCap)
{
    // 20 h a month for €550.00 from 1 Sep, unused hours carried over up to 5 h. Today is 1 Dec: the
    // periods of Sep, Oct, Nov and Dec exist, each sold on the draft.
    Pack r = pack(1200, 55000, QDate(2026, 9, 1));
    r.renewal = Renewal::Monthly;
    r.rolloverCapMinutes = 300;
    const PackState first = sell(r);
    EXPECT_EQ(first.pack.until, QDate(2026, 9, 30));
    const QList<PackState> all = *packs.list(verdi.id, true);
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all[3].pack.from, QDate(2026, 12, 1));
    EXPECT_EQ(all[3].pack.until, QDate(2026, 12, 31));
    EXPECT_EQ(all[3].pack.renewedFrom, all[2].pack.id);
    const Invoice sale = *invoices.get(*first.pack.saleInvoiceId);
    EXPECT_EQ(linesOf(sale, PackRole::Sale).size(), 4);
    EXPECT_EQ(sale.totals.lines, eur(220000));

    // Sep: 10 h used, 10 h left → 5 h (the cap) into Oct: 25 h.
    // Oct: 22 h used → 3 h left, all carried into Nov: 23 h.
    // Nov: nothing used → 23 h left → 5 h (the cap) into Dec: 25 h.
    log(9, 15, 600);
    log(10, 5, 660);
    log(10, 6, 660);
    const QList<PackState> now = *packs.list(verdi.id, true);
    EXPECT_EQ(now[0].balance.leftSeconds, 10 * 3600);
    EXPECT_EQ(now[1].balance.rolledInSeconds, 5 * 3600);
    EXPECT_EQ(now[1].balance.leftSeconds, 3 * 3600);
    EXPECT_EQ(now[2].balance.rolledInSeconds, 3 * 3600);
    EXPECT_EQ(now[2].balance.leftSeconds, 23 * 3600);
    EXPECT_EQ(now[3].balance.rolledInSeconds, 5 * 3600);
    EXPECT_EQ(now[3].balance.leftSeconds, 25 * 3600);
    // Only Dec's period is current.
    const QList<PackState> current = *packs.list(verdi.id);
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current[0].pack.id, now[3].pack.id);

    // The months: each period sold at €550.00 for 20 h. Used: Sep 10 h, Oct 22 h. Ended by today:
    // Sep (10 h left, 5 h carried over: 5 h unused), Oct (3 h left, all carried: 0), Nov (23 h left,
    // 5 h carried: 18 h unused); Dec runs on.
    const QList<PackMonth> months = *packs.monthly(QDate(2026, 9, 1), QDate(2026, 12, 31));
    ASSERT_EQ(months.size(), 4);
    const qint64 usedSeconds[] = {10 * 3600, 22 * 3600, 0, 0};
    const int ended[] = {1, 1, 1, 0};
    const qint64 unusedSeconds[] = {5 * 3600, 0, 18 * 3600, 0};
    for (int k = 0; k < 4; ++k) {
        EXPECT_EQ(months[k].month, 9 + k);
        EXPECT_EQ(months[k].sold, 1);
        EXPECT_EQ(months[k].soldMinutes, 1200);
        EXPECT_EQ(months[k].soldValue.sums(), QList<Money>{eur(55000)});
        EXPECT_EQ(months[k].usedSeconds, usedSeconds[k]) << k;
        EXPECT_EQ(months[k].expired, ended[k]) << k;
        EXPECT_EQ(months[k].unusedSeconds, unusedSeconds[k]) << k;
    }
    expectRefused([&] { return packs.monthly(QDate(2026, 12, 1), QDate(2026, 11, 1)); },
                  QStringLiteral("period"));

    // Nothing is due again today; on 1 Jan the next period comes, on the newest draft.
    EXPECT_TRUE(packs.renewDue()->isEmpty());
    t.clock().setLocal(2027, 1, 1, 8, 0);
    const QList<PackState> made = *packs.renewDue();
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made[0].pack.from, QDate(2027, 1, 1));
    EXPECT_EQ(made[0].pack.saleInvoiceId, first.pack.saleInvoiceId);
}

TEST_F(Packs, OnceItsSaleIsIssuedAPackCannotShrinkBelowWhatWasUsed)
{
    // 10 h for €300.00 from 1 Nov, sold on an invoice that is issued; 4 h of work on 2 and 3 Nov.
    const PackState sold = sell(pack(600, 30000, QDate(2026, 11, 1)));
    ASSERT_TRUE(invoices.issue(*sold.pack.saleInvoiceId).ok());
    const qint64 first = log(11, 2, 120);
    log(11, 3, 120);
    const PackState state = *packs.get(sold.pack.id);
    ASSERT_TRUE(state.pack.saleIssued());
    EXPECT_EQ(state.balance.usedSeconds, 4 * 3600);

    Pack smaller = state.pack;
    smaller.minutes = 180;
    expectRefused([&] { return packs.edit(smaller); }, QStringLiteral("pack"));
    Pack later = state.pack;
    later.from = QDate(2026, 11, 3);
    expectRefused([&] { return packs.edit(later); }, QStringLiteral("pack"));
    Pack cheaper = state.pack;
    cheaper.price = eur(25000);
    expectRefused([&] { return packs.edit(cheaper); }, QStringLiteral("price"));
    expectRefused([&] { return packs.close(sold.pack.id, QDate(2026, 11, 2)); }, QStringLiteral("pack"));

    // Down to what was used, or more, is fine.
    Pack exact = state.pack;
    exact.minutes = 240;
    ASSERT_TRUE(packs.edit(exact).ok());
    EXPECT_EQ(packs.get(sold.pack.id)->status, packs::Status::Exhausted);
    exact.minutes = 720;
    ASSERT_TRUE(packs.edit(exact).ok());

    // Deleting covered work gives it back: the balance is drawn from the work every time.
    ASSERT_TRUE(entries.remove(first).ok());
    EXPECT_EQ(packs.get(sold.pack.id)->balance.usedSeconds, 2 * 3600);
    EXPECT_EQ(packs.get(sold.pack.id)->balance.leftSeconds, 10 * 3600);

    const PackState closed = *packs.close(sold.pack.id);
    EXPECT_EQ(closed.status, packs::Status::Closed);
    EXPECT_EQ(closed.pack.closedOn, QDate(2026, 12, 1));
    expectRefused([&] { return packs.close(sold.pack.id); }, QStringLiteral("pack"));
}

TEST_F(Packs, ACreditNoteForThePacksSaleVoidsItButNotWhatIssuedInvoicesSayItCovered)
{
    // 2 h from 1 Dec, sold for €60.00 on an invoice dated 1 Dec; today is 10 Dec. 2 Dec's hour is
    // billed as covered on an issued invoice; 9 Dec's hour is not billed yet. The sale is cancelled by
    // a credit note dated 5 Dec: the client is paid back the whole price, so the pack is void from
    // its first day. 2 Dec stays as its issued invoice says; 9 Dec bills on the client's terms:
    // 1 h × 30.00. Fees 30.00; INPS 4 % = 1.20; VAT 22 % on 31.20 = 6.864 → 6.86; total 38.06.
    t.clock().setLocal(2026, 12, 10, 10, 0);
    const PackState sold = sell(pack(120, 6000, QDate(2026, 12, 1)));
    ASSERT_TRUE(invoices.issue(*sold.pack.saleInvoiceId, QDate(2026, 12, 1)).ok());
    log(12, 2, 60);
    const Invoice covered = draft(QDate(2026, 12, 1), QDate(2026, 12, 3));
    ASSERT_EQ(linesOf(covered, PackRole::Covered).size(), 1);
    ASSERT_TRUE(invoices.issue(covered.id).ok());
    log(12, 9, 60);
    EXPECT_EQ(packs.get(sold.pack.id)->balance.usedSeconds, 2 * 3600);

    auto credit = invoices.cancel(*sold.pack.saleInvoiceId, QDate(2026, 12, 5));
    ASSERT_TRUE(credit.ok()) << credit.error().message().toStdString();
    EXPECT_EQ(credit->totals.lines, eur(6000));
    const PackState closed = *packs.get(sold.pack.id);
    EXPECT_EQ(closed.pack.closedOn, QDate(2026, 11, 30));
    EXPECT_EQ(closed.status, packs::Status::Closed);
    EXPECT_EQ(closed.pack.saleStatus, InvoiceStatus::Cancelled);
    EXPECT_EQ(closed.balance.usedSeconds, 3600) << "what the issued invoice says it covered";

    const Invoice d = draft(QDate(2026, 12, 1), QDate(2026, 12, 10));
    EXPECT_TRUE(linesOf(d, PackRole::Covered).isEmpty());
    ASSERT_EQ(linesOf(d, PackRole::None).size(), 1);
    EXPECT_EQ(linesOf(d, PackRole::None)[0].amount, eur(3000));
    EXPECT_EQ(d.totals.total, eur(3806));
    ASSERT_TRUE(invoices.issue(d.id).ok());
}

TEST_F(Packs, WrongPacksAreRefusedAndChangeNothing)
{
    Service s;
    s.name = QStringLiteral("Scanning");
    s.unit = QStringLiteral("page");
    s.unitPrice = eur(10);
    const qint64 pages = services.add(s)->id;
    const QDate nov1(2026, 11, 1);

    expectRefused([&] { return packs.add(pack(0, 100, nov1)); }, QStringLiteral("minutes"));
    expectRefused([&] { return packs.add(pack(-5, 100, nov1)); }, QStringLiteral("minutes"));
    expectRefused([&] { return packs.add(pack(60, -1, nov1)); }, QStringLiteral("price"));
    Pack dollars = pack(60, 100, nov1);
    dollars.price = Money(100, USD);
    expectRefused([&] { return packs.add(dollars); }, QStringLiteral("price"));
    expectRefused([&] { return packs.add(pack(60, 100, nov1, QDate(2026, 10, 31))); },
                  QStringLiteral("until"));
    expectRefused([&] { return packs.add(pack(60, 100, QDate(1999, 1, 1))); }, QStringLiteral("from"));
    Pack noRate = pack(60, 100, nov1);
    noRate.overage = packs::Overage::Rate;
    expectRefused([&] { return packs.add(noRate); }, QStringLiteral("overage"));
    Pack rollover = pack(60, 100, nov1);
    rollover.rolloverCapMinutes = 30;
    expectRefused([&] { return packs.add(rollover); }, QStringLiteral("rolloverCap"));
    Pack retainer = pack(60, 100, nov1, QDate(2026, 11, 15));
    retainer.renewal = Renewal::Monthly;
    expectRefused([&] { return packs.add(retainer); }, QStringLiteral("until"));
    Pack unknown = pack(0, 100, nov1);
    unknown.units.append({9999, {}, {}, {}, Quantity::fromMilli(1000)});
    expectRefused([&] { return packs.add(unknown); }, QStringLiteral("units"));
    Pack twice = pack(0, 100, nov1);
    twice.units.append({pages, {}, {}, {}, Quantity::fromMilli(1000)});
    twice.units.append({pages, {}, {}, {}, Quantity::fromMilli(2000)});
    expectRefused([&] { return packs.add(twice); }, QStringLiteral("units"));
    Pack nobody = pack(60, 100, nov1);
    nobody.clientId = 4242;
    expectRefused([&] { return packs.add(nobody); }, QStringLiteral("client"));
    ASSERT_TRUE(clients.setArchived(verdi.id, true).ok());
    expectRefused([&] { return packs.add(pack(60, 100, nov1)); }, QStringLiteral("client"));
    expectRefused([&] { return packs.close(4242); }, QStringLiteral("pack"));
}

TEST_F(Packs, TheStatementListsTheWorkThatDrewThePackInTheClientsLanguage)
{
    // An Italian client's pack: 2 h and €50.00 of credit from 1 Nov. Pages at €0.10, which the pack
    // has no units of: their worth comes out of the credit.
    Client it = verdi;
    it.language = QStringLiteral("it");
    ASSERT_TRUE(clients.update(it).ok());
    Service s;
    s.name = QStringLiteral("Scansione");
    s.unit = QStringLiteral("pagina");
    s.unitPlural = QStringLiteral("pagine");
    s.unitPrice = eur(10);
    const qint64 pages = services.add(s)->id;
    Pack p = pack(120, 8000, QDate(2026, 11, 1));
    p.amount = eur(5000);
    const qint64 id = sell(p).pack.id;
    //  2 Nov 60 min "Email": 1:00 from the time, 1:00 left.
    //  3 Nov 90 min: 1:00 from the time (0:00 left); 30 min × €30.00/h = €15.00 from the credit (€35.00
    //  left). 4 Nov 5 pages × €0.10 = €0.50 from the credit (€34.50 left).
    TimeEntry e;
    e.clientId = verdi.id;
    e.task = QStringLiteral("Email");
    e.start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), t.clock().timeZone()).toSecsSinceEpoch();
    e.end = e.start + 3600;
    ASSERT_TRUE(entries.add(e).ok());
    log(11, 3, 90);
    use(pages, 4, 5);

    const PackStatement statement = *packs.statement(id);
    ASSERT_EQ(statement.lines.size(), 3);
    EXPECT_EQ(statement.lines[0].seconds, 3600);
    EXPECT_EQ(statement.lines[0].leftSeconds, 3600);
    EXPECT_EQ(statement.lines[1].seconds, 3600);
    EXPECT_EQ(statement.lines[1].money, eur(1500));
    EXPECT_EQ(statement.lines[1].leftMoney, eur(3500));
    EXPECT_EQ(statement.lines[2].money, eur(50));
    EXPECT_EQ(statement.lines[2].leftMoney, eur(3450));

    EXPECT_EQ(packstatement::csv(statement),
              QByteArray("Data,Descrizione,Ore scalate,Ore residue,Credito scalato,Credito residuo\r\n"
                         "2026-11-02,Email,1.00,1.00,,50.00\r\n"
                         "2026-11-03,,1.00,0.00,15.00,35.00\r\n"
                         "2026-11-04,Scansione,,0.00,0.50,34.50\r\n"));

    TempDir dir;
    const QString pdf = dir.file(QStringLiteral("estratto.pdf"));
    ASSERT_TRUE(packstatement::writePdf(statement, pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000)) << "pdftotext (poppler-utils) is needed by this test";
    const QString read = QString::fromUtf8(text.readAllStandardOutput());
    for (const char *expected :
         {"Estratto del pacchetto prepagato", "Studio Verdi", "Pacchetto prepagato", "Ore scalate",
          "Credito residuo", "2 nov 2026", "Scansione", "34,50", "Utilizzato 2:00", "Residuo 0:00"})
        EXPECT_TRUE(read.contains(QString::fromUtf8(expected))) << expected << "\n" << read.toStdString();
    expectRefused([&] { return packs.statement(4242); }, QStringLiteral("pack"));
}

TEST_F(Packs, APacksMinutesAndCreditCoverOneEntryOnOneLine)
{
    // 10 h and €100.00 of credit from 1 Nov. One 12 h entry on 2 Nov: 10 h from the minutes, the
    // other 2 h × €30.00 = €60.00 from the credit (€40.00 left). All of it on the pack's line.
    Pack both = pack(600, 40000, QDate(2026, 11, 1));
    both.amount = eur(10000);
    both.billedElsewhere = true;
    const qint64 id = sell(both).pack.id;
    log(11, 2, 720);
    const Invoice d = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(d.lines.size(), 1);
    EXPECT_EQ(d.lines[0].packId, id);
    EXPECT_EQ(d.lines[0].seconds, 12 * 3600);
    EXPECT_EQ(d.totals.total, eur(0));
    EXPECT_EQ(packs.get(id)->balance.leftAmount, eur(4000));
}

TEST_F(Packs, AStoppingPackHoldsBackOnlyTheWorkItCoversAndNotWhatItsCreditPaid)
{
    // 1 h that stops, with €30.00 of credit, 1–5 Nov. 2 Nov 2 h: 1 h from the minutes, the other
    // hour's €30.00 from the credit: covered, not held. An hour that stops from 20 Nov (no credit):
    // calls at €2.00 are no work of its, so 5 calls on 21 Nov bill as ever, €10.00.
    // Fees 10.00; INPS 0.40; VAT 22 % on 10.40 = 2.288 → 2.29; total 12.69.
    Service s;
    s.name = QStringLiteral("Call answering");
    s.unit = QStringLiteral("call");
    s.unitPrice = eur(200);
    const qint64 calls = services.add(s)->id;
    Pack stop = pack(60, 3000, QDate(2026, 11, 1), QDate(2026, 11, 5));
    stop.amount = eur(3000);
    stop.overage = packs::Overage::Stop;
    stop.billedElsewhere = true;
    sell(stop);
    Pack hours = pack(60, 3000, QDate(2026, 11, 20));
    hours.overage = packs::Overage::Stop;
    hours.billedElsewhere = true;
    sell(hours);
    log(11, 2, 120);
    use(calls, 21, 5);
    QStringList warnings;
    const Invoice d = draft(QDate(2026, 11, 1), QDate(2026, 11, 30), &warnings);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(linesOf(d, PackRole::Covered).size(), 1);
    EXPECT_EQ(linesOf(d, PackRole::Covered)[0].seconds, 2 * 3600);
    ASSERT_EQ(linesOf(d, PackRole::None).size(), 1);
    EXPECT_EQ(linesOf(d, PackRole::None)[0].amount, eur(1000));
    EXPECT_EQ(d.totals.total, eur(1269));

    // Removing one half of work a pack covered in part is refused: it would bill the rest twice or never.
    Pack small = pack(60, 0, QDate(2026, 11, 10), QDate(2026, 11, 15));
    small.billedElsewhere = true;
    small.overage = packs::Overage::Client;
    ASSERT_TRUE(clients.get(verdi.id).ok());
    sell(small);
    log(11, 11, 90);
    const Invoice split = draft(QDate(2026, 11, 10), QDate(2026, 11, 30));
    ASSERT_EQ(split.lines.size(), 2);
    expectRefused([&] { return invoices.removeLine(split.id, split.lines[0].id); }, QStringLiteral("line"));
    expectRefused([&] { return invoices.removeLine(split.id, split.lines[1].id); }, QStringLiteral("line"));
}

TEST_F(Packs, AMonthlyRetainerFromThe31stKeepsToTheEndOfEachMonth)
{
    // From 31 Jan 2027, seen on 1 Apr: periods start on 31 Jan, 28 Feb (the month's last day), 31 Mar.
    t.clock().setLocal(2027, 4, 1, 9, 0);
    Pack r = pack(600, 30000, QDate(2027, 1, 31));
    r.renewal = Renewal::Monthly;
    r.billedElsewhere = true;
    sell(r);
    const QList<PackState> all = *packs.list(verdi.id, true);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].pack.until, QDate(2027, 2, 27));
    EXPECT_EQ(all[1].pack.from, QDate(2027, 2, 28));
    EXPECT_EQ(all[1].pack.until, QDate(2027, 3, 30));
    EXPECT_EQ(all[2].pack.from, QDate(2027, 3, 31));
    EXPECT_EQ(all[2].pack.until, QDate(2027, 4, 29));

    // A client with packs keeps its currency.
    Client changed = verdi;
    changed.setCurrency(USD);
    expectRefused([&] { return clients.update(changed); }, QStringLiteral("currency"));
}

TEST_F(Packs, WhatAnIssuedInvoiceSaysAPackCoveredStaysWhateverIsAddedOrChangedLater)
{
    // 2 h from 1 Nov, billed elsewhere (so no sale invoice protects it). Work in quarters rounded up:
    // 12 Nov 60 min and 20 Nov 90 min. The pack covers 60 + 60; 30 min are over, on the client's
    // terms at €30.00/h = €15.00. That invoice is issued.
    Pack p = pack(120, 6000, QDate(2026, 11, 1));
    p.billedElsewhere = true;
    const qint64 id = sell(p).pack.id;
    log(11, 12, 60);
    log(11, 20, 90);
    const Invoice first = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    EXPECT_EQ(first.totals.lines, eur(1500));
    ASSERT_TRUE(invoices.issue(first.id).ok());
    EXPECT_EQ(packs.get(id)->balance.usedSeconds, 120 * 60);

    // An hour done on 5 Nov is logged late. Drawn in the order of the work it would take the pack's
    // first hour and push 60 of the issued minutes out of it, so that the issued invoice would be
    // wrong and 60 covered minutes would never be billed. The issued invoice is settled: the pack
    // stays used by what it says, and the late hour is billed: 1 h × €30.00 = €30.00.
    // Fees 30.00; INPS 4 % = 1.20; VAT 22 % on 31.20 = 6.864 → 6.86; total 38.06.
    const qint64 late = log(11, 5, 60);
    const PackState state = *packs.get(id);
    EXPECT_EQ(state.balance.usedSeconds, 120 * 60);
    EXPECT_EQ(state.balance.leftSeconds, 0);
    EXPECT_EQ(state.balance.overageSeconds, 90 * 60) << "30 min issued, 60 min now";
    auto unbilled = UnbilledWork(t.db(), t.clock()).forClient(verdi.id);
    ASSERT_TRUE(unbilled.ok());
    auto coverage = packs.coverage(verdi);
    ASSERT_TRUE(coverage.ok());
    const CoveredShare share = coveredShare(coveredParts(unbilled->statement, *coverage), EUR);
    EXPECT_EQ(share.coveredSeconds, 0);
    EXPECT_EQ(share.billable, eur(3000));

    // Changing the pack so that it would no longer cover what the issued invoice says it did is
    // refused, sale issued or not: fewer minutes, a later first day, closing it before that work.
    Pack smaller = state.pack;
    smaller.minutes = 60;
    expectRefused([&] { return packs.edit(smaller); }, QStringLiteral("pack"));
    Pack later = state.pack;
    later.from = QDate(2026, 11, 15);
    expectRefused([&] { return packs.edit(later); }, QStringLiteral("pack"));
    expectRefused([&] { return packs.close(id, QDate(2026, 11, 13)); }, QStringLiteral("pack"));

    // A second pack of 1 h from 1 Nov takes the late hour; the first keeps what was issued.
    Pack more = pack(60, 3000, QDate(2026, 11, 1));
    more.billedElsewhere = true;
    const qint64 second = sell(more).pack.id;
    EXPECT_EQ(packs.get(id)->balance.usedSeconds, 120 * 60);
    EXPECT_EQ(packs.get(second)->balance.usedSeconds, 60 * 60);
    const Invoice next = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(next.lines.size(), 1);
    EXPECT_EQ(next.lines[0].packId, second);
    EXPECT_EQ(next.totals.total, eur(0));
    EXPECT_EQ(entries.get(late)->invoiceId, next.id);
    // The statement of the first pack still lists the two issued entries, an hour each.
    auto statement = packs.statement(id);
    ASSERT_TRUE(statement.ok());
    qint64 listed = 0;
    for (const PackStatement::Line &l : statement->lines)
        listed += l.seconds;
    EXPECT_EQ(listed, 120 * 60);

    // Cancelled, the invoice no longer settles anything: its work is free and draws again.
    ASSERT_TRUE(invoices.deleteDraft(next.id).ok());
    ASSERT_TRUE(invoices.cancel(first.id).ok());
    EXPECT_EQ(packs.get(id)->balance.usedSeconds, 120 * 60);
    // 5 and 12 Nov draw the first pack's 2 h; 20 Nov (90 min) the second's hour, 30 min over.
    EXPECT_EQ(packs.get(second)->balance.usedSeconds, 60 * 60);
    EXPECT_EQ(packs.get(second)->balance.overageSeconds, 30 * 60);
}

TEST_F(Packs, APackGoesWithTheDraftOrLineThatSellsItUnlessWorkDrawsOnIt)
{
    // Sold on a new draft of its own; deleting that draft deletes the pack: nobody bought it.
    const PackState sold = sell(pack(600, 30000, QDate(2026, 11, 1)));
    ASSERT_TRUE(invoices.deleteDraft(*sold.pack.saleInvoiceId).ok());
    EXPECT_EQ(packs.get(sold.pack.id).error().code(), ErrorCode::NotFound);
    EXPECT_TRUE(packs.list(verdi.id, true)->isEmpty());

    // Removing the sale line alone does the same.
    const PackState again = sell(pack(600, 30000, QDate(2026, 11, 1)));
    const Invoice saleDraft = *invoices.get(*again.pack.saleInvoiceId);
    ASSERT_EQ(linesOf(saleDraft, PackRole::Sale).size(), 1);
    ASSERT_TRUE(invoices.removeLine(saleDraft.id, linesOf(saleDraft, PackRole::Sale)[0].id).ok());
    EXPECT_EQ(packs.get(again.pack.id).error().code(), ErrorCode::NotFound);
    ASSERT_TRUE(invoices.deleteDraft(saleDraft.id).ok());

    // Once work on another draft is drawn against it, its sale cannot go alone: refused, nothing
    // changes. With that draft deleted, it can.
    const PackState third = sell(pack(600, 30000, QDate(2026, 11, 1)));
    log(11, 2, 60);
    const Invoice work = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(linesOf(work, PackRole::Covered).size(), 1);
    ASSERT_NE(work.id, *third.pack.saleInvoiceId);
    expectRefused([&] { return invoices.deleteDraft(*third.pack.saleInvoiceId); }, QStringLiteral("pack"));
    const Invoice sale = *invoices.get(*third.pack.saleInvoiceId);
    expectRefused([&] { return invoices.removeLine(sale.id, linesOf(sale, PackRole::Sale)[0].id); },
                  QStringLiteral("pack"));
    ASSERT_TRUE(invoices.deleteDraft(work.id).ok());
    ASSERT_TRUE(invoices.deleteDraft(sale.id).ok());
    EXPECT_EQ(packs.get(third.pack.id).error().code(), ErrorCode::NotFound);
}

TEST_F(Packs, ADraftWhosePackCoverageChangedIsNotIssuedUntilMadeAgain)
{
    // 1 h from 1 Nov, billed elsewhere. A draft of 12 Nov's hour shows it covered. Then an hour done
    // on 5 Nov is logged: drawn in the order of the work, the pack now covers 5 Nov, not 12 Nov, and
    // the draft would bill as covered an hour the pack no longer covers. Issuing it is refused and
    // changes nothing; made again, it bills 12 Nov at €30.00 and shows 5 Nov covered.
    // Fees 30.00; INPS 4 % = 1.20; VAT 22 % on 31.20 = 6.864 → 6.86; total 38.06.
    Pack p = pack(60, 3000, QDate(2026, 11, 1));
    p.billedElsewhere = true;
    const qint64 id = sell(p).pack.id;
    log(11, 12, 60);
    const Invoice stale = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    EXPECT_EQ(stale.totals.total, eur(0));
    log(11, 5, 60);
    expectRefused([&] { return invoices.issue(stale.id); }, QStringLiteral("packs"));

    ASSERT_TRUE(invoices.deleteDraft(stale.id).ok());
    const Invoice fresh = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(linesOf(fresh, PackRole::Covered).size(), 1);
    EXPECT_EQ(linesOf(fresh, PackRole::Covered)[0].packId, id);
    EXPECT_EQ(fresh.totals.total, eur(3806));
    ASSERT_TRUE(invoices.issue(fresh.id).ok());
    EXPECT_EQ(packs.get(id)->balance.usedSeconds, 3600);
}

TEST_F(Packs, DeletingTheDraftOfARetainersPeriodsTakesThemAllAndCancelledHistoryKeepsAPackVoided)
{
    // A retainer from 1 Oct: its Oct, Nov and Dec periods are sold on one draft. Deleting it deletes
    // all three, each period naming the one before.
    Pack r = pack(600, 30000, QDate(2026, 10, 1));
    r.renewal = Renewal::Monthly;
    const PackState first = sell(r);
    ASSERT_EQ(packs.list(verdi.id, true)->size(), 3);
    ASSERT_TRUE(invoices.deleteDraft(*first.pack.saleInvoiceId).ok());
    EXPECT_TRUE(packs.list(verdi.id, true)->isEmpty());

    // 10 h from 1 Nov sold on draft S; 2 Nov's hour drawn against it on invoice W, issued, then
    // cancelled. W's records are history: deleting S keeps the pack, voided (it covers no day).
    const PackState sold = sell(pack(600, 30000, QDate(2026, 11, 1)));
    log(11, 2, 60);
    const Invoice work = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(linesOf(work, PackRole::Covered).size(), 1);
    ASSERT_TRUE(invoices.issue(work.id).ok());
    ASSERT_TRUE(invoices.cancel(work.id).ok());
    auto deleted = invoices.deleteDraft(*sold.pack.saleInvoiceId);
    ASSERT_TRUE(deleted.ok()) << deleted.error().message().toStdString();
    const PackState voided = *packs.get(sold.pack.id);
    EXPECT_EQ(voided.pack.closedOn, QDate(2026, 10, 31));
    EXPECT_EQ(voided.status, packs::Status::Closed);
    // 2 Nov's hour is free again, and no pack covers it: 1 h × €30.00.
    // Fees 30.00; INPS 4 % = 1.20; VAT 22 % on 31.20 = 6.864 → 6.86; total 38.06.
    const Invoice again = draft(QDate(2026, 11, 1), QDate(2026, 11, 30));
    EXPECT_TRUE(linesOf(again, PackRole::Covered).isEmpty());
    EXPECT_EQ(again.totals.total, eur(3806));
}
