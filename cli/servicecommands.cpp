// minuta-cli service add | list | show | edit | deactivate | activate | price: the catalog of pay-per-use
// services

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "business/settings.h"
#include "clients/clientrepository.h"
#include "values/timeutil.h"
#include "work/servicerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace minuta::cli {

namespace {

void printService(Context &ctx, const Service &s)
{
    if (ctx.json) {
        ctx.printJson(json::service(s));
        return;
    }
    const QString unit = s.unitPlural.isEmpty() ? s.unit : tr("%1 (plural: %2)").arg(s.unit, s.unitPlural);
    ctx.out << tr("Service %1: %2, %3 %4 per %5%6%7")
                   .arg(s.id)
                   .arg(s.name, s.unitPrice.formatNumber(ctx.locale), s.unitPrice.currency().code(), unit,
                        s.taxRate ? tr(", tax %1").arg(s.taxRate->format(ctx.locale)) : QString(),
                        s.active ? QString() : tr(" (inactive)"))
            << (s.sac.isEmpty() ? QString() : tr(", SAC %1").arg(s.sac)) << '\n';
}

Result<void> applyServiceOptions(Context &ctx, const QCommandLineParser &p, Service &s)
{
    if (p.isSet(QStringLiteral("name")))
        s.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("unit")))
        s.unit = p.value(QStringLiteral("unit"));
    if (p.isSet(QStringLiteral("unit-plural")))
        s.unitPlural = p.value(QStringLiteral("unit-plural"));
    if (p.isSet(QStringLiteral("sac")))
        s.sac = p.value(QStringLiteral("sac"));
    Currency currency = s.unitPrice.currency();
    if (p.isSet(QStringLiteral("currency"))) {
        auto c = ctx.currency(p.value(QStringLiteral("currency")), QStringLiteral("currency"));
        if (!c)
            return c.error();
        currency = *c;
        s.unitPrice = s.unitPrice.withCurrency(currency);
    }
    if (p.isSet(QStringLiteral("price"))) {
        auto price = ctx.money(p.value(QStringLiteral("price")), currency, QStringLiteral("price"));
        if (!price)
            return price.error();
        s.unitPrice = *price;
    }
    if (p.isSet(QStringLiteral("tax-rate"))) {
        const QString value = p.value(QStringLiteral("tax-rate"));
        if (value == QLatin1String("none")) {
            s.taxRate.reset();
        } else {
            auto rate = ctx.percent(value, QStringLiteral("tax-rate"));
            if (!rate)
                return rate.error();
            s.taxRate = *rate;
        }
    }
    return {};
}

QList<QCommandLineOption> serviceOptions()
{
    return {option("name", tr("The service's name, such as \"Call answering\"."), "NAME"),
            option("unit", tr("What is counted: call, page, hour…"), "UNIT"),
            option("unit-plural",
                   tr("The unit in the plural, as in \"43 calls\"; left empty, the unit reads the same."),
                   "UNITS"),
            option("sac", tr("India: the service's SAC code, 6 digits, such as 998599."), "SAC"),
            option("price", tr("Price per unit, such as 1.50."), "PRICE"),
            option("currency", tr("Currency of the price (default: the business's)."), "CUR"),
            option("tax-rate",
                   tr("Tax rate in percent when it differs from the invoice's, such as 22, or \"none\"."),
                   "PCT")};
}

int serviceAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("service add"),
                   QStringLiteral("--name NAME --unit UNIT --price PRICE [OPTIONS]"),
                   tr("Adds a service to the catalog."), serviceOptions(), args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“service add” takes options only."));
    if (!p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("unit"))
        || !p.isSet(QStringLiteral("price")))
        return ctx.usageError(tr("“service add” needs --name, --unit and --price."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto defaults = Settings(**db).businessDefaults();
    if (!defaults)
        return ctx.failure(defaults.error());
    Service s;
    s.unitPrice = Money::zero(defaults->currency);
    if (auto applied = applyServiceOptions(ctx, p, s); !applied)
        return ctx.failure(applied.error());
    auto added = ServiceRepository(**db, ctx.clock).add(s);
    if (!added)
        return ctx.failure(added.error());
    printService(ctx, *added);
    return ExitOk;
}

int serviceEdit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("service edit"), QStringLiteral("SERVICE [OPTIONS]"),
                   tr("Changes a service; new prices apply to usage not billed yet."), serviceOptions(), args,
                   code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“service edit” needs the service's name or id."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    ServiceRepository services(**db, ctx.clock);
    auto service = services.find(p.positionalArguments().first());
    if (!service)
        return ctx.failure(service.error());
    if (auto applied = applyServiceOptions(ctx, p, *service); !applied)
        return ctx.failure(applied.error());
    auto updated = services.update(*service);
    if (!updated)
        return ctx.failure(updated.error());
    printService(ctx, *updated);
    return ExitOk;
}

int serviceSetActive(Context &ctx, const QStringList &args, bool active)
{
    const QString command =
        active ? QStringLiteral("service activate") : QStringLiteral("service deactivate");
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, command, QStringLiteral("SERVICE"),
                   active ? tr("Offers a service again.")
                          : tr("Stops offering a service; its usage history stays."),
                   {}, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“%1” needs the service's name or id.").arg(command));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    ServiceRepository services(**db, ctx.clock);
    auto service = services.find(p.positionalArguments().first());
    if (!service)
        return ctx.failure(service.error());
    auto changed = services.setActive(service->id, active);
    if (!changed)
        return ctx.failure(changed.error());
    printService(ctx, *changed);
    return ExitOk;
}

int serviceList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("service list"), QStringLiteral("[--all]"),
                   tr("Lists the service catalog."),
                   {option("all", tr("Include services no longer offered."))}, args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“service list” takes no arguments."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto services = ServiceRepository(**db, ctx.clock).list(p.isSet(QStringLiteral("all")));
    if (!services)
        return ctx.failure(services.error());
    if (ctx.json) {
        QJsonArray array;
        for (const Service &s : *services)
            array.append(json::service(s));
        ctx.printJson(array);
        return ExitOk;
    }
    if (services->isEmpty()) {
        ctx.out << tr(
            "No services yet. Add one with: minuta-cli service add --name NAME --unit UNIT --price PRICE")
                << '\n';
        return ExitOk;
    }
    // The SAC column only for a catalog that has codes: outside India it would stay empty.
    const bool sac =
        std::any_of(services->cbegin(), services->cend(), [](const Service &s) { return !s.sac.isEmpty(); });
    QStringList headers = {tr("Id"),    tr("Name"),     tr("Unit"), tr("Plural"),
                           tr("Price"), tr("Currency"), tr("Tax"),  tr("Status")};
    QList<Align> aligns = {Align::Right, Align::Left, Align::Left,  Align::Left,
                           Align::Right, Align::Left, Align::Right, Align::Left};
    if (sac) {
        headers << tr("SAC");
        aligns << Align::Left;
    }
    TextTable table(headers, aligns);
    for (const Service &s : *services) {
        QStringList row = {QString::number(s.id),
                           s.name,
                           s.unit,
                           s.unitPlural,
                           s.unitPrice.formatNumber(ctx.locale),
                           s.unitPrice.currency().code(),
                           s.taxRate ? s.taxRate->format(ctx.locale) : tr("standard"),
                           s.active ? tr("active") : tr("inactive")};
        if (sac)
            row << s.sac;
        table.addRow(row);
    }
    table.print(ctx.out);
    return ExitOk;
}

int serviceShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("service show"), QStringLiteral("SERVICE"), tr("Shows a service."), {},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“service show” needs the service's name or id."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto service = ServiceRepository(**db, ctx.clock).find(p.positionalArguments().first());
    if (!service)
        return ctx.failure(service.error());
    printService(ctx, *service);
    return ExitOk;
}

int servicePrice(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("service price"),
            QStringLiteral("--client CLIENT --service SERVICE --price PRICE"),
            tr("Sets a client's own price for a service, in the client's currency (\"none\" removes it)."),
            {option("client", tr("The client, by name or id."), "CLIENT"),
             option("service", tr("The service, by name or id."), "SERVICE"),
             option("price", tr("The price per unit, or \"none\"."), "PRICE")},
            args, code))
        return code;
    if (!p.isSet(QStringLiteral("client")) || !p.isSet(QStringLiteral("service"))
        || !p.isSet(QStringLiteral("price")))
        return ctx.usageError(tr("“service price” needs --client, --service and --price."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
    if (!client)
        return ctx.failure(client.error());
    ServiceRepository services(**db, ctx.clock);
    auto service = services.find(p.value(QStringLiteral("service")));
    if (!service)
        return ctx.failure(service.error());
    std::optional<Money> price;
    if (p.value(QStringLiteral("price")) != QLatin1String("none")) {
        auto parsed = ctx.money(p.value(QStringLiteral("price")), client->currency, QStringLiteral("price"));
        if (!parsed)
            return ctx.failure(parsed.error());
        price = *parsed;
    }
    if (auto set = services.setClientPrice(client->id, service->id, price); !set)
        return ctx.failure(set.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("client"), client->id},
                                  {QStringLiteral("service"), service->id},
                                  {QStringLiteral("unitPrice"), json::money(price)}});
    } else if (price) {
        ctx.out << tr("%1 pays %2 %3 per %4 for %5.")
                       .arg(client->name, price->formatNumber(ctx.locale), price->currency().code(),
                            service->unit, service->name)
                << '\n';
    } else {
        ctx.out << tr("%1 pays the catalog price for %2.").arg(client->name, service->name) << '\n';
    }
    return ExitOk;
}

int serviceDeactivate(Context &ctx, const QStringList &args)
{
    return serviceSetActive(ctx, args, false);
}

int serviceActivate(Context &ctx, const QStringList &args)
{
    return serviceSetActive(ctx, args, true);
}

const Command kServiceCommands[] = {
    {"add", QT_TRANSLATE_NOOP("minuta::cli", "Add a service to the catalog."), serviceAdd},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List the catalog."), serviceList},
    {"show", QT_TRANSLATE_NOOP("minuta::cli", "Show a service."), serviceShow},
    {"edit", QT_TRANSLATE_NOOP("minuta::cli", "Change a service."), serviceEdit},
    {"deactivate", QT_TRANSLATE_NOOP("minuta::cli", "Stop offering a service."), serviceDeactivate},
    {"activate", QT_TRANSLATE_NOOP("minuta::cli", "Offer a service again."), serviceActivate},
    {"price", QT_TRANSLATE_NOOP("minuta::cli", "Set a client's own price."), servicePrice},
};

} // namespace

int runService(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("service"), kServiceCommands, arguments);
}

} // namespace minuta::cli
