#pragma once

// The JSON minuta-cli prints for scripts: money as integer minor units with the currency code,
// instants as ISO 8601 local time with its offset. Scripts depend on these shapes; keep them stable.

#include "clients/client.h"
#include "values/taxrate.h"
#include "work/billing.h"
#include "work/service.h"
#include "work/timeentry.h"
#include "work/unbilledwork.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

namespace minuta::cli::json {

QJsonObject money(const Money &amount);
QJsonValue money(const std::optional<Money> &amount);
QString instant(qint64 secs, const QTimeZone &zone);
// A tax rate in basis points: 22 % is 2200, Québec's 9.975 % is 997.5.
QJsonValue basisPoints(const TaxRate &rate);
QJsonObject client(const Client &client);
QJsonObject entry(const TimeEntry &entry, const QTimeZone &zone, qint64 now);
QJsonObject service(const Service &service);
QJsonObject usage(const Usage &usage, const QTimeZone &zone);
QJsonObject unbilled(const UnbilledWork::Report &report, const QTimeZone &zone);

} // namespace minuta::cli::json
