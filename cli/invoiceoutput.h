#pragma once

// How minuta-cli shows an invoice: the status word that people and scripts both read, and the whole
// invoice, as text or as JSON.

#include "invoicing/invoice.h"

#include <QString>

namespace minuta::cli {

class Context;

// "draft", "issued", "partly_paid", "paid" or "cancelled".
QString invoiceStatus(const Invoice &invoice);
QString invoiceStatus(const InvoiceSummary &summary);

// Prints the invoice on stdout: its JSON with --json, else its lines and totals.
void printInvoice(Context &ctx, const Invoice &invoice);

} // namespace minuta::cli
