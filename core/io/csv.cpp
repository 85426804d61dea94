#include "io/csv.h"

#include "io/csvreader.h"

#include <QBuffer>

#include <algorithm>

namespace minuta::csv {

namespace {

// A spreadsheet splits a line at its separator only outside quotes. So a quoted field is one cell
// whatever the spreadsheet's separator, and a formula after a separator inside it ("a;=1+1") is
// never the start of a cell: quoting, not changing the text, is what keeps it from running.
QString quoted(const QString &value)
{
    static const QString special = QStringLiteral(",;\t\"\r\n");
    if (std::none_of(value.begin(), value.end(), [](QChar c) { return special.contains(c); }))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

// Whether a spreadsheet would read the cell as a formula: it starts, perhaps after spaces, with one
// of the characters that begin one, or with their full-width forms that some spreadsheets take too.
bool looksLikeFormula(QStringView value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u' ')
        ++i;
    return i < value.size() && formulaStarts.contains(value.at(i));
}

// Written with the apostrophe that plainText() takes away: a formula, and text that already starts
// with apostrophes before one (so that it comes back with all of its own).
bool needsApostrophe(QStringView value)
{
    while (value.startsWith(u'\''))
        value = value.mid(1);
    return looksLikeFormula(value);
}

} // namespace

QString text(const QString &value)
{
    return quoted(needsApostrophe(value) ? QLatin1Char('\'') + value : value);
}

QString number(const QString &value)
{
    return quoted(value);
}

QString hours(qint64 seconds)
{
    const qint64 hundredths = (seconds * 100 + 1800) / 3600;
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QByteArray line(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QList<QStringList> parse(const QByteArray &data, QChar separator, QString *error, QList<int> *lines)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, separator);
    QList<QStringList> records;
    QStringList record;
    while (reader.next(record)) {
        records << record;
        if (lines)
            lines->append(reader.line());
    }
    if (reader.unterminated() && error)
        *error = QStringLiteral("unterminated");
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
    if (field.startsWith(QLatin1Char('\'')) && needsApostrophe(QStringView(field).mid(1)))
        return field.mid(1);
    return field;
}

} // namespace minuta::csv
