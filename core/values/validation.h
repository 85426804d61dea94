#pragma once

// Checks shared by the domain's validate() functions.

#include "values/error.h"

#include <QDate>
#include <QString>

namespace minuta::validation {

// Refuses text longer than `max` characters, or holding control characters where a single line is
// expected. `label` is how the field is named to a person ("The name").
Result<void> checkText(const QString &value, int max, const QString &field, const QString &label,
                       bool singleLine = true);
// Whether a date far from today is taken as given. Such a date is nearly always a slip of the keys
// (1926 for 2026), so it is refused unless the person has confirmed it.
enum class UnusualDate { Refuse, Allow };
// Refuses, as ErrorCode::Unusual, a day before 2000 or more than a year after `today`, unless
// allowed. `label` is how the date is named to a person ("The start").
Result<void> checkUsualDate(QDate date, QDate today, UnusualDate policy, const QString &field,
                            const QString &label);
// Refuses a period of local days [from, to] that is not one (an invalid date, the end before the
// start) or longer than `maxDays` after its first day, as screens that show day by day ask for.
Result<void> checkShortPeriod(QDate from, QDate to, int maxDays = 62);
// Refuses empty (after trimming) text.
Result<void> checkRequired(const QString &value, const QString &field, const QString &label);
// Trims, and turns every run of whitespace into one space in single-line text.
QString cleanLine(const QString &value);
// A name as it is stored and compared: composed (NFC), without the invisible characters (zero-width
// spaces and joiners, byte-order marks, direction overrides) that make two names look alike, and
// with whitespace simplified.
QString normalizedName(const QString &value);
// Trims each line and drops trailing empty lines in multi-line text.
QString cleanText(const QString &value);

} // namespace minuta::validation
