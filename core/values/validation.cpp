#include "values/validation.h"

#include <QCoreApplication>

namespace minuta::validation {

Result<void> checkText(const QString &value, int max, const QString &field, const QString &label,
                       bool singleLine)
{
    if (value.size() > max)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("minuta::validation",
                                                 "%1 can be at most %n character(s) long.", nullptr, max)
                         .arg(label),
                     field);
    for (QChar c : value) {
        const bool lineBreak = c == u'\n' || c == u'\t';
        if (c.category() == QChar::Other_Control && (singleLine || !lineBreak) && c != u'\r')
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("minuta::validation", "%1 contains a control character.")
                             .arg(label),
                         field);
    }
    return {};
}

Result<void> checkUsualDate(QDate date, QDate today, UnusualDate policy, const QString &field,
                            const QString &label)
{
    if (policy == UnusualDate::Allow)
        return {};
    if (date < QDate(2000, 1, 1))
        return Error(ErrorCode::Unusual,
                     QCoreApplication::translate("minuta::validation", "%1, %2, is before the year 2000.")
                         .arg(label, date.toString(Qt::ISODate)),
                     field);
    if (date > today.addYears(1))
        return Error(
            ErrorCode::Unusual,
            QCoreApplication::translate("minuta::validation", "%1, %2, is more than a year from today.")
                .arg(label, date.toString(Qt::ISODate)),
            field);
    return {};
}

Result<void> checkShortPeriod(QDate from, QDate to, int maxDays)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > maxDays)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("minuta::validation", "Choose a period of up to two months."),
            QStringLiteral("period"));
    return {};
}

Result<void> checkRequired(const QString &value, const QString &field, const QString &label)
{
    if (value.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("minuta::validation", "%1 is required.").arg(label), field);
    return {};
}

QString cleanLine(const QString &value)
{
    return value.simplified();
}

QString normalizedName(const QString &value)
{
    QString name = value;
    name.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2060 && u <= 0x2069)
               || u == 0xFEFF || u == 0x061C;
    });
    // Composed after the removal, so an accent split from its letter by a zero-width space joins it.
    return name.normalized(QString::NormalizationForm_C).simplified();
}

QString cleanText(const QString &value)
{
    QStringList lines = value.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line = line.trimmed();
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    return lines.join(QLatin1Char('\n'));
}

} // namespace minuta::validation
