// minuta-cli usage add | list | delete: units of pay-per-use services, logged for a client

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "clients/clientrepository.h"
#include "values/timeutil.h"
#include "work/servicerepository.h"
#include "work/usagerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

void printUsage(Context &ctx, const Usage &u)
{
    if (ctx.json) {
        ctx.printJson(json::usage(u, ctx.clock.timeZone()));
        return;
    }
    ctx.out << tr("Usage %1: %2 × %3 (%4) for %5, %6 %7")
                   .arg(u.id)
                   .arg(u.quantity.format(ctx.locale), u.serviceName, u.unit, u.clientName,
                        ctx.localDate(u.at), ctx.localTime(u.at))
            << '\n';
}

int usageAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("usage add"),
                   QStringLiteral("--client CLIENT --service SERVICE --qty Q [OPTIONS]"),
                   tr("Logs units of a service used by a client."),
                   {option("client", tr("The client, by name or id."), "CLIENT"),
                    option("service", tr("The service, by name or id."), "SERVICE"),
                    option("qty", tr("How many units, up to three decimals (12, 1.5)."), "Q"),
                    option("at", tr("When (default: now), such as 2026-11-02T09:00."), "TIME"),
                    option("note", tr("A note."), "NOTE"), Context::forceOption()},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“usage add” takes options only."));
    if (!p.isSet(QStringLiteral("client")) || !p.isSet(QStringLiteral("service"))
        || !p.isSet(QStringLiteral("qty")))
        return ctx.usageError(tr("“usage add” needs --client, --service and --qty."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
    if (!client)
        return ctx.failure(client.error());
    auto service = ServiceRepository(**db, ctx.clock).find(p.value(QStringLiteral("service")));
    if (!service)
        return ctx.failure(service.error());
    Usage u;
    u.clientId = client->id;
    u.serviceId = service->id;
    auto quantity = ctx.quantity(p.value(QStringLiteral("qty")), QStringLiteral("qty"));
    if (!quantity)
        return ctx.failure(quantity.error());
    u.quantity = *quantity;
    u.at = ctx.clock.nowSecs();
    if (p.isSet(QStringLiteral("at"))) {
        auto at = ctx.dateTime(p.value(QStringLiteral("at")), QStringLiteral("at"));
        if (!at)
            return ctx.failure(at.error());
        u.at = *at;
    }
    u.note = p.value(QStringLiteral("note"));
    auto added = UsageRepository(**db, ctx.clock).add(u, Context::unusualDates(p));
    if (!added)
        return ctx.failure(added.error());
    printUsage(ctx, *added);
    return ExitOk;
}

int usageList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("usage list"),
                   QStringLiteral("[--client CLIENT] [--from DATE] [--to DATE]"),
                   tr("Lists logged usage. Dates are inclusive."),
                   {option("client", tr("Only this client's usage."), "CLIENT"),
                    option("from", tr("From this day."), "DATE"),
                    option("to", tr("To this day, included."), "DATE")},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“usage list” takes options only."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    UsageFilter filter;
    if (p.isSet(QStringLiteral("client"))) {
        auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
        if (!client)
            return ctx.failure(client.error());
        filter.clientId = client->id;
    }
    const QTimeZone zone = ctx.clock.timeZone();
    auto period = ctx.instants(p);
    if (!period)
        return ctx.failure(period.error());
    filter.from = period->from;
    filter.to = period->to;
    auto list = UsageRepository(**db, ctx.clock).list(filter);
    if (!list)
        return ctx.failure(list.error());
    if (ctx.json) {
        QJsonArray array;
        for (const Usage &u : *list)
            array.append(json::usage(u, zone));
        ctx.printJson(array);
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out << tr("No usage logged.") << '\n';
        return ExitOk;
    }
    TextTable table({tr("Id"), tr("Date"), tr("Time"), tr("Client"), tr("Service"), tr("Quantity"),
                     tr("Unit"), tr("Billed"), tr("Note")},
                    {Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Right});
    for (const Usage &u : *list)
        table.addRow({QString::number(u.id), ctx.localDate(u.at), ctx.localTime(u.at), u.clientName,
                      u.serviceName, u.quantity.format(ctx.locale), u.unit,
                      u.isBilled() ? tr("yes") : tr("no"),
                      QString(u.note).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    table.print(ctx.out);
    return ExitOk;
}

int usageDelete(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("usage delete"), QStringLiteral("ID"), tr("Deletes logged usage."), {},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“usage delete” needs the usage's id."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("usage"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto removed = UsageRepository(**db, ctx.clock).remove(*id);
    if (!removed)
        return ctx.failure(removed.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), json::usage(*removed, ctx.clock.timeZone())}});
    else
        ctx.out << tr("Deleted usage %1.").arg(removed->id) << '\n';
    return ExitOk;
}

const Command kUsageCommands[] = {
    {"add", QT_TRANSLATE_NOOP("minuta::cli", "Log units of a service."), usageAdd},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List logged usage."), usageList},
    {"delete", QT_TRANSLATE_NOOP("minuta::cli", "Delete logged usage."), usageDelete},
};

} // namespace

int runUsage(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("usage"), kUsageCommands, arguments);
}

} // namespace minuta::cli
