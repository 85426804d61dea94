#pragma once

// Comma-separated values as spreadsheets read them (RFC 4180): quotes doubled, lines end in CRLF.
// Whatever the separator the spreadsheet splits on (the comma here, the semicolon in Italy, a tab),
// a field stays one cell: any field holding a comma, a semicolon, a tab, a quote or a line break
// is quoted. Text that a spreadsheet would run as a formula (starting, perhaps after spaces, with
// =, +, -, @, their full-width forms, a tab or a carriage return) is written with a leading
// apostrophe, so a client named "=HYPERLINK(…)" stays a name.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace minuta::csv {

// One field of text.
QString text(const QString &value);
// A number written by the program itself: never prefixed.
QString number(const QString &value);
// Hours as a spreadsheet reads them in any language: hundredths of an hour, rounded half up, with
// a dot ("1.50").
QString hours(qint64 seconds);
// A whole line from already-made fields, with CRLF.
QByteArray line(const QStringList &fields);

// Reading: the records of a CSV text, as CsvReader reads them. `error` is set (and what was read so far
// returned) when a quoted field never ends. `lines` receives the line each record starts on, counted from 1.
QList<QStringList> parse(const QByteArray &data, QChar separator, QString *error = nullptr,
                         QList<int> *lines = nullptr);
// The separator a header line uses: the one of , ; and tab that appears most outside quotes.
QChar guessSeparator(const QByteArray &data);
// A field as written by text(): the apostrophe that kept a formula-like value as text removed, so
// plainText(text(v)) is v for every v.
QString plainText(const QString &field);

} // namespace minuta::csv
