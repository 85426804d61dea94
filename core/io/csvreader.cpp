#include "io/csvreader.h"

#include <QIODevice>

#include <utility>

namespace minuta {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice &device, QChar separator, textencoding::Encoding encoding)
    : m_device(device), m_separator(separator), m_decoder(encoding)
{}

bool CsvReader::refill()
{
    QByteArray bytes(kChunkBytes, Qt::Uninitialized);
    // A chunk may end inside a character's bytes, which the decoder keeps for the next one; so a read
    // can give no text yet.
    for (;;) {
        const qint64 read = m_device.read(bytes.data(), bytes.size());
        if (read < 0)
            m_failed = true;
        if (read <= 0)
            return false;
        m_text = m_decoder.decode(QByteArrayView(bytes.constData(), read));
        m_pos = 0;
        if (!m_started && !m_text.isEmpty()) {
            m_started = true;
            if (m_text.front() == QChar(0xFEFF))
                m_pos = 1;
        }
        if (m_pos < m_text.size())
            return true;
    }
}

bool CsvReader::next(QStringList &record)
{
    record.clear();
    QString field;
    bool inQuotes = false;
    bool quoteSeen = false; // inside quotes: a quote that either closes them or starts a doubled one
    bool wasQuoted = false; // a quoted empty field still makes a record
    m_recordLine = m_line;
    for (;;) {
        if (m_pos == m_text.size() && !refill()) {
            m_unterminated = inQuotes && !quoteSeen;
            if (record.isEmpty() && field.isEmpty() && !wasQuoted)
                return false;
            record << field;
            return true;
        }
        const QChar c = m_text.at(m_pos++);
        const bool afterCr = std::exchange(m_afterCr, false);
        if (quoteSeen) {
            quoteSeen = false;
            if (c == u'"') {
                field += c;
                continue;
            }
            inQuotes = false;
        }
        if (inQuotes) {
            if (c == u'"') {
                quoteSeen = true;
                continue;
            }
            if (c == u'\r') {
                ++m_line;
                m_afterCr = true;
            } else if (c == u'\n' && !afterCr) {
                ++m_line;
            }
            field += c;
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = wasQuoted = true;
        } else if (c == m_separator) {
            record << field;
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\n' && afterCr)
                continue; // the rest of a CRLF
            ++m_line;
            m_afterCr = c == u'\r';
            if (!record.isEmpty() || !field.isEmpty() || wasQuoted) {
                record << field;
                return true;
            }
            m_recordLine = m_line; // a blank line
        } else {
            field += c;
        }
    }
}

} // namespace minuta
