// minuta-cli settings

#include "commands.h"
#include "context.h"
#include "jsonformat.h"

#include "business/settings.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace minuta::cli {

int runSettings(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    const QList<QCommandLineOption> options = {
        {QStringLiteral("currency"), tr("The business's currency."), QStringLiteral("CUR")},
        {QStringLiteral("rate"), tr("Default hourly rate, or \"none\"."), QStringLiteral("RATE")},
        {QStringLiteral("increment"), tr("Billing increment of new clients, in minutes."),
         QStringLiteral("MIN")},
        {QStringLiteral("rounding"), tr("Rounding of new clients: up, nearest or down."),
         QStringLiteral("MODE")},
        {QStringLiteral("minimum"), tr("Minimum minutes per entry of new clients."), QStringLiteral("MIN")},
        {QStringLiteral("terms"), tr("Payment terms of new clients, in days."), QStringLiteral("DAYS")},
        {QStringLiteral("language"), tr("Invoice language of new clients: en or it."),
         QStringLiteral("LANG")},
        {QStringLiteral("timer-limit"), tr("Hours after which a running timer is flagged."),
         QStringLiteral("HOURS")},
        {QStringLiteral("idle"),
         tr("Minutes away from the computer after which the desktop app asks what to do with the time, or 0 "
            "for never."),
         QStringLiteral("MIN")},
        {QStringLiteral("pack-warning"),
         tr("How much of a prepaid pack is used, in percent, before Minuta warns (default 80)."),
         QStringLiteral("PCT")},
    };
    if (!ctx.parse(p, QStringLiteral("settings"), QStringLiteral("[OPTIONS]"),
                   tr("Shows the business defaults stored in the file, or changes those given."), options,
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“settings” takes options only."));
    bool changing = false;
    for (const QCommandLineOption &option : options)
        changing = changing || p.isSet(option.names().first());

    auto db = changing ? ctx.openForWriting() : ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    Settings settings(**db);
    auto current = settings.businessDefaults();
    if (!current)
        return ctx.failure(current.error());
    BusinessDefaults d = *current;
    if (changing) {
        if (p.isSet(QStringLiteral("currency"))) {
            auto currency = ctx.currency(p.value(QStringLiteral("currency")), QStringLiteral("currency"));
            if (!currency)
                return ctx.failure(currency.error());
            d.setCurrency(*currency);
        }
        if (p.isSet(QStringLiteral("rate"))) {
            if (p.value(QStringLiteral("rate")) == QLatin1String("none")) {
                d.hourlyRate.reset();
            } else {
                auto rate = ctx.money(p.value(QStringLiteral("rate")), d.currency, QStringLiteral("rate"));
                if (!rate)
                    return ctx.failure(rate.error());
                d.hourlyRate = *rate;
            }
        }
        const auto number = [&](const char *name, int min, int max, int &target) -> Result<void> {
            if (!p.isSet(QString::fromLatin1(name)))
                return {};
            auto v = ctx.integer(p.value(QString::fromLatin1(name)), QString::fromLatin1(name), min, max);
            if (!v)
                return v.error();
            target = *v;
            return {};
        };
        int hours = int(d.timerLimitSeconds / 3600);
        using namespace billingterms;
        for (auto r : {number("increment", Increments.front(), Increments.back(), d.billing.incrementMinutes),
                       number("minimum", MinMinimumMinutes, MaxMinimumMinutes, d.billing.minimumMinutes),
                       number("terms", MinPaymentTermsDays, MaxPaymentTermsDays, d.paymentTermsDays),
                       number("timer-limit", 1, 24, hours), number("idle", 0, 240, d.idleMinutes),
                       number("pack-warning", 1, 100, d.packWarningPercent)})
            if (!r)
                return ctx.failure(r.error());
        d.timerLimitSeconds = qint64(hours) * 3600;
        if (p.isSet(QStringLiteral("rounding"))) {
            const auto mode = roundingModeFromName(p.value(QStringLiteral("rounding")));
            if (!mode)
                return ctx.failure(Error(ErrorCode::InvalidInput,
                                         tr("--rounding: write up, nearest or down."),
                                         QStringLiteral("rounding")));
            d.billing.rounding = *mode;
        }
        if (p.isSet(QStringLiteral("language")))
            d.invoiceLanguage = p.value(QStringLiteral("language"));
        if (auto saved = settings.setBusinessDefaults(d); !saved)
            return ctx.failure(saved.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("currency"), d.currency.code()},
            {QStringLiteral("hourlyRate"), json::money(d.hourlyRate)},
            {QStringLiteral("incrementMinutes"), d.billing.incrementMinutes},
            {QStringLiteral("rounding"), roundingModeName(d.billing.rounding)},
            {QStringLiteral("minimumMinutes"), d.billing.minimumMinutes},
            {QStringLiteral("paymentTermsDays"), d.paymentTermsDays},
            {QStringLiteral("invoiceLanguage"), d.invoiceLanguage},
            {QStringLiteral("timerLimitSeconds"), d.timerLimitSeconds},
            {QStringLiteral("idleMinutes"), d.idleMinutes},
            {QStringLiteral("packWarningPercent"), d.packWarningPercent},
        });
        return ExitOk;
    }
    const int limitHours = int(d.timerLimitSeconds / 3600);
    ctx.out
        << tr("Currency:          %1").arg(d.currency.code()) << '\n'
        << tr("Default rate:      %1").arg(d.hourlyRate ? d.hourlyRate->formatNumber(ctx.locale) : tr("none"))
        << '\n'
        << tr("New clients:       %1-minute increment, rounded %2, minimum %3 min, %4 days to pay, invoices "
              "in %5")
               .arg(d.billing.incrementMinutes)
               .arg(roundingModeName(d.billing.rounding))
               .arg(d.billing.minimumMinutes)
               .arg(d.paymentTermsDays)
               .arg(d.invoiceLanguage)
        << '\n'
        << QCoreApplication::translate("minuta::cli::SettingsCommands", "Timer flagged after %n hour(s)",
                                       nullptr, limitHours)
        << '\n'
        << (d.idleMinutes > 0 ? QCoreApplication::translate("minuta::cli::SettingsCommands",
                                                            "Idle time asked about after %n minute(s) away",
                                                            nullptr, d.idleMinutes)
                              : tr("Idle time never asked about"))
        << '\n'
        << tr("Prepaid packs:     warned about at %1 % used").arg(d.packWarningPercent) << '\n';
    return ExitOk;
}

} // namespace minuta::cli
