#include "values/money.h"

#include "values/decimal.h"
#include "values/exactmath.h"

#include <QCoreApplication>

namespace minuta {

namespace {

Error overflowError()
{
    return Error(ErrorCode::Overflow,
                 QCoreApplication::translate("minuta::Money", "The amount is too large."));
}

Error mismatchError(Currency a, Currency b)
{
    return Error(ErrorCode::CurrencyMismatch,
                 QCoreApplication::translate("minuta::Money", "Amounts in %1 and %2 cannot be combined.")
                     .arg(a.code(), b.code()));
}

} // namespace

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency || !m_currency.isValid())
        return mismatchError(m_currency, other.m_currency);
    const auto sum = exact::add(m_minor, other.m_minor);
    if (!sum)
        return overflowError();
    return Money(*sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency || !m_currency.isValid())
        return mismatchError(m_currency, other.m_currency);
    const auto difference = exact::subtract(m_minor, other.m_minor);
    if (!difference)
        return overflowError();
    return Money(*difference, m_currency);
}

Result<Money> Money::negated() const
{
    const auto v = exact::subtract(0, m_minor);
    if (!v)
        return overflowError();
    return Money(*v, m_currency);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return overflowError();
    if (denominator < 0) {
        const auto n = exact::subtract(0, numerator);
        const auto d = exact::subtract(0, denominator);
        if (!n || !d)
            return overflowError();
        numerator = *n;
        denominator = *d;
    }
    const auto v = exact::mulDivRound(m_minor, numerator, denominator);
    if (!v)
        return overflowError();
    return Money(*v, m_currency);
}

Result<Money> Money::forSeconds(qint64 seconds) const
{
    return scaled(seconds, 3600);
}

QString Money::formatNumber(const QLocale &locale) const
{
    const int digits = m_currency.minorDigits();
    return decimal::format(m_minor, digits, locale, digits);
}

QString Money::format(const QLocale &locale) const
{
    const int digits = m_currency.minorDigits();
    QString number = decimal::format(m_minor, digits, locale, digits);
    if (m_minor < 0)
        number.remove(0, locale.negativeSign().size());
    // QLocale knows where each locale puts the symbol ("€1" or "1 €") but formats fractional
    // amounts only from a double. Ask it for the pattern of an integer and put the exact digits in.
    const QString symbol = m_currency.symbol(locale);
    const QString pattern = locale.toCurrencyString(qlonglong(1), symbol);
    const QString one = locale.toString(1);
    const auto at = pattern.indexOf(one);
    const QString text = at >= 0 ? QString(pattern.left(at) + number + pattern.mid(at + one.size()))
                                 : QString(number + QLatin1Char(' ') + symbol);
    return m_minor < 0 ? locale.negativeSign() + text : text;
}

QString Money::toPlainString() const
{
    const int digits = m_currency.minorDigits();
    return decimal::formatPlain(m_minor, digits, digits);
}

Result<Money> Money::parse(QStringView text, Currency currency, const QLocale &locale)
{
    if (!currency.isValid())
        return mismatchError(currency, currency);
    // Symbols and codes say nothing that the currency argument does not already say.
    QString s = text.toString();
    for (const QString &mark :
         {currency.symbol(locale), currency.code(), locale.currencySymbol(QLocale::CurrencySymbol)}) {
        if (!mark.isEmpty())
            s.remove(mark, Qt::CaseInsensitive);
    }
    if (s.trimmed().isEmpty() && !text.trimmed().isEmpty())
        s = text.toString();
    decimal::Options options;
    options.decimals = currency.minorDigits();
    options.allowNegative = true;
    options.kind = decimal::Kind::Amount;
    options.field = QStringLiteral("amount");
    auto minor = decimal::parse(s, locale, options);
    if (!minor)
        return minor.error();
    return Money(*minor, currency);
}

Result<Money> Money::parsePlain(QStringView text, Currency currency)
{
    if (!currency.isValid())
        return mismatchError(currency, currency);
    decimal::Options options;
    options.decimals = currency.minorDigits();
    options.allowNegative = true;
    options.kind = decimal::Kind::Amount;
    options.field = QStringLiteral("amount");
    auto minor = decimal::parsePlain(text, options);
    if (!minor)
        return minor.error();
    return Money(*minor, currency);
}

} // namespace minuta
