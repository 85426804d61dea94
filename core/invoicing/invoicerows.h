#pragma once

// Internal to core: how the invoice tables' date columns are read and written, shared by the files
// of InvoiceRepository (drafts, issuing, payments, queries).

#include <QDate>
#include <QVariant>

#include <optional>

namespace minuta::invoicerows {

// An ISO date column; NULL is an invalid date.
inline QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// A date for an ISO date column; none, or an invalid one, is NULL.
inline QVariant dateValue(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QVariant(d->toString(Qt::ISODate)) : QVariant();
}

} // namespace minuta::invoicerows
