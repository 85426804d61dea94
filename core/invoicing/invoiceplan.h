#pragma once

// How a client's unbilled work becomes a draft invoice, pure: grouping, line descriptions in the
// client's language, pricing and totals. The repository loads the inputs and stores the result.
//
// Money follows one policy everywhere: each entry's amount is its billed time at its rate, rounded
// once to the minor unit (as the time log and `unbilled` show it), and a line's amount is the sum of
// the amounts of the entries it groups. So every grouping bills exactly what `unbilled` shows.

#include "business/business.h"
#include "business/taxprofile.h"
#include "clients/client.h"
#include "invoicing/invoice.h"
#include "invoicing/pack.h"
#include "work/billing.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace minuta::invoiceplan {

struct Request
{
    Grouping grouping = Grouping::Entry;
    std::optional<QDate> from; // the period asked for, inclusive, local dates
    std::optional<QDate> to;
    QDate issueDate;
    QTimeZone zone;                     // the user's: which day an entry belongs to
    std::optional<qint64> exchangeRate; // proposed for an invoice in another currency
};

// What one entry of a line was billed.
struct BilledEntry
{
    qint64 entryId = 0;
    qint64 billedSeconds = 0;
    Money amount;
};

// What one usage record of a line was billed: the whole record, or (when a pack covered part of it)
// a part.
struct BilledUsage
{
    qint64 usageId = 0;
    std::optional<Quantity> quantity;
    std::optional<Money> amount;
};

// What the client's prepaid packs cover of the work, from their drawdown (PackRepository).
struct Coverage
{
    QList<Pack> packs;
    QList<packs::TimeDrawn> time;
    QList<packs::UnitsDrawn> units;
};

struct Plan
{
    Invoice invoice;
    QList<QList<BilledEntry>> entries; // per line, the entries it bills
    QList<QList<BilledUsage>> usage;   // per line, the usage it bills
    QStringList warnings;
    bool packsDrawn = false; // the work was drawn against packs: it keeps counting in their drawdown
    // With packs: what each piece of work on the invoice drew from them (no pack: plain work), kept
    // with the invoice so that, once issued, it stays what the invoice says.
    QList<packs::TimeDrawn> drawnTime;
    QList<packs::UnitsDrawn> drawnUnits;
};

// With `coverage`, work a pack covers goes on a line of its own per pack at no charge, work beyond
// the packs is billed as their rule says (at the pack's own rate, or held back and left off with a
// warning), and the rest as ever.
Result<Plan> plan(const Client &client, const BusinessProfile &business, const TaxProfile &profile,
                  const billing::Statement &statement, const Request &request,
                  const Coverage *coverage = nullptr);

// Why a line bears no tax, when the user did not say: an expense without a rate of its own is paid in
// the client's name (art. 15 DPR 633/72, N1); under reverse charge the client accounts for the tax
// (N2.1); else the profile's reason for untaxed lines (N2.2 in the flat-rate scheme).
QString defaultNature(const InvoiceLine &line, bool reverseCharge, const TaxProfile &profile);

// What the totals of an invoice are computed from: its lines, terms and parties.
invoicecalc::Input inputOf(const Invoice &invoice);
// The totals of an invoice as its lines, terms and parties make them.
Result<invoicecalc::Totals> totalsOf(const Invoice &invoice);

// "3 Nov 2026", "3 nov 2026", "Nov 3, 2026" for a client in the United States: a date as the
// invoice's lines print it.
QString lineDate(QDate date, const QLocale &locale);

} // namespace minuta::invoiceplan
