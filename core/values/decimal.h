#pragma once

// Exact decimal numbers as people type them, held as scaled integers: 12.5 with three decimals is
// 12500. Shared by amounts, quantities and percentages, so all three read "1.234,5" in Italian and
// "1,234.5" in English the same way. Never a double.

#include "values/error.h"

#include <QLocale>
#include <QString>

namespace minuta::decimal {

// What the number is, for the wording of errors.
enum class Kind { Amount, Quantity, Percentage, Number };

struct Options
{
    int decimals = 2;           // digits kept after the decimal point
    bool allowNegative = false; // a leading minus or (parentheses)
    Kind kind = Kind::Number;
    QString field; // the input named in errors
};

// Reads a number written with `locale`'s separators. Grouping is optional but, when present, must
// be well formed ("1.234,5" in Italian; "12,34,567.8" in Indian English). One separator of the other
// convention followed by fewer than three digits is read as the decimal point ("12.50" typed in
// Italian). More decimals than `decimals` are refused unless they are zeros. Whitespace is ignored.
Result<qint64> parse(QStringView text, const QLocale &locale, const Options &options);
// Reads the plain form used on the command line and in files: digits, an optional dot, an optional
// leading minus when allowed; no grouping.
Result<qint64> parsePlain(QStringView text, const Options &options);

// Writes a scaled value with `locale`'s grouping and decimal point. `minimumDecimals` digits are
// always shown; further non-zero ones up to `decimals` too ("1.5", "0.125", "12").
QString format(qint64 scaled, int decimals, const QLocale &locale, int minimumDecimals);
// The plain form: no grouping, a dot, trailing zeros beyond `minimumDecimals` dropped.
QString formatPlain(qint64 scaled, int decimals, int minimumDecimals);

} // namespace minuta::decimal
