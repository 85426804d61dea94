#include "values/taxrate.h"

#include "values/decimal.h"

#include <QCoreApplication>

namespace minuta {

namespace {

decimal::Options rateOptions(const QString &field)
{
    decimal::Options options;
    options.decimals = TaxRate::Decimals;
    options.kind = decimal::Kind::Percentage;
    options.field = field;
    return options;
}

Result<TaxRate> checked(Result<qint64> value, QStringView text, const QString &field)
{
    if (!value)
        return value.error();
    if (*value > TaxRate::Hundred)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("minuta::TaxRate",
                                                 "“%1” is more than 100 %; write the rate as a "
                                                 "percentage, such as 22.")
                         .arg(text.toString()),
                     field);
    return TaxRate::fromMilliPercent(*value);
}

QString withoutPercentSign(QStringView text, const QLocale &locale)
{
    QString s = text.toString();
    s.remove(QLatin1Char('%'));
    s.remove(locale.percent());
    return s;
}

} // namespace

Result<TaxRate> TaxRate::parse(QStringView text, const QLocale &locale, const QString &field)
{
    return checked(decimal::parse(withoutPercentSign(text, locale), locale, rateOptions(field)), text, field);
}

Result<TaxRate> TaxRate::parsePlain(QStringView text, const QString &field)
{
    return checked(decimal::parsePlain(withoutPercentSign(text, QLocale::c()), rateOptions(field)), text,
                   field);
}

QString TaxRate::format(const QLocale &locale) const
{
    return decimal::format(m_milliPercent, Decimals, locale, 0) + locale.percent();
}

QString TaxRate::toPlainString() const
{
    return decimal::formatPlain(m_milliPercent, Decimals, 0);
}

Result<Money> TaxRate::of(const Money &base) const
{
    return base.scaled(m_milliPercent, Hundred);
}

} // namespace minuta
