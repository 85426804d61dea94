#include "invoicecalc.h"

#include <QCoreApplication>

#include <map>

namespace minuta::invoicecalc {

namespace {

// A line's rate for one of the profile's taxes. A line with its own rate shares it among the taxes in
// proportion to their standard rates (12 % under CGST + SGST is 6 % + 6 %).
TaxRate componentRate(const TaxProfile &profile, int component, const std::optional<TaxRate> &lineRate)
{
    const TaxRate standard = profile.taxes[component].rate;
    if (!lineRate)
        return standard;
    const qint64 total = profile.standardRate().milliPercent();
    if (total == 0)
        return profile.taxes.size() == 1 ? *lineRate : TaxRate();
    const qint64 share = (standard.milliPercent() * lineRate->milliPercent() * 2 + total) / (2 * total);
    return TaxRate::fromMilliPercent(share);
}

} // namespace

Result<Totals> compute(const Input &in)
{
    const Money zero = Money::zero(in.currency);
    Totals t;
    t.lines = t.discount = t.net = t.fees = t.contribution = t.tax = t.withholdingBase = t.withholding =
        t.untaxed = t.stampDuty = t.total = t.due = zero;

    Money feeLines = zero;
    for (const Line &line : in.lines) {
        auto sum = t.lines.plus(line.amount);
        if (!sum)
            return sum.error();
        t.lines = *sum;
        if (line.isFee) {
            auto fees = feeLines.plus(line.amount);
            if (!fees)
                return fees.error();
            feeLines = *fees;
        }
    }

    auto percent = in.discountPercent.of(t.lines);
    if (!percent)
        return percent.error();
    auto discount = percent->plus(in.discountAmount.isValid() ? in.discountAmount : zero);
    if (!discount)
        return discount.error();
    t.discount = *discount;
    if (t.discount.minorUnits() > t.lines.minorUnits() && t.discount.minorUnits() > 0)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("minuta::invoicecalc", "The discount is larger than the invoice."),
            QStringLiteral("discount"));
    t.net = *t.lines.minus(t.discount);
    // The discount is taken off the fees and bears the standard tax rate.
    auto fees = feeLines.minus(t.discount);
    if (!fees)
        return fees.error();
    t.fees = *fees;

    auto contribution = in.contributionRate.of(t.fees);
    if (!contribution)
        return contribution.error();
    t.contribution = *contribution;

    // Bases per tax and rate; the untaxed part decides the stamp duty.
    std::map<std::pair<int, qint64>, qint64> bases;
    qint64 untaxed = 0;
    const auto addBase = [&](qint64 amount, const std::optional<TaxRate> &rate) {
        if (amount == 0)
            return;
        bool taxed = false;
        if (!in.reverseCharge) {
            for (int c = 0; c < in.profile.taxes.size(); ++c) {
                const TaxRate r = componentRate(in.profile, c, rate);
                if (r.milliPercent() > 0) {
                    bases[{c, r.milliPercent()}] += amount;
                    taxed = true;
                }
            }
        }
        if (!taxed)
            untaxed += amount;
    };
    for (const Line &line : in.lines)
        addBase(line.amount.minorUnits(), line.taxRate);
    addBase(-t.discount.minorUnits(), std::nullopt);
    addBase(t.contribution.minorUnits(), std::nullopt); // the contribution bears the standard rate
    t.untaxed = Money(untaxed, in.currency);

    for (const auto &[key, base] : bases) {
        if (base == 0)
            continue;
        Tax tax;
        tax.component = key.first;
        tax.nameEn = in.profile.taxes[key.first].nameEn;
        tax.nameIt = in.profile.taxes[key.first].nameIt;
        tax.rate = TaxRate::fromMilliPercent(key.second);
        tax.base = Money(base, in.currency);
        auto amount = tax.rate.of(tax.base);
        if (!amount)
            return amount.error();
        tax.amount = *amount;
        auto sum = t.tax.plus(tax.amount);
        if (!sum)
            return sum.error();
        t.tax = *sum;
        t.taxes.append(tax);
    }

    if (in.clientWithholds && in.profile.withholdingRate.milliPercent() > 0) {
        t.withholdingBase = *t.fees.plus(t.contribution);
        auto withheld = in.profile.withholdingRate.of(t.withholdingBase);
        if (!withheld)
            return withheld.error();
        t.withholding = *withheld;
    }

    // Stamp duty is Italian and in euros: due when the untaxed amount exceeds the threshold.
    if (in.profile.stampDutyMinor > 0 && in.currency.code() == QLatin1String("EUR")
        && untaxed > in.profile.stampDutyThresholdMinor) {
        t.stampDuty = Money(in.profile.stampDutyMinor, in.currency);
        t.stampDutyCharged = in.profile.stampDutyCharged;
    }

    auto total = t.net.plus(t.contribution);
    if (total)
        total = total->plus(t.tax);
    if (total && t.stampDutyCharged)
        total = total->plus(t.stampDuty);
    if (!total)
        return total.error();
    t.total = *total;
    auto due = t.total.minus(t.withholding);
    if (!due)
        return due.error();
    t.due = *due;
    return t;
}

} // namespace minuta::invoicecalc
