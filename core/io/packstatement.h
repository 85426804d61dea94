#pragma once

// A prepaid pack's statement for the client, in the client's language: the pack, every piece of
// work that drew it down and what was left after each. As CSV here; as a PDF in packstatementpdf.

#include "invoicing/packrepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace minuta::packstatement {

// The statement laid out for people: a title, lines about the pack, and the table.
struct Layout
{
    QString title;            // "Prepaid pack statement"
    QStringList about;        // "Studio Verdi – Prepaid pack: 10 hours – from 1 Nov 2026", "Used: …"
    QStringList header;       // the table's columns
    QList<bool> rightAligned; // per column
    QList<QStringList> rows;  // one per line of the statement
    QString totals;           // "Used 7:30 of 10:00 – left 2:30"
};
Layout layout(const PackStatement &statement);

// Comma-separated: one header row and a row per line; hours as decimal hours with a dot, money as
// plain numbers, dates ISO, so a spreadsheet reads them whatever its language.
QByteArray csv(const PackStatement &statement);

} // namespace minuta::packstatement
