#pragma once

// Prepaid packs and retainers in the file: selling one (its line on a draft invoice), changing and
// closing it, renewing retainers, and where each stands, drawn every time from the client's work
// (work/packdrawdown): what the packs cover of the work an invoice is about to bill, and what each
// has left.

#include "business/business.h"
#include "clients/client.h"
#include "invoicing/invoiceplan.h"
#include "invoicing/pack.h"
#include "storage/connection.h"
#include "values/error.h"
#include "values/moneytotals.h"
#include "work/billing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace minuta {

class Clock;
class Database;

// A pack's statement for the client: every piece of work that drew it down, oldest first, with what
// it drew and what was left after it.
struct PackStatement
{
    struct Line
    {
        qint64 at = 0; // when the work was done (an entry's start, a usage's time)
        QDate day;
        QString what;               // the entry's task and description, or the service and note
        qint64 seconds = 0;         // drawn from the pack's time
        Quantity quantity;          // drawn from the pack's units of `unit`
        QString unit;               // the service's unit, for units
        QString unitPlural;         // its plural
        std::optional<Money> money; // drawn from the pack's credit
        qint64 leftSeconds = 0;     // the pack's time left after this line
        std::optional<Money> leftMoney;
    };
    PackState state;
    Client client;
    BusinessProfile business;
    QList<Line> lines;
};

// One piece of unbilled work split as a draft would bill it: what the client's packs cover, what is
// still to bill, and whether it is held back (beyond a pack that stops). Amounts in the work's currency.
struct CoveredPart
{
    qint64 covered = 0;       // time: billed seconds; units: thousandths
    qint64 billable = 0;      // the same, still to bill (held back: not billed now)
    qint64 billableMinor = 0; // its worth; 0 when held
    bool held = false;
    const packs::TimeDrawn *time = nullptr;   // what the packs took, when any covers its day
    const packs::UnitsDrawn *units = nullptr; // (points into the coverage)
};
// One part per time line and per usage line of `work`, in their order.
struct CoveredParts
{
    QList<CoveredPart> time;
    QList<CoveredPart> usage;
};
CoveredParts coveredParts(const billing::Statement &work, const invoiceplan::Coverage &coverage);

// What a client's packs cover of their unbilled work, and what an invoice would still ask for it.
struct CoveredShare
{
    qint64 coveredSeconds = 0; // billed time the packs' minutes or credit cover
    qint64 heldSeconds = 0;    // beyond a pack that stops: not billed until another covers it
    Money billable;            // what is still to bill, time and units
};
CoveredShare coveredShare(const CoveredParts &parts, Currency currency);

// One month of prepaid packs, for the reports: what was sold, used and left unused.
struct PackMonth
{
    int year = 0;
    int month = 0;
    int sold = 0;             // packs (and retainer periods) starting in the month
    qint64 soldMinutes = 0;   // the minutes they cover
    MoneyTotals soldValue;    // their prices, per currency
    qint64 usedSeconds = 0;   // billed time drawn from packs' minutes by work of the month
    int expired = 0;          // packs whose last day (or closing day) is in the month
    qint64 unusedSeconds = 0; // what those left unused, less what rolled into a next period
};

class PackRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::PackRepository)

public:
    PackRepository(const Database &db, const Clock &clock);

    // Stores a new pack; unless it is billed elsewhere, its sale goes on the client's newest draft
    // invoice (a new one when there is none), all in one write. Its days default to from today, and
    // a retainer's first period ends as its renewal says.
    Result<PackState> add(Pack pack);
    // Changes a pack (name, what it covers, price, days, overage rule). Once its sale is issued the
    // price is what was invoiced, and it can no longer shrink below what its work has used.
    Result<PackState> edit(Pack pack);
    // Ends a pack on `day` (today when not given): nothing after it draws from it. Refused when the
    // pack's issued sale would then cover less than it has used.
    Result<PackState> close(qint64 id, std::optional<QDate> day = std::nullopt);

    Result<PackState> get(qint64 id) const;
    // Packs, oldest first; of one client or of all; only those still active unless `all`.
    Result<QList<PackState>> list(std::optional<qint64> clientId = std::nullopt, bool all = false) const;
    // The active packs of a client whose work is being logged, and whether they are past `percent`
    // used or exhausted: what the timer bar and the command line warn about.
    Result<QList<PackState>> activeFor(qint64 clientId) const;

    // The pack's statement, for the client.
    Result<PackStatement> statement(qint64 id) const;

    // What the client's packs cover of their work: for the invoice about to bill it.
    Result<invoiceplan::Coverage> coverage(const Client &client) const;
    // Both at once, from one drawdown: the client's packs in use (as list() gives them) and what
    // they cover (as coverage() does), for a screen that shows the two.
    struct ClientPacks
    {
        QList<PackState> current;
        invoiceplan::Coverage coverage;
    };
    Result<ClientPacks> ofClient(const Client &client) const;
    // Before a draft is issued: refused when what the client's packs cover of its work is no longer
    // what its lines say (work, a pack or another invoice changed it since it was made).
    Result<void> checkDraft(qint64 invoiceId, qint64 clientId) const;

    // The months from `from` to `to` (their first days), each with its packs sold, used and expired:
    // every client's, or one's.
    Result<QList<PackMonth>> monthly(QDate from, QDate to,
                                     std::optional<qint64> clientId = std::nullopt) const;

    // Makes each retainer's periods up to today (the first day of a period makes it): a pack for
    // each with its sale on a draft. Returns the packs made.
    Result<QList<PackState>> renewDue();

private:
    Result<QList<Pack>> load(std::optional<qint64> clientId, std::optional<qint64> packId) const;
    Result<QList<PackState>> states(const QList<Pack> &packs) const;
    static PackState stateOf(const Pack &pack, const packs::PackBalance &balance, QDate day);
    // `work`, when given, receives the work drawn against them.
    Result<packs::Drawdown> draw(const Client &client, const QList<Pack> &packs,
                                 billing::Statement *work = nullptr) const;
    Result<Pack> checked(Pack pack, const Client &client) const;
    Result<void> store(const Pack &pack, qint64 &id);
    Result<void> checkShrink(const Pack &before, const Pack &after) const;
    QDate today() const;

    const Database &m_database;
    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
