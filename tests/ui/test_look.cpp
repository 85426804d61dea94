// Icons and meaningful colours in a light and a dark theme: the monochrome icons are drawn in the
// palette's text colour, and errors, warnings and deadlines keep a readable contrast with the window.

#include "look.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace minuta::ui;

namespace {

QPalette themed(QColor window, QColor text)
{
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(role, window);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, text);
    return p;
}

// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The mean lightness of the icon's visible pixels.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
    return count ? int(sum / count) : -1;
}

class Look : public ::testing::Test
{
protected:
    void TearDown() override { QApplication::setPalette(saved); }
    const QPalette saved = QApplication::palette();
};

} // namespace

TEST_F(Look, MonochromeIconsAreDrawnInThePalettesTextColour)
{
    const QPalette light = themed(QColor(0xf3, 0xf4, 0xf6), QColor(0x11, 0x18, 0x27));
    const QPalette dark = themed(QColor(0x2b, 0x2d, 0x31), QColor(0xe8, 0xea, 0xed));
    for (const char *name :
         {"add", "delete", "edit", "continue", "lock", "section-timelog", "section-clients"}) {
        const QIcon icon = look::icon(QString::fromLatin1(name));
        ASSERT_FALSE(icon.isNull()) << name;
        QApplication::setPalette(light);
        const int onLight = inkLightness(icon);
        QApplication::setPalette(dark);
        const int onDark = inkLightness(icon);
        EXPECT_GE(onLight, 0) << name << " draws something";
        EXPECT_LT(onLight, 110) << name << ": dark ink on a light window";
        EXPECT_GT(onDark, 150) << name << ": light ink on a dark window (the grey it was drawn in vanished)";
    }
    EXPECT_TRUE(look::icon(QStringLiteral("no-such-icon")).isNull());
}

TEST_F(Look, ErrorWarningAndDeadlineColoursStayReadableInBothThemes)
{
    for (const QPalette &palette : {themed(QColor(0xf3, 0xf4, 0xf6), QColor(0x11, 0x18, 0x27)),
                                    themed(QColor(0x2b, 0x2d, 0x31), QColor(0xe8, 0xea, 0xed)),
                                    themed(QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff))}) {
        QApplication::setPalette(palette);
        const QColor window = palette.color(QPalette::Window);
        SCOPED_TRACE(window.name().toStdString());
        EXPECT_EQ(look::isDark(), window.lightness() < 128);
        // WCAG AA for normal text: at least 4.5 : 1; the deadline flag is a mark, 3 : 1.
        EXPECT_GE(contrast(look::errorColor(), window), 4.5);
        EXPECT_GE(contrast(look::warningColor(), window), 4.5);
        EXPECT_GE(contrast(look::deadlineColor(), window), 3.0);
        EXPECT_TRUE(look::errorStyle().contains(look::errorColor().name()));
    }
}
