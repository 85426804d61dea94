#pragma once

// Internal to core: how the invoicing tables' date columns are read and written, shared by the files
// of InvoiceRepository (drafts, issuing, payments, queries), packs and recurring fees.

#include <QDate>
#include <QVariant>

#include <optional>

namespace minuta::invoicerows {

// An ISO date column; NULL is an invalid date.
inline QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// An ISO date column that may be empty; NULL is none.
inline std::optional<QDate> optionalDateOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return dateOf(v);
}

// A date for an ISO date column; none, or an invalid one, is NULL.
inline QVariant dateValue(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QVariant(d->toString(Qt::ISODate)) : QVariant();
}

} // namespace minuta::invoicerows
