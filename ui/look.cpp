#include "look.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace minuta::ui::look {

namespace {

// The greys the icons are drawn in: the strong one for actions, a softer one for the sections and a
// light one for marks such as the lock.
constexpr QLatin1StringView kStrong("#374151");
constexpr QLatin1StringView kSoft("#475569");
constexpr QLatin1StringView kLight("#6b7280");

QColor mixed(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

// Draws an SVG with its greys turned into the palette's colours for the mode it is painted in. Each
// size, mode and palette is drawn once and kept in Qt's pixmap cache: a list repaints its icons on
// every scroll.
class ThemedSvgEngine final : public QIconEngine
{
public:
    ThemedSvgEngine(QString name, QByteArray svg) : m_name(std::move(name)), m_svg(std::move(svg)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QString key = QStringLiteral("minuta-icon/%1/%2x%3@%4/%5/%6")
                                .arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(int(mode))
                                .arg(QGuiApplication::palette().cacheKey());
        QPixmap drawn;
        if (QPixmapCache::find(key, &drawn))
            return drawn;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            QSvgRenderer renderer(coloured(mode));
            renderer.render(&painter, QRectF(QPointF(), QSizeF(image.size())));
        }
        image.setDevicePixelRatio(scale);
        drawn = QPixmap::fromImage(image);
        QPixmapCache::insert(key, drawn);
        return drawn;
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("minuta-themed-svg"); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor strong = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            strong = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            strong = palette.color(QPalette::Active, QPalette::HighlightedText);
        const QColor window = palette.color(QPalette::Active, QPalette::Window);
        QByteArray svg = m_svg;
        svg.replace(QByteArray(kStrong.data(), kStrong.size()), strong.name().toLatin1());
        svg.replace(QByteArray(kSoft.data(), kSoft.size()), mixed(strong, window, 0.85).name().toLatin1());
        svg.replace(QByteArray(kLight.data(), kLight.size()), mixed(strong, window, 0.65).name().toLatin1());
        return svg;
    }

    QString m_name;
    QByteArray m_svg;
};

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness()
           < palette.color(QPalette::Active, QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor errorColor()
{
    return isDark() ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c);
}

QColor warningColor()
{
    return isDark() ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
}

QColor deadlineColor()
{
    return isDark() ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
}

QString errorStyle()
{
    return QStringLiteral("color: %1;").arg(errorColor().name());
}

QString warningStyle()
{
    return QStringLiteral("color: %1;").arg(warningColor().name());
}

QIcon icon(const QString &name)
{
    // Read once: models ask for their icons on every paint. The palette is read when drawing.
    static QHash<QString, QIcon> icons;
    if (const auto known = icons.constFind(name); known != icons.constEnd())
        return *known;
    QFile file(QStringLiteral(":/minuta/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QIcon made(new ThemedSvgEngine(name, file.readAll()));
    icons.insert(name, made);
    return made;
}

} // namespace minuta::ui::look
