#include "values/quantity.h"

#include "values/decimal.h"

namespace minuta {

namespace {

decimal::Options quantityOptions(const QString &field)
{
    decimal::Options options;
    options.decimals = Quantity::Decimals;
    options.kind = decimal::Kind::Quantity;
    options.field = field;
    return options;
}

} // namespace

Result<Quantity> Quantity::parse(QStringView text, const QLocale &locale, const QString &field)
{
    auto milli = decimal::parse(text, locale, quantityOptions(field));
    if (!milli)
        return milli.error();
    return Quantity(*milli);
}

Result<Quantity> Quantity::parsePlain(QStringView text, const QString &field)
{
    auto milli = decimal::parsePlain(text, quantityOptions(field));
    if (!milli)
        return milli.error();
    return Quantity(*milli);
}

QString Quantity::format(const QLocale &locale) const
{
    return decimal::format(m_milli, Decimals, locale, 0);
}

QString Quantity::toPlainString() const
{
    return decimal::formatPlain(m_milli, Decimals, 0);
}

Result<Money> Quantity::times(const Money &unitPrice) const
{
    return unitPrice.scaled(m_milli, 1000);
}

} // namespace minuta
