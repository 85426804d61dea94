#include "work/billing.h"

#include <QCoreApplication>

namespace minuta::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::billing", text);
}

} // namespace

qint64 billedSeconds(qint64 rawSeconds, const BillingPolicy &policy)
{
    if (rawSeconds <= 0)
        return 0;
    const qint64 step = qint64(qMax(1, policy.incrementMinutes)) * 60;
    qint64 billed = rawSeconds;
    switch (policy.rounding) {
    case RoundingMode::Up:
        billed = (rawSeconds + step - 1) / step * step;
        break;
    case RoundingMode::Down:
        billed = rawSeconds / step * step;
        break;
    case RoundingMode::Nearest:
        billed = (rawSeconds + step / 2) / step * step;
        break;
    }
    return qMax(billed, qint64(policy.minimumMinutes) * 60);
}

QString rateSourceName(RateSource source)
{
    switch (source) {
    case RateSource::Entry:
        return QStringLiteral("entry");
    case RateSource::Client:
        return QStringLiteral("client");
    case RateSource::Business:
        return QStringLiteral("business");
    case RateSource::None:
        break;
    }
    return QStringLiteral("none");
}

QString priceSourceName(PriceSource source)
{
    switch (source) {
    case PriceSource::Client:
        return QStringLiteral("client");
    case PriceSource::Catalog:
        return QStringLiteral("catalog");
    case PriceSource::None:
        break;
    }
    return QStringLiteral("none");
}

Rate resolveRate(const std::optional<Money> &entryOverride, const std::optional<Money> &clientRate,
                 const std::optional<Money> &businessRate, Currency currency)
{
    if (entryOverride && entryOverride->currency() == currency)
        return {*entryOverride, RateSource::Entry};
    if (clientRate && clientRate->currency() == currency)
        return {*clientRate, RateSource::Client};
    if (businessRate && businessRate->currency() == currency)
        return {*businessRate, RateSource::Business};
    return {Money::zero(currency), RateSource::None};
}

Result<Statement> calculate(const Inputs &in)
{
    Statement s;
    s.currency = in.currency;
    s.timeAmount = s.usageAmount = s.total = Money::zero(in.currency);

    for (const TimeInput &entry : in.entries) {
        if (!entry.billable)
            continue;
        TimeLine line;
        line.entryId = entry.entryId;
        line.start = entry.start;
        line.end = entry.end;
        line.task = entry.task;
        line.description = entry.description;
        line.rawSeconds = qMax<qint64>(0, entry.end - entry.start);
        line.billedSeconds = billedSeconds(line.rawSeconds, in.policy);
        line.rate = resolveRate(entry.rateOverride, in.clientRate, in.businessRate, in.currency);
        auto amount = line.rate.perHour.forSeconds(line.billedSeconds);
        if (!amount)
            return amount.error();
        line.amount = *amount;
        if (line.rate.source == RateSource::None)
            s.warnings << tr("Entry %1 has no hourly rate in %2, so it bills nothing: set a rate for the "
                             "client or a default rate.")
                              .arg(entry.entryId)
                              .arg(in.currency.code());
        s.rawSeconds += line.rawSeconds;
        s.billedSeconds += line.billedSeconds;
        auto sum = s.timeAmount.plus(line.amount);
        if (!sum)
            return sum.error();
        s.timeAmount = *sum;
        s.time.append(line);
    }

    for (const UsageInput &usage : in.usage) {
        UsageLine line;
        line.usageId = usage.usageId;
        line.at = usage.at;
        line.serviceId = usage.serviceId;
        line.serviceName = usage.serviceName;
        line.unit = usage.unit;
        line.unitPlural = usage.unitPlural;
        line.sac = usage.sac;
        line.note = usage.note;
        line.quantity = usage.quantity;
        line.taxRate = usage.taxRate;
        if (usage.clientPrice && usage.clientPrice->currency() == in.currency) {
            line.unitPrice = *usage.clientPrice;
            line.priceSource = PriceSource::Client;
        } else if (usage.catalogPrice.currency() == in.currency) {
            line.unitPrice = usage.catalogPrice;
            line.priceSource = PriceSource::Catalog;
        } else {
            line.unitPrice = Money::zero(in.currency);
            line.priceSource = PriceSource::None;
            s.warnings << tr("“%1” has no price in %2, so usage %3 bills nothing: set the client's own price "
                             "for it.")
                              .arg(usage.serviceName, in.currency.code())
                              .arg(usage.usageId);
        }
        auto amount = line.quantity.times(line.unitPrice);
        if (!amount)
            return amount.error();
        line.amount = *amount;
        auto sum = s.usageAmount.plus(line.amount);
        if (!sum)
            return sum.error();
        s.usageAmount = *sum;
        s.usage.append(line);
    }

    auto total = s.timeAmount.plus(s.usageAmount);
    if (!total)
        return total.error();
    s.total = *total;
    return s;
}

} // namespace minuta::billing
