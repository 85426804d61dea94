#include "invoicing/pack.h"

#include "invoicing/invoicelabels.h"
#include "invoicing/invoiceplan.h"
#include "values/timeutil.h"

namespace minuta {

using invoicelabels::Label;

QString renewalName(Renewal renewal)
{
    switch (renewal) {
    case Renewal::None:
        return QString();
    case Renewal::Weekly:
        return QStringLiteral("weekly");
    case Renewal::Monthly:
        return QStringLiteral("monthly");
    case Renewal::Quarterly:
        return QStringLiteral("quarterly");
    }
    return QString();
}

std::optional<Renewal> renewalFromName(QStringView name)
{
    for (Renewal r : {Renewal::None, Renewal::Weekly, Renewal::Monthly, Renewal::Quarterly})
        if (name == renewalName(r))
            return r;
    return std::nullopt;
}

QDate periodEnd(QDate from, Renewal renewal)
{
    switch (renewal) {
    case Renewal::None:
        return from;
    case Renewal::Weekly:
        return from.addDays(6);
    case Renewal::Monthly:
        return from.addMonths(1).addDays(-1);
    case Renewal::Quarterly:
        return from.addMonths(3).addDays(-1);
    }
    return from;
}

QDate periodStart(QDate anchor, Renewal renewal, int n)
{
    switch (renewal) {
    case Renewal::None:
        return anchor;
    case Renewal::Weekly:
        return anchor.addDays(7 * qint64(n));
    case Renewal::Monthly:
        return anchor.addMonths(n);
    case Renewal::Quarterly:
        return anchor.addMonths(3 * n);
    }
    return anchor;
}

packs::Pack Pack::forDrawdown() const
{
    packs::Pack p;
    p.id = id;
    p.from = from;
    p.until = until;
    p.closedOn = closedOn;
    p.minutes = minutes;
    for (const PackUnits &u : units)
        p.units.append({u.serviceId, u.quantity});
    p.amount = amount;
    p.rolloverFrom = renewedFrom;
    p.rolloverCapMinutes = rolloverCapMinutes;
    p.overage = overage;
    p.overageRate = overageRate;
    return p;
}

namespace {

QString hours(qint64 minutes, const QString &language, const QLocale &locale)
{
    const QString number =
        minutes % 60 == 0 ? locale.toString(minutes / 60) : timeutil::formatDuration(minutes * 60);
    return number + QLatin1Char(' ')
           + invoicelabels::unitWord(QStringLiteral("h"), QString(), minutes == 60, language);
}

} // namespace

QString packContents(const Pack &pack, const QString &language, const QLocale &locale)
{
    QStringList parts;
    if (pack.minutes > 0)
        parts.append(hours(pack.minutes, language, locale));
    for (const PackUnits &u : pack.units)
        parts.append(u.quantity.format(locale) + QLatin1Char(' ')
                     + invoicelabels::unitWord(u.unit.isEmpty() ? u.service : u.unit, u.unitPlural,
                                               u.quantity.milli() == 1000, language)
                     + (u.unit.isEmpty() ? QString() : QStringLiteral(" (") + u.service + QLatin1Char(')')));
    if (pack.amount)
        parts.append(invoicelabels::text(Label::OfCredit, language).arg(pack.amount->format(locale)));
    return parts.join(QStringLiteral(", "));
}

QString packSaleDescription(const Pack &pack, const QString &language, const QLocale &locale)
{
    Label title = Label::PrepaidPack;
    switch (pack.renewal) {
    case Renewal::None:
        break;
    case Renewal::Weekly:
        title = Label::WeeklyRetainer;
        break;
    case Renewal::Monthly:
        title = Label::MonthlyRetainer;
        break;
    case Renewal::Quarterly:
        title = Label::QuarterlyRetainer;
        break;
    }
    QString text = invoicelabels::text(title, language);
    if (!pack.name.isEmpty())
        text += QStringLiteral(" “") + pack.name + QStringLiteral("”");
    text += QStringLiteral(": ") + packContents(pack, language, locale) + QStringLiteral(" – ");
    text +=
        pack.until
            ? invoicelabels::text(Label::PackFromTo, language)
                  .arg(invoiceplan::lineDate(pack.from, locale), invoiceplan::lineDate(*pack.until, locale))
            : invoicelabels::text(Label::PackFrom, language).arg(invoiceplan::lineDate(pack.from, locale));
    return text.left(1000);
}

QString packCoveredDescription(const Pack &pack, const QString &what, const QString &language,
                               const QLocale &locale)
{
    QString text = invoicelabels::text(Label::CoveredByPack, language)
                       .arg(invoiceplan::lineDate(pack.from, locale), packContents(pack, language, locale));
    if (!what.isEmpty())
        text = what + QStringLiteral(" – ") + text;
    return text.left(1000);
}

QString packLeft(const PackState &state, const QLocale &locale)
{
    QStringList parts;
    const Pack &p = state.pack;
    if (p.minutes > 0 || state.balance.rolledInSeconds > 0) {
        const qint64 total = p.minutes * 60 + state.balance.rolledInSeconds;
        parts.append(
            QCoreApplication::translate("minuta::Pack", "%1 left of %2")
                .arg(timeutil::formatDuration(state.balance.leftSeconds), timeutil::formatDuration(total)));
    }
    for (const PackUnits &u : p.units) {
        Quantity left;
        for (const auto &[service, quantity] : state.balance.leftUnits)
            if (service == u.serviceId)
                left = quantity;
        parts.append(
            QCoreApplication::translate("minuta::Pack", "%1 of %2 %3 left")
                .arg(left.format(locale), u.quantity.format(locale),
                     u.unitPlural.isEmpty() ? (u.unit.isEmpty() ? u.service : u.unit) : u.unitPlural));
    }
    if (p.amount && state.balance.leftAmount)
        parts.append(QCoreApplication::translate("minuta::Pack", "%1 left of %2")
                         .arg(state.balance.leftAmount->format(locale), p.amount->format(locale)));
    return parts.join(QStringLiteral(", "));
}

} // namespace minuta
