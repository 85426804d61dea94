#include "invoicing/invoicecalc.h"

#include "values/exactmath.h"

#include <QCoreApplication>

#include <map>

namespace minuta::invoicecalc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::invoicecalc", text);
}

Error overflow()
{
    return Error(ErrorCode::InvalidInput, tr("The invoice's amounts are too large to compute."),
                 QStringLiteral("amount"));
}

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

// How a line is treated for tax: taxed at a total rate, or untaxed for a reason.
struct Treatment
{
    bool taxed = false;
    qint64 rate = 0;              // thousandths of a percent, when taxed
    std::optional<TaxRate> given; // the line's own rate, as the components share it
    QString nature;               // when untaxed

    friend bool operator<(const Treatment &a, const Treatment &b)
    {
        return std::tie(a.taxed, a.rate, a.nature) < std::tie(b.taxed, b.rate, b.nature);
    }
};

Treatment treatmentOf(const Input &in, const Line &line)
{
    Treatment t;
    if (line.nature == ExpenseNature) {
        t.nature = line.nature;
        return t;
    }
    if (in.reverseCharge) {
        t.nature = in.reverseChargeNature;
        return t;
    }
    const TaxRate rate = line.taxRate.value_or(in.profile.standardRate());
    if (rate.milliPercent() > 0 && !in.profile.taxes.isEmpty()) {
        t.taxed = true;
        t.rate = rate.milliPercent();
        t.given = line.taxRate;
        return t;
    }
    t.nature = !line.nature.isEmpty() ? line.nature : in.profile.exemptNature;
    return t;
}

// Lines of one treatment that share the discount and the contribution alike.
struct Bucket
{
    Treatment treatment;
    bool isFee = true;
    bool discountable = true;
    qint64 amount = 0;
    qint64 discount = 0;
    qint64 contribution = 0;
};

} // namespace

Result<Money> toEuro(const Money &amount, qint64 exchangeRate)
{
    const Currency eur = *Currency::fromCode(u"EUR");
    if (amount.currency() == eur)
        return amount;
    if (exchangeRate <= 0)
        return Error(ErrorCode::InvalidInput, tr("The exchange rate must be more than zero."),
                     QStringLiteral("exchangeRate"));
    // minor × 10^(2 − digits) euro cents per unit, × 10^6 / rate.
    const int digits = amount.currency().minorDigits();
    qint64 numerator = 1'000'000;
    qint64 denominator = exchangeRate;
    if (digits < 2)
        numerator *= exact::pow10(2 - digits);
    else if (digits > 2) {
        auto scaled = exact::multiply(denominator, exact::pow10(digits - 2));
        if (!scaled)
            return overflow();
        denominator = *scaled;
    }
    auto cents = exact::mulDivRound(amount.minorUnits(), numerator, denominator);
    if (!cents)
        return overflow();
    return Money(*cents, eur);
}

LineTax lineTax(const Input &input, const Line &line)
{
    const Treatment t = treatmentOf(input, line);
    LineTax tax;
    if (t.taxed)
        tax.rate = TaxRate::fromMilliPercent(t.rate);
    else
        tax.nature = t.nature;
    return tax;
}

Result<Totals> compute(const Input &in)
{
    const Money zero = Money::zero(in.currency);
    Totals t;
    t.lines = t.discount = t.net = t.fees = t.contribution = t.tax = t.withholdingBase = t.withholding =
        t.untaxed = t.stampDuty = t.total = t.due = zero;

    // The lines, gathered by how they are taxed and whether they are fees and discounted.
    std::map<std::tuple<Treatment, bool, bool>, Bucket> buckets;
    qint64 discountable = 0;
    for (const Line &line : in.lines) {
        auto sum = t.lines.plus(line.amount);
        if (!sum)
            return sum.error();
        t.lines = *sum;
        const Treatment treatment = treatmentOf(in, line);
        Bucket &b = buckets[{treatment, line.isFee, line.discountable}];
        b.treatment = treatment;
        b.isFee = line.isFee;
        b.discountable = line.discountable;
        auto amount = exact::add(b.amount, line.amount.minorUnits());
        if (!amount)
            return overflow();
        b.amount = *amount;
        if (line.discountable) {
            auto d = exact::add(discountable, line.amount.minorUnits());
            if (!d)
                return overflow();
            discountable = *d;
        }
    }

    // The discount: a percentage of the lines it reaches plus an amount, never more than they are.
    const Money reached(discountable, in.currency);
    auto percent = in.discountPercent.of(reached);
    if (!percent)
        return percent.error();
    auto discount = percent->plus(in.discountAmount.isValid() ? in.discountAmount : zero);
    if (!discount)
        return discount.error();
    t.discount = *discount;
    if (t.discount.minorUnits() > 0 && t.discount.minorUnits() > discountable)
        return Error(ErrorCode::InvalidInput,
                     tr("The discount (%1) is larger than the lines it applies to: it can be at most %2.")
                         .arg(t.discount.toPlainString(),
                              Money(qMax<qint64>(discountable, 0), in.currency).toPlainString()),
                     QStringLiteral("discount"));
    t.net = *t.lines.minus(t.discount);

    // Each discounted bucket bears the discount in proportion to its amount; the largest takes what
    // rounding leaves, so the shares add up to the discount exactly.
    if (t.discount.minorUnits() > 0) {
        Bucket *largest = nullptr;
        qint64 shared = 0;
        for (auto &[key, b] : buckets) {
            if (!b.discountable)
                continue;
            auto share = exact::mulDivRound(t.discount.minorUnits(), b.amount, discountable);
            if (!share)
                return overflow();
            b.discount = *share;
            shared += b.discount;
            if (!largest || b.amount > largest->amount)
                largest = &b;
        }
        largest->discount += t.discount.minorUnits() - shared;
    }

    // The contribution on each bucket's fees after discount, taking the bucket's treatment.
    std::map<Treatment, std::pair<qint64, qint64>> contributionBases; // base, amount
    qint64 fees = 0;
    for (auto &[key, b] : buckets) {
        if (!b.isFee)
            continue;
        contributionBases[b.treatment].first += b.amount - b.discount;
        fees += b.amount - b.discount;
    }
    t.fees = Money(fees, in.currency);
    qint64 contribution = 0;
    for (auto &[treatment, figures] : contributionBases) {
        auto amount = in.contributionRate.of(Money(figures.first, in.currency));
        if (!amount)
            return amount.error();
        figures.second = amount->minorUnits();
        contribution += figures.second;
        if (figures.second == 0 && in.contributionRate.milliPercent() == 0)
            continue;
        Contribution c;
        if (treatment.taxed)
            c.rate = TaxRate::fromMilliPercent(treatment.rate);
        c.nature = treatment.nature;
        c.base = Money(figures.first, in.currency);
        c.amount = *amount;
        t.contributions.append(c);
    }
    t.contribution = Money(contribution, in.currency);

    // Bases per tax and rate, and what stays outside.
    std::map<std::pair<int, qint64>, qint64> bases;
    std::map<QString, qint64> outside;
    const auto addBase = [&](const Treatment &treatment, qint64 amount) {
        if (!treatment.taxed) {
            outside[treatment.nature] += amount;
            return;
        }
        for (int c = 0; c < in.profile.taxes.size(); ++c) {
            const TaxRate r = componentRate(in.profile, c, treatment.given);
            if (r.milliPercent() > 0)
                bases[{c, r.milliPercent()}] += amount;
        }
    };
    for (const auto &[key, b] : buckets)
        addBase(b.treatment, b.amount - b.discount);
    for (const auto &[treatment, figures] : contributionBases)
        addBase(treatment, figures.second);

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
    qint64 untaxed = 0;
    for (const auto &[nature, amount] : outside) {
        if (amount == 0)
            continue;
        t.outside.append({nature, Money(amount, in.currency)});
        untaxed += amount;
    }
    t.untaxed = Money(untaxed, in.currency);

    if (in.clientWithholds && in.profile.withholdingRate.milliPercent() > 0) {
        t.withholdingBase = *t.fees.plus(t.contribution);
        auto withheld = in.profile.withholdingRate.of(t.withholdingBase);
        if (!withheld)
            return withheld.error();
        t.withholding = *withheld;
    }

    // Stamp duty is Italian and in euros: due when what bears no VAT exceeds the threshold, judged on
    // its amount in euros; on an invoice in another currency it is charged at the exchange rate.
    if (in.profile.stampDutyMinor > 0) {
        const bool euro = in.currency.code() == QLatin1String("EUR");
        if (!euro && !in.exchangeRate) {
            t.stampDutyNeedsRate = untaxed > 0;
        } else {
            auto untaxedEuro = euro ? Result<Money>(t.untaxed) : toEuro(t.untaxed, *in.exchangeRate);
            if (!untaxedEuro)
                return untaxedEuro.error();
            if (untaxedEuro->minorUnits() > in.profile.stampDutyThresholdMinor) {
                if (euro) {
                    t.stampDuty = Money(in.profile.stampDutyMinor, in.currency);
                } else {
                    // Two euros in the invoice's currency: cents × rate / 10^6, in its minor unit.
                    const int digits = in.currency.minorDigits();
                    auto minor =
                        digits >= 2 ? exact::mulDivRound(in.profile.stampDutyMinor * exact::pow10(digits - 2),
                                                         *in.exchangeRate, 1'000'000)
                                    : exact::mulDivRound(in.profile.stampDutyMinor, *in.exchangeRate,
                                                         1'000'000 * exact::pow10(2 - digits));
                    if (!minor)
                        return overflow();
                    t.stampDuty = Money(*minor, in.currency);
                }
                t.stampDutyCharged = in.stampDutyCharged;
            }
        }
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

    // An invoice in another currency also states its taxable amounts, taxes and total in euros: each
    // base converted, its tax computed on the converted base.
    if (in.exchangeRate && in.currency.code() != QLatin1String("EUR")) {
        EuroFigures e;
        e.exchangeRate = *in.exchangeRate;
        const Currency eur = *Currency::fromCode(u"EUR");
        e.tax = Money::zero(eur);
        for (const Tax &tax : t.taxes) {
            Tax converted = tax;
            auto base = toEuro(tax.base, e.exchangeRate);
            if (!base)
                return base.error();
            converted.base = *base;
            auto amount = tax.rate.of(*base);
            if (!amount)
                return amount.error();
            converted.amount = *amount;
            e.tax = *e.tax.plus(converted.amount);
            e.taxes.append(converted);
        }
        auto untaxedEuro = toEuro(t.untaxed, e.exchangeRate);
        auto totalEuro = toEuro(t.total, e.exchangeRate);
        auto dueEuro = toEuro(t.due, e.exchangeRate);
        if (!untaxedEuro || !totalEuro || !dueEuro)
            return overflow();
        e.untaxed = *untaxedEuro;
        e.total = *totalEuro;
        e.due = *dueEuro;
        t.euro = e;
    }
    return t;
}

} // namespace minuta::invoicecalc
