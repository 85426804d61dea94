#include "format.h"

#include <QRegularExpression>

namespace minuta::ui::format {

QString timeFormat(const QLocale &locale)
{
    QString pattern = locale.timeFormat(QLocale::ShortFormat);
    // Some locales (C among them) put seconds in their short format; a time sheet has no use for them.
    static const QRegularExpression seconds(QStringLiteral(R"([:.]ss?)"));
    pattern.remove(seconds);
    return pattern.isEmpty() ? QStringLiteral("HH:mm") : pattern;
}

QString time(const QTime &t, const QLocale &locale)
{
    return locale.toString(t, timeFormat(locale));
}

QString date(const QDate &d, const QLocale &locale)
{
    return locale.toString(d, QStringLiteral("d MMM yyyy"));
}

QString dayDate(const QDate &d, const QLocale &locale)
{
    return locale.toString(d, QStringLiteral("ddd d MMM yyyy"));
}

QString dateFieldFormat(const QLocale &locale)
{
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("y+"));
    pattern.replace(year, QStringLiteral("yyyy"));
    return pattern;
}

QString interfaceLanguage()
{
    // The app's main sets the default locale to the interface language before any window shows.
    return QLocale().language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en");
}

} // namespace minuta::ui::format
