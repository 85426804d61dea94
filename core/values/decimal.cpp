#include "values/decimal.h"

#include "values/exactmath.h"

#include <QCoreApplication>

namespace minuta::decimal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::decimal", text);
}

Error invalid(QStringView text, const Options &options)
{
    QString message;
    switch (options.kind) {
    case Kind::Amount:
        message = tr("“%1” is not a valid amount.");
        break;
    case Kind::Quantity:
        message = tr("“%1” is not a valid quantity.");
        break;
    case Kind::Percentage:
        message = tr("“%1” is not a valid percentage.");
        break;
    case Kind::Number:
        message = tr("“%1” is not a valid number.");
        break;
    }
    return Error(ErrorCode::InvalidInput, message.arg(text.toString()), options.field);
}

Error tooLarge(QStringView text, const Options &options)
{
    return Error(ErrorCode::Overflow, tr("“%1” is too large.").arg(text.toString()), options.field);
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isMinus(QChar c, const QLocale &locale)
{
    return c == u'-' || c == QChar(0x2212) || QString(c) == locale.negativeSign();
}

// `digits` holds ASCII digits and the two separators only.
Result<qint64> parseMagnitude(QStringView original, const QString &digits, QChar decimalSep, QChar groupSep,
                              bool groupIsSpace, const Options &options)
{
    QString intText = digits;
    QString fraction;
    const auto decimalCount = digits.count(decimalSep);
    if (decimalCount > 1)
        return invalid(original, options);
    if (decimalCount == 1) {
        const auto at = digits.indexOf(decimalSep);
        intText = digits.left(at);
        fraction = digits.mid(at + 1);
    } else if (!groupIsSpace && digits.count(groupSep) == 1) {
        // One separator of the other convention followed by fewer than three digits cannot be
        // grouping: the person typed "12.50" with an Italian keyboard layout. Read it as decimal.
        const auto at = digits.indexOf(groupSep);
        const auto tail = digits.size() - at - 1;
        if (tail >= 1 && tail != 3 && tail <= qMax(options.decimals, 2)) {
            intText = digits.left(at);
            fraction = digits.mid(at + 1);
        }
    }

    QString integer;
    if (!groupIsSpace && intText.contains(groupSep)) {
        const QStringList groups = intText.split(groupSep);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const auto len = groups[i].size();
            const bool first = i == 0;
            const bool last = i == groups.size() - 1;
            if ((first && (len < 1 || len > 3)) || (last && !first && len != 3)
                || (!first && !last && len != 2 && len != 3))
                return invalid(original, options);
        }
        integer = groups.join(QString());
    } else {
        integer = intText;
    }
    if (fraction.contains(groupSep) || (integer.isEmpty() && fraction.isEmpty()))
        return invalid(original, options);
    for (QChar c : QString(integer + fraction))
        if (c < u'0' || c > u'9')
            return invalid(original, options);

    // Extra decimals are accepted only when they are zeros: "12.500" is 12.50.
    while (fraction.size() > options.decimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > options.decimals) {
        if (options.decimals == 0)
            return Error(
                ErrorCode::InvalidInput,
                tr("“%1” has decimals, but only whole numbers are allowed here.").arg(original.toString()),
                options.field);
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("minuta::decimal", "“%1” has more than %n decimal(s).",
                                                 nullptr, options.decimals)
                         .arg(original.toString()),
                     options.field);
    }
    fraction = fraction.leftJustified(options.decimals, QLatin1Char('0'));

    qint64 value = 0;
    for (QChar c : QString(integer + fraction)) {
        const auto shifted = exact::multiply(value, 10);
        const auto next = shifted ? exact::add(*shifted, c.unicode() - u'0') : std::nullopt;
        if (!next)
            return tooLarge(original, options);
        value = *next;
    }
    return value;
}

QString groupedDigits(quint64 whole, const QLocale &locale)
{
    return locale.toString(qulonglong(whole));
}

QString localizedDigits(const QString &ascii, const QLocale &locale)
{
    if (locale.zeroDigit() == QLatin1String("0"))
        return ascii;
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? locale.toString(c.digitValue()) : QString(c);
    return out;
}

} // namespace

Result<qint64> parse(QStringView text, const QLocale &locale, const Options &options)
{
    QString s = text.trimmed().toString();
    if (s.isEmpty()) {
        const QString what = options.kind == Kind::Amount     ? tr("The amount is empty.")
                             : options.kind == Kind::Quantity ? tr("The quantity is empty.")
                                                              : tr("The number is empty.");
        return Error(ErrorCode::InvalidInput, what, options.field);
    }
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }

    const QChar groupSep = locale.groupSeparator().isEmpty() ? QChar(u',') : locale.groupSeparator().at(0);
    const QChar decimalSep = locale.decimalPoint().isEmpty() ? QChar(u'.') : locale.decimalPoint().at(0);
    const bool groupIsSpace = isSpace(groupSep);
    const bool groupIsApostrophe = groupSep == u'\'' || groupSep == QChar(0x2019);

    QString body;
    for (QChar c : std::as_const(s)) {
        if (isSpace(c))
            continue;
        if (isMinus(c, locale)) {
            if (negative || !body.isEmpty())
                return invalid(text, options);
            negative = true;
            continue;
        }
        if (c == u'+' && body.isEmpty() && !negative)
            continue;
        if (groupIsApostrophe && (c == u'\'' || c == QChar(0x2019))) {
            body += groupSep;
            continue;
        }
        if (c.isDigit()) {
            body += QChar(u'0' + c.digitValue());
            continue;
        }
        if (c == decimalSep || c == groupSep || c == u'.' || c == u',') {
            body += c;
            continue;
        }
        return invalid(text, options);
    }
    // With a space or an apostrophe for grouping, whichever of '.' and ',' is not the decimal point
    // can only be a decimal point typed the other way.
    if (groupIsSpace || groupIsApostrophe)
        body.replace(decimalSep == u',' ? QChar(u'.') : QChar(u','), decimalSep);

    if (negative && !options.allowNegative)
        return Error(ErrorCode::InvalidInput,
                     tr("“%1” is negative; only zero or more is allowed here.").arg(text.toString()),
                     options.field);
    auto magnitude = parseMagnitude(text, body, decimalSep, groupSep, groupIsSpace, options);
    if (!magnitude)
        return magnitude.error();
    return negative ? -*magnitude : *magnitude;
}

Result<qint64> parsePlain(QStringView text, const Options &options)
{
    QStringView s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    }
    if (s.isEmpty())
        return invalid(text, options);
    for (QChar c : s)
        if (c != u'.' && (c < u'0' || c > u'9'))
            return invalid(text, options);
    if (negative && !options.allowNegative)
        return Error(ErrorCode::InvalidInput,
                     tr("“%1” is negative; only zero or more is allowed here.").arg(text.toString()),
                     options.field);
    // A comma is never part of the plain form, so '.' cannot be read as grouping.
    auto magnitude = parseMagnitude(text, s.toString(), QChar(u'.'), QChar(u','), false, options);
    if (!magnitude)
        return magnitude.error();
    return negative ? -*magnitude : *magnitude;
}

QString format(qint64 scaled, int decimals, const QLocale &locale, int minimumDecimals)
{
    const quint64 magnitude = scaled < 0 ? quint64(0) - quint64(scaled) : quint64(scaled);
    const quint64 factor = quint64(exact::pow10(decimals));
    QString fraction = decimals > 0
                           ? QString::number(magnitude % factor).rightJustified(decimals, QLatin1Char('0'))
                           : QString();
    while (fraction.size() > minimumDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString text = groupedDigits(magnitude / factor, locale);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + localizedDigits(fraction, locale);
    return scaled < 0 ? locale.negativeSign() + text : text;
}

QString formatPlain(qint64 scaled, int decimals, int minimumDecimals)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return format(scaled, decimals, c, minimumDecimals);
}

} // namespace minuta::decimal
