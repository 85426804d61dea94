#pragma once

// Invoice numbers from a pattern: {YYYY} and {YY} the year, {MM} the month of the issue date, {N}
// the sequence number and {N:3} the same padded with zeros to three digits.

#include <QDate>
#include <QString>

namespace minuta::invoicenumber {

QString format(const QString &pattern, QDate issueDate, qint64 sequence);

} // namespace minuta::invoicenumber
