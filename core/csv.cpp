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

QList<QStringList> parse(const QByteArray &data, QChar separator, QString *error, QList<int> *lines)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        record << field;
        field.clear();
        const bool blank = record.size() == 1 && record.first().isEmpty() && !fieldWasQuoted;
        if (!blank) {
            records << record;
            if (lines)
                lines->append(recordLine);
        }
        record.clear();
        fieldWasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == separator) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes && error)
        *error = QStringLiteral("unterminated");
    if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

QChar guessSeparator(const QByteArray &data)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (const char c : data) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == ';')
            ++semicolons;
        else if (!inQuotes && c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QString plainText(const QString &field)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (field.size() >= 2 && field.front() == QLatin1Char('\'') && formulaStarts.contains(field.at(1)))
        return field.mid(1);
    return field;
}

} // namespace minuta::csv
