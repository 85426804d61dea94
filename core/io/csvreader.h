#pragma once

// Reads comma-separated values one record at a time from a device, so that a file of any size takes
// the memory of one record: in the encoding given (UTF-8 by default; a byte-order mark ignored), quoted
// fields that may hold separators, doubled quotes and line breaks. Lines may end in LF, CRLF or a lone CR
// (old Mac files); blank lines are skipped.

#include "io/textencoding.h"

#include <QStringList>

class QIODevice;

namespace minuta {

class CsvReader
{
public:
    CsvReader(QIODevice &device, QChar separator,
              textencoding::Encoding encoding = textencoding::Encoding::Utf8);

    // The next record, into `record`; false at the end of the input. When the input ends inside a
    // quoted field the record read so far is returned and unterminated() says so.
    bool next(QStringList &record);
    // The line the last record returned starts on, counted from 1.
    int line() const { return m_recordLine; }
    bool unterminated() const { return m_unterminated; }
    // Whether reading the device failed (as opposed to reaching its end).
    bool failed() const { return m_failed; }

private:
    bool refill();

    QIODevice &m_device;
    const QChar m_separator;
    textencoding::Decoder m_decoder;
    QString m_text; // the decoded part of the device not yet read
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_afterCr = false; // the last character was a CR, so an LF now only completes its line end
    bool m_unterminated = false;
    bool m_failed = false;
    int m_line = 1;
    int m_recordLine = 1;
};

} // namespace minuta
