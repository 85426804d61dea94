// minuta-cli pack add | list | show | edit | close: prepaid packs and retainers, and what each has left

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "business/settings.h"
#include "clients/clientrepository.h"
#include "invoicing/packrepository.h"
#include "values/timeutil.h"
#include "work/servicerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

QString statusText(packs::Status status)
{
    switch (status) {
    case packs::Status::Active:
        return tr("active");
    case packs::Status::Exhausted:
        return tr("used up");
    case packs::Status::Expired:
        return tr("expired");
    case packs::Status::Closed:
        return tr("closed");
    }
    return QString();
}

// What the pack covers, in the program's language: "10:00, 100 call, €500.00".
QString covers(const Context &ctx, const Pack &p)
{
    QStringList parts;
    if (p.minutes > 0)
        parts << (p.minutes % 60 == 0
                      ? tr("%1 h").arg(ctx.locale.toString(p.minutes / 60))
                      : tr("%1 h %2 min")
                            .arg(ctx.locale.toString(p.minutes / 60), QString::number(p.minutes % 60)));
    for (const PackUnits &u : p.units)
        parts << QStringLiteral("%1 %2").arg(u.quantity.format(ctx.locale), u.service);
    if (p.amount)
        parts << tr("%1 %2 of credit").arg(p.amount->formatNumber(ctx.locale), p.amount->currency().code());
    return parts.join(QStringLiteral(", "));
}

QString daysText(const Pack &p)
{
    QString text = p.until ? tr("%1 to %2").arg(p.from.toString(Qt::ISODate), p.until->toString(Qt::ISODate))
                           : tr("from %1").arg(p.from.toString(Qt::ISODate));
    if (p.closedOn)
        text += QLatin1Char(' ') + tr("(closed on %1)").arg(p.closedOn->toString(Qt::ISODate));
    return text;
}

QJsonValue minorOrNull(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->minorUnits()) : QJsonValue(QJsonValue::Null);
}

QJsonObject packJson(const PackState &s)
{
    const Pack &p = s.pack;
    const packs::PackBalance &b = s.balance;
    QJsonArray units;
    for (qsizetype k = 0; k < p.units.size(); ++k) {
        const PackUnits &u = p.units[k];
        const Quantity used = b.usedUnits.value(k).second;
        const Quantity left = b.leftUnits.value(k).second;
        units.append(QJsonObject{{QStringLiteral("service"), QJsonObject{{QStringLiteral("id"), u.serviceId},
                                                                         {QStringLiteral("name"), u.service},
                                                                         {QStringLiteral("unit"), u.unit}}},
                                 {QStringLiteral("quantity"), u.quantity.toPlainString()},
                                 {QStringLiteral("used"), used.toPlainString()},
                                 {QStringLiteral("left"), left.toPlainString()}});
    }
    QJsonObject sale;
    if (p.saleInvoiceId)
        sale = {
            {QStringLiteral("invoice"), *p.saleInvoiceId},
            {QStringLiteral("number"), p.saleInvoiceNumber ? QJsonValue(*p.saleInvoiceNumber) : QJsonValue()},
            {QStringLiteral("status"), p.saleStatus ? invoiceStatusName(*p.saleStatus) : QString()}};
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), p.clientId}, {QStringLiteral("name"), p.clientName}}},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("status"), packs::statusName(s.status)},
        {QStringLiteral("used_percent"), s.usedPermille / 10},
        {QStringLiteral("minutes"), p.minutes},
        {QStringLiteral("used_minutes"), b.usedSeconds / 60},
        {QStringLiteral("left_minutes"), b.leftSeconds / 60},
        {QStringLiteral("rolled_over_minutes"), b.rolledInSeconds / 60},
        {QStringLiteral("overage_minutes"), b.overageSeconds / 60},
        {QStringLiteral("overage_amount"), b.overage.minorUnits()},
        {QStringLiteral("units"), units},
        {QStringLiteral("amount"), minorOrNull(p.amount)},
        {QStringLiteral("used_amount"), minorOrNull(b.usedAmount)},
        {QStringLiteral("left_amount"), minorOrNull(b.leftAmount)},
        {QStringLiteral("currency"), p.price.currency().code()},
        {QStringLiteral("price"), p.price.minorUnits()},
        {QStringLiteral("from"), p.from.toString(Qt::ISODate)},
        {QStringLiteral("until"), p.until ? QJsonValue(p.until->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("closed_on"),
         p.closedOn ? QJsonValue(p.closedOn->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("overage"), packs::overageName(p.overage)},
        {QStringLiteral("overage_rate"), minorOrNull(p.overageRate)},
        {QStringLiteral("renew"), renewalName(p.renewal)},
        {QStringLiteral("rollover_cap_minutes"), p.rolloverCapMinutes},
        {QStringLiteral("renewed_from"), p.renewedFrom ? QJsonValue(*p.renewedFrom) : QJsonValue()},
        {QStringLiteral("billed_elsewhere"), p.billedElsewhere},
        {QStringLiteral("sale"), p.saleInvoiceId ? QJsonValue(sale) : QJsonValue()},
    };
}

void printPack(Context &ctx, const PackState &s)
{
    if (ctx.json) {
        ctx.printJson(packJson(s));
        return;
    }
    const Pack &p = s.pack;
    ctx.out << tr("Pack %1 for %2%3: %4, %5 %6, %7 – %8")
                   .arg(QString::number(p.id), p.clientName,
                        p.name.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(p.name), covers(ctx, p),
                        p.price.formatNumber(ctx.locale), p.price.currency().code(), daysText(p),
                        statusText(s.status))
            << '\n';
    ctx.out << "  " << packLeft(s, ctx.locale) << '\n';
    if (s.balance.overageSeconds > 0 || !s.balance.overage.isZero())
        ctx.out << "  "
                << tr("Beyond it: %1, worth %2 %3")
                       .arg(timeutil::formatDuration(s.balance.overageSeconds),
                            s.balance.overage.formatNumber(ctx.locale), s.balance.overage.currency().code())
                << '\n';
    if (p.renewal != Renewal::None)
        ctx.out << "  "
                << tr("Renews %1; carries up to %2 unused over")
                       .arg(renewalName(p.renewal), timeutil::formatDuration(p.rolloverCapMinutes * 60))
                << '\n';
    if (p.billedElsewhere)
        ctx.out << "  " << tr("Billed outside Minuta") << '\n';
    else if (p.saleInvoiceId)
        ctx.out << "  "
                << (p.saleIssued() ? tr("Sold on invoice %1").arg(p.saleInvoiceNumber.value_or(QString()))
                                   : tr("Sold on draft %1").arg(*p.saleInvoiceId))
                << '\n';
}

QList<QCommandLineOption> packOptions(bool adding)
{
    QList<QCommandLineOption> options;
    if (adding)
        options << option("client", tr("The client, by name or id."), "CLIENT");
    options << option("name", tr("A name of your own for the pack."), "NAME")
            << option("minutes", tr("Minutes of work it covers."), "MINUTES")
            << option("hours", tr("Hours of work it covers, such as 10 or 7.5."), "HOURS")
            << option("units", tr("Units of a service it covers, as SERVICE=QUANTITY; repeat for more."),
                      "SERVICE=QTY")
            << option("amount", tr("Money it covers, in the client's currency; 0 for none."), "AMOUNT")
            << option("price", tr("What the client pays for it; 0 for a complimentary pack."), "PRICE")
            << option("from", tr("Its first day (default: today)."), "DATE")
            << option("until", tr("Its last day (default: none; a retainer's period ends as it renews)."),
                      "DATE")
            << option(
                   "overage",
                   tr("Work beyond it: \"client\" (the client's terms), \"rate:R\" (R an hour) or \"stop\"."),
                   "RULE");
    if (adding)
        options << option("renew", tr("Renews as a retainer: weekly, monthly or quarterly."), "PERIOD")
                << option("rollover-cap",
                          tr("Unused minutes a retainer carries into its next period, at most."), "MINUTES")
                << option("no-invoice", tr("Sold outside Minuta: no line on a draft invoice."));
    return options;
}

Result<void> applyPackOptions(Context &ctx, const QCommandLineParser &p, Database &db, const Client &client,
                              Pack &pack)
{
    if (p.isSet(QStringLiteral("name")))
        pack.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("minutes")) && p.isSet(QStringLiteral("hours")))
        return Error(ErrorCode::InvalidInput, tr("Give --minutes or --hours, not both."),
                     QStringLiteral("hours"));
    if (p.isSet(QStringLiteral("minutes"))) {
        auto minutes =
            ctx.integer(p.value(QStringLiteral("minutes")), QStringLiteral("minutes"), 0, 52560000);
        if (!minutes)
            return minutes.error();
        pack.minutes = *minutes;
    }
    if (p.isSet(QStringLiteral("hours"))) {
        auto hours = ctx.quantity(p.value(QStringLiteral("hours")), QStringLiteral("hours"));
        if (!hours)
            return hours.error();
        // Thousandths of an hour to minutes: whole minutes only.
        if ((hours->milli() * 60) % 1000 != 0 || hours->milli() < 0 || hours->milli() > 876000000)
            return Error(ErrorCode::InvalidInput,
                         tr("--hours must come to whole minutes, such as 10, 7.5 or 0.25."),
                         QStringLiteral("hours"));
        pack.minutes = hours->milli() * 60 / 1000;
    }
    if (p.isSet(QStringLiteral("units"))) {
        ServiceRepository services(db, ctx.clock);
        pack.units.clear();
        for (const QString &value : p.values(QStringLiteral("units"))) {
            const qsizetype at = value.lastIndexOf(QLatin1Char('='));
            if (at <= 0)
                return Error(ErrorCode::InvalidInput,
                             tr("--units is SERVICE=QUANTITY, such as \"Call answering=100\"."),
                             QStringLiteral("units"));
            auto service = services.find(value.left(at).trimmed());
            if (!service)
                return Error(ErrorCode::NotFound, service.error().message(), QStringLiteral("units"));
            auto quantity = ctx.quantity(value.mid(at + 1).trimmed(), QStringLiteral("units"));
            if (!quantity)
                return quantity.error();
            PackUnits u;
            u.serviceId = service->id;
            u.service = service->name;
            u.quantity = *quantity;
            pack.units.append(u);
        }
    }
    if (p.isSet(QStringLiteral("amount"))) {
        auto amount = ctx.money(p.value(QStringLiteral("amount")), client.currency, QStringLiteral("amount"));
        if (!amount)
            return amount.error();
        pack.amount = amount->isZero() ? std::nullopt : std::optional<Money>(*amount);
    }
    if (p.isSet(QStringLiteral("price"))) {
        auto price = ctx.money(p.value(QStringLiteral("price")), client.currency, QStringLiteral("price"));
        if (!price)
            return price.error();
        pack.price = *price;
    }
    if (p.isSet(QStringLiteral("from"))) {
        auto from = ctx.date(p.value(QStringLiteral("from")), QStringLiteral("from"));
        if (!from)
            return from.error();
        pack.from = *from;
    }
    if (p.isSet(QStringLiteral("until"))) {
        const QString value = p.value(QStringLiteral("until"));
        if (value == QLatin1String("none")) {
            pack.until.reset();
        } else {
            auto until = ctx.date(value, QStringLiteral("until"));
            if (!until)
                return until.error();
            pack.until = *until;
        }
    }
    if (p.isSet(QStringLiteral("overage"))) {
        const QString value = p.value(QStringLiteral("overage"));
        if (value.startsWith(QLatin1String("rate:"))) {
            auto rate = ctx.money(value.mid(5), client.currency, QStringLiteral("overage"));
            if (!rate)
                return rate.error();
            pack.overage = packs::Overage::Rate;
            pack.overageRate = *rate;
        } else if (value == QLatin1String("client") || value == QLatin1String("stop")) {
            pack.overage = *packs::overageFromName(value);
            pack.overageRate.reset();
        } else {
            return Error(ErrorCode::InvalidInput,
                         tr("--overage is \"client\", \"rate:R\" (such as rate:30) or \"stop\"."),
                         QStringLiteral("overage"));
        }
    }
    if (p.isSet(QStringLiteral("renew"))) {
        const auto renewal = renewalFromName(p.value(QStringLiteral("renew")));
        if (!renewal || *renewal == Renewal::None)
            return Error(ErrorCode::InvalidInput, tr("--renew is weekly, monthly or quarterly."),
                         QStringLiteral("renew"));
        pack.renewal = *renewal;
    }
    if (p.isSet(QStringLiteral("rollover-cap"))) {
        auto cap =
            ctx.integer(p.value(QStringLiteral("rollover-cap")), QStringLiteral("rollover-cap"), 0, 52560000);
        if (!cap)
            return cap.error();
        pack.rolloverCapMinutes = *cap;
    }
    if (p.isSet(QStringLiteral("no-invoice")))
        pack.billedElsewhere = true;
    return {};
}

// A refusal of core names the pack's field; the command line names its option.
Error aboutOption(const Error &error)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("rolloverCap"), QStringLiteral("rollover-cap")},
        {QStringLiteral("minutes"), QStringLiteral("minutes")}};
    return Error(error.code(), error.message(), options.value(error.field(), error.field()));
}

int packAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("pack add"),
            QStringLiteral("--client C [--minutes M | --hours H] [--units SERVICE=QTY]... [--amount A] "
                           "--price P [OPTIONS]"),
            tr("Sells a client a prepaid pack or retainer; its sale goes on the client's draft invoice."),
            packOptions(true), args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“pack add” takes options only."));
    if (!p.isSet(QStringLiteral("client")) || !p.isSet(QStringLiteral("price")))
        return ctx.usageError(tr("“pack add” needs --client and --price."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
    if (!client)
        return ctx.failure(client.error());
    Pack pack;
    pack.clientId = client->id;
    pack.price = Money::zero(client->currency);
    if (auto applied = applyPackOptions(ctx, p, **db, *client, pack); !applied)
        return ctx.failure(applied.error());
    auto added = PackRepository(**db, ctx.clock).add(pack);
    if (!added)
        return ctx.failure(aboutOption(added.error()));
    printPack(ctx, *added);
    return ExitOk;
}

Result<qint64> packId(Context &ctx, const QCommandLineParser &p, const QString &command)
{
    if (p.positionalArguments().size() != 1)
        return Error(ErrorCode::InvalidInput, tr("“%1” needs the pack's id.").arg(command),
                     QStringLiteral("pack"));
    return ctx.id(p.positionalArguments().first(), QStringLiteral("pack"));
}

int packEdit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("pack edit"), QStringLiteral("ID [OPTIONS]"),
                   tr("Changes a pack. Once its sale is issued its price stays, and it cannot cover less "
                      "than its work has used."),
                   packOptions(false), args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“pack edit” needs the pack's id."));
    auto id = packId(ctx, p, QStringLiteral("pack edit"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    PackRepository repository(**db, ctx.clock);
    auto state = repository.get(*id);
    if (!state)
        return ctx.failure(state.error());
    auto client = ClientRepository(**db, ctx.clock).get(state->pack.clientId);
    if (!client)
        return ctx.failure(client.error());
    Pack pack = state->pack;
    if (auto applied = applyPackOptions(ctx, p, **db, *client, pack); !applied)
        return ctx.failure(applied.error());
    auto edited = repository.edit(pack);
    if (!edited)
        return ctx.failure(aboutOption(edited.error()));
    printPack(ctx, *edited);
    return ExitOk;
}

int packClose(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("pack close"), QStringLiteral("ID [--on DATE]"),
                   tr("Ends a pack: work after its closing day no longer draws from it, and a retainer "
                      "stops renewing."),
                   {option("on", tr("Its last day (default: today)."), "DATE")}, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“pack close” needs the pack's id."));
    auto id = packId(ctx, p, QStringLiteral("pack close"));
    if (!id)
        return ctx.failure(id.error());
    std::optional<QDate> day;
    if (p.isSet(QStringLiteral("on"))) {
        auto on = ctx.date(p.value(QStringLiteral("on")), QStringLiteral("on"));
        if (!on)
            return ctx.failure(on.error());
        day = *on;
    }
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto closed = PackRepository(**db, ctx.clock).close(*id, day);
    if (!closed)
        return ctx.failure(closed.error());
    printPack(ctx, *closed);
    return ExitOk;
}

int packShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("pack show"), QStringLiteral("ID"),
                   tr("Shows a pack: what it covers, what its work has used and what is left."), {}, args,
                   code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“pack show” needs the pack's id."));
    auto id = packId(ctx, p, QStringLiteral("pack show"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto state = PackRepository(**db, ctx.clock).get(*id);
    if (!state)
        return ctx.failure(state.error());
    printPack(ctx, *state);
    return ExitOk;
}

int packList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("pack list"), QStringLiteral("[--client C] [--all]"),
                   tr("Lists the packs in use (with --all, the expired and closed ones too)."),
                   {option("client", tr("Only this client's, by name or id."), "CLIENT"),
                    option("all", tr("Include expired and closed packs."))},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“pack list” takes options only."));
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
    auto list = PackRepository(**db, ctx.clock).list(clientId, p.isSet(QStringLiteral("all")));
    if (!list)
        return ctx.failure(list.error());
    if (ctx.json) {
        QJsonArray array;
        for (const PackState &s : std::as_const(*list))
            array.append(packJson(s));
        ctx.printJson(array);
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out << tr(
            "No packs in use. Sell one with: minuta-cli pack add --client CLIENT --hours H --price P")
                << '\n';
        return ExitOk;
    }
    TextTable table(
        {tr("Id"), tr("Client"), tr("Covers"), tr("Days"), tr("Left"), tr("Used"), tr("Status")},
        {Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left});
    for (const PackState &s : std::as_const(*list))
        table.addRow({QString::number(s.pack.id), s.pack.clientName, covers(ctx, s.pack), daysText(s.pack),
                      packLeft(s, ctx.locale), QStringLiteral("%1 %").arg(s.usedPermille / 10),
                      statusText(s.status)});
    table.print(ctx.out);
    return ExitOk;
}

const Command kPackCommands[] = {
    {"add", QT_TRANSLATE_NOOP("minuta::cli", "Sell a client a prepaid pack or retainer."), packAdd},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List packs and what each has left."), packList},
    {"show", QT_TRANSLATE_NOOP("minuta::cli", "Show a pack and its balance."), packShow},
    {"edit", QT_TRANSLATE_NOOP("minuta::cli", "Change a pack."), packEdit},
    {"close", QT_TRANSLATE_NOOP("minuta::cli", "End a pack."), packClose},
    {"statement", QT_TRANSLATE_NOOP("minuta::cli", "Write a pack's statement for the client, PDF or CSV."),
     packStatement},
};

} // namespace

int runPack(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("pack"), kPackCommands, arguments);
}

// What the client's packs have left, on stderr after work is logged for them: a warning once a pack
// is past the settings' share used (80 % unless changed) or used up (exit status stays 0).
void warnAboutPacks(Context &ctx, Database &db, qint64 clientId)
{
    auto active = PackRepository(db, ctx.clock).activeFor(clientId);
    if (!active)
        return;
    const int percent = Settings(db).businessDefaults().value_or(BusinessDefaults{}).packWarningPercent;
    for (const PackState &s : std::as_const(*active)) {
        if (s.status == packs::Status::Exhausted)
            ctx.warn(tr("pack %1 of %2 is used up: %3")
                         .arg(QString::number(s.pack.id), s.pack.clientName, packLeft(s, ctx.locale)));
        else if (packs::pastThreshold(s.balance, percent))
            ctx.warn(tr("pack %1 of %2 is %3 % used: %4")
                         .arg(QString::number(s.pack.id), s.pack.clientName,
                              QString::number(s.usedPermille / 10), packLeft(s, ctx.locale)));
    }
}

} // namespace minuta::cli
