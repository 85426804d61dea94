#pragma once

// Comma-separated values as spreadsheets read them (RFC 4180): fields with commas, quotes or line
// breaks are quoted, quotes doubled, lines end in CRLF. Text that a spreadsheet would run as a
// formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading
// apostrophe, so a client named "=HYPERLINK(…)" stays a name.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace minuta::csv {

// One field of text.
QString text(const QString &value);
// A number written by the program itself: never prefixed.
QString number(const QString &value);
// A whole line from already-made fields, with CRLF.
QByteArray line(const QStringList &fields);

} // namespace minuta::csv
