// minuta-cli client add | list | show | edit | archive | unarchive

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "business/settings.h"
#include "clients/clientrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace minuta::cli {

namespace {

QList<QCommandLineOption> clientOptions(bool editing)
{
    QList<QCommandLineOption> options = {
        {QStringLiteral("name"), tr("The client's name."), QStringLiteral("NAME")},
        {QStringLiteral("contact"), tr("The person to address."), QStringLiteral("NAME")},
        {QStringLiteral("email"), tr("Email address."), QStringLiteral("EMAIL")},
        {QStringLiteral("phone"), tr("Phone number."), QStringLiteral("PHONE")},
        {QStringLiteral("address"), tr("Street and number, such as \"Via Roma 1\" (\\n for more lines)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("postcode"), tr("Postcode (CAP in Italy, five digits)."), QStringLiteral("CODE")},
        {QStringLiteral("city"), tr("City or town."), QStringLiteral("CITY")},
        {QStringLiteral("province"),
         tr("Italy: the province, two letters, such as MI (the same as --state)."), QStringLiteral("PR")},
        {QStringLiteral("country"), tr("Country, two letters (IT, GB, US…)."), QStringLiteral("CC")},
        {QStringLiteral("vat-id"), tr("VAT number (partita IVA, GSTIN…)."), QStringLiteral("ID")},
        {QStringLiteral("fiscal-code"), tr("Fiscal code (codice fiscale)."), QStringLiteral("CF")},
        {QStringLiteral("currency"), tr("ISO 4217 currency of the client's invoices."),
         QStringLiteral("CUR")},
        {QStringLiteral("language"), tr("Language of the client's invoices: en or it."),
         QStringLiteral("LANG")},
        {QStringLiteral("rate"),
         editing ? tr("Hourly rate, such as 30.00, or \"none\" for the default rate.")
                 : tr("Hourly rate, such as 30.00."),
         QStringLiteral("RATE")},
        {QStringLiteral("increment"), tr("Billing increment in minutes: 1, 5, 6, 10, 15, 30 or 60."),
         QStringLiteral("MIN")},
        {QStringLiteral("rounding"), tr("How entries round to the increment: up, nearest or down."),
         QStringLiteral("MODE")},
        {QStringLiteral("minimum"), tr("Minimum billed minutes per entry."), QStringLiteral("MIN")},
        {QStringLiteral("terms"), tr("Payment terms in days."), QStringLiteral("DAYS")},
        {QStringLiteral("withholding"), tr("The client withholds tax (ritenuta d'acconto).")},
        {QStringLiteral("color"), tr("Colour on the calendar, as #rrggbb."), QStringLiteral("COLOR")},
        {QStringLiteral("notes"), tr("Notes."), QStringLiteral("TEXT")},
        {QStringLiteral("tax-profile"),
         tr("Invoice this client under another tax profile (a foreign client)."), QStringLiteral("ID")},
        {QStringLiteral("reverse-charge"), tr("Charge no tax: the client accounts for it.")},
        {QStringLiteral("recipient-code"), tr("E-invoice recipient code (codice destinatario)."),
         QStringLiteral("CODE")},
        {QStringLiteral("pec"), tr("Certified email for e-invoices (PEC)."), QStringLiteral("EMAIL")},
        {QStringLiteral("state"),
         tr("State or province (US, Canada, Australia); India: the place of supply, such as Karnataka."),
         QStringLiteral("STATE")},
        {QStringLiteral("gstin"), tr("India: the client's GSTIN, 15 letters and digits."),
         QStringLiteral("GSTIN")},
    };
    if (editing)
        options << QCommandLineOption(QStringLiteral("no-withholding"),
                                      tr("The client does not withhold tax."))
                << QCommandLineOption(QStringLiteral("no-reverse-charge"), tr("Charge tax as usual."));
    return options;
}

Result<void> applyOptions(Context &ctx, const QCommandLineParser &p, Client &c, bool editing)
{
    const auto text = [&](const char *name, QString &field) {
        if (p.isSet(QString::fromLatin1(name)))
            field = p.value(QString::fromLatin1(name));
    };
    text("name", c.name);
    text("contact", c.contactName);
    text("email", c.email);
    text("phone", c.phone);
    text("country", c.country);
    text("vat-id", c.vatId);
    text("fiscal-code", c.fiscalCode);
    text("language", c.language);
    text("color", c.color);
    text("notes", c.notes);
    text("recipient-code", c.recipientCode);
    text("pec", c.pec);
    text("state", c.state);
    text("province", c.state);
    text("postcode", c.postcode);
    text("city", c.city);
    text("gstin", c.gstin);
    if (p.isSet(QStringLiteral("tax-profile")))
        c.taxProfileId = p.value(QStringLiteral("tax-profile")) == QLatin1String("none")
                             ? QString()
                             : p.value(QStringLiteral("tax-profile"));
    if (p.isSet(QStringLiteral("reverse-charge")))
        c.reverseCharge = true;
    if (editing && p.isSet(QStringLiteral("no-reverse-charge")))
        c.reverseCharge = false;
    if (p.isSet(QStringLiteral("address")))
        c.address = p.value(QStringLiteral("address")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    if (p.isSet(QStringLiteral("currency"))) {
        const auto currency = Currency::fromCode(p.value(QStringLiteral("currency")));
        if (!currency)
            return Error(ErrorCode::InvalidInput,
                         tr("--currency: “%1” is not an ISO 4217 currency code, such as EUR or GBP.")
                             .arg(p.value(QStringLiteral("currency"))),
                         QStringLiteral("currency"));
        c.setCurrency(*currency);
    }
    if (p.isSet(QStringLiteral("rate"))) {
        const QString value = p.value(QStringLiteral("rate"));
        if (value == QLatin1String("none")) {
            c.hourlyRate.reset();
        } else {
            auto rate = ctx.money(value, c.currency, QStringLiteral("rate"));
            if (!rate)
                return rate.error();
            c.hourlyRate = *rate;
        }
    }
    if (p.isSet(QStringLiteral("increment"))) {
        auto v = ctx.integer(p.value(QStringLiteral("increment")), QStringLiteral("increment"),
                             billingterms::Increments.front(), billingterms::Increments.back());
        if (!v)
            return v.error();
        c.billing.incrementMinutes = *v;
    }
    if (p.isSet(QStringLiteral("rounding"))) {
        const auto mode = roundingModeFromName(p.value(QStringLiteral("rounding")));
        if (!mode)
            return Error(ErrorCode::InvalidInput,
                         tr("--rounding: write up, nearest or down, not “%1”.")
                             .arg(p.value(QStringLiteral("rounding"))),
                         QStringLiteral("rounding"));
        c.billing.rounding = *mode;
    }
    if (p.isSet(QStringLiteral("minimum"))) {
        auto v = ctx.integer(p.value(QStringLiteral("minimum")), QStringLiteral("minimum"),
                             billingterms::MinMinimumMinutes, billingterms::MaxMinimumMinutes);
        if (!v)
            return v.error();
        c.billing.minimumMinutes = *v;
    }
    if (p.isSet(QStringLiteral("terms"))) {
        auto v = ctx.integer(p.value(QStringLiteral("terms")), QStringLiteral("terms"),
                             billingterms::MinPaymentTermsDays, billingterms::MaxPaymentTermsDays);
        if (!v)
            return v.error();
        c.paymentTermsDays = *v;
    }
    if (p.isSet(QStringLiteral("withholding")))
        c.withholding = true;
    if (editing && p.isSet(QStringLiteral("no-withholding")))
        c.withholding = false;
    return {};
}

QString rateText(const Client &c, const QLocale &locale)
{
    return c.hourlyRate ? c.hourlyRate->formatNumber(locale) : tr("default");
}

void printClient(Context &ctx, const Client &c)
{
    if (ctx.json) {
        ctx.printJson(json::client(c));
        return;
    }
    const QList<std::pair<QString, QString>> rows = {
        {tr("Id"), QString::number(c.id)},
        {tr("Name"), c.name + (c.archived ? tr(" (archived)") : QString())},
        {tr("Contact"), c.contactName},
        {tr("Email"), c.email},
        {tr("Phone"), c.phone},
        {tr("Address"), c.addressLines().join(QStringLiteral(", "))},
        {tr("Country"), c.country},
        {tr("State"), c.state},
        {tr("VAT number"), c.vatId},
        {tr("Fiscal code"), c.fiscalCode},
        {tr("GSTIN"), c.gstin},
        {tr("Currency"), c.currency.code()},
        {tr("Invoice language"), c.language},
        {tr("Hourly rate"), rateText(c, ctx.locale)},
        {tr("Billing"), tr("%1-minute increment, rounded %2, minimum %3 min")
                            .arg(c.billing.incrementMinutes)
                            .arg(roundingModeName(c.billing.rounding))
                            .arg(c.billing.minimumMinutes)},
        {tr("Payment terms"), QCoreApplication::translate("minuta::cli::ClientCommands", "%n day(s)", nullptr,
                                                          c.paymentTermsDays)},
        {tr("Withholding"), c.withholding ? tr("yes") : tr("no")},
        {tr("Tax profile"), c.taxProfileId.isEmpty() ? tr("the business's") : c.taxProfileId},
        {tr("Reverse charge"), c.reverseCharge ? tr("yes") : QString()},
        {tr("Recipient code"), c.recipientCode},
        {tr("PEC"), c.pec},
        {tr("Colour"), c.color},
        {tr("Notes"), c.notes},
    };
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    for (const auto &[label, value] : rows)
        if (!value.isEmpty())
            ctx.out << QString(label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
}

int add(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("client add"), QStringLiteral("--name NAME [OPTIONS]"),
                   tr("Adds a client. Options left out take the business defaults (see “settings”)."),
                   clientOptions(false), args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“client add” takes options only; put the name after --name."));
    if (!p.isSet(QStringLiteral("name")))
        return ctx.usageError(tr("“client add” needs --name."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = Settings(**db).newClient();
    if (!client)
        return ctx.failure(client.error());
    if (auto applied = applyOptions(ctx, p, *client, false); !applied)
        return ctx.failure(applied.error());
    auto added = ClientRepository(**db, ctx.clock).add(*client);
    if (!added)
        return ctx.failure(added.error());
    printClient(ctx, *added);
    return ExitOk;
}

int list(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("client list"), QStringLiteral("[--all]"),
                   tr("Lists the active clients, or all of them."),
                   {{QStringLiteral("all"), tr("Include archived clients.")}}, args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“client list” takes no arguments."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto clients = ClientRepository(**db, ctx.clock).list(p.isSet(QStringLiteral("all")));
    if (!clients)
        return ctx.failure(clients.error());
    if (ctx.json) {
        QJsonArray array;
        for (const Client &c : *clients)
            array.append(json::client(c));
        ctx.printJson(array);
        return ExitOk;
    }
    if (clients->isEmpty()) {
        ctx.out << tr("No clients yet. Add one with: minuta-cli client add --name NAME") << '\n';
        return ExitOk;
    }
    TextTable table(
        {tr("Id"), tr("Name"), tr("Currency"), tr("Rate/h"), tr("Billing"), tr("Terms"), tr("Status")},
        {Align::Right, Align::Left, Align::Left, Align::Right, Align::Left, Align::Right, Align::Left});
    for (const Client &c : *clients)
        table.addRow(
            {QString::number(c.id), c.name, c.currency.code(), rateText(c, ctx.locale),
             tr("%1 min %2").arg(c.billing.incrementMinutes).arg(roundingModeName(c.billing.rounding)),
             tr("%1 d").arg(c.paymentTermsDays), c.archived ? tr("archived") : tr("active")});
    table.print(ctx.out);
    return ExitOk;
}

// Reads the one positional argument naming a client.
bool oneClientArgument(Context &ctx, const QCommandLineParser &p, const QString &command, QString &client,
                       int &code)
{
    if (p.positionalArguments().size() != 1) {
        code = ctx.usageError(tr("“%1” needs the client's name or id.").arg(command));
        return false;
    }
    client = p.positionalArguments().first();
    return true;
}

int show(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("client show"), QStringLiteral("CLIENT"),
                   tr("Shows a client's details."), {}, args, code))
        return code;
    QString name;
    if (!oneClientArgument(ctx, p, QStringLiteral("client show"), name, code))
        return code;
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(name);
    if (!client)
        return ctx.failure(client.error());
    printClient(ctx, *client);
    return ExitOk;
}

int edit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("client edit"), QStringLiteral("CLIENT --FIELD VALUE…"),
                   tr("Changes a client's details; fields not given stay as they are."), clientOptions(true),
                   args, code))
        return code;
    QString name;
    if (!oneClientArgument(ctx, p, QStringLiteral("client edit"), name, code))
        return code;
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    ClientRepository clients(**db, ctx.clock);
    auto client = clients.find(name);
    if (!client)
        return ctx.failure(client.error());
    if (auto applied = applyOptions(ctx, p, *client, true); !applied)
        return ctx.failure(applied.error());
    auto updated = clients.update(*client);
    if (!updated)
        return ctx.failure(updated.error());
    printClient(ctx, *updated);
    return ExitOk;
}

int setArchived(Context &ctx, const QStringList &args, bool archived)
{
    const QString command = archived ? QStringLiteral("client archive") : QStringLiteral("client unarchive");
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, command, QStringLiteral("CLIENT"),
                   archived ? tr("Archives a client: their history stays, they leave the lists.")
                            : tr("Brings an archived client back."),
                   {}, args, code))
        return code;
    QString name;
    if (!oneClientArgument(ctx, p, command, name, code))
        return code;
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    ClientRepository clients(**db, ctx.clock);
    auto client = clients.find(name);
    if (!client)
        return ctx.failure(client.error());
    auto changed = clients.setArchived(client->id, archived);
    if (!changed)
        return ctx.failure(changed.error());
    if (ctx.json)
        ctx.printJson(json::client(*changed));
    else
        ctx.out << (archived ? tr("Archived “%1”.") : tr("“%1” is active again.")).arg(changed->name) << '\n';
    return ExitOk;
}

int archive(Context &ctx, const QStringList &args)
{
    return setArchived(ctx, args, true);
}

int unarchive(Context &ctx, const QStringList &args)
{
    return setArchived(ctx, args, false);
}

const Command kCommands[] = {
    {"add", QT_TRANSLATE_NOOP("minuta::cli", "Add a client."), add},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List clients."), list},
    {"show", QT_TRANSLATE_NOOP("minuta::cli", "Show a client's details."), show},
    {"edit", QT_TRANSLATE_NOOP("minuta::cli", "Change a client's details."), edit},
    {"archive", QT_TRANSLATE_NOOP("minuta::cli", "Archive a client."), archive},
    {"unarchive", QT_TRANSLATE_NOOP("minuta::cli", "Bring an archived client back."), unarchive},
};

} // namespace

int runClient(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("client"), kCommands, arguments);
}

} // namespace minuta::cli
