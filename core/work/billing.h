#pragma once

// The billing calculation, pure: from a client's terms and raw work to billed lines and totals.
// Invoices use exactly this, so what the time log promises is what the invoice says.

#include "clients/client.h"
#include "values/error.h"
#include "values/money.h"
#include "values/quantity.h"
#include "values/taxrate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace minuta::billing {

// Raw seconds after the policy: rounded to the increment in its direction (half an increment
// rounds up when "nearest"), then raised to the minimum.
qint64 billedSeconds(qint64 rawSeconds, const BillingPolicy &policy);

enum class RateSource { Entry, Client, Business, None };
QString rateSourceName(RateSource source); // "entry", "client", "business", "none"

struct Rate
{
    Money perHour;
    RateSource source = RateSource::None;
};

// Entry override → client rate → business default (when it is in the client's currency) → none
// (zero, and the caller warns).
Rate resolveRate(const std::optional<Money> &entryOverride, const std::optional<Money> &clientRate,
                 const std::optional<Money> &businessRate, Currency currency);

enum class PriceSource { Client, Catalog, None };
QString priceSourceName(PriceSource source); // "client", "catalog", "none"

struct TimeInput
{
    qint64 entryId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString task;
    QString description;
    bool billable = true;
    std::optional<Money> rateOverride;
};

struct UsageInput
{
    qint64 usageId = 0;
    qint64 at = 0;
    qint64 serviceId = 0;
    QString serviceName;
    QString unit;
    QString unitPlural;
    QString sac;
    QString note;
    Quantity quantity;
    std::optional<Money> clientPrice;
    Money catalogPrice;
    std::optional<TaxRate> taxRate;
};

struct Inputs
{
    Currency currency;
    BillingPolicy policy;
    std::optional<Money> clientRate;
    std::optional<Money> businessRate;
    QList<TimeInput> entries;
    QList<UsageInput> usage;
};

struct TimeLine
{
    qint64 entryId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString task;
    QString description;
    qint64 rawSeconds = 0;
    qint64 billedSeconds = 0;
    Rate rate;
    Money amount;
};

struct UsageLine
{
    qint64 usageId = 0;
    qint64 at = 0;
    qint64 serviceId = 0;
    QString serviceName;
    QString unit;
    QString unitPlural;
    QString sac;
    QString note;
    Quantity quantity;
    Money unitPrice;
    PriceSource priceSource = PriceSource::None;
    std::optional<TaxRate> taxRate;
    Money amount;
};

struct Statement
{
    Currency currency;
    QList<TimeLine> time;
    QList<UsageLine> usage;
    qint64 rawSeconds = 0;
    qint64 billedSeconds = 0;
    Money timeAmount;
    Money usageAmount;
    Money total;
    QStringList warnings; // work that will bill nothing because a rate or price is missing
};

// Lines for every billable entry (non-billable ones are left out) and every usage, with totals.
Result<Statement> calculate(const Inputs &inputs);

} // namespace minuta::billing
