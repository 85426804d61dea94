#pragma once

// What an issued invoice freezes: the business, the client and the tax profile as they were, and
// every figure of its totals, as JSON stored with the invoice. Later changes to a client's address or
// to a tax rate never alter an invoice already sent.

#include "invoicing/invoice.h"

#include <QByteArray>

namespace minuta::invoicesnapshot {

QByteArray write(const InvoiceParties &parties, const invoicecalc::Totals &totals);
// Reads what write() wrote; false when the text is not a snapshot.
bool read(const QByteArray &json, Currency currency, InvoiceParties &parties, invoicecalc::Totals &totals);

} // namespace minuta::invoicesnapshot
