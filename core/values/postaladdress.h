#pragma once

// A postal address in parts, as the Italian electronic invoice wants it (street, postcode, city,
// province, country), and as it prints: the street's lines, then the postcode, city and state in
// the order of the country's post.

#include <QString>
#include <QStringList>

#include <optional>

namespace minuta::postaladdress {

struct Parts
{
    QString street; // street and number, one or more lines
    QString postcode;
    QString city;
    QString state; // Italy: the province's two letters
};

// Whether `text` is an Italian postcode (CAP): five digits.
bool isItalianPostcode(const QString &text);

// The lines the address prints as: "Via Zamboni 12", "40126 Bologna (BO)". Empty parts are left
// out; an address of older files, whole in `street`, prints as it was written.
QStringList lines(const Parts &parts, const QString &country);

// An address written whole, as older files keep it, split into its parts where it can be: an
// Italian one whose last line (or last part after a comma) is "40126 Bologna (BO)" or
// "40126 Bologna BO"; another country's whose last line follows the street, that line taken as
// the city. None when it cannot be split.
std::optional<Parts> split(const QString &address, const QString &country);

// The parts of a stored address: as stored when it has a postcode or a city; otherwise split from
// the whole text in `stored.street` where it can be, keeping a state given apart.
Parts completed(const Parts &stored, const QString &country);

} // namespace minuta::postaladdress
