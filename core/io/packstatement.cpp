#include "io/packstatement.h"

#include "invoicing/invoicelabels.h"
#include "invoicing/invoiceplan.h"
#include "io/csv.h"
#include "values/timeutil.h"

namespace minuta::packstatement {

using invoicelabels::Label;

namespace {

struct Columns
{
    bool time = false;
    bool units = false;
    bool money = false;
};

Columns columnsOf(const PackStatement &s)
{
    const Pack &p = s.state.pack;
    return {p.minutes > 0 || s.state.balance.rolledInSeconds > 0, !p.units.isEmpty(), p.amount.has_value()};
}

QStringList headerOf(const Columns &c, const QString &language)
{
    QStringList header = {invoicelabels::text(Label::Date, language),
                          invoicelabels::text(Label::Description, language)};
    if (c.time)
        header << invoicelabels::text(Label::HoursDrawn, language)
               << invoicelabels::text(Label::HoursLeft, language);
    if (c.units)
        header << invoicelabels::text(Label::UnitsDrawn, language);
    if (c.money)
        header << invoicelabels::text(Label::CreditDrawn, language)
               << invoicelabels::text(Label::CreditLeft, language);
    return header;
}

QString statusWord(packs::Status status, const QString &language)
{
    switch (status) {
    case packs::Status::Active:
        return invoicelabels::text(Label::PackActive, language);
    case packs::Status::Exhausted:
        return invoicelabels::text(Label::PackExhausted, language);
    case packs::Status::Expired:
        return invoicelabels::text(Label::PackExpired, language);
    case packs::Status::Closed:
        return invoicelabels::text(Label::PackClosed, language);
    }
    return QString();
}

} // namespace

Layout layout(const PackStatement &s)
{
    const QString language = s.client.language;
    const QLocale locale = invoicelabels::locale(language, s.client.country, s.business.country);
    const Columns c = columnsOf(s);
    const Pack &p = s.state.pack;
    const packs::PackBalance &b = s.state.balance;
    Layout l;
    l.title = invoicelabels::text(Label::PackStatement, language);
    l.about << s.client.name + QStringLiteral(" – ") + packSaleDescription(p, language, locale);
    l.about << invoicelabels::text(Label::PackStatus, language) + QStringLiteral(": ")
                   + statusWord(s.state.status, language);
    if (b.rolledInSeconds > 0)
        l.about << invoicelabels::text(Label::RolledOver, language) + QStringLiteral(": ")
                       + timeutil::formatDuration(b.rolledInSeconds);
    l.header = headerOf(c, language);
    l.rightAligned = {false, false};
    for (qsizetype k = 2; k < l.header.size(); ++k)
        l.rightAligned << true;
    for (const PackStatement::Line &line : s.lines) {
        QStringList row = {invoiceplan::lineDate(line.day, locale), line.what};
        if (c.time)
            row << (line.seconds > 0 ? timeutil::formatDuration(line.seconds) : QString())
                << timeutil::formatDuration(line.leftSeconds);
        if (c.units)
            row << (line.quantity.isPositive()
                        ? line.quantity.format(locale) + QLatin1Char(' ')
                              + invoicelabels::unitWord(line.unit, line.unitPlural,
                                                        line.quantity.milli() == 1000, language)
                        : QString());
        if (c.money)
            row << (line.money ? line.money->format(locale) : QString())
                << (line.leftMoney ? line.leftMoney->format(locale) : QString());
        l.rows << row;
    }
    QStringList totals;
    if (c.time)
        totals << invoicelabels::text(Label::Used, language) + QStringLiteral(" ")
                      + timeutil::formatDuration(b.usedSeconds) + QStringLiteral(" – ")
                      + invoicelabels::text(Label::Left, language) + QStringLiteral(" ")
                      + timeutil::formatDuration(b.leftSeconds);
    for (qsizetype k = 0; k < p.units.size(); ++k) {
        const PackUnits &u = p.units[k];
        const Quantity used = b.usedUnits.value(k).second;
        const Quantity left = b.leftUnits.value(k).second;
        totals << u.service + QStringLiteral(": ") + invoicelabels::text(Label::Used, language)
                      + QLatin1Char(' ') + used.format(locale) + QStringLiteral(" – ")
                      + invoicelabels::text(Label::Left, language) + QLatin1Char(' ') + left.format(locale);
    }
    if (c.money && b.usedAmount && b.leftAmount)
        totals << invoicelabels::text(Label::Used, language) + QLatin1Char(' ') + b.usedAmount->format(locale)
                      + QStringLiteral(" – ") + invoicelabels::text(Label::Left, language) + QLatin1Char(' ')
                      + b.leftAmount->format(locale);
    if (b.overageSeconds > 0 || !b.overage.isZero())
        totals << invoicelabels::text(Label::Overage, language) + QStringLiteral(": ")
                      + timeutil::formatDuration(b.overageSeconds) + QStringLiteral(", ")
                      + b.overage.format(locale);
    l.totals = totals.join(QStringLiteral("; "));
    return l;
}

QByteArray csv(const PackStatement &s)
{
    const QString language = s.client.language;
    const Columns c = columnsOf(s);
    QByteArray out = csv::line(headerOf(c, language));
    for (const PackStatement::Line &line : s.lines) {
        QStringList row = {csv::number(line.day.toString(Qt::ISODate)), csv::text(line.what)};
        if (c.time)
            row << csv::number(line.seconds > 0 ? csv::hours(line.seconds) : QString())
                << csv::number(csv::hours(line.leftSeconds));
        if (c.units)
            row << csv::number(line.quantity.isPositive() ? line.quantity.toPlainString() : QString());
        if (c.money)
            row << csv::number(line.money ? line.money->toPlainString() : QString())
                << csv::number(line.leftMoney ? line.leftMoney->toPlainString() : QString());
        out += csv::line(row);
    }
    return out;
}

} // namespace minuta::packstatement
