#pragma once

// Planned work and logged time as an iCalendar file (RFC 5545) that Google Calendar, Outlook and
// Thunderbird import: one VEVENT per occurrence and per entry, times in UTC, text escaped and lines
// folded at 75 octets. Event ids are stable across exports of the same file, so importing again
// updates events instead of doubling them.

#include "values/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace minuta {

class Clock;
class Database;

class ICalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(minuta::ICalendarExport)

public:
    struct Options
    {
        QDate from;
        QDate to;
        bool plans = true;
        bool entries = true;
    };
    struct Exported
    {
        QByteArray data;
        int events = 0;
    };

    ICalendarExport(const Database &db, const Clock &clock);

    Result<Exported> build(const Options &options) const;
    // Writes the file atomically.
    Result<int> write(const Options &options, const QString &path) const;

    // TEXT value escaping (backslash, semicolon, comma, newline) and line folding, for tests.
    static QByteArray escapeText(const QString &text);
    static QByteArray fold(const QByteArray &line);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace minuta
