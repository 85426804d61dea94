#pragma once

// How a text file a spreadsheet or another program saved is written: UTF-8 (with a byte-order mark
// or without), UTF-16 (little- or big-endian), or Windows-1252, what Excel on a Western Windows
// saves as "CSV" — where "è" is one byte that is not UTF-8. Found from the bytes, and decoded a chunk
// at a time.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace minuta::textencoding {

enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// "UTF-8", "UTF-16", "Windows-1252": as people know them.
QString name(Encoding encoding);

// The encoding of the text on `device`: a byte-order mark says it; else UTF-16 when every other
// byte of the start is zero; else UTF-8 when the whole text is valid UTF-8 (read to its end, then
// back to where it was: a seekable device); else Windows-1252.
Encoding detect(QIODevice &device);
// The same for text held in memory.
Encoding detect(QByteArrayView bytes);

// Decodes text in `encoding` chunk by chunk: a character split between two chunks is kept for the
// next. A byte-order mark at the start is not dropped (readers skip U+FEFF).
class Decoder
{
public:
    explicit Decoder(Encoding encoding);
    QString decode(QByteArrayView bytes);

private:
    Encoding m_encoding;
    std::optional<QStringDecoder> m_decoder; // UTF-8 and UTF-16
};

} // namespace minuta::textencoding
