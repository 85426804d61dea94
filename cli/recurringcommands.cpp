// minuta-cli recurring add | edit | list | delete: fixed fees that go on a client's draft invoice each period

#include "commands.h"
#include "context.h"
#include "output.h"

#include "clients/clientrepository.h"
#include "invoicing/recurring.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

QJsonObject recurringJson(const RecurringLine &l)
{
    return {
        {QStringLiteral("id"), l.id},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), l.clientId}, {QStringLiteral("name"), l.clientName}}},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("quantity"), l.quantity.toPlainString()},
        {QStringLiteral("unit_price"), l.unitPrice.minorUnits()},
        {QStringLiteral("currency"), l.unitPrice.currency().code()},
        {QStringLiteral("tax_rate"), l.taxRate ? QJsonValue(l.taxRate->toPlainString()) : QJsonValue()},
        {QStringLiteral("every"), everyName(l.every)},
        {QStringLiteral("from"), l.from.toString(Qt::ISODate)},
        {QStringLiteral("until"), l.until ? QJsonValue(l.until->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("billed_through"),
         l.billedThrough ? QJsonValue(l.billedThrough->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("next_period"),
         nextPeriod(l) ? QJsonValue(nextPeriod(l)->toString(Qt::ISODate)) : QJsonValue()},
    };
}

QString everyText(Every every)
{
    switch (every) {
    case Every::Week:
        return tr("every week");
    case Every::Month:
        return tr("every month");
    case Every::Quarter:
        return tr("every quarter");
    case Every::Year:
        return tr("every year");
    }
    return QString();
}

void printRecurring(Context &ctx, const RecurringLine &l)
{
    if (ctx.json) {
        ctx.printJson(recurringJson(l));
        return;
    }
    ctx.out << tr("Fee %1 for %2: %3, %4 × %5 %6, %7, from %8%9")
                   .arg(QString::number(l.id), l.clientName, l.description, l.quantity.format(ctx.locale),
                        l.unitPrice.formatNumber(ctx.locale), l.unitPrice.currency().code(),
                        everyText(l.every), l.from.toString(Qt::ISODate),
                        l.until ? tr(" to %1").arg(l.until->toString(Qt::ISODate)) : QString())
            << '\n';
    if (l.billedThrough)
        ctx.out << "  "
                << tr("On drafts up to the period from %1").arg(l.billedThrough->toString(Qt::ISODate))
                << '\n';
    if (const auto next = nextPeriod(l))
        ctx.out << "  " << tr("Next period from %1").arg(next->toString(Qt::ISODate)) << '\n';
    else
        ctx.out << "  " << tr("Ended: no period after its last day") << '\n';
}

// The options add and edit share: what the fee bills, how often, on which days.
QList<QCommandLineOption> feeOptions()
{
    return {option("description", tr("What the fee is for, as the invoice says it."), "TEXT"),
            option("price", tr("The price per period, in the client's currency."), "PRICE"),
            option("qty", tr("How many (default: 1)."), "Q"),
            option("tax-rate",
                   tr("A tax rate in percent when it differs from the invoice's; “standard” for the "
                      "invoice's own."),
                   "PCT"),
            option("every", tr("week, month, quarter or year."), "PERIOD"),
            option("from", tr("The first period's first day (default: today)."), "DATE"),
            option("until", tr("The last day a period may start on (default: none; “none” to remove it)."),
                   "DATE")};
}

Result<void> applyFeeOptions(Context &ctx, const QCommandLineParser &p, const Client &client,
                             RecurringLine &l)
{
    if (p.isSet(QStringLiteral("description")))
        l.description = p.value(QStringLiteral("description"));
    if (p.isSet(QStringLiteral("every"))) {
        const auto every = everyFromName(p.value(QStringLiteral("every")));
        if (!every)
            return Error(ErrorCode::InvalidInput, tr("--every is week, month, quarter or year."),
                         QStringLiteral("every"));
        l.every = *every;
    }
    if (p.isSet(QStringLiteral("price"))) {
        auto price = ctx.money(p.value(QStringLiteral("price")), client.currency, QStringLiteral("price"));
        if (!price)
            return price.error();
        l.unitPrice = *price;
    }
    if (p.isSet(QStringLiteral("qty"))) {
        auto qty = ctx.quantity(p.value(QStringLiteral("qty")), QStringLiteral("qty"));
        if (!qty)
            return qty.error();
        l.quantity = *qty;
    }
    if (p.isSet(QStringLiteral("tax-rate"))) {
        const QString value = p.value(QStringLiteral("tax-rate"));
        if (value == QLatin1String("standard")) {
            l.taxRate.reset();
        } else {
            auto rate = ctx.percent(value, QStringLiteral("tax-rate"));
            if (!rate)
                return rate.error();
            l.taxRate = *rate;
        }
    }
    if (p.isSet(QStringLiteral("from"))) {
        auto day = ctx.date(p.value(QStringLiteral("from")), QStringLiteral("from"));
        if (!day)
            return day.error();
        l.from = *day;
    }
    if (p.isSet(QStringLiteral("until"))) {
        const QString value = p.value(QStringLiteral("until"));
        if (value == QLatin1String("none")) {
            l.until.reset();
        } else {
            auto day = ctx.date(value, QStringLiteral("until"));
            if (!day)
                return day.error();
            l.until = *day;
        }
    }
    return {};
}

int recurringAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("recurring add"),
            QStringLiteral("--client C --description T --price P [--qty Q] [--tax-rate PCT] --every month "
                           "[--from D] [--until D]"),
            tr("Adds a fixed fee that goes on the client's draft invoice each period, from its first day "
               "(periods already begun go on now)."),
            QList<QCommandLineOption>{option("client", tr("The client, by name or id."), "CLIENT")}
                + feeOptions(),
            args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“recurring add” takes options only."));
    if (!p.isSet(QStringLiteral("client")) || !p.isSet(QStringLiteral("description"))
        || !p.isSet(QStringLiteral("price")) || !p.isSet(QStringLiteral("every")))
        return ctx.usageError(tr("“recurring add” needs --client, --description, --price and --every."));
    if (!everyFromName(p.value(QStringLiteral("every"))))
        return ctx.failure(Error(ErrorCode::InvalidInput, tr("--every is week, month, quarter or year."),
                                 QStringLiteral("every")));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
    if (!client)
        return ctx.failure(client.error());
    RecurringLine l;
    l.clientId = client->id;
    if (auto applied = applyFeeOptions(ctx, p, *client, l); !applied)
        return ctx.failure(applied.error());
    auto added = RecurringRepository(**db, ctx.clock).add(l);
    if (!added)
        return ctx.failure(added.error());
    printRecurring(ctx, *added);
    return ExitOk;
}

int recurringEdit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("recurring edit"),
                   QStringLiteral("ID [--description T] [--price P] [--qty Q] [--tax-rate PCT|standard] "
                                  "[--every month] [--from D] [--until D|none]"),
                   tr("Changes a recurring fee. A new price goes on the next period; the periods already on "
                      "invoices stay as they are, so once one is, the first day and the period stay too."),
                   feeOptions(), args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“recurring edit” needs the fee's id."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("recurring"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    RecurringRepository fees(**db, ctx.clock);
    auto l = fees.get(*id);
    if (!l)
        return ctx.failure(l.error());
    auto client = ClientRepository(**db, ctx.clock).get(l->clientId);
    if (!client)
        return ctx.failure(client.error());
    if (auto applied = applyFeeOptions(ctx, p, *client, *l); !applied)
        return ctx.failure(applied.error());
    auto saved = fees.edit(*l);
    if (!saved)
        return ctx.failure(saved.error());
    printRecurring(ctx, *saved);
    return ExitOk;
}

int recurringList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("recurring list"), QStringLiteral("[--client C]"),
                   tr("Lists the recurring fees."),
                   {option("client", tr("Only this client's, by name or id."), "CLIENT")}, args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“recurring list” takes options only."));
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
    auto lines = RecurringRepository(**db, ctx.clock).list(clientId);
    if (!lines)
        return ctx.failure(lines.error());
    if (ctx.json) {
        QJsonArray array;
        for (const RecurringLine &l : std::as_const(*lines))
            array.append(recurringJson(l));
        ctx.printJson(array);
        return ExitOk;
    }
    if (lines->isEmpty()) {
        ctx.out << tr("No recurring fees. Add one with: minuta-cli recurring add --client C --description T "
                      "--price P --every month")
                << '\n';
        return ExitOk;
    }
    TextTable table(
        {tr("Id"), tr("Client"), tr("Description"), tr("Price"), tr("Every"), tr("From"), tr("Until")},
        {Align::Right, Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Left});
    for (const RecurringLine &l : std::as_const(*lines))
        table.addRow(
            {QString::number(l.id), l.clientName, l.description,
             (l.quantity.milli() == 1000 ? QString() : l.quantity.format(ctx.locale) + QStringLiteral(" × "))
                 + l.unitPrice.formatNumber(ctx.locale) + QLatin1Char(' ') + l.unitPrice.currency().code(),
             everyText(l.every), l.from.toString(Qt::ISODate),
             l.until ? l.until->toString(Qt::ISODate) : QString()});
    table.print(ctx.out);
    return ExitOk;
}

int recurringDelete(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("recurring delete"), QStringLiteral("ID"),
                   tr("Deletes a recurring fee; the lines it already put on invoices stay."), {}, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“recurring delete” needs the fee's id."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("recurring"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto removed = RecurringRepository(**db, ctx.clock).remove(*id);
    if (!removed)
        return ctx.failure(removed.error());
    if (ctx.json)
        ctx.printJson(recurringJson(*removed));
    else
        ctx.out << tr("Deleted fee %1 (%2).").arg(QString::number(removed->id), removed->description) << '\n';
    return ExitOk;
}

const Command kRecurringCommands[] = {
    {"add", QT_TRANSLATE_NOOP("minuta::cli", "Add a fee that recurs each period."), recurringAdd},
    {"edit", QT_TRANSLATE_NOOP("minuta::cli", "Change a recurring fee."), recurringEdit},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List the recurring fees."), recurringList},
    {"delete", QT_TRANSLATE_NOOP("minuta::cli", "Delete a recurring fee."), recurringDelete},
};

} // namespace

int runRecurring(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("recurring"), kRecurringCommands, arguments);
}

} // namespace minuta::cli
