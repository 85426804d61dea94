#pragma once

// How minuta-cli prints: aligned text tables for people, JSON for scripts.

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace minuta::cli {

enum class Align { Left, Right };

// A text table: a header row, then rows, each column as wide as its widest cell.
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<Align> alignment = {});
    void addRow(QStringList cells);
    void print(QTextStream &out) const;
    // Prints the rows only, without the header line.
    void printRows(QTextStream &out) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    void print(QTextStream &out, bool withHeader) const;

    QStringList m_header;
    QList<Align> m_alignment;
    QList<QStringList> m_rows;
};

// Prints `value` as indented JSON followed by a newline.
void printJson(QTextStream &out, const QJsonValue &value);

} // namespace minuta::cli
