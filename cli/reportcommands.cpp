// minuta-cli report monthly | aging | packs: figures per client and month, unpaid invoices by age,
// prepaid packs per month

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "clients/clientrepository.h"
#include "invoicing/packrepository.h"
#include "io/reportcsv.h"
#include "reports/reports.h"
#include "values/timeutil.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

QString hours(qint64 seconds)
{
    return timeutil::formatDuration(seconds);
}

int reportMonthly(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("report monthly"),
                   QStringLiteral("[--from DATE] [--to DATE] [--client CLIENT] [--csv]"),
                   tr("Hours and money per client and month: logged, billable, unbilled, invoiced, paid, "
                      "outstanding. The last twelve months unless told."),
                   {option("from", tr("From the month of this day."), "DATE"),
                    option("to", tr("To the month of this day, included."), "DATE"),
                    option("client", tr("One client, by name or id."), "CLIENT"),
                    option("csv", tr("Print comma-separated values for a spreadsheet."))},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“report monthly” takes options only."));
    if (ctx.json && p.isSet(QStringLiteral("csv")))
        return ctx.usageError(tr("Choose --json or --csv, not both."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    const QDate today = timeutil::localDate(ctx.clock.nowSecs(), ctx.clock.timeZone());
    ReportFilter filter;
    filter.to = today;
    filter.from = QDate(today.year(), today.month(), 1).addMonths(-11);
    auto dates = ctx.dates(p);
    if (!dates)
        return ctx.failure(dates.error());
    filter.from = dates->from.value_or(filter.from);
    filter.to = dates->to.value_or(filter.to);
    if (p.isSet(QStringLiteral("client"))) {
        auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
        if (!client)
            return ctx.failure(client.error());
        filter.clientId = client->id;
    }
    auto rows = Reports(**db, ctx.clock).monthly(filter);
    if (!rows)
        return ctx.failure(rows.error());

    if (ctx.json) {
        QJsonArray array;
        for (const MonthlyRow &r : *rows)
            array.append(QJsonObject{{QStringLiteral("month"), r.month.toString(QStringLiteral("yyyy-MM"))},
                                     {QStringLiteral("client"), r.clientId},
                                     {QStringLiteral("clientName"), r.clientName},
                                     {QStringLiteral("seconds"), r.seconds},
                                     {QStringLiteral("billableSeconds"), r.billableSeconds},
                                     {QStringLiteral("billable"), json::money(r.billable)},
                                     {QStringLiteral("unbilled"), json::money(r.unbilled)},
                                     {QStringLiteral("invoiced"), json::money(r.invoiced)},
                                     {QStringLiteral("invoicedGross"), json::money(r.invoicedGross)},
                                     {QStringLiteral("paid"), json::money(r.paid)},
                                     {QStringLiteral("outstanding"), json::money(r.outstanding)}});
        ctx.printJson(array);
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("csv"))) {
        ctx.out << QString::fromUtf8(reportcsv::monthly(*rows));
        return ExitOk;
    }
    if (rows->isEmpty()) {
        ctx.out << tr("Nothing logged or invoiced from %1 to %2.")
                       .arg(filter.from.toString(QStringLiteral("yyyy-MM")),
                            filter.to.toString(QStringLiteral("yyyy-MM")))
                << '\n';
        return ExitOk;
    }
    TextTable table({tr("Month"), tr("Client"), tr("Hours"), tr("Billable h"), tr("Billable"), tr("Unbilled"),
                     tr("Inv. net"), tr("Inv. gross"), tr("Paid"), tr("Outstanding"), tr("Cur")},
                    {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right,
                     Align::Right, Align::Right, Align::Right, Align::Right, Align::Left});
    for (const MonthlyRow &r : *rows)
        table.addRow({r.month.toString(QStringLiteral("yyyy-MM")), r.clientName, hours(r.seconds),
                      hours(r.billableSeconds), r.billable.formatNumber(ctx.locale),
                      r.unbilled.formatNumber(ctx.locale), r.invoiced.formatNumber(ctx.locale),
                      r.invoicedGross.formatNumber(ctx.locale), r.paid.formatNumber(ctx.locale),
                      r.outstanding.formatNumber(ctx.locale), r.currency.code()});
    table.print(ctx.out);
    return ExitOk;
}

int reportAging(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("report aging"), QStringLiteral("[--client CLIENT] [--on DATE] [--csv]"),
                   tr("Unpaid invoices by how late they are: current, 1–30, 31–60, 61–90, over 90 days; "
                      "credit owed back to a client as a negative balance."),
                   {option("client", tr("One client, by name or id."), "CLIENT"),
                    option("on", tr("As on this day (default: today)."), "DATE"),
                    option("csv", tr("Print comma-separated values for a spreadsheet."))},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“report aging” takes options only."));
    if (ctx.json && p.isSet(QStringLiteral("csv")))
        return ctx.usageError(tr("Choose --json or --csv, not both."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    QDate day = timeutil::localDate(ctx.clock.nowSecs(), ctx.clock.timeZone());
    if (p.isSet(QStringLiteral("on"))) {
        auto d = ctx.date(p.value(QStringLiteral("on")), QStringLiteral("on"));
        if (!d)
            return ctx.failure(d.error());
        day = *d;
    }
    std::optional<qint64> clientId;
    if (p.isSet(QStringLiteral("client"))) {
        auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
        if (!client)
            return ctx.failure(client.error());
        clientId = client->id;
    }
    auto rows = Reports(**db, ctx.clock).aging(day, clientId);
    if (!rows)
        return ctx.failure(rows.error());
    if (ctx.json) {
        QJsonArray array;
        for (const AgingRow &r : *rows)
            array.append(QJsonObject{{QStringLiteral("invoice"), r.invoiceId},
                                     {QStringLiteral("number"), r.number},
                                     {QStringLiteral("client"), r.clientId},
                                     {QStringLiteral("clientName"), r.clientName},
                                     {QStringLiteral("issueDate"), r.issueDate.toString(Qt::ISODate)},
                                     {QStringLiteral("dueDate"), r.dueDate.toString(Qt::ISODate)},
                                     {QStringLiteral("balance"), json::money(r.balance)},
                                     {QStringLiteral("daysLate"), qMax<qint64>(0, r.daysLate)},
                                     {QStringLiteral("bucket"), Reports::bucketName(r.bucket)},
                                     {QStringLiteral("credit"), r.credit}});
        ctx.printJson(array);
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("csv"))) {
        ctx.out << QString::fromUtf8(reportcsv::aging(*rows));
        return ExitOk;
    }
    if (rows->isEmpty()) {
        ctx.out << tr("Nothing is owed.") << '\n';
        return ExitOk;
    }
    TextTable table({tr("Number"), tr("Client"), tr("Issued"), tr("Due"), tr("Days late"), tr("Bucket"),
                     tr("Balance"), tr("Cur")},
                    {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left,
                     Align::Right, Align::Left});
    for (const AgingRow &r : *rows)
        table.addRow({r.number, r.clientName, r.issueDate.toString(Qt::ISODate),
                      r.dueDate.toString(Qt::ISODate), QString::number(qMax<qint64>(0, r.daysLate)),
                      r.credit ? tr("credit") : Reports::bucketName(r.bucket),
                      r.balance.formatNumber(ctx.locale), r.balance.currency().code()});
    table.print(ctx.out);
    return ExitOk;
}

int reportPacks(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("report packs"),
            QStringLiteral("[--from DATE] [--to DATE] [--client CLIENT] [--csv]"),
            tr("Prepaid packs per month: sold (packs, hours, value), hours used, packs ended and the hours "
               "they left unused. The last twelve months unless told."),
            {option("from", tr("From the month of this day."), "DATE"),
             option("to", tr("To the month of this day, included."), "DATE"),
             option("client", tr("Only this client's packs, by name or id."), "CLIENT"),
             option("csv", tr("Print comma-separated values for a spreadsheet."))},
            args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“report packs” takes options only."));
    if (ctx.json && p.isSet(QStringLiteral("csv")))
        return ctx.usageError(tr("Choose --json or --csv, not both."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    std::optional<qint64> clientId;
    if (p.isSet(QStringLiteral("client"))) {
        auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
        if (!client)
            return ctx.failure(client.error());
        clientId = client->id;
    }
    const QDate today = timeutil::localDate(ctx.clock.nowSecs(), ctx.clock.timeZone());
    auto dates = ctx.dates(p);
    if (!dates)
        return ctx.failure(dates.error());
    const QDate from = dates->from.value_or(QDate(today.year(), today.month(), 1).addMonths(-11));
    const QDate to = dates->to.value_or(today);
    auto months = PackRepository(**db, ctx.clock).monthly(from, to, clientId);
    if (!months)
        return ctx.failure(months.error());
    if (p.isSet(QStringLiteral("csv"))) {
        ctx.out << QString::fromUtf8(reportcsv::packs(*months));
        return ExitOk;
    }
    if (ctx.json) {
        QJsonArray array;
        for (const PackMonth &m : std::as_const(*months)) {
            QJsonArray value;
            for (const Money &sum : m.soldValue.sums())
                value.append(json::money(sum));
            array.append(QJsonObject{{QStringLiteral("month"), QStringLiteral("%1-%2").arg(m.year).arg(
                                                                   m.month, 2, 10, QLatin1Char('0'))},
                                     {QStringLiteral("sold"), m.sold},
                                     {QStringLiteral("soldMinutes"), m.soldMinutes},
                                     {QStringLiteral("soldValue"), value},
                                     {QStringLiteral("usedMinutes"), m.usedSeconds / 60},
                                     {QStringLiteral("ended"), m.expired},
                                     {QStringLiteral("unusedMinutes"), m.unusedSeconds / 60}});
        }
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table(
        {tr("Month"), tr("Sold"), tr("Hours sold"), tr("Value"), tr("Hours used"), tr("Ended"),
         tr("Hours unused")},
        {Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right});
    for (const PackMonth &m : std::as_const(*months))
        table.addRow({QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0')),
                      QString::number(m.sold), hours(m.soldMinutes * 60), m.soldValue.format(ctx.locale),
                      hours(m.usedSeconds), QString::number(m.expired), hours(m.unusedSeconds)});
    table.print(ctx.out);
    return ExitOk;
}

const Command kReportCommands[] = {
    {"packs", QT_TRANSLATE_NOOP("minuta::cli", "Prepaid packs sold, used and left unused per month."),
     reportPacks},
    {"monthly", QT_TRANSLATE_NOOP("minuta::cli", "Hours and money per client and month."), reportMonthly},
    {"aging", QT_TRANSLATE_NOOP("minuta::cli", "Unpaid invoices by how late they are."), reportAging},
};

} // namespace

int runReport(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("report"), kReportCommands, arguments);
}

} // namespace minuta::cli
