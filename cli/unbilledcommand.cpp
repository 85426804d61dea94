// minuta-cli unbilled

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "clients/clientrepository.h"
#include "invoicing/packrepository.h"
#include "values/timeutil.h"
#include "work/unbilledwork.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

// Adds to `report` (the JSON of the work's lines, in their order) what the client's prepaid packs
// cover of each piece of work and what is still to bill, as the invoice will: {"covered…",
// "billable…", "held"} per entry and usage, and the totals of each.
void addCoverage(QJsonObject &report, const CoveredParts &parts, Currency currency)
{
    const auto packList = [](const auto &drawn, const auto &value) {
        QJsonArray list;
        for (const auto &[packId, part] : drawn)
            list.append(
                QJsonObject{{QStringLiteral("pack"), packId}, {QStringLiteral("value"), value(part)}});
        return list;
    };
    const auto billableAmount = [&](const CoveredPart &part) {
        return json::money(Money(part.billableMinor, currency));
    };
    QJsonArray timeLines = report.value(QStringLiteral("time")).toArray();
    qint64 billableSeconds = 0;
    for (qsizetype k = 0; k < timeLines.size() && k < parts.time.size(); ++k) {
        const CoveredPart &part = parts.time[k];
        QJsonObject line = timeLines[k].toObject();
        if (part.time) {
            line.insert(QStringLiteral("packs"),
                        packList(part.time->seconds, [](qint64 seconds) { return QJsonValue(seconds); }));
            line.insert(QStringLiteral("packMoney"), packList(part.time->money, [](const Money &m) {
                            return QJsonValue(m.minorUnits());
                        }));
        }
        line.insert(QStringLiteral("coveredSeconds"), part.covered);
        line.insert(QStringLiteral("billableSeconds"), part.held ? 0 : part.billable);
        line.insert(QStringLiteral("billableAmount"), billableAmount(part));
        line.insert(QStringLiteral("held"), part.held);
        billableSeconds += part.held ? 0 : part.billable;
        timeLines[k] = line;
    }
    report.insert(QStringLiteral("time"), timeLines);

    QJsonArray usageLines = report.value(QStringLiteral("usage")).toArray();
    for (qsizetype k = 0; k < usageLines.size() && k < parts.usage.size(); ++k) {
        const CoveredPart &part = parts.usage[k];
        QJsonObject line = usageLines[k].toObject();
        if (part.units)
            line.insert(QStringLiteral("packs"), packList(part.units->quantity, [](const Quantity &q) {
                            return QJsonValue(q.toPlainString());
                        }));
        line.insert(QStringLiteral("coveredQuantity"), Quantity::fromMilli(part.covered).toPlainString());
        line.insert(QStringLiteral("billableQuantity"),
                    Quantity::fromMilli(part.held ? 0 : part.billable).toPlainString());
        line.insert(QStringLiteral("billableAmount"), billableAmount(part));
        line.insert(QStringLiteral("held"), part.held);
        usageLines[k] = line;
    }
    report.insert(QStringLiteral("usage"), usageLines);
    const CoveredShare share = coveredShare(parts, currency);
    report.insert(QStringLiteral("covered"), QJsonObject{{QStringLiteral("seconds"), share.coveredSeconds}});
    report.insert(QStringLiteral("held"), QJsonObject{{QStringLiteral("seconds"), share.heldSeconds}});
    report.insert(QStringLiteral("billable"),
                  QJsonObject{{QStringLiteral("seconds"), billableSeconds},
                              {QStringLiteral("amount"), json::money(share.billable)}});
}

} // namespace

int runUnbilled(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("unbilled"), QStringLiteral("--client CLIENT [--from DATE] [--to DATE]"),
                   tr("Shows a client's work not billed yet, priced as the invoice will price it. Dates are "
                      "inclusive."),
                   {{QStringLiteral("client"), tr("The client, by name or id."), QStringLiteral("CLIENT")},
                    {QStringLiteral("from"), tr("From this day."), QStringLiteral("DATE")},
                    {QStringLiteral("to"), tr("To this day, included."), QStringLiteral("DATE")}},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“unbilled” takes options only."));
    if (!p.isSet(QStringLiteral("client")))
        return ctx.usageError(tr("“unbilled” needs --client."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
    if (!client)
        return ctx.failure(client.error());
    std::optional<QDate> from, to;
    auto dates = ctx.dates(p);
    if (!dates)
        return ctx.failure(dates.error());
    from = dates->from;
    to = dates->to;
    auto report = UnbilledWork(**db, ctx.clock).forClient(client->id, from, to);
    if (!report)
        return ctx.failure(report.error());
    auto coverage = PackRepository(**db, ctx.clock).coverage(*client);
    if (!coverage)
        return ctx.failure(coverage.error());
    if (ctx.json) {
        QJsonObject object = json::unbilled(*report, ctx.clock.timeZone());
        addCoverage(object, coveredParts(report->statement, *coverage), client->currency);
        ctx.printJson(object);
        for (const QString &warning : report->statement.warnings)
            ctx.warn(warning);
        return ExitOk;
    }

    const billing::Statement &s = report->statement;
    const QString period =
        from && to ? tr("from %1 to %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))
        : from     ? tr("since %1").arg(from->toString(Qt::ISODate))
        : to       ? tr("until %1").arg(to->toString(Qt::ISODate))
                   : tr("all dates");
    ctx.out << tr("%1: unbilled work, %2 (%3)").arg(report->client.name, period, s.currency.code()) << "\n\n";
    if (s.time.isEmpty() && s.usage.isEmpty()) {
        ctx.out << tr("Nothing to bill.") << '\n';
        return ExitOk;
    }
    if (!s.time.isEmpty()) {
        TextTable table(
            {tr("Entry"), tr("Date"), tr("Task"), tr("Worked"), tr("Billed"), tr("Rate/h"), tr("Amount")},
            {Align::Right, Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right});
        for (const billing::TimeLine &line : s.time)
            table.addRow({QString::number(line.entryId), ctx.localDate(line.start),
                          line.task.isEmpty() ? line.description.section(QLatin1Char('\n'), 0, 0) : line.task,
                          timeutil::formatDuration(line.rawSeconds),
                          timeutil::formatDuration(line.billedSeconds),
                          line.rate.perHour.formatNumber(ctx.locale), line.amount.formatNumber(ctx.locale)});
        table.print(ctx.out);
        ctx.out << '\n';
    }
    if (!s.usage.isEmpty()) {
        TextTable table(
            {tr("Usage"), tr("Date"), tr("Service"), tr("Quantity"), tr("Unit price"), tr("Amount")},
            {Align::Right, Align::Left, Align::Left, Align::Right, Align::Right, Align::Right});
        for (const billing::UsageLine &line : s.usage)
            table.addRow({QString::number(line.usageId), ctx.localDate(line.at), line.serviceName,
                          line.quantity.format(ctx.locale) + QLatin1Char(' ') + line.unit,
                          line.unitPrice.formatNumber(ctx.locale), line.amount.formatNumber(ctx.locale)});
        table.print(ctx.out);
        ctx.out << '\n';
    }
    TextTable totals({QString(), QString(), QString()}, {Align::Left, Align::Left, Align::Right});
    totals.addRow(
        {tr("Hours"),
         tr("%1 billed (%2 worked)")
             .arg(timeutil::formatDuration(s.billedSeconds), timeutil::formatDuration(s.rawSeconds)),
         s.timeAmount.formatNumber(ctx.locale)});
    totals.addRow({tr("Usage"), QString(), s.usageAmount.formatNumber(ctx.locale)});
    totals.addRow({tr("Total"), s.currency.code(), s.total.formatNumber(ctx.locale)});
    if (!coverage->packs.isEmpty()) {
        // What the client's prepaid packs cover of it, and what the invoice will still ask.
        const CoveredShare share = coveredShare(coveredParts(s, *coverage), client->currency);
        const qint64 covered = share.coveredSeconds;
        const qint64 held = share.heldSeconds;
        const Money billable = share.billable;
        totals.addRow({tr("Covered by packs"), timeutil::formatDuration(covered), QString()});
        if (held > 0)
            totals.addRow({tr("Held back (pack used up)"), timeutil::formatDuration(held), QString()});
        totals.addRow({tr("Still to bill"), s.currency.code(), billable.formatNumber(ctx.locale)});
    }
    totals.printRows(ctx.out);
    for (const QString &warning : s.warnings)
        ctx.warn(warning);
    return ExitOk;
}

} // namespace minuta::cli
