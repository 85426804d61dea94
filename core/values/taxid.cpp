#include "values/taxid.h"

#include <QRegularExpression>

#include <array>

namespace minuta::taxid {

QString normalize(QStringView text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace() && c != u'.' && c != u'-')
            out += c.toUpper();
    return out;
}

bool isValidItalianVat(QStringView text)
{
    QString digits = normalize(text);
    if (digits.startsWith(QLatin1String("IT")))
        digits = digits.mid(2);
    if (digits.size() != 11)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        if (digits[i] < u'0' || digits[i] > u'9')
            return false;
        int d = digits[i].unicode() - u'0';
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    if (digits[10] < u'0' || digits[10] > u'9')
        return false;
    return (10 - sum % 10) % 10 == digits[10].unicode() - u'0';
}

bool isValidItalianFiscalCode(QStringView text)
{
    const QString code = normalize(text);
    if (code.size() == 11)
        return isValidItalianVat(code);
    if (code.size() != 16)
        return false;
    // Values of characters in odd positions (1st, 3rd, …), for 0–9 and A–Z alike.
    static constexpr std::array<int, 26> odd = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                                20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = code[i];
        int index = 0;
        if (c >= u'0' && c <= u'9')
            index = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            index = c.unicode() - u'A';
        else
            return false;
        sum += (i % 2 == 0) ? odd[size_t(index)] : index;
    }
    return code[15] == QChar(u'A' + sum % 26);
}

bool isValidGstin(QStringView text)
{
    const QString g = normalize(text);
    static const QRegularExpression shape(QStringLiteral("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$"));
    if (!shape.match(g).hasMatch())
        return false;
    const auto value = [](QChar c) { return c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10; };
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        const int product = value(g[i]) * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    const int check = (36 - sum % 36) % 36;
    return value(g[14]) == check;
}

} // namespace minuta::taxid
