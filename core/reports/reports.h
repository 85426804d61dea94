#pragma once

// Where the time and the money are: per client and month, per service, and the unpaid invoices by
// how late they are. Every figure comes from grouped queries over the file; amounts are exact, in
// each client's currency.
//
// Per client and month:
//   hours, billable hours  time logged (entries by the month they start in; a running one excluded)
//   billable               what that billable time and the usage are worth, priced as an invoice
//                          prices them (per entry: increment, rounding, minimum, resolved rate)
//   unbilled               the part of it not on an invoice yet
//   invoiced               net of the invoices issued that month, less credit notes issued that month
//                          (before taxes: the business's revenue)
//   invoiced gross         what those invoices ask the client to pay (taxes included, less tax the
//                          client withholds), less credit notes: the basis of paid and outstanding
//   paid                   payments received that month
//   outstanding            what is still owed on the invoices issued that month

#include "values/error.h"
#include "values/money.h"
#include "values/moneytotals.h"
#include "values/quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <map>
#include <optional>

namespace minuta {

class Clock;
class Database;

struct MonthlyRow
{
    QDate month; // the first day of the month
    qint64 clientId = 0;
    QString clientName;
    Currency currency;
    qint64 seconds = 0;
    qint64 billableSeconds = 0;
    Money billable;
    Money unbilled;
    Money invoiced;      // net, before taxes
    Money invoicedGross; // to be paid: taxes included, less withholding; as paid and outstanding
    Money paid;
    Money outstanding;
};

struct ServiceRow
{
    QDate month;
    qint64 serviceId = 0;
    QString serviceName;
    QString unit;
    Quantity quantity;
    int uses = 0;
};

enum class AgingBucket { Current, Late1To30, Late31To60, Late61To90, LateOver90 };

struct AgingRow
{
    qint64 invoiceId = 0;
    QString number;
    qint64 clientId = 0;
    QString clientName;
    QDate issueDate;
    QDate dueDate;
    Money balance;       // negative on a credit note: what is still owed back to the client
    qint64 daysLate = 0; // 0 or less: not due yet
    AgingBucket bucket = AgingBucket::Current;
    bool credit = false; // a credit note's credit, never late
};

// What a client owes, per currency: open invoices less the credit owed back to them.
struct ClientBalance
{
    qint64 clientId = 0;
    QString clientName;
    Money due;     // still owed on issued invoices
    Money credit;  // still owed back on credit notes (refunds or credit not used yet)
    Money balance; // due − credit: negative when the client is owed money
};

struct ReportFilter
{
    QDate from; // months are whole: from the first of from's month
    QDate to;   // to the last of to's month
    std::optional<qint64> clientId;
};

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(minuta::Reports)

public:
    Reports(const Database &db, const Clock &clock);

    // One row per client and month with anything in it, by month then client name.
    Result<QList<MonthlyRow>> monthly(const ReportFilter &filter) const;
    // Units used per service and month.
    Result<QList<ServiceRow>> services(const ReportFilter &filter) const;
    // Issued invoices with something still owed, latest due first within each bucket, as of `day`, and
    // credit notes that still owe the client money, as negative balances in the current bucket.
    Result<QList<AgingRow>> aging(QDate day, std::optional<qint64> clientId = std::nullopt) const;
    // What each client's work not on an invoice (nor held by a draft) is worth, all time up to `day`:
    // the monthly report's "unbilled" added up, per client; clients with nothing are left out.
    Result<std::map<qint64, MoneyTotals>> unbilledPerClient(QDate day) const;
    // Per client and currency with anything owed either way, by client name.
    Result<QList<ClientBalance>> balances(std::optional<qint64> clientId = std::nullopt) const;

    // What was invoiced in each month of `rows` in `currency`, all clients together, summed exactly:
    // an Overflow error rather than a wrong total.
    static Result<std::map<QDate, Money>> invoicedPerMonth(const QList<MonthlyRow> &rows, Currency currency);

    static AgingBucket bucketFor(qint64 daysLate);
    static QString bucketName(AgingBucket bucket); // "current", "1-30", "31-60", "61-90", "90+"

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace minuta
