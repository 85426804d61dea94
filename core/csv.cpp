#include "csv.h"

namespace minuta::csv {

namespace {

QString quoted(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

} // namespace

QString text(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return quoted(QLatin1Char('\'') + value);
    return quoted(value);
}

QString number(const QString &value)
{
    return quoted(value);
}

QByteArray line(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace minuta::csv
