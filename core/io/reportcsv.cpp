#include "io/reportcsv.h"

#include "io/csv.h"
#include "values/timeutil.h"

namespace minuta::reportcsv {

namespace {

QString hours(qint64 seconds)
{
    return csv::number(timeutil::formatDuration(seconds));
}

// Plain, a dot for the decimals, so every spreadsheet reads them as numbers.
QString plain(const Money &m)
{
    return csv::number(m.toPlainString());
}

QString month(QDate first)
{
    return first.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QByteArray monthly(const QList<MonthlyRow> &rows)
{
    QByteArray out =
        csv::line({QStringLiteral("month"), QStringLiteral("client"), QStringLiteral("hours"),
                   QStringLiteral("billable_hours"), QStringLiteral("currency"), QStringLiteral("billable"),
                   QStringLiteral("unbilled"), QStringLiteral("invoiced_net"),
                   QStringLiteral("invoiced_gross"), QStringLiteral("paid"), QStringLiteral("outstanding")});
    for (const MonthlyRow &r : rows)
        out += csv::line({month(r.month), csv::text(r.clientName), hours(r.seconds), hours(r.billableSeconds),
                          r.currency.code(), plain(r.billable), plain(r.unbilled), plain(r.invoiced),
                          plain(r.invoicedGross), plain(r.paid), plain(r.outstanding)});
    return out;
}

QByteArray aging(const QList<AgingRow> &rows)
{
    QByteArray out =
        csv::line({QStringLiteral("number"), QStringLiteral("client"), QStringLiteral("issue_date"),
                   QStringLiteral("due_date"), QStringLiteral("days_late"), QStringLiteral("bucket"),
                   QStringLiteral("currency"), QStringLiteral("balance")});
    for (const AgingRow &r : rows)
        out += csv::line({csv::text(r.number), csv::text(r.clientName), r.issueDate.toString(Qt::ISODate),
                          r.dueDate.toString(Qt::ISODate), QString::number(qMax<qint64>(0, r.daysLate)),
                          Reports::bucketName(r.bucket), r.balance.currency().code(), plain(r.balance)});
    return out;
}

QByteArray services(const QList<ServiceRow> &rows)
{
    QByteArray out = csv::line({QStringLiteral("month"), QStringLiteral("service"),
                                QStringLiteral("quantity"), QStringLiteral("unit"), QStringLiteral("uses")});
    for (const ServiceRow &r : rows)
        out += csv::line({month(r.month), csv::text(r.serviceName), csv::number(r.quantity.toPlainString()),
                          csv::text(r.unit), QString::number(r.uses)});
    return out;
}

} // namespace minuta::reportcsv
