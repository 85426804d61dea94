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

QByteArray packs(const QList<PackMonth> &months)
{
    // A column per currency: a spreadsheet sums each on its own, never euros with pounds.
    QStringList currencies;
    for (const PackMonth &m : months)
        for (const Money &sum : m.soldValue.sums())
            if (!currencies.contains(sum.currency().code()))
                currencies << sum.currency().code();
    currencies.sort();
    QStringList header{QStringLiteral("month"),      QStringLiteral("sold"),  QStringLiteral("sold_hours"),
                       QStringLiteral("used_hours"), QStringLiteral("ended"), QStringLiteral("unused_hours")};
    for (const QString &code : std::as_const(currencies))
        header << QStringLiteral("sold_value_") + code;
    QByteArray out = csv::line(header);
    for (const PackMonth &m : months) {
        QStringList row{month(QDate(m.year, m.month, 1)), QString::number(m.sold),
                        hours(m.soldMinutes * 60),        hours(m.usedSeconds),
                        QString::number(m.expired),       hours(m.unusedSeconds)};
        for (const QString &code : std::as_const(currencies)) {
            const Currency currency = Currency::fromCode(code).value_or(Currency());
            QString value = plain(Money(0, currency));
            for (const Money &sum : m.soldValue.sums())
                if (sum.currency().code() == code)
                    value = plain(sum);
            row << value;
        }
        out += csv::line(row);
    }
    return out;
}

} // namespace minuta::reportcsv
