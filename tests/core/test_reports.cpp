// Reports add up: per client and month, the invoiced figures are the invoices' nets (less credit
// notes) and the unbilled ones are what an invoice would bill; payments and what is still owed
// follow the invoices; unpaid invoices fall in the right age bucket at each edge.

#include "business/business.h"
#include "business/settings.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "reports/reports.h"
#include "work/servicerepository.h"
#include "work/timeentryrepository.h"
#include "work/unbilledwork.h"
#include "work/usagerepository.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

#include <limits>

using namespace minuta;
using namespace minuta::test;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");

class ReportsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 12, 10, 18, 0);
        Settings settings(t.db());
        BusinessDefaults d = *settings.businessDefaults();
        d.currency = EUR;
        d.hourlyRate = Money(2500, EUR);
        ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
        BusinessRepository business(t.db(), t.clock());
        BusinessProfile profile = business.get().value();
        profile.name = QStringLiteral("Giulia Rossi");
        profile.taxProfileId = QStringLiteral("it-ordinario");
        ASSERT_TRUE(business.save(profile).ok());

        Client c = *settings.newClient();
        c.name = QStringLiteral("ACME");
        c.hourlyRate = Money(3000, EUR);
        c.billing = {15, RoundingMode::Up, 0};
        acme = clients.add(c).value();
        c.name = QStringLiteral("Bianchi");
        c.hourlyRate.reset(); // the default rate
        c.billing = {6, RoundingMode::Nearest, 30};
        bianchi = clients.add(c).value();

        Service s;
        s.name = QStringLiteral("Calls");
        s.unit = QStringLiteral("call");
        s.unitPrice = Money(150, EUR);
        calls = ServiceRepository(t.db(), t.clock()).add(s).value();
        ASSERT_TRUE(
            ServiceRepository(t.db(), t.clock()).setClientPrice(bianchi.id, calls.id, Money(125, EUR)).ok());
    }

    qint64 local(int y, int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), t.clock().timeZone()).toSecsSinceEpoch();
    }

    void log(qint64 clientId, qint64 start, int minutes, bool billable = true,
             std::optional<qint64> rate = {})
    {
        TimeEntry e;
        e.clientId = clientId;
        e.start = start;
        e.end = start + minutes * 60;
        e.billable = billable;
        if (rate)
            e.rateOverride = Money(*rate, EUR);
        ASSERT_TRUE(TimeEntryRepository(t.db(), t.clock()).add(e).ok());
    }

    void use(qint64 clientId, qint64 at, qint64 milli)
    {
        Usage u;
        u.clientId = clientId;
        u.serviceId = calls.id;
        u.at = at;
        u.quantity = Quantity::fromMilli(milli);
        ASSERT_TRUE(UsageRepository(t.db(), t.clock()).add(u).ok());
    }

    // Drafts and issues the client's work in [from, to] with the given dates; returns the invoice.
    Invoice issue(qint64 clientId, QDate from, QDate to, QDate issued, std::optional<QDate> due = {})
    {
        InvoiceRepository invoices(t.db(), t.clock());
        InvoiceRepository::DraftRequest r;
        r.clientId = clientId;
        r.from = from;
        r.to = to;
        r.issueDate = issued;
        r.grouping = Grouping::Task;
        const Invoice draft = invoices.createDraft(r).value().invoice;
        if (due) {
            InvoiceRepository::DraftChanges changes;
            changes.dueDate = due;
            EXPECT_TRUE(invoices.updateDraft(draft.id, changes).ok());
        }
        return invoices.issue(draft.id, issued).value();
    }

    void fillOctoberAndNovember()
    {
        // October: ACME 37 min (45 billed) + 2 h at its own 50.00 + a free hour; Bianchi 10 min → 30 min.
        log(acme.id, local(2026, 10, 5, 9, 0), 37);
        log(acme.id, local(2026, 10, 6, 9, 0), 120, true, 5000);
        log(acme.id, local(2026, 10, 7, 9, 0), 60, false);
        log(bianchi.id, local(2026, 10, 8, 9, 0), 10);
        use(acme.id, local(2026, 10, 9, 17, 0), 3000);
        use(bianchi.id, local(2026, 10, 9, 17, 0), 2500); // 2.5 calls at 1.25
        // November: ACME 1 h 01 → 1 h 15; Bianchi 44 min → 42 min.
        log(acme.id, local(2026, 11, 2, 9, 0), 61);
        log(bianchi.id, local(2026, 11, 3, 9, 0), 44);
    }

    TestDatabase t;
    ClientRepository clients{t.db(), t.clock()};
    Client acme;
    Client bianchi;
    Service calls;
};

} // namespace

TEST_F(ReportsTest, WorkIsPricedExactlyAsAnInvoiceWouldBillIt)
{
    fillOctoberAndNovember();
    ReportFilter filter{QDate(2026, 10, 1), QDate(2026, 11, 30), std::nullopt};
    const QList<MonthlyRow> rows = Reports(t.db(), t.clock()).monthly(filter).value();
    ASSERT_EQ(rows.size(), 4);
    const MonthlyRow &acmeOctober = rows[0];
    EXPECT_EQ(acmeOctober.month, QDate(2026, 10, 1));
    EXPECT_EQ(acmeOctober.clientName, QStringLiteral("ACME"));
    EXPECT_EQ(acmeOctober.seconds, (37 + 120 + 60) * 60);
    EXPECT_EQ(acmeOctober.billableSeconds, (37 + 120) * 60);
    EXPECT_EQ(acmeOctober.billable, Money(2250 + 10000 + 450, EUR)); // 45 min × 30, 2 h × 50, 3 calls
    EXPECT_EQ(acmeOctober.unbilled, acmeOctober.billable);
    EXPECT_EQ(rows[1].clientName, QStringLiteral("Bianchi"));
    EXPECT_EQ(rows[1].billable, Money(1250 + 313, EUR)) << "30 min minimum at 25.00, 2.5 calls at 1.25";

    // The unbilled figures are what the unbilled-work statement (and so an invoice) would bill.
    for (const Client &c : {acme, bianchi}) {
        for (const QDate &month : {QDate(2026, 10, 1), QDate(2026, 11, 1)}) {
            const auto statement =
                UnbilledWork(t.db(), t.clock()).forClient(c.id, month, month.addMonths(1).addDays(-1));
            ASSERT_TRUE(statement.ok());
            const auto row = std::find_if(rows.begin(), rows.end(), [&](const MonthlyRow &r) {
                return r.clientId == c.id && r.month == month;
            });
            ASSERT_NE(row, rows.end());
            EXPECT_EQ(row->unbilled, statement->statement.total)
                << c.name.toStdString() << " " << month.month();
        }
    }
}

TEST_F(ReportsTest, InvoicedPaidAndOutstandingAddUpToTheInvoices)
{
    fillOctoberAndNovember();
    const Invoice october = issue(acme.id, QDate(2026, 10, 1), QDate(2026, 10, 31), QDate(2026, 11, 2));
    const Invoice bianchiOctober =
        issue(bianchi.id, QDate(2026, 10, 1), QDate(2026, 10, 31), QDate(2026, 11, 2));
    InvoiceRepository invoices(t.db(), t.clock());
    ASSERT_TRUE(invoices.addPayment(october.id, QDate(2026, 12, 1), Money(10000, EUR)).ok());
    // Bianchi's is cancelled with a credit note in December: invoiced in November, taken back in December.
    ASSERT_TRUE(invoices.cancel(bianchiOctober.id, QDate(2026, 12, 3)).ok());

    const QList<MonthlyRow> rows =
        Reports(t.db(), t.clock()).monthly({QDate(2026, 10, 1), QDate(2026, 12, 31), std::nullopt}).value();
    Money invoiced = Money::zero(EUR), paid = Money::zero(EUR), outstanding = Money::zero(EUR),
          unbilled = Money::zero(EUR);
    for (const MonthlyRow &r : rows) {
        invoiced = invoiced.plus(r.invoiced).value();
        paid = paid.plus(r.paid).value();
        outstanding = outstanding.plus(r.outstanding).value();
        unbilled = unbilled.plus(r.unbilled).value();
    }
    EXPECT_EQ(invoiced, october.totals.net) << "Bianchi's invoice and its credit note cancel out";
    // Net and gross side by side, gross on the basis of what was paid: ACME's October work is worth
    // €127.00 (45 min × €30, 2 h × €50, 3 calls × €1.50); VAT at 22 % adds €27.94, so the client is
    // asked €154.94 (no contribution, no withholding); €100.00 of it is paid.
    EXPECT_EQ(october.totals.net, Money(12700, EUR));
    EXPECT_EQ(october.totals.due, Money(15494, EUR));
    Money invoicedGross = Money::zero(EUR);
    for (const MonthlyRow &r : rows)
        invoicedGross = invoicedGross.plus(r.invoicedGross).value();
    EXPECT_EQ(invoicedGross, Money(15494, EUR));
    EXPECT_EQ(invoicedGross, paid.plus(outstanding).value()) << "paid and outstanding add up to the gross";
    EXPECT_EQ(paid, Money(10000, EUR));
    EXPECT_EQ(outstanding, october.totals.due.minus(Money(10000, EUR)).value());

    // Per month: invoiced where issued, paid where paid.
    const auto find = [&](qint64 clientId, QDate month) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const MonthlyRow &r) {
            return r.clientId == clientId && r.month == month;
        });
        return it == rows.end() ? MonthlyRow{} : *it;
    };
    EXPECT_EQ(find(acme.id, QDate(2026, 11, 1)).invoiced, october.totals.net);
    EXPECT_EQ(find(acme.id, QDate(2026, 11, 1)).invoicedGross, Money(15494, EUR));
    EXPECT_EQ(find(acme.id, QDate(2026, 11, 1)).outstanding, Money(5494, EUR));
    EXPECT_EQ(find(bianchi.id, QDate(2026, 12, 1)).invoicedGross,
              bianchiOctober.totals.due.negated().value());
    EXPECT_EQ(find(acme.id, QDate(2026, 12, 1)).paid, Money(10000, EUR));
    EXPECT_EQ(find(bianchi.id, QDate(2026, 11, 1)).invoiced, bianchiOctober.totals.net);
    EXPECT_EQ(find(bianchi.id, QDate(2026, 12, 1)).invoiced, bianchiOctober.totals.net.negated().value());
    EXPECT_TRUE(find(acme.id, QDate(2026, 10, 1)).unbilled.isZero()) << "October's work is billed";
    EXPECT_EQ(find(bianchi.id, QDate(2026, 10, 1)).unbilled, find(bianchi.id, QDate(2026, 10, 1)).billable)
        << "the credit note frees the work again";

    // The unbilled total equals the unbilled-work statements for the same period.
    Money statements = Money::zero(EUR);
    for (const Client &c : {acme, bianchi})
        statements = statements
                         .plus(UnbilledWork(t.db(), t.clock())
                                   .forClient(c.id, QDate(2026, 10, 1), QDate(2026, 12, 31))
                                   .value()
                                   .statement.total)
                         .value();
    EXPECT_EQ(unbilled, statements);

    // One client only.
    const QList<MonthlyRow> onlyAcme =
        Reports(t.db(), t.clock()).monthly({QDate(2026, 10, 1), QDate(2026, 12, 31), acme.id}).value();
    for (const MonthlyRow &r : onlyAcme)
        EXPECT_EQ(r.clientId, acme.id);
}

TEST_F(ReportsTest, UnpaidInvoicesFallInTheRightBucketAtEachEdge)
{
    // One invoice per working day of October, each due on its issue day.
    QList<Invoice> issued;
    for (int day : {1, 2, 5, 6, 7, 8}) {
        log(acme.id, local(2026, 10, day, 9, 0), 60);
        issued << issue(acme.id, QDate(2026, 10, day), QDate(2026, 10, day), QDate(2026, 10, day),
                        QDate(2026, 10, day));
    }
    Reports reports(t.db(), t.clock());
    const auto bucketOn = [&](QDate day, qint64 invoiceId) {
        const QList<AgingRow> rows = reports.aging(day).value();
        const auto it = std::find_if(rows.begin(), rows.end(),
                                     [&](const AgingRow &r) { return r.invoiceId == invoiceId; });
        EXPECT_NE(it, rows.end());
        return it == rows.end() ? AgingBucket::Current : it->bucket;
    };
    const qint64 first = issued[0].id; // due 1 October
    EXPECT_EQ(bucketOn(QDate(2026, 10, 1), first), AgingBucket::Current) << "due today is not late";
    EXPECT_EQ(bucketOn(QDate(2026, 10, 2), first), AgingBucket::Late1To30);
    EXPECT_EQ(bucketOn(QDate(2026, 10, 31), first), AgingBucket::Late1To30) << "30 days";
    EXPECT_EQ(bucketOn(QDate(2026, 11, 1), first), AgingBucket::Late31To60) << "31 days";
    EXPECT_EQ(bucketOn(QDate(2026, 11, 30), first), AgingBucket::Late31To60) << "60 days";
    EXPECT_EQ(bucketOn(QDate(2026, 12, 1), first), AgingBucket::Late61To90) << "61 days";
    EXPECT_EQ(bucketOn(QDate(2026, 12, 30), first), AgingBucket::Late61To90) << "90 days";
    EXPECT_EQ(bucketOn(QDate(2026, 12, 31), first), AgingBucket::LateOver90) << "91 days";

    // Paid invoices leave the table; a part payment leaves the rest in it.
    InvoiceRepository invoices(t.db(), t.clock());
    ASSERT_TRUE(invoices.addPayment(issued[1].id, QDate(2026, 12, 1), issued[1].totals.due).ok());
    ASSERT_TRUE(invoices.addPayment(issued[2].id, QDate(2026, 12, 1), Money(1000, EUR)).ok());
    const QList<AgingRow> rows = reports.aging(QDate(2026, 12, 10)).value();
    EXPECT_EQ(rows.size(), 5);
    for (const AgingRow &r : rows) {
        EXPECT_NE(r.invoiceId, issued[1].id);
        if (r.invoiceId == issued[2].id) {
            EXPECT_EQ(r.balance, issued[2].totals.due.minus(Money(1000, EUR)).value());
        }
    }
    EXPECT_EQ(Reports::bucketName(AgingBucket::LateOver90), QStringLiteral("90+"));
}

TEST_F(ReportsTest, UnitsAreCountedPerServiceAndMonth)
{
    use(acme.id, local(2026, 10, 9, 17, 0), 3000);
    use(bianchi.id, local(2026, 10, 20, 17, 0), 2500);
    use(acme.id, local(2026, 11, 9, 17, 0), 1000);
    const QList<ServiceRow> rows =
        Reports(t.db(), t.clock()).services({QDate(2026, 10, 1), QDate(2026, 11, 30), std::nullopt}).value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].month, QDate(2026, 10, 1));
    EXPECT_EQ(rows[0].serviceName, QStringLiteral("Calls"));
    EXPECT_EQ(rows[0].quantity, Quantity::fromMilli(5500));
    EXPECT_EQ(rows[0].uses, 2);
    EXPECT_EQ(rows[1].quantity, Quantity::fromMilli(1000));
    EXPECT_EQ(Reports(t.db(), t.clock())
                  .services({QDate(2026, 10, 1), QDate(2026, 10, 31), acme.id})
                  ->first()
                  .quantity,
              Quantity::fromMilli(3000));
}

TEST_F(ReportsTest, HugeAmountsAreExactOrRefusedNeverWrapped)
{
    // An hour at this rate is about 922 trillion euros: the rate times the seconds passes 64 bits,
    // the hour's worth does not, and an invoice would bill it exactly.
    Client c = *Settings(t.db()).newClient();
    c.name = QStringLiteral("Huge");
    c.hourlyRate = Money(std::numeric_limits<qint64>::max() / 100, EUR);
    const Client huge = clients.add(c).value();
    log(huge.id, local(2026, 11, 2, 9, 0), 60);
    log(huge.id, local(2026, 11, 3, 9, 0), 60);
    const ReportFilter november{QDate(2026, 11, 1), QDate(2026, 11, 30), huge.id};
    const auto exact = Reports(t.db(), t.clock()).monthly(november);
    ASSERT_TRUE(exact.ok()) << exact.error().message().toStdString();
    ASSERT_EQ(exact->size(), 1);
    EXPECT_EQ(exact->first().billable, Money(std::numeric_limits<qint64>::max() / 100 * 2, EUR));
    EXPECT_EQ(exact->first().billable, UnbilledWork(t.db(), t.clock()).forClient(huge.id)->statement.total);

    // At half the largest amount per hour, three hours cannot be computed: refused, like unbilled work.
    c.name = QStringLiteral("Larger");
    c.hourlyRate = Money(std::numeric_limits<qint64>::max() / 2, EUR);
    const Client larger = clients.add(c).value();
    for (int day : {2, 3, 4})
        log(larger.id, local(2026, 11, day, 14, 0), 60);
    const auto unbilled = UnbilledWork(t.db(), t.clock()).forClient(larger.id);
    ASSERT_FALSE(unbilled.ok());
    EXPECT_EQ(unbilled.error().code(), ErrorCode::Overflow);

    const QString before = fingerprint(t.db());
    const auto report =
        Reports(t.db(), t.clock()).monthly({QDate(2026, 11, 1), QDate(2026, 11, 30), std::nullopt});
    ASSERT_FALSE(report.ok()) << "billable: " << report->value(0).billable.minorUnits();
    EXPECT_EQ(report.error().code(), ErrorCode::Overflow);
    EXPECT_TRUE(report.error().message().contains(QStringLiteral("too large to compute")))
        << report.error().message().toStdString();
    EXPECT_EQ(fingerprint(t.db()), before);
}

TEST_F(ReportsTest, AnImpossiblePeriodIsRefused)
{
    const auto refused =
        Reports(t.db(), t.clock()).monthly({QDate(2026, 11, 1), QDate(2026, 10, 1), std::nullopt});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("period"));
}

TEST(ReportSums, InvoicedPerMonthAddsClientsExactlyAndRefusesWhatCannotBeHeld)
{
    const Currency eur = *Currency::fromCode(u"EUR");
    const Currency gbp = *Currency::fromCode(u"GBP");
    const auto row = [](QDate month, Money invoiced) {
        MonthlyRow r;
        r.month = month;
        r.currency = invoiced.currency();
        r.invoiced = invoiced;
        return r;
    };
    const QDate november(2026, 11, 1);
    const QDate december(2026, 12, 1);
    // €1,234.56 + €0.44 = €1,235.00 in November; £99.00 is another currency and is left out.
    auto sums = Reports::invoicedPerMonth({row(november, Money(123456, eur)), row(november, Money(44, eur)),
                                           row(november, Money(9900, gbp)), row(december, Money(1, eur))},
                                          eur);
    ASSERT_TRUE(sums.ok());
    EXPECT_EQ(sums->at(november).minorUnits(), 123500);
    EXPECT_EQ(sums->at(december).minorUnits(), 1);

    // Two clients each invoiced more than half of what 64 bits hold: the month's total cannot be
    // held, and says so rather than wrapping to a negative figure.
    const qint64 half = std::numeric_limits<qint64>::max() / 2 + 1;
    auto huge =
        Reports::invoicedPerMonth({row(november, Money(half, eur)), row(november, Money(half, eur))}, eur);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code(), ErrorCode::Overflow);
}
