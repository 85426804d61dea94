#include "money.h"

#include "exactmath.h"

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

Error invalidAmount(QStringView text)
{
    return Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("minuta::Money", "“%1” is not a valid amount.").arg(text.toString()),
        QStringLiteral("amount"));
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

QString localizedDigits(const QString &ascii, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0"))
        return ascii;
    // Locales with their own digits: map each ASCII digit onto the locale's.
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? locale.toString(c.digitValue()) : QString(c);
    return out;
}

// Digits of the magnitude, split into the integer part (grouped by the locale) and the fraction.
QString formatMagnitude(quint64 magnitude, int digits, const QLocale &locale)
{
    const quint64 factor = quint64(exact::pow10(digits));
    const quint64 whole = magnitude / factor;
    const quint64 fraction = magnitude % factor;
    QString text = locale.toString(qulonglong(whole));
    if (digits > 0) {
        const QString frac = QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
        text += locale.decimalPoint() + localizedDigits(frac, locale);
    }
    return text;
}

quint64 magnitudeOf(qint64 v)
{
    return v < 0 ? quint64(0) - quint64(v) : quint64(v);
}

// Parses an unsigned decimal made of ASCII-equivalent digits; `decimalSep` and `groupSep` are
// the separators expected. Returns the value in minor units.
Result<qint64> parseUnsigned(QStringView original, const QString &digitsAndSeparators, QChar decimalSep,
                             QChar groupSep, bool groupIsSpace, int minorDigits)
{
    QString integerPart;
    QString fractionPart;
    const QString &s = digitsAndSeparators;

    const auto decimalCount = s.count(decimalSep);
    if (decimalCount > 1)
        return invalidAmount(original);

    QString intText = s;
    if (decimalCount == 1) {
        const auto at = s.indexOf(decimalSep);
        intText = s.left(at);
        fractionPart = s.mid(at + 1);
    } else if (!groupIsSpace && s.count(groupSep) == 1) {
        // One separator of the other convention followed by fewer than three digits cannot be
        // grouping: the person typed "12.50" with an Italian keyboard layout. Read it as decimal.
        const auto at = s.indexOf(groupSep);
        const auto tail = s.size() - at - 1;
        if (tail >= 1 && tail != 3 && tail <= qMax(minorDigits, 2)) {
            intText = s.left(at);
            fractionPart = s.mid(at + 1);
        }
    }

    if (!groupIsSpace && intText.contains(groupSep)) {
        const QStringList groups = intText.split(groupSep);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const auto len = groups[i].size();
            const bool first = i == 0;
            const bool last = i == groups.size() - 1;
            if ((first && (len < 1 || len > 3)) || (last && !first && len != 3)
                || (!first && !last && len != 2 && len != 3))
                return invalidAmount(original);
        }
        integerPart = groups.join(QString());
    } else {
        integerPart = intText;
    }

    if (fractionPart.contains(groupSep) && !groupIsSpace)
        return invalidAmount(original);
    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return invalidAmount(original);
    for (QChar c : QString(integerPart + fractionPart))
        if (!c.isDigit())
            return invalidAmount(original);

    // Extra decimals are accepted only when they are zeros: "12.500" is 12.50.
    while (fractionPart.size() > minorDigits && fractionPart.endsWith(QLatin1Char('0')))
        fractionPart.chop(1);
    if (fractionPart.size() > minorDigits) {
        return Error(ErrorCode::InvalidInput,
                     minorDigits == 0
                         ? QCoreApplication::translate("minuta::Money",
                                                       "“%1” has decimals, but this currency "
                                                       "has none.")
                               .arg(original.toString())
                         : QCoreApplication::translate("minuta::Money", "“%1” has more than %n decimal(s).",
                                                       nullptr, minorDigits)
                               .arg(original.toString()),
                     QStringLiteral("amount"));
    }
    fractionPart = fractionPart.leftJustified(minorDigits, QLatin1Char('0'));

    qint64 value = 0;
    for (QChar c : QString(integerPart + fractionPart)) {
        const auto next = exact::multiply(value, 10);
        if (!next)
            return overflowError();
        const auto sum = exact::add(*next, c.digitValue());
        if (!sum)
            return overflowError();
        value = *sum;
    }
    return value;
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

Result<Money> Money::percentage(qint64 basisPoints) const
{
    return scaled(basisPoints, 10000);
}

Result<Money> Money::forSeconds(qint64 seconds) const
{
    return scaled(seconds, 3600);
}

QString Money::formatNumber(const QLocale &locale) const
{
    const QString number = formatMagnitude(magnitudeOf(m_minor), m_currency.minorDigits(), locale);
    return m_minor < 0 ? locale.negativeSign() + number : number;
}

QString Money::format(const QLocale &locale) const
{
    const QString number = formatMagnitude(magnitudeOf(m_minor), m_currency.minorDigits(), locale);
    // QLocale knows where each locale puts the symbol ("€1" or "1 €") but formats fractional
    // amounts only from a double. Ask it for the pattern of an integer and put the exact digits in.
    const QString pattern = locale.toCurrencyString(qlonglong(1), m_currency.symbol(locale));
    QString text = pattern;
    const QString one = locale.toString(1);
    const auto at = pattern.indexOf(one);
    if (at >= 0)
        text = pattern.left(at) + number + pattern.mid(at + one.size());
    else
        text = number + QLatin1Char(' ') + m_currency.symbol(locale);
    return m_minor < 0 ? locale.negativeSign() + text : text;
}

QString Money::toPlainString() const
{
    return formatNumber(QLocale::c()).remove(QLatin1Char(','));
}

Result<Money> Money::parse(QStringView text, Currency currency, const QLocale &locale)
{
    if (!currency.isValid())
        return mismatchError(currency, currency);
    QString s = text.trimmed().toString();
    if (s.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("minuta::Money", "The amount is empty."),
                     QStringLiteral("amount"));

    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }

    // Symbols and codes say nothing that the currency argument does not already say.
    for (const QString &mark :
         {currency.symbol(locale), currency.code(), locale.currencySymbol(QLocale::CurrencySymbol)}) {
        if (!mark.isEmpty() && mark != locale.toString(1))
            s.remove(mark, Qt::CaseInsensitive);
    }

    const QChar groupSep = locale.groupSeparator().isEmpty() ? QChar(u',') : locale.groupSeparator().at(0);
    const QChar decimalSep = locale.decimalPoint().isEmpty() ? QChar(u'.') : locale.decimalPoint().at(0);
    const bool groupIsSpace = isSpace(groupSep);

    QString body;
    for (QChar c : std::as_const(s)) {
        if (isSpace(c))
            continue;
        if (c == QChar(u'-') || c == QChar(0x2212) || QString(c) == locale.negativeSign()) {
            if (negative || !body.isEmpty())
                return invalidAmount(text);
            negative = true;
            continue;
        }
        if (c == QChar(u'+') && body.isEmpty())
            continue;
        // Swiss locales group with a typographic apostrophe; people type the plain one.
        if ((c == QChar(u'\'') || c == QChar(0x2019))
            && (groupSep == QChar(u'\'') || groupSep == QChar(0x2019))) {
            body += groupSep;
            continue;
        }
        if (c.isDigit()) {
            body += QChar(u'0' + c.digitValue());
            continue;
        }
        if (c == decimalSep || c == groupSep || (!groupIsSpace && (c == u'.' || c == u','))) {
            body += c;
            continue;
        }
        return invalidAmount(text);
    }

    // With a space as the group separator (French), the other punctuation mark is a decimal point
    // typed the English way.
    if (groupIsSpace)
        body.replace(decimalSep == u',' ? QChar(u'.') : QChar(u','), decimalSep);

    auto magnitude = parseUnsigned(text, body, decimalSep, groupSep, groupIsSpace, currency.minorDigits());
    if (!magnitude)
        return magnitude.error();
    return Money(negative ? -*magnitude : *magnitude, currency);
}

Result<Money> Money::parsePlain(QStringView text, Currency currency)
{
    if (!currency.isValid())
        return mismatchError(currency, currency);
    const QStringView s = text.trimmed();
    bool negative = false;
    QStringView digits = s;
    if (digits.startsWith(u'-')) {
        negative = true;
        digits = digits.mid(1);
    }
    if (digits.isEmpty() || digits.contains(u',') || digits.contains(u'-') || digits.contains(u'+'))
        return invalidAmount(text);
    for (QChar c : digits)
        if (c != u'.' && !(c >= u'0' && c <= u'9'))
            return invalidAmount(text);
    auto magnitude =
        parseUnsigned(text, digits.toString(), QChar(u'.'), QChar(u','), false, currency.minorDigits());
    if (!magnitude)
        return magnitude.error();
    return Money(negative ? -*magnitude : *magnitude, currency);
}

} // namespace minuta
