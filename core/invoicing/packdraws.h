#pragma once

// Internal to core: what each invoice's work drew from the client's packs, kept with the invoice
// (table pack_draw). Written with a draft from the drawdown its lines come from; read back for
// issued invoices, whose work then draws exactly that (work/packdrawdown's `fixed`).

#include "values/error.h"
#include "work/packdrawdown.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace minuta::packdraws {

// Records what the invoice's work drew.
Result<void> store(const QSqlDatabase &db, qint64 invoiceId, const QList<packs::TimeDrawn> &time,
                   const QList<packs::UnitsDrawn> &units);

// Forgets what work no longer on the draft drew (after a line is removed).
Result<void> prune(const QSqlDatabase &db, qint64 invoiceId);

// What the client's issued invoices recorded, for the work still billed by them.
// Days are local to `zone`.
Result<packs::Settled> settled(const QSqlDatabase &db, qint64 clientId, const QTimeZone &zone);
// What one invoice (a draft too) recorded.
Result<packs::Settled> ofInvoice(const QSqlDatabase &db, qint64 invoiceId, const QTimeZone &zone);

// Whether what was recorded is what the packs draw now.
bool same(const packs::TimeDrawn &recorded, const packs::TimeDrawn &now);
bool same(const packs::UnitsDrawn &recorded, const packs::UnitsDrawn &now);

} // namespace minuta::packdraws
