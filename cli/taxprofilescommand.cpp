// minuta-cli tax-profiles: the built-in and custom tax profiles, with their rates

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "business/taxprofile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

int runTaxProfiles(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("tax-profiles"), {}, tr("Lists the tax profiles and their rates."), {},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“tax-profiles” takes no arguments."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto profiles = TaxProfiles(**db).list();
    if (!profiles)
        return ctx.failure(profiles.error());
    if (ctx.json) {
        QJsonArray array;
        for (const TaxProfile &profile : *profiles) {
            QJsonArray taxes;
            for (const TaxComponent &t : profile.taxes)
                taxes.append(QJsonObject{{QStringLiteral("name"), t.nameEn},
                                         {QStringLiteral("rate"), json::basisPoints(t.rate)}});
            array.append(
                QJsonObject{{QStringLiteral("id"), profile.id},
                            {QStringLiteral("name"), profile.name},
                            {QStringLiteral("taxes"), taxes},
                            {QStringLiteral("withholding"), json::basisPoints(profile.withholdingRate)},
                            {QStringLiteral("stampDuty"), profile.stampDutyMinor},
                            {QStringLiteral("builtin"), profile.builtin}});
        }
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Id"), tr("Name"), tr("Taxes"), tr("Withholding"), tr("Stamp duty")});
    for (const TaxProfile &profile : *profiles) {
        QStringList taxes;
        for (const TaxComponent &t : profile.taxes)
            taxes << t.nameEn + QLatin1Char(' ') + t.rate.format(ctx.locale);
        table.addRow(
            {profile.id, profile.name, taxes.isEmpty() ? tr("none") : taxes.join(QStringLiteral(" + ")),
             profile.withholdingRate.milliPercent() ? profile.withholdingRate.format(ctx.locale) : QString(),
             profile.stampDutyMinor
                 ? Money(profile.stampDutyMinor, *Currency::fromCode(u"EUR")).formatNumber(ctx.locale)
                 : QString()});
    }
    table.print(ctx.out);
    return ExitOk;
}

} // namespace minuta::cli
