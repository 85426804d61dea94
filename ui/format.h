#pragma once

// Small helpers for showing times the way the user's locale writes them.

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace minuta::ui::format {

// The locale's short time format without seconds: "09:30", "9:30 AM".
QString timeFormat(const QLocale &locale);
QString time(const QTime &time, const QLocale &locale);

// The locale's short date format with the year in four digits, for date fields: "02/11/2026", not
// "02/11/26", which reads as a day in the wrong century on an invoice.
QString dateFieldFormat(const QLocale &locale);

// A date as people write it in lists and sentences, with the month as a word: "2 Nov 2026",
// "2 nov 2026". Unambiguous across countries, unlike 02/11/2026.
QString date(const QDate &date, const QLocale &locale);
// The same with the day of the week: "Mon 2 Nov 2026".
QString dayDate(const QDate &date, const QLocale &locale);

// "it" or "en": the language Minuta's own words are shown in (the interface language chosen in
// Settings, or the system's), for names core keeps in both.
QString interfaceLanguage();

} // namespace minuta::ui::format
