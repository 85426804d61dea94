#include "monthview.h"

#include "look.h"

#include "values/timeutil.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace minuta::ui {

namespace {

constexpr int kWeeks = 6;

QString hours(qint64 seconds)
{
    return timeutil::formatDuration(seconds);
}

} // namespace

MonthView::MonthView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Month"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMouseTracking(false);
}

std::pair<QDate, QDate> MonthView::gridRange(QDate month, Qt::DayOfWeek firstDay)
{
    const QDate first(month.year(), month.month(), 1);
    const int back = (first.dayOfWeek() - int(firstDay) + 7) % 7;
    const QDate start = first.addDays(-back);
    return {start, start.addDays(kWeeks * 7 - 1)};
}

void MonthView::setMonth(QDate month, Qt::DayOfWeek firstDay, const QList<DayLoad> &days, int capacityMinutes,
                         QDate today, const QLocale &locale)
{
    m_month = QDate(month.year(), month.month(), 1);
    m_firstDay = firstDay;
    m_first = gridRange(m_month, firstDay).first;
    m_days.clear();
    for (const DayLoad &d : days)
        m_days.insert(d.day, d);
    m_capacityMinutes = capacityMinutes;
    m_today = today;
    m_locale = locale;
    if (!m_selected.isValid() || m_selected.month() != m_month.month() || m_selected.year() != m_month.year())
        m_selected = today.month() == m_month.month() && today.year() == m_month.year() ? today : m_month;
    setAccessibleDescription(describe(m_selected));
    update();
}

void MonthView::setSelectedDate(QDate date)
{
    if (!date.isValid() || date == m_selected)
        return;
    m_selected = date;
    setAccessibleDescription(describe(date));
    update();
    Q_EMIT selectedDateChanged(date);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QSize MonthView::sizeHint() const
{
    return {7 * 130, headerHeight() + kWeeks * 96};
}

QSize MonthView::minimumSizeHint() const
{
    // Narrow enough for half a laptop screen beside the day's panel; the days' lines then cut.
    return {7 * 46, headerHeight() + kWeeks * 70};
}

QRect MonthView::cellRect(QDate date) const
{
    if (!m_first.isValid())
        return {};
    const qint64 index = m_first.daysTo(date);
    if (index < 0 || index >= kWeeks * 7)
        return {};
    const int top = headerHeight();
    const int row = int(index / 7), column = int(index % 7);
    const int x0 = column * width() / 7, x1 = (column + 1) * width() / 7;
    const int y0 = top + row * (height() - top) / kWeeks, y1 = top + (row + 1) * (height() - top) / kWeeks;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    const int top = headerHeight();
    if (!m_first.isValid() || pos.y() < top || pos.x() < 0 || pos.x() >= width() || pos.y() >= height())
        return {};
    const int column = qBound(0, pos.x() * 7 / qMax(1, width()), 6);
    const int row = qBound(0, (pos.y() - top) * kWeeks / qMax(1, height() - top), kWeeks - 1);
    return m_first.addDays(row * 7 + column);
}

QColor MonthView::tint(Load load, const QPalette &palette)
{
    QColor color;
    switch (load) {
    case Load::Free:
        return palette.color(QPalette::Base);
    case Load::Light:
        color = QColor(0x22, 0xc5, 0x5e); // green
        break;
    case Load::Full:
        color = QColor(0xf5, 0x9e, 0x0b); // amber
        break;
    case Load::Over:
        color = QColor(0xef, 0x44, 0x44); // red
        break;
    }
    // A light wash of the colour over the base, so text stays readable in light and dark themes.
    const QColor base = palette.color(QPalette::Base);
    const qreal a = load == Load::Light ? 0.16 : 0.26;
    return QColor::fromRgbF(base.redF() * (1 - a) + color.redF() * a,
                            base.greenF() * (1 - a) + color.greenF() * a,
                            base.blueF() * (1 - a) + color.blueF() * a);
}

QString MonthView::describe(QDate date) const
{
    const DayLoad d = m_days.value(date);
    QStringList parts{m_locale.toString(date, QLocale::LongFormat)};
    if (date == m_today)
        parts << tr("today");
    if (d.loggedSeconds > 0) {
        QStringList clients;
        for (const ClientShare &c : d.clients)
            clients << tr("%1 %2").arg(c.clientName, hours(c.seconds));
        parts << tr("%1 logged (%2)").arg(hours(d.loggedSeconds), clients.join(QStringLiteral(", ")));
    } else {
        parts << tr("nothing logged");
    }
    if (d.planned > 0)
        parts << tr("%1 planned").arg(hours(d.plannedSeconds));
    for (const PlanOccurrence &o : d.deadlines)
        parts << tr("deadline: %1 (%2)").arg(o.title, o.clientName);
    switch (d.load) {
    case Load::Light:
        parts << tr("light day");
        break;
    case Load::Full:
        parts << tr("full day");
        break;
    case Load::Over:
        parts << tr("over capacity");
        break;
    case Load::Free:
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));

    // Weekday names.
    const int top = headerHeight();
    QFont headerFont = font();
    headerFont.setBold(true);
    painter.setFont(headerFont);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (int column = 0; column < 7; ++column) {
        const int day = (int(m_firstDay) - 1 + column) % 7 + 1;
        const QRect r(column * width() / 7, 0, width() / 7, top);
        painter.drawText(r.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         m_locale.dayName(day, QLocale::ShortFormat));
    }
    painter.setFont(font());
    if (!m_first.isValid())
        return;
    for (int i = 0; i < kWeeks * 7; ++i) {
        const QDate date = m_first.addDays(i);
        paintDay(painter, date, cellRect(date));
    }
}

void MonthView::paintDay(QPainter &painter, QDate date, const QRect &cell) const
{
    const QPalette pal = palette();
    const DayLoad d = m_days.value(date);
    const bool inMonth = date.month() == m_month.month();
    painter.save();
    painter.fillRect(cell, inMonth ? tint(d.load, pal) : pal.color(QPalette::AlternateBase));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawRect(cell);

    const QFontMetrics fm = fontMetrics();
    const int pad = 6;
    const QRect inner = cell.adjusted(pad, 4, -pad, -4);
    const QColor text = inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText);

    // The day's number; today's in a filled circle.
    const QString number = QString::number(date.day());
    const int diameter = fm.height() + 4;
    const QRect numberRect(inner.left(), inner.top(), qMax(diameter, fm.horizontalAdvance(number) + 8),
                           diameter);
    if (date == m_today) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Highlight));
        painter.drawRoundedRect(numberRect, diameter / 2.0, diameter / 2.0);
        painter.setPen(pal.color(QPalette::HighlightedText));
    } else {
        painter.setPen(text);
    }
    QFont bold = font();
    bold.setBold(date == m_today);
    painter.setFont(bold);
    painter.drawText(numberRect, Qt::AlignCenter, number);
    painter.setFont(font());

    // Hours logged, top right; a red flag for deadlines before them.
    int right = inner.right();
    if (d.loggedSeconds > 0) {
        QFont strong = font();
        strong.setBold(true);
        painter.setFont(strong);
        painter.setPen(text);
        const QString logged = hours(d.loggedSeconds);
        const int w = QFontMetrics(strong).horizontalAdvance(logged);
        painter.drawText(QRect(right - w, inner.top(), w, diameter), Qt::AlignRight | Qt::AlignVCenter,
                         logged);
        right -= w + 6;
        painter.setFont(font());
    }
    if (!d.deadlines.isEmpty()) {
        const int h = fm.height() - 2;
        const QRect flag(right - h, inner.top() + (diameter - h) / 2, h, h);
        QPainterPath path;
        path.moveTo(flag.left() + 2, flag.bottom());
        path.lineTo(flag.left() + 2, flag.top());
        path.lineTo(flag.right(), flag.top() + h / 3.0);
        path.lineTo(flag.left() + 2, flag.top() + 2 * h / 3.0);
        painter.setPen(QPen(look::deadlineColor(), 1.5));
        painter.setBrush(look::deadlineColor());
        painter.drawPath(path);
    }

    // The bar: each client's share of the day, against the capacity (or the day, when over).
    const int barHeight = qMax(6, fm.height() / 2);
    const QRect bar(inner.left(), inner.bottom() - barHeight + 1, inner.width(), barHeight);
    if (inMonth && d.loggedSeconds > 0) {
        const qint64 capacity = qint64(qMax(1, m_capacityMinutes)) * 60;
        const qint64 scale = qMax(capacity, d.loggedSeconds);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Midlight));
        painter.drawRoundedRect(bar, 2, 2);
        int x = bar.left();
        for (const ClientShare &c : d.clients) {
            const int w = int(qint64(bar.width()) * c.seconds / scale);
            if (w <= 0)
                continue;
            painter.setBrush(QColor(c.clientColor));
            painter.drawRect(QRect(x, bar.top(), qMin(w, bar.right() - x + 1), bar.height()));
            x += w;
        }
        if (d.loggedSeconds > capacity) {
            const int at = bar.left() + int(qint64(bar.width()) * capacity / scale);
            painter.setPen(QPen(pal.color(QPalette::Text), 2));
            painter.drawLine(at, bar.top() - 2, at, bar.bottom() + 2);
        }
    }

    // Planned hours and the first deadline, as lines of text above the bar.
    QStringList lines;
    if (d.planned > 0)
        lines << tr("%1 planned").arg(hours(d.plannedSeconds));
    for (const PlanOccurrence &o : d.deadlines)
        lines << tr("Due: %1").arg(o.title);
    int y = bar.top() - 3 - fm.height();
    painter.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
    for (int k = int(lines.size()) - 1; k >= 0 && y > inner.top() + diameter; --k) {
        QFont small = font();
        small.setItalic(k == 0 && d.planned > 0);
        painter.setFont(small);
        const QString line = fm.elidedText(lines[k], Qt::ElideRight, inner.width());
        painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         line);
        y -= fm.height();
    }
    painter.setFont(font());

    if (date == m_selected) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 3 : 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
    }
    painter.restore();
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid())
        setSelectedDate(date);
    QWidget::mousePressEvent(event);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid()) {
        setSelectedDate(date);
        Q_EMIT activated(date);
    }
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    if (!m_selected.isValid())
        return QWidget::keyPressEvent(event);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Left:
        setSelectedDate(m_selected.addDays(rtl ? 1 : -1));
        break;
    case Qt::Key_Right:
        setSelectedDate(m_selected.addDays(rtl ? -1 : 1));
        break;
    case Qt::Key_Up:
        setSelectedDate(m_selected.addDays(-7));
        break;
    case Qt::Key_Down:
        setSelectedDate(m_selected.addDays(7));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT activated(m_selected);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool MonthView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (date.isValid())
            QToolTip::showText(help->globalPos(), describe(date), this, cellRect(date));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace minuta::ui
