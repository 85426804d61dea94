#include "invoicing/invoicecalc.h"

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
// Since file format 5 the ordinary scheme has the stamp duty too, on what it does not tax.
const TaxProfile itOrdinarioStamp = profile("it-ordinario", {tax("VAT", 22000)}, 20000, 200, 7747);
const Currency USD = *Currency::fromCode(u"USD");
const Currency JPY = *Currency::fromCode(u"JPY");

Line line(Money amount, std::optional<TaxRate> rate = std::nullopt, bool fee = true)
{
    Line l;
    l.amount = amount;
    l.taxRate = rate;
    l.isFee = fee;
    return l;
}

Line expense(Money amount)
{
    Line l = line(amount, std::nullopt, false);
    l.discountable = false;
    l.nature = ExpenseNature;
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
    Input paidByMe = fees(10000, itForfettario);
    paidByMe.stampDutyCharged = false; // the business bears it
    const Totals t = computeOk(paidByMe);
    EXPECT_EQ(t.stampDuty, m(200)) << "still shown";
    EXPECT_EQ(t.total, m(10000)) << "but not charged";
    // In another currency it cannot be judged without the exchange rate; not on taxed amounts.
    const Totals cad = computeOk(fees(10000, itForfettario, CAD));
    EXPECT_TRUE(cad.stampDuty.isZero());
    EXPECT_TRUE(cad.stampDutyNeedsRate);
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

TEST(InvoiceTotals, ADiscountAcrossRatesReducesEachRatesBaseProRata)
{
    // 90.00 at 22 % and 30.00 at 10 %, 10 % off: the 12.00 discount is 9.00 of the 22 % base
    // (12 × 90/120) and 3.00 of the 10 % base. VAT: 81.00 × 22 % = 17.82; 27.00 × 10 % = 2.70.
    Input in = fees(9000, itOrdinario);
    in.lines.append(line(m(3000), TaxRate::fromPercent(10)));
    in.discountPercent = TaxRate::fromPercent(10);
    const Totals t = computeOk(in);
    EXPECT_EQ(t.discount, m(1200));
    EXPECT_EQ(t.net, m(10800));
    ASSERT_EQ(t.taxes.size(), 2);
    EXPECT_EQ(t.taxes[0].rate, TaxRate::fromPercent(10));
    EXPECT_EQ(t.taxes[0].base, m(2700));
    EXPECT_EQ(t.taxes[0].amount, m(270));
    EXPECT_EQ(t.taxes[1].rate, TaxRate::fromPercent(22));
    EXPECT_EQ(t.taxes[1].base, m(8100));
    EXPECT_EQ(t.taxes[1].amount, m(1782));
    EXPECT_EQ(t.tax, m(2052));
    EXPECT_EQ(t.total, m(12852)); // 108.00 + 20.52
}

TEST(InvoiceTotals, TheDiscountSharesAddUpToTheDiscountExactly)
{
    // 10.00 off 33.33 at 22 %, 33.33 at 10 % and 33.34 at 4 %: shares 3.333 → 3.33, 3.33 and the
    // largest line (33.34) takes the rest, 3.34, so the bases sum to 90.00.
    Input in = fees(3333, itOrdinario);
    in.lines.append(line(m(3333), TaxRate::fromPercent(10)));
    in.lines.append(line(m(3334), TaxRate::fromPercent(4)));
    in.discountAmount = m(1000);
    const Totals t = computeOk(in);
    ASSERT_EQ(t.taxes.size(), 3);
    EXPECT_EQ(t.taxes[0].base, m(3000)); // 4 %: 33.34 − 3.34
    EXPECT_EQ(t.taxes[1].base, m(3000)); // 10 %: 33.33 − 3.33
    EXPECT_EQ(t.taxes[2].base, m(3000)); // 22 %
    EXPECT_EQ(t.net, m(9000));
}

TEST(InvoiceTotals, TheContributionTakesTheRateOfTheFeesItIsChargedOn)
{
    // Rivalsa INPS 4 % on 90.00 at 22 % is 3.60, taxed at 22 %; on 30.00 at 10 % it is 1.20, taxed at
    // 10 %. Bases 93.60 (VAT 20.592 → 20.59) and 31.20 (VAT 3.12). Withholding 20 % of fees plus
    // contribution: 124.80 × 20 % = 24.96. Total 120.00 + 4.80 + 23.71 = 148.51; due 123.55.
    Input in = fees(9000, itOrdinario);
    in.lines.append(line(m(3000), TaxRate::fromPercent(10)));
    in.contributionRate = TaxRate::fromPercent(4);
    in.clientWithholds = true;
    const Totals t = computeOk(in);
    EXPECT_EQ(t.contribution, m(480));
    ASSERT_EQ(t.contributions.size(), 2);
    EXPECT_EQ(t.contributions[0].rate, TaxRate::fromPercent(10));
    EXPECT_EQ(t.contributions[0].base, m(3000));
    EXPECT_EQ(t.contributions[0].amount, m(120));
    EXPECT_EQ(t.contributions[1].rate, TaxRate::fromPercent(22));
    EXPECT_EQ(t.contributions[1].amount, m(360));
    ASSERT_EQ(t.taxes.size(), 2);
    EXPECT_EQ(t.taxes[0].base, m(3120));
    EXPECT_EQ(t.taxes[0].amount, m(312));
    EXPECT_EQ(t.taxes[1].base, m(9360));
    EXPECT_EQ(t.taxes[1].amount, m(2059));
    EXPECT_EQ(t.withholding, m(2496));
    EXPECT_EQ(t.total, m(14851));
    EXPECT_EQ(t.due, m(12355));

    // With 10 % off too: fees 81.00 and 27.00, contribution 3.24 and 1.08; bases 84.24 (VAT 18.5328
    // → 18.53) and 28.08 (VAT 2.808 → 2.81). Total 108.00 + 4.32 + 21.34 = 133.66.
    in.discountPercent = TaxRate::fromPercent(10);
    in.clientWithholds = false;
    const Totals d = computeOk(in);
    EXPECT_EQ(d.contribution, m(432));
    EXPECT_EQ(d.taxes[0].base, m(2808));
    EXPECT_EQ(d.taxes[1].base, m(8424));
    EXPECT_EQ(d.tax, m(2134));
    EXPECT_EQ(d.total, m(13366));
}

TEST(InvoiceTotals, ExpensesInTheClientsNameAreOutsideVatContributionWithholdingAndDiscount)
{
    // Art. 15 DPR 633/72: 1,000.00 of fees at 22 % and 50.00 of expenses paid in the client's name,
    // 10 % off, rivalsa 4 %, withholding 20 %. The discount is 10 % of the fees only: 100.00. Fees
    // 900.00; contribution 36.00; VAT base 936.00 → 205.92; withholding 936.00 × 20 % = 187.20.
    // Net 1,050.00 − 100.00 = 950.00; total 950.00 + 36.00 + 205.92 = 1,191.92; due 1,004.72. The
    // 50.00 outside VAT do not exceed 77.47: no stamp duty.
    Input in = fees(100000, itOrdinarioStamp);
    in.lines.append(expense(m(5000)));
    in.discountPercent = TaxRate::fromPercent(10);
    in.contributionRate = TaxRate::fromPercent(4);
    in.clientWithholds = true;
    const Totals t = computeOk(in);
    EXPECT_EQ(t.discount, m(10000));
    EXPECT_EQ(t.fees, m(90000));
    EXPECT_EQ(t.contribution, m(3600));
    ASSERT_EQ(t.taxes.size(), 1);
    EXPECT_EQ(t.taxes[0].base, m(93600));
    EXPECT_EQ(t.tax, m(20592));
    ASSERT_EQ(t.outside.size(), 1);
    EXPECT_EQ(t.outside[0].nature, QStringLiteral("N1"));
    EXPECT_EQ(t.outside[0].amount, m(5000));
    EXPECT_EQ(t.withholding, m(18720));
    EXPECT_EQ(t.net, m(95000));
    EXPECT_EQ(t.total, m(119192));
    EXPECT_EQ(t.due, m(100472));
    EXPECT_TRUE(t.stampDuty.isZero());

    // 80.00 of expenses exceed 77.47: 2.00 of stamp duty, charged. Total 980.00 + 36.00 + 205.92 +
    // 2.00 = 1,223.92; due 1,036.72.
    in.lines[1] = expense(m(8000));
    const Totals stamped = computeOk(in);
    EXPECT_EQ(stamped.stampDuty, m(200));
    EXPECT_TRUE(stamped.stampDutyCharged);
    EXPECT_EQ(stamped.total, m(122392));
    EXPECT_EQ(stamped.due, m(103672));
}

TEST(InvoiceTotals, ADiscountLargerThanWhatItReachesIsRefusedNamingTheLimit)
{
    // 100.00 of fees and 50.00 of expenses: the discount reaches the fees only, 100.00 at most.
    Input in = fees(10000, itOrdinario);
    in.lines.append(expense(m(5000)));
    in.discountAmount = m(12000);
    const auto refused = compute(in);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("discount"));
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("at most 100.00")))
        << refused.error().message().toStdString();
    in.discountAmount = m(10000); // all of it is allowed: the fees' bases are zero, no tax
    const Totals all = computeOk(in);
    EXPECT_TRUE(all.tax.isZero());
    EXPECT_EQ(all.total, m(5000));
}

TEST(InvoiceTotals, StampDutyInTheOrdinarySchemeOnWhatIsNotTaxed)
{
    // 1,000.00 at 22 % and 100.00 exempt (art. 10, N4): 100.00 outside VAT exceed 77.47, so 2.00.
    Input in = fees(100000, itOrdinarioStamp);
    Line exempt = line(m(10000), TaxRate::fromPercent(0));
    exempt.nature = QStringLiteral("N4");
    in.lines.append(exempt);
    const Totals t = computeOk(in);
    EXPECT_EQ(t.tax, m(22000));
    ASSERT_EQ(t.outside.size(), 1);
    EXPECT_EQ(t.outside[0].nature, QStringLiteral("N4"));
    EXPECT_EQ(t.stampDuty, m(200));
    EXPECT_EQ(t.total, m(132200)); // 1,100.00 + 220.00 + 2.00
    // Fully taxed: none.
    EXPECT_TRUE(computeOk(fees(100000, itOrdinarioStamp)).stampDuty.isZero());
}

TEST(InvoiceTotals, StampDutyInAnotherCurrencyIsJudgedInEuros)
{
    // Flat rate, 100.00 USD at 1.0823 USD per euro: 92.3958… → 92.40 EUR, over 77.47, so the duty is
    // due: 2.00 EUR × 1.0823 = 2.1646 → 2.16 USD. Total 102.16 USD.
    Input in = fees(10000, itForfettario, USD);
    in.exchangeRate = 1'082'300;
    const Totals t = computeOk(in);
    EXPECT_EQ(t.stampDuty, Money(216, USD));
    EXPECT_EQ(t.total, Money(10216, USD));
    ASSERT_TRUE(t.euro.has_value());
    EXPECT_EQ(t.euro->untaxed, m(9240));
    // 80.00 USD is more than 77.47 as a number, but only 73.9166… → 73.92 EUR: no duty.
    Input under = fees(8000, itForfettario, USD);
    under.exchangeRate = 1'082'300;
    const Totals u = computeOk(under);
    EXPECT_TRUE(u.stampDuty.isZero());
    EXPECT_FALSE(u.stampDutyNeedsRate);
}

TEST(InvoiceTotals, AForeignCurrencyInvoiceStatesItsBasesTaxAndTotalInEuros)
{
    // 1,000.00 USD at 22 %, 1.0823 USD per euro. VAT 220.00 USD, total 1,220.00 USD. In euros: the
    // base 1,000/1.0823 = 923.958… → 923.96; VAT on it 923.96 × 22 % = 203.2712 → 203.27; total
    // 1,220/1.0823 = 1,127.229… → 1,127.23.
    Input in = fees(100000, itOrdinarioStamp, USD);
    in.exchangeRate = 1'082'300;
    const Totals t = computeOk(in);
    EXPECT_EQ(t.tax, Money(22000, USD));
    ASSERT_TRUE(t.euro.has_value());
    EXPECT_EQ(t.euro->exchangeRate, 1'082'300);
    ASSERT_EQ(t.euro->taxes.size(), 1);
    EXPECT_EQ(t.euro->taxes[0].base, m(92396));
    EXPECT_EQ(t.euro->taxes[0].amount, m(20327));
    EXPECT_EQ(t.euro->tax, m(20327));
    EXPECT_EQ(t.euro->total, m(112723));
    // No rate, no euro figures; euro invoices have none either.
    EXPECT_FALSE(computeOk(fees(100000, itOrdinarioStamp, USD)).euro.has_value());
    EXPECT_FALSE(computeOk(fees(100000, itOrdinarioStamp)).euro.has_value());
}

TEST(InvoiceTotals, ToEuroHandlesCurrenciesWithoutCents)
{
    // 100,000 JPY at 162.5 JPY per euro: 615.3846… → 615.38 EUR.
    auto eur = toEuro(Money(100000, JPY), 162'500'000);
    ASSERT_TRUE(eur.ok());
    EXPECT_EQ(*eur, m(61538));
    EXPECT_FALSE(toEuro(Money(100, USD), 0).ok());
}
