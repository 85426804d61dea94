#include "io/textencoding.h"

#include <QIODevice>

#include <array>

namespace minuta::textencoding {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

// Windows-1252's bytes 0x80–0x9F; the rest is ISO 8859-1, whose bytes are their code points. The
// five bytes it leaves undefined read as the C1 controls of the same value, as Windows reads them.
constexpr std::array<char16_t, 32> kHigh = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// From the first bytes alone: a byte-order mark, or text in UTF-16 without one (an ASCII character
// every two bytes, its other byte zero).
std::optional<Encoding> fromStart(QByteArrayView start)
{
    const auto at = [&](qsizetype i) { return quint8(start.at(i)); };
    if (start.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF)
        return Encoding::Utf8;
    if (start.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE)
        return Encoding::Utf16LE;
    if (start.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF)
        return Encoding::Utf16BE;
    const qsizetype pairs = std::min<qsizetype>(start.size() / 2, 256);
    if (pairs >= 2) {
        int evenZero = 0, oddZero = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            evenZero += at(2 * i) == 0 ? 1 : 0;
            oddZero += at(2 * i + 1) == 0 ? 1 : 0;
        }
        if (oddZero == pairs && evenZero == 0)
            return Encoding::Utf16LE;
        if (evenZero == pairs && oddZero == 0)
            return Encoding::Utf16BE;
    }
    return std::nullopt;
}

} // namespace

QString name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

Encoding detect(QByteArrayView bytes)
{
    if (auto known = fromStart(bytes.first(std::min<qsizetype>(bytes.size(), 512))))
        return *known;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // decode() converts when its result becomes a QString.
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
}

Encoding detect(QIODevice &device)
{
    if (auto known = fromStart(device.peek(512)))
        return *known;
    if (device.isSequential())
        return detect(QByteArrayView(device.peek(kChunkBytes)));
    const qint64 from = device.pos();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    bool valid = true;
    for (;;) {
        const qint64 read = device.read(chunk.data(), chunk.size());
        if (read <= 0)
            break;
        const QString text = utf8.decode(QByteArrayView(chunk.constData(), read));
        if (utf8.hasError()) {
            valid = false;
            break;
        }
    }
    // A sequence cut off by the end of the text is no UTF-8 either.
    if (valid && utf8.hasError())
        valid = false;
    device.seek(from);
    return valid ? Encoding::Utf8 : Encoding::Windows1252;
}

Decoder::Decoder(Encoding encoding) : m_encoding(encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        m_decoder.emplace(QStringDecoder::Utf8);
        break;
    case Encoding::Utf16LE:
        m_decoder.emplace(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder.emplace(QStringDecoder::Utf16BE);
        break;
    case Encoding::Windows1252:
        break;
    }
}

QString Decoder::decode(QByteArrayView bytes)
{
    if (m_decoder)
        return m_decoder->decode(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const quint8 b = quint8(byte);
        *out++ = b >= 0x80 && b <= 0x9F ? QChar(kHigh[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

} // namespace minuta::textencoding
