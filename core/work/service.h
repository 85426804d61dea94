#pragma once

// Pay-per-use services (calls answered, pages scanned, meeting-room hours) and the units of them a
// client used.

#include "values/error.h"
#include "values/money.h"
#include "values/quantity.h"
#include "values/taxrate.h"

#include <QDate>
#include <QString>

#include <optional>

namespace minuta {

struct Service
{
    qint64 id = 0;
    QString name;                   // "Call answering"
    QString unit;                   // "call", "page", "hour"
    QString unitPlural;             // "calls"; empty: the unit reads the same in the plural
    QString sac;                    // India: the service's SAC code
    Money unitPrice;                // its currency is the catalog price's currency
    std::optional<TaxRate> taxRate; // none: the invoice's standard rate
    bool active = true;             // inactive services keep their history and leave the pickers
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    Result<void> validate() const;
    // The unit as it reads after `quantity`: singular for exactly one, else the plural.
    QString unitFor(const Quantity &quantity) const;
};

// "1 call", "43 calls": the singular for exactly one unit, else the plural (the singular when none).
QString unitFor(const Quantity &quantity, const QString &singular, const QString &plural);

struct Usage
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 serviceId = 0;
    qint64 at = 0; // when, Unix seconds UTC
    Quantity quantity;
    QString note;
    std::optional<qint64> invoiceId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Filled in by reads.
    QString clientName;
    QString serviceName;
    QString unit;
    QString unitPlural;

    bool isBilled() const { return invoiceId.has_value(); }
};

struct UsageFilter
{
    std::optional<qint64> clientId;
    std::optional<qint64> serviceId;
    std::optional<qint64> from; // [from, to) on `at`
    std::optional<qint64> to;
    std::optional<bool> billed;
};

// The units of one service used on one local day, added up.
struct DayUnits
{
    QDate day;
    qint64 serviceId = 0;
    QString serviceName;
    QString unit;
    QString unitPlural;
    Quantity quantity;

    // "12 calls answered"-style text: the quantity and its unit ("12 calls").
    QString unitFor() const { return minuta::unitFor(quantity, unit, unitPlural); }
};

} // namespace minuta
