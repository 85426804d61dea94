#include "io/drawing.h"

#include "business/business.h"

#include <QBuffer>
#include <QImageReader>

namespace minuta::drawing {

namespace {

bool decodes(const QByteArray &data, const char *format, QString *why)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    if (!reader.read().isNull())
        return true;
    *why = reader.errorString();
    return false;
}

} // namespace

void install()
{
    BusinessRepository::setImageCheck(&decodes);
}

} // namespace minuta::drawing
