#pragma once

// The reports as CSV for a spreadsheet, the same from the app and the command line: a header of
// column names, then one row per report row. Amounts are plain numbers with a dot and every minor
// digit; hours are h:mm; dates ISO; months yyyy-MM; names written as text, never as formulas.
//
// monthly:  month, client, hours, billable_hours, currency, billable, unbilled, invoiced, paid,
//           outstanding
// aging:    number, client, issue_date, due_date, days_late, bucket, currency, balance
//           (a credit note's credit: a negative balance, 0 days late, in the current bucket)
// services: month, service, quantity, unit, uses
// packs:    month, sold, sold_hours, used_hours, ended, unused_hours, then sold_value_XXX for each
//           currency a pack was sold in (XXX its code)

#include "invoicing/packrepository.h"
#include "reports/reports.h"

#include <QByteArray>
#include <QList>

namespace minuta::reportcsv {

QByteArray monthly(const QList<MonthlyRow> &rows);
QByteArray aging(const QList<AgingRow> &rows);
QByteArray services(const QList<ServiceRow> &rows);
QByteArray packs(const QList<PackMonth> &months);

} // namespace minuta::reportcsv
