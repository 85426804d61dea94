#pragma once

// Fixed fees that recur for a client ("mailbox management, €200 a month"): each period, from the
// fee's first day to its last, a line on the client's draft invoice, added once, on the period's
// first day (or the next time Minuta writes to the file).

#include "storage/connection.h"
#include "values/error.h"
#include "values/money.h"
#include "values/quantity.h"
#include "values/taxrate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

#include <optional>

namespace minuta {

class Clock;
class Database;

enum class Every { Week, Month, Quarter, Year };
QString everyName(Every every); // "week", "month", "quarter", "year"
std::optional<Every> everyFromName(QStringView name);
// The first day of period `n` of a fee that starts on `anchor` (0: the first). Counted from the
// anchor, so a fee from 31 January falls on the last day of shorter months and back on the 31st.
QDate periodAt(QDate anchor, Every every, int n);

struct RecurringLine
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName; // read back
    QString description;
    Quantity quantity = Quantity::fromMilli(1000);
    Money unitPrice;
    std::optional<TaxRate> taxRate; // none: the invoice's standard rate
    Every every = Every::Month;
    QDate from;
    std::optional<QDate> until;
    std::optional<QDate> billedThrough; // the first day of the last period put on a draft
    // Read back: the first day of the latest period on an invoice (after a draft that held earlier
    // ones was deleted, later than billedThrough).
    std::optional<QDate> lastOnInvoice;
};

// The first day of the fee's next period not on a draft yet; none once its last day has passed.
std::optional<QDate> nextPeriod(const RecurringLine &line);

// Before draft `invoiceId` is deleted (in the same write): the fee periods it bills become due again,
// so the next draft bills them. Periods on other invoices, or skipped, stay as they are. Internal
// to core.
Result<void> givePeriodsBack(const QSqlDatabase &db, qint64 invoiceId);

class RecurringRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::RecurringRepository)

public:
    RecurringRepository(const Database &db, const Clock &clock);

    // Stores a fee; its periods due up to today go on the client's draft at once.
    Result<RecurringLine> add(RecurringLine line);
    // Changes a fee's description, quantity, price, tax rate and last day; its first day and period
    // only while none of it is on an invoice. What is already on invoices stays as it is: a new
    // price goes on the next period. Refused: a last day before a period on an invoice.
    Result<RecurringLine> edit(RecurringLine line);
    // Deletes a fee: lines already on invoices stay.
    Result<RecurringLine> remove(qint64 id);
    Result<RecurringLine> get(qint64 id) const;
    Result<QList<RecurringLine>> list(std::optional<qint64> clientId = std::nullopt) const;

    // Puts each fee's periods begun up to today on its client's newest draft (a new one when there is
    // none); returns how many lines were added.
    Result<int> addDue();

private:
    // The fee cleaned and checked against its client (kept: id, billedThrough).
    Result<RecurringLine> checked(RecurringLine line) const;
    Result<QList<RecurringLine>> load(const QString &where, const QVariantList &values) const;

    const Database &m_database;
    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
