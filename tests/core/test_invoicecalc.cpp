#include "invoicecalc.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::invoicecalc;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");
const Currency CAD = *Currency::fromCode(u"CAD");
const Currency INR = *Currency::fromCode(u"INR");

Money m(qint64 cents, Currency c = EUR)
{
    return Money(cents, c);
}

TaxProfile profile(const char *id, QList<TaxComponent> taxes, qint64 withholding = 0, qint64 stamp = 0,
                   qint64 threshold = 0)
{
    TaxProfile p;
    p.id = QString::fromLatin1(id);
    p.name = p.id;
    p.taxes = std::move(taxes);
    p.withholdingRate = TaxRate::fromMilliPercent(withholding);
    p.stampDutyMinor = stamp;
    p.stampDutyThresholdMinor = threshold;
    return p;
}

TaxComponent tax(const char *name, qint64 milliPercent)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), TaxRate::fromMilliPercent(milliPercent)};
}

const TaxProfile itOrdinario = profile("it-ordinario", {tax("VAT", 22000)}, 20000);
const TaxProfile itForfettario = profile("it-forfettario", {}, 0, 200, 7747);

Line line(Money amount, std::optional<TaxRate> rate = std::nullopt, bool fee = true)
{
    Line l;
    l.amount = amount;
    l.taxRate = rate;
    l.isFee = fee;
    return l;
}

Totals computeOk(const Input &in)
{
    auto t = compute(in);
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message().toStdString());
    return t.ok() ? t.value() : Totals();
}

Input fees(qint64 cents, const TaxProfile &p, Currency c = EUR)
{
    Input in;
    in.currency = c;
    in.lines = {line(Money(cents, c))};
    in.profile = p;
    in.discountAmount = Money::zero(c);
    return in;
}

} // namespace

TEST(InvoiceTotals, ItalianOrdinaryWithContributionAndWithholding)
{
    Input in = fees(100000, itOrdinario);
    in.contributionRate = TaxRate::fromPercent(4);
    in.clientWithholds = true;
    const Totals t = computeOk(in);
    EXPECT_EQ(t.net, m(100000));
    EXPECT_EQ(t.contribution, m(4000));
    ASSERT_EQ(t.taxes.size(), 1);
    EXPECT_EQ(t.taxes[0].base, m(104000));
    EXPECT_EQ(t.taxes[0].amount, m(22880));
    EXPECT_EQ(t.tax, m(22880));
    EXPECT_EQ(t.total, m(126880));
    EXPECT_EQ(t.withholdingBase, m(104000));
    EXPECT_EQ(t.withholding, m(20800));
    EXPECT_EQ(t.due, m(106080));
    EXPECT_TRUE(t.stampDuty.isZero());
}

TEST(InvoiceTotals, ItalianFlatRateWithContributionAndStampDuty)
{
    Input in = fees(100000, itForfettario);
    in.contributionRate = TaxRate::fromPercent(4);
    const Totals t = computeOk(in);
    EXPECT_EQ(t.contribution, m(4000));
    EXPECT_TRUE(t.taxes.isEmpty());
    EXPECT_EQ(t.stampDuty, m(200));
    EXPECT_TRUE(t.stampDutyCharged);
    EXPECT_EQ(t.total, m(104200));
    EXPECT_EQ(t.due, m(104200));
    EXPECT_TRUE(t.withholding.isZero());
}

TEST(InvoiceTotals, StampDutyOnlyAboveTheThreshold)
{
    EXPECT_TRUE(computeOk(fees(7747, itForfettario)).stampDuty.isZero())
        << "exactly 77.47 does not exceed it";
    EXPECT_EQ(computeOk(fees(7748, itForfettario)).stampDuty, m(200));
    EXPECT_EQ(computeOk(fees(7748, itForfettario)).total, m(7948));
    TaxProfile paidByMe = itForfettario;
    paidByMe.stampDutyCharged = false;
    const Totals t = computeOk(fees(10000, paidByMe));
    EXPECT_EQ(t.stampDuty, m(200)) << "still shown";
    EXPECT_EQ(t.total, m(10000)) << "but not charged";
    // Only on euro invoices, and not on taxed amounts.
    EXPECT_TRUE(computeOk(fees(10000, itForfettario, CAD)).stampDuty.isZero());
    TaxProfile taxed = itForfettario;
    taxed.taxes = {tax("VAT", 22000)};
    EXPECT_TRUE(computeOk(fees(10000, taxed)).stampDuty.isZero());
}

TEST(InvoiceTotals, QuebecGstAndQstOnTheSameBase)
{
    const Totals t = computeOk(fees(100000, profile("ca-qc", {tax("GST", 5000), tax("QST", 9975)}), CAD));
    ASSERT_EQ(t.taxes.size(), 2);
    EXPECT_EQ(t.taxes[0].nameEn, QStringLiteral("GST"));
    EXPECT_EQ(t.taxes[0].amount, m(5000, CAD));
    EXPECT_EQ(t.taxes[1].nameEn, QStringLiteral("QST"));
    EXPECT_EQ(t.taxes[1].base, m(100000, CAD));
    EXPECT_EQ(t.taxes[1].amount, m(9975, CAD));
    EXPECT_EQ(t.total, m(114975, CAD));
}

TEST(InvoiceTotals, IndiaIntraAndInterState)
{
    const Totals intra =
        computeOk(fees(100000, profile("in-gst-intra", {tax("CGST", 9000), tax("SGST", 9000)}), INR));
    ASSERT_EQ(intra.taxes.size(), 2);
    EXPECT_EQ(intra.taxes[0].amount, m(9000, INR));
    EXPECT_EQ(intra.taxes[1].amount, m(9000, INR));
    EXPECT_EQ(intra.total, m(118000, INR));
    const Totals inter = computeOk(fees(100000, profile("in-gst-inter", {tax("IGST", 18000)}), INR));
    EXPECT_EQ(inter.tax, m(18000, INR));
    // A line at 12 % under CGST + SGST is 6 % + 6 %.
    Input mixed = fees(100000, profile("in-gst-intra", {tax("CGST", 9000), tax("SGST", 9000)}), INR);
    mixed.lines[0].taxRate = TaxRate::fromPercent(12);
    const Totals twelve = computeOk(mixed);
    ASSERT_EQ(twelve.taxes.size(), 2);
    EXPECT_EQ(twelve.taxes[0].rate, TaxRate::fromPercent(6));
    EXPECT_EQ(twelve.tax, m(12000, INR));
}

TEST(InvoiceTotals, OtherPresets)
{
    EXPECT_EQ(computeOk(fees(100000, profile("uk-vat", {tax("VAT", 20000)}))).total, m(120000));
    EXPECT_EQ(computeOk(fees(100000, profile("au-gst", {tax("GST", 10000)}))).tax, m(10000));
    EXPECT_EQ(computeOk(fees(100000, profile("ca-gst", {tax("GST", 5000)}))).tax, m(5000));
    EXPECT_EQ(computeOk(fees(100000, profile("ca-hst-on", {tax("HST", 13000)}))).tax, m(13000));
    const Totals us = computeOk(fees(100000, profile("us", {})));
    EXPECT_TRUE(us.taxes.isEmpty());
    EXPECT_EQ(us.total, m(100000));
}

TEST(InvoiceTotals, ReverseChargeCarriesNoTax)
{
    Input in = fees(100000, itOrdinario);
    in.reverseCharge = true;
    const Totals t = computeOk(in);
    EXPECT_TRUE(t.taxes.isEmpty());
    EXPECT_EQ(t.untaxed, m(100000));
    EXPECT_EQ(t.total, m(100000));
}

TEST(InvoiceTotals, LinesWithTheirOwnRateAreTaxedSeparately)
{
    Input in = fees(10000, itOrdinario);
    in.lines.append(line(m(5000), TaxRate::fromPercent(10), true));
    in.lines.append(line(m(3000), TaxRate::fromPercent(0), true));
    const Totals t = computeOk(in);
    ASSERT_EQ(t.taxes.size(), 2);
    EXPECT_EQ(t.taxes[0].rate, TaxRate::fromPercent(10));
    EXPECT_EQ(t.taxes[0].amount, m(500));
    EXPECT_EQ(t.taxes[1].rate, TaxRate::fromPercent(22));
    EXPECT_EQ(t.taxes[1].amount, m(2200));
    EXPECT_EQ(t.untaxed, m(3000));
    EXPECT_EQ(t.total, m(18000 + 2700));
}

TEST(InvoiceTotals, TaxIsSummedPerRateThenRoundedOnce)
{
    // Three lines of 0.02 at 22 %: 0.0044 each would round to nothing; 0.06 × 22 % is 0.0132 → 0.01.
    Input in = fees(2, itOrdinario);
    in.lines.append(line(m(2), std::nullopt, true));
    in.lines.append(line(m(2), std::nullopt, true));
    EXPECT_EQ(computeOk(in).tax, m(1));
}

TEST(InvoiceTotals, EveryStepRoundsHalvesAwayFromZero)
{
    EXPECT_EQ(computeOk(fees(25, itOrdinario)).tax, m(6)); // 5.5 cents
    Input contribution = fees(1250, itForfettario);
    contribution.contributionRate = TaxRate::fromPercent(4);
    EXPECT_EQ(computeOk(contribution).contribution, m(50)); // 0.50 exactly
    Input small = fees(38, itForfettario);
    small.contributionRate = TaxRate::fromPercent(4);
    EXPECT_EQ(computeOk(small).contribution, m(2)); // 1.52 cents
    Input withheld = fees(1263, itOrdinario);
    withheld.clientWithholds = true;
    EXPECT_EQ(computeOk(withheld).withholding, m(253)); // 252.6 cents
}

TEST(InvoiceTotals, DiscountsComeOffTheFeesAndTheStandardRate)
{
    Input in = fees(100000, itOrdinario);
    in.discountPercent = TaxRate::fromPercent(10);
    in.discountAmount = m(1000);
    in.contributionRate = TaxRate::fromPercent(4);
    in.clientWithholds = true;
    const Totals t = computeOk(in);
    EXPECT_EQ(t.discount, m(11000));
    EXPECT_EQ(t.net, m(89000));
    EXPECT_EQ(t.contribution, m(3560));
    EXPECT_EQ(t.taxes[0].base, m(92560));
    EXPECT_EQ(t.tax, m(20363)); // 203.632
    EXPECT_EQ(t.withholding, m(18512));

    Input tooMuch = fees(1000, itOrdinario);
    tooMuch.discountAmount = m(1001);
    const auto refused = compute(tooMuch);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("discount"));
}

TEST(InvoiceTotals, ExpensesBearNoContributionOrWithholding)
{
    Input in = fees(100000, itOrdinario);
    in.lines.append(line(m(5000), std::nullopt, false)); // a train ticket re-billed
    in.contributionRate = TaxRate::fromPercent(4);
    in.clientWithholds = true;
    const Totals t = computeOk(in);
    EXPECT_EQ(t.fees, m(100000));
    EXPECT_EQ(t.contribution, m(4000));
    EXPECT_EQ(t.withholding, m(20800));
    EXPECT_EQ(t.taxes[0].base, m(109000));
}
