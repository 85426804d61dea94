// What a client paid on an invoice that is then cancelled: carried to the credit note, given back as
// refunds or used as credit on a later invoice, and shown by the aging report and the client's balance.

#include "business/business.h"
#include "business/settings.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "reports/reports.h"
#include "work/timeentryrepository.h"

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

class Refunds : public DatabaseTest
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

        // No withholding: what is due is the whole total.
        Client c = italianClient(QStringLiteral("Studio Verdi"));
        c.language = QStringLiteral("it");
        c.paymentTermsDays = 30;
        verdi = clients.add(c).value();
        c.name = QStringLiteral("Beta Snc");
        beta = clients.add(c).value();
    }

    void log(qint64 clientId, int day, int minutes)
    {
        TimeEntry e;
        e.clientId = clientId;
        e.start = QDateTime(QDate(2026, 11, day), QTime(9, 0), t.clock().timeZone()).toSecsSinceEpoch();
        e.end = e.start + qint64(minutes) * 60;
        ASSERT_TRUE(entries.add(e).ok());
    }

    Invoice issue(qint64 clientId, int fromDay, int toDay)
    {
        InvoiceRepository::DraftRequest r;
        r.clientId = clientId;
        r.from = QDate(2026, 11, fromDay);
        r.to = QDate(2026, 11, toDay);
        auto d = invoices.createDraft(r);
        EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message().toStdString());
        auto issued = invoices.issue(d->invoice.id);
        EXPECT_TRUE(issued.ok()) << (issued.ok() ? "" : issued.error().message().toStdString());
        return issued.ok() ? *issued : Invoice();
    }

    ClientRepository clients{t.db(), t.clock()};
    TimeEntryRepository entries{t.db(), t.clock()};
    InvoiceRepository invoices{t.db(), t.clock()};
    Reports reports{t.db(), t.clock()};
    Client verdi;
    Client beta;
};

} // namespace

TEST_F(Refunds, ThePaymentOfACancelledInvoiceIsOwedBackRefundedAndUsedAsCredit)
{
    // Invoice A: 10h + 6h40m + 16h40m at €30/h = 300.00 + 200.00 + 500.00 = 1,000.00 of fees;
    // contribution 4 % = 40.00; VAT 22 % on 1,040.00 = 228.80; total and due 1,268.80.
    log(verdi.id, 2, 600);
    log(verdi.id, 3, 400);
    log(verdi.id, 4, 1000);
    const Invoice a = issue(verdi.id, 2, 4);
    ASSERT_EQ(a.totals.due, eur(126880));
    // Paid 500.00, so 768.80 still due; then cancelled.
    ASSERT_TRUE(invoices.addPayment(a.id, QDate(2026, 12, 1), eur(50000)).ok());
    auto credit = invoices.cancel(a.id);
    ASSERT_TRUE(credit.ok()) << credit.error().message().toStdString();
    const qint64 cn = credit->id;
    // The credit note owes back the 500.00 received: carried 500.00 − refunded 0 − used 0.
    EXPECT_EQ(credit->carriedPaid, eur(50000));
    EXPECT_EQ(credit->refunded, eur(0));
    EXPECT_EQ(credit->creditUsed, eur(0));
    EXPECT_EQ(credit->owedBack, eur(50000));
    EXPECT_EQ(credit->balance, eur(-50000)) << "the client is owed money";
    const Invoice cancelled = *invoices.get(a.id);
    EXPECT_EQ(cancelled.paid, eur(50000)) << "the payment stays where it was received";
    EXPECT_EQ(cancelled.balance, eur(0));
    expectRefused([&] { return invoices.removePayment(cancelled.payments.first().id); },
                  QStringLiteral("payment"));

    InvoiceFilter onlyCredit;
    onlyCredit.kind = InvoiceKind::CreditNote;
    const InvoiceSummary summary = invoices.list(onlyCredit)->first();
    EXPECT_EQ(summary.owedBack, eur(50000));
    EXPECT_EQ(summary.balance, eur(-50000));

    // The aging report lists the credit as −500.00, never late; the client's balance is −500.00.
    const QList<AgingRow> aging = reports.aging(QDate(2027, 3, 1)).value();
    ASSERT_EQ(aging.size(), 1);
    EXPECT_TRUE(aging[0].credit);
    EXPECT_EQ(aging[0].invoiceId, cn);
    EXPECT_EQ(aging[0].balance, eur(-50000));
    EXPECT_EQ(aging[0].bucket, AgingBucket::Current);
    EXPECT_EQ(aging[0].daysLate, 0);
    const QList<ClientBalance> balances = reports.balances().value();
    ASSERT_EQ(balances.size(), 1);
    EXPECT_EQ(balances[0].clientId, verdi.id);
    EXPECT_EQ(balances[0].due, eur(0));
    EXPECT_EQ(balances[0].credit, eur(50000));
    EXPECT_EQ(balances[0].balance, eur(-50000));

    // 200.00 given back on 2 December, recorded by the cancelled invoice's id: 500.00 − 200.00 = 300.00.
    t.clock().setLocal(2026, 12, 5, 10, 0);
    auto refunded = invoices.addRefund(a.id, QDate(2026, 12, 2), eur(20000), QStringLiteral("Bank transfer"));
    ASSERT_TRUE(refunded.ok()) << refunded.error().message().toStdString();
    EXPECT_EQ(refunded->id, cn) << "the cancelled invoice's id leads to its credit note";
    ASSERT_EQ(refunded->refunds.size(), 1);
    EXPECT_EQ(refunded->refunds[0].date, QDate(2026, 12, 2));
    EXPECT_EQ(refunded->refunds[0].note, QStringLiteral("Bank transfer"));
    EXPECT_EQ(refunded->refunded, eur(20000));
    EXPECT_EQ(refunded->owedBack, eur(30000));

    // Refusals: more than the 300.00 left, nothing, another currency, a date in the future or before
    // the credit note of 1 December, an invoice that is not a credit note.
    expectRefused([&] { return invoices.addRefund(cn, QDate(2026, 12, 5), eur(30001)); },
                  QStringLiteral("amount"));
    expectRefused([&] { return invoices.addRefund(cn, QDate(2026, 12, 5), eur(0)); },
                  QStringLiteral("amount"));
    expectRefused([&] { return invoices.addRefund(cn, QDate(2026, 12, 5), eur(-100)); },
                  QStringLiteral("amount"));
    expectRefused([&] { return invoices.addRefund(cn, QDate(2026, 12, 5), Money(1000, USD)); },
                  QStringLiteral("amount"));
    expectRefused([&] { return invoices.addRefund(cn, QDate(2026, 12, 6), eur(1000)); },
                  QStringLiteral("date"));
    expectRefused([&] { return invoices.addRefund(cn, QDate(2026, 11, 30), eur(1000)); },
                  QStringLiteral("date"));
    expectRefused([&] { return invoices.addRefund(cn, QDate(), eur(1000)); }, QStringLiteral("date"));

    // Invoice B bills the 2nd and 3rd again: 500.00 of fees; contribution 20.00; VAT 22 % on 520.00 =
    // 114.40; total and due 634.40.
    const Invoice b = issue(verdi.id, 2, 3);
    ASSERT_EQ(b.totals.due, eur(63440));
    expectRefused([&] { return invoices.addRefund(b.id, QDate(2026, 12, 5), eur(1000)); },
                  QStringLiteral("invoice"));
    // More than the 300.00 of credit left is refused.
    expectRefused([&] { return invoices.applyCredit(b.id, cn, eur(30001), QDate(2026, 12, 5)); },
                  QStringLiteral("amount"));
    // The whole 300.00 pays part of B: 634.40 − 300.00 = 334.40 still due; the credit note owes 0.00.
    auto paid = invoices.applyCredit(b.id, cn, eur(30000), QDate(2026, 12, 5));
    ASSERT_TRUE(paid.ok()) << paid.error().message().toStdString();
    EXPECT_EQ(paid->balance, eur(33440));
    EXPECT_EQ(paid->paid, eur(30000));
    EXPECT_EQ(paid->paymentState(), PaymentState::PartlyPaid);
    ASSERT_EQ(paid->payments.size(), 1);
    EXPECT_EQ(paid->payments[0].creditNoteId, cn);
    EXPECT_EQ(paid->payments[0].creditNoteNumber, credit->number);
    const Invoice used = *invoices.get(cn);
    EXPECT_EQ(used.creditUsed, eur(30000));
    EXPECT_EQ(used.owedBack, eur(0)) << "500.00 − 200.00 refunded − 300.00 used";
    EXPECT_EQ(used.balance, eur(0));
    expectRefused([&] { return invoices.addRefund(cn, QDate(2026, 12, 5), eur(1)); },
                  QStringLiteral("amount"));

    // Aging and the balance now show only B's 334.40.
    const QList<AgingRow> after = reports.aging(QDate(2026, 12, 5)).value();
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].invoiceId, b.id);
    EXPECT_EQ(after[0].balance, eur(33440));
    const ClientBalance balance = reports.balances(verdi.id).value().first();
    EXPECT_EQ(balance.due, eur(33440));
    EXPECT_EQ(balance.credit, eur(0));
    EXPECT_EQ(balance.balance, eur(33440));

    // Everything is stored: after a restart the figures are the same.
    t.reopen();
    InvoiceRepository reopened(t.db(), t.clock());
    const Invoice stored = *reopened.get(cn);
    EXPECT_EQ(stored.carriedPaid, eur(50000));
    EXPECT_EQ(stored.refunded, eur(20000));
    EXPECT_EQ(stored.creditUsed, eur(30000));
    EXPECT_EQ(stored.owedBack, eur(0));
    EXPECT_EQ(reopened.get(b.id)->balance, eur(33440));
}

TEST_F(Refunds, UndoingARefundOrACreditPaymentGivesTheCreditBack)
{
    // 10h at €30/h = 300.00; contribution 12.00; VAT 22 % on 312.00 = 68.64; due 380.64. Paid in full.
    log(verdi.id, 2, 600);
    const Invoice a = issue(verdi.id, 2, 2);
    ASSERT_EQ(a.totals.due, eur(38064));
    ASSERT_TRUE(invoices.addPayment(a.id, QDate(2026, 12, 1), eur(38064)).ok());
    const qint64 cn = invoices.cancel(a.id)->id;
    EXPECT_EQ(invoices.get(cn)->owedBack, eur(38064));

    // 80.64 refunded, then removed: 380.64 again.
    auto refunded = invoices.addRefund(cn, QDate(2026, 12, 1), eur(8064));
    ASSERT_TRUE(refunded.ok());
    EXPECT_EQ(refunded->owedBack, eur(30000));
    auto undone = invoices.removeRefund(refunded->refunds.first().id);
    ASSERT_TRUE(undone.ok());
    EXPECT_EQ(undone->owedBack, eur(38064));
    EXPECT_TRUE(undone->refunds.isEmpty());
    expectRefused([&] { return invoices.removeRefund(999); }, QStringLiteral("refund"));

    // The same work invoiced again (380.64), half paid from the credit: 190.32 used, 190.32 left.
    const Invoice b = issue(verdi.id, 2, 2);
    auto paid = invoices.applyCredit(b.id, a.id, eur(19032), QDate(2026, 12, 1), QStringLiteral("From NC"));
    ASSERT_TRUE(paid.ok()) << paid.error().message().toStdString();
    EXPECT_EQ(paid->balance, eur(19032));
    EXPECT_EQ(invoices.get(cn)->owedBack, eur(19032));
    // Removing that payment gives the 190.32 back to the credit note.
    ASSERT_TRUE(invoices.removePayment(paid->payments.first().id).ok());
    EXPECT_EQ(invoices.get(cn)->owedBack, eur(38064));
    EXPECT_EQ(invoices.get(b.id)->balance, eur(38064));
}

TEST_F(Refunds, CreditPaysOnlyWhatTheInvoiceAsksOfTheSameClient)
{
    // Verdi: 300.00 of fees, due 380.64 (as above), paid in full and cancelled: 380.64 of credit.
    log(verdi.id, 2, 600);
    const Invoice a = issue(verdi.id, 2, 2);
    ASSERT_TRUE(invoices.addPayment(a.id, QDate(2026, 12, 1), eur(38064)).ok());
    const qint64 cn = invoices.cancel(a.id)->id;
    // Verdi's next invoice: 1h = 30.00; contribution 1.20; VAT 22 % on 31.20 = 6.864 → 6.86; due 38.06.
    log(verdi.id, 10, 60);
    const Invoice small = issue(verdi.id, 10, 10);
    ASSERT_EQ(small.totals.due, eur(3806));
    // The credit is larger than what the invoice asks: at most 38.06 of it.
    expectRefused([&] { return invoices.applyCredit(small.id, cn, eur(3807), QDate(2026, 12, 1)); },
                  QStringLiteral("amount"));
    EXPECT_TRUE(invoices.applyCredit(small.id, cn, eur(3806), QDate(2026, 12, 1)).ok());
    // 380.64 − 38.06 = 342.58 left.
    EXPECT_EQ(invoices.get(cn)->owedBack, eur(34258));

    // Beta's invoice (the same 38.06) cannot be paid with Verdi's credit, nor with an invoice.
    log(beta.id, 11, 60);
    const Invoice other = issue(beta.id, 11, 11);
    expectRefused([&] { return invoices.applyCredit(other.id, cn, eur(1000), QDate(2026, 12, 1)); },
                  QStringLiteral("creditNote"));
    expectRefused([&] { return invoices.applyCredit(other.id, small.id, eur(1000), QDate(2026, 12, 1)); },
                  QStringLiteral("invoice"));
    // A credit note is not paid, even from credit.
    expectRefused([&] { return invoices.applyCredit(cn, cn, eur(1000), QDate(2026, 12, 1)); },
                  QStringLiteral("invoice"));
}

TEST_F(Refunds, CancellingAnUnpaidInvoiceOwesNothingBack)
{
    log(verdi.id, 2, 600);
    const Invoice a = issue(verdi.id, 2, 2);
    auto credit = invoices.cancel(a.id);
    ASSERT_TRUE(credit.ok());
    EXPECT_EQ(credit->carriedPaid, eur(0));
    EXPECT_EQ(credit->owedBack, eur(0));
    EXPECT_EQ(credit->balance, eur(0));
    EXPECT_TRUE(reports.aging(QDate(2026, 12, 1))->isEmpty());
    EXPECT_TRUE(reports.balances()->isEmpty());
    expectRefused([&] { return invoices.addRefund(credit->id, QDate(2026, 12, 1), eur(100)); },
                  QStringLiteral("amount"));
}
