#pragma once

// Small helpers for showing times the way the user's locale writes them.

#include <QLocale>
#include <QString>
#include <QTime>

namespace minuta::ui::format {

// The locale's short time format without seconds: "09:30", "9:30 AM".
QString timeFormat(const QLocale &locale);
QString time(const QTime &time, const QLocale &locale);

} // namespace minuta::ui::format
