#pragma once

// A prepaid pack as the file keeps it: what it covers (minutes, units of services, money), what it
// costs, its days, what happens beyond it, and, for a retainer, how it renews. What it has used is
// never kept: PackRepository draws it from the work (work/packdrawdown).

#include "invoicing/invoice.h"
#include "values/error.h"
#include "values/money.h"
#include "values/quantity.h"
#include "work/packdrawdown.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace minuta {

// How a retainer renews: each period is a pack of its own, made on the period's first day.
enum class Renewal { None, Weekly, Monthly, Quarterly };
QString renewalName(Renewal renewal); // "", "weekly", "monthly", "quarterly"
std::optional<Renewal> renewalFromName(QStringView name);
// The last day of the period that starts on `from`.
QDate periodEnd(QDate from, Renewal renewal);
// The first day of a retainer's period `n` (0: its first, which starts on `anchor`). Counted from the
// anchor, so a retainer begun on 31 January renews on the last day of shorter months and comes back
// to the 31st, rather than drifting to the 28th.
QDate periodStart(QDate anchor, Renewal renewal, int n);

struct PackUnits
{
    qint64 serviceId = 0;
    QString service; // read back
    QString unit;
    QString unitPlural;
    Quantity quantity;
};

struct Pack
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName; // read back
    QString name;       // the user's own; empty: described by what it covers
    qint64 minutes = 0;
    QList<PackUnits> units;
    std::optional<Money> amount; // money covered
    Money price;                 // what the client pays; zero: complimentary
    QDate from;
    std::optional<QDate> until; // none: no expiry (a retainer: the period's last day)
    std::optional<QDate> closedOn;
    packs::Overage overage = packs::Overage::Client;
    std::optional<Money> overageRate; // per hour
    Renewal renewal = Renewal::None;
    qint64 rolloverCapMinutes = 0;
    std::optional<qint64> renewedFrom; // the previous period of a retainer
    bool billedElsewhere = false;      // no sale line in Minuta
    // Read back: the invoice that sells it, when there is one.
    std::optional<qint64> saleInvoiceId;
    std::optional<QString> saleInvoiceNumber;
    std::optional<InvoiceStatus> saleStatus;

    bool saleIssued() const { return saleStatus && *saleStatus != InvoiceStatus::Draft; }
    // What the drawdown needs of it.
    packs::Pack forDrawdown() const;
};

// What a pack covers, in `language` (an invoice's, a statement's): "10 hours, 100 calls, €500.00 of
// credit".
QString packContents(const Pack &pack, const QString &language, const QLocale &locale);
// Its line on the invoice that sells it: "Prepaid pack: 10 hours – 1 Nov 2026 – 31 Jan 2027".
QString packSaleDescription(const Pack &pack, const QString &language, const QLocale &locale);
// The line that shows the work it covered: "Covered by the prepaid pack of 1 Nov 2026 (10 hours)".
QString packCoveredDescription(const Pack &pack, const QString &what, const QString &language,
                               const QLocale &locale);

// A pack and where it stands today.
struct PackState
{
    Pack pack;
    packs::PackBalance balance;
    packs::Status status = packs::Status::Active;
    int usedPermille = 0;
};

// "2:15 left of 10:00", "12 of 100 calls left", "€120.00 left of €500.00": what a pack has left, in
// the program's language (the timer bar, the command line).
QString packLeft(const PackState &state, const QLocale &locale);

} // namespace minuta
