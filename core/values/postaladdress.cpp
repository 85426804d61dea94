#include "values/postaladdress.h"

#include <QRegularExpression>

namespace minuta::postaladdress {

bool isItalianPostcode(const QString &text)
{
    static const QRegularExpression cap(QStringLiteral("^[0-9]{5}$"));
    return cap.match(text).hasMatch();
}

QStringList lines(const Parts &parts, const QString &country)
{
    QStringList result;
    for (const QString &line : parts.street.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    QString place;
    if (country == QLatin1String("US") || country == QLatin1String("CA") || country == QLatin1String("AU")) {
        // "Springfield, IL 62701"
        place = parts.city;
        const QString rest = QStringList{parts.state, parts.postcode}.join(QLatin1Char(' ')).trimmed();
        if (!rest.isEmpty())
            place = place.isEmpty() ? rest : place + QStringLiteral(", ") + rest;
    } else if (country == QLatin1String("GB") || country == QLatin1String("IN")) {
        // "Manchester M1 1JQ", "Mumbai 400001" (India's state prints as the place of supply)
        place = QStringList{parts.city, parts.postcode}.join(QLatin1Char(' ')).simplified();
    } else {
        // "40126 Bologna (BO)", and most of Europe's "75001 Paris"
        place = QStringList{parts.postcode, parts.city}.join(QLatin1Char(' ')).simplified();
        if (!parts.state.isEmpty())
            place +=
                (place.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(parts.state);
    }
    if (!place.isEmpty())
        result << place;
    return result;
}

std::optional<Parts> split(const QString &address, const QString &country)
{
    QStringList rows;
    for (const QString &line : address.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            rows << line.trimmed();
    if (rows.isEmpty())
        return std::nullopt;
    if (country == QLatin1String("IT") || country.isEmpty()) {
        static const QRegularExpression italy(QStringLiteral("^(Italia|Italy)$"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (rows.size() > 1 && italy.match(rows.last()).hasMatch())
            rows.removeLast();
        // The place may close the last line after a comma: "Via Zamboni 12, 40126 Bologna (BO)".
        static const QRegularExpression place(QStringLiteral(
            R"((?:^|,\s*)(\d{5})\s+([^\d,()]+?)(?:\s+\(?([A-Za-z]{2})\)?)?\s*(?:,?\s*(?:Italia|Italy|IT))?\s*$)"));
        QString last = rows.takeLast();
        const auto match = place.match(last);
        if (!match.hasMatch())
            return std::nullopt;
        last = last.left(match.capturedStart()).trimmed();
        if (!last.isEmpty())
            rows << last;
        if (rows.isEmpty())
            return std::nullopt;
        Parts parts{rows.join(QLatin1Char('\n')), match.captured(1), match.captured(2).trimmed(),
                    match.captured(3).toUpper()};
        return parts;
    }
    if (rows.size() < 2)
        return std::nullopt;
    Parts parts;
    parts.city = rows.takeLast();
    parts.street = rows.join(QLatin1Char('\n'));
    return parts;
}

Parts completed(const Parts &stored, const QString &country)
{
    if (!stored.postcode.isEmpty() || !stored.city.isEmpty())
        return stored;
    if (auto parts = split(stored.street, country)) {
        if (parts->state.isEmpty())
            parts->state = stored.state;
        return *parts;
    }
    return stored;
}

} // namespace minuta::postaladdress
