#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace minuta::cli {

TextTable::TextTable(QStringList header, QList<Align> alignment)
    : m_header(std::move(header)), m_alignment(std::move(alignment))
{}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream &out) const
{
    print(out, true);
}

void TextTable::printRows(QTextStream &out) const
{
    print(out, false);
}

void TextTable::print(QTextStream &out, bool withHeader) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    const auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], cells[i].size());
    };
    if (withHeader)
        measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const bool right = i < m_alignment.size() && m_alignment[i] == Align::Right;
            if (i > 0)
                line += QStringLiteral("  ");
            line += right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    if (withHeader)
        printRow(m_header);
    for (const QStringList &row : m_rows)
        printRow(row);
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace minuta::cli
