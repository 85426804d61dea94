#include "weekview.h"

#include "format.h"
#include "look.h"
#include "values/timeutil.h"

#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace minuta::ui {

namespace {

// The day names and each day's hours, above the grid's columns.
class WeekHeader : public QWidget
{
public:
    WeekHeader(WeekView *view, WeekGrid *grid) : QWidget(view), m_view(view), m_grid(grid)
    {
        setFixedHeight(3 * fontMetrics().height() + 14);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QPalette pal = palette();
        painter.fillRect(rect(), pal.color(QPalette::Window));
        const WeekView::Data &d = m_view->data();
        if (!d.first.isValid())
            return;
        const QFontMetrics fm = fontMetrics();
        // Line `k` of a column, elided only where a column is narrower than its words.
        const auto line = [&](const QRect &r, int k, const QString &text) {
            painter.drawText(QRect(r.left() + 6, 4 + k * (fm.height() + 2), r.width() - 12, fm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(text, Qt::ElideRight, r.width() - 12));
        };
        for (int i = 0; i < 7; ++i) {
            const QDate day = d.first.addDays(i);
            const QRect column = m_grid->dayColumn(i);
            const QRect r(column.left(), 0, column.width(), height());
            if (day == m_view->selectedDate())
                painter.fillRect(r.adjusted(1, 1, -1, -1), pal.color(QPalette::AlternateBase));
            const QStringList lines = m_view->dayHeader(i);
            QFont f = font();
            f.setBold(day == d.today);
            painter.setFont(f);
            painter.setPen(day == d.today ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text));
            line(r, 0, lines.value(0));
            painter.setFont(font());
            painter.setPen(pal.color(QPalette::PlaceholderText));
            for (int k = 1; k < lines.size(); ++k)
                line(r, k, lines.at(k));
        }
        // The week's totals above the hours' axis.
        const QRect axis(0, 0, m_grid->dayColumn(0).left(), height());
        const QStringList week = m_view->weekHeader();
        painter.setPen(pal.color(QPalette::PlaceholderText));
        for (int k = 0; k < week.size(); ++k)
            line(axis.adjusted(-3, 0, 0, 0), k, week.at(k));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(0, height() - 1, width(), height() - 1);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        for (int i = 0; i < 7; ++i)
            if (m_grid->dayColumn(i).left() <= event->position().x()
                && event->position().x() <= m_grid->dayColumn(i).right())
                m_view->setSelectedDate(m_view->data().first.addDays(i));
    }

private:
    WeekView *m_view;
    WeekGrid *m_grid;
};

} // namespace

QStringList WeekView::dayHeader(int index) const
{
    if (!m_data.first.isValid())
        return {};
    const QDate day = m_data.first.addDays(index);
    const DayLoad load = index < m_data.days.size() ? m_data.days[index] : DayLoad{};
    QStringList lines{m_data.locale.toString(day, QStringLiteral("ddd d"))};
    lines << (load.loggedSeconds > 0 ? timeutil::formatDuration(load.loggedSeconds) : QString());
    if (load.planned > 0)
        lines << tr("%1 planned").arg(timeutil::formatDuration(load.plannedSeconds));
    return lines;
}

QStringList WeekView::weekHeader() const
{
    qint64 logged = 0;
    qint64 planned = 0;
    for (const DayLoad &load : m_data.days) {
        logged += load.loggedSeconds;
        planned += load.plannedSeconds;
    }
    QStringList lines{tr("Total")};
    lines << timeutil::formatDuration(logged);
    if (planned > 0)
        lines << tr("+%1").arg(timeutil::formatDuration(planned));
    return lines;
}

WeekView::WeekView(QWidget *parent) : QWidget(parent), m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Week"));
    m_grid = new WeekGrid(this);
    m_header = new WeekHeader(this, m_grid);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
}

void WeekView::setData(const Data &data)
{
    m_data = data;
    if (!m_selected.isValid() || m_selected < data.first || m_selected > data.first.addDays(6))
        m_selected =
            data.today >= data.first && data.today <= data.first.addDays(6) ? data.today : data.first;
    m_grid->relayout();
    m_grid->update();
    m_header->update();
}

void WeekView::setSelectedDate(QDate date)
{
    if (!date.isValid() || date == m_selected)
        return;
    m_selected = date;
    m_grid->update();
    m_header->update();
    Q_EMIT selectedDateChanged(date);
}

void WeekView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scrollPending)
        QMetaObject::invokeMethod(this, &WeekView::scrollToWorkingHours, Qt::QueuedConnection);
}

void WeekView::scrollToWorkingHours()
{
    // Until the grid is laid out in a visible view there is nothing to scroll; it is done then.
    QScrollBar *bar = m_scroll->verticalScrollBar();
    m_scrollPending = !isVisible() || bar->maximum() == 0;
    if (m_scrollPending)
        return;
    int first = 8 * WeekGrid::HourHeight;
    for (const WeekGrid::Item &item : m_grid->items())
        first = qMin(first, item.rect.top());
    bar->setValue(qMax(0, first - WeekGrid::HourHeight / 2));
}

WeekGrid::WeekGrid(WeekView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("weekGrid"));
    setFocusPolicy(Qt::StrongFocus);
    // The whole day, always: the scroll area shows part of it and scrolls.
    setMinimumHeight(24 * HourHeight + 1);
    setAccessibleName(WeekView::tr("Hours of the week"));
}

QSize WeekGrid::sizeHint() const
{
    return {7 * 120 + timeAxisWidth(), 24 * HourHeight + 1};
}

int WeekGrid::timeAxisWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00 PM")) + 12;
}

QRect WeekGrid::dayColumn(int index) const
{
    const int axis = timeAxisWidth();
    const int w = qMax(7, width() - axis);
    const int x0 = axis + index * w / 7, x1 = axis + (index + 1) * w / 7;
    return QRect(x0, 0, x1 - x0, 24 * HourHeight);
}

int WeekGrid::yFor(qint64 instant, QDate day) const
{
    const WeekView::Data &d = m_view->data();
    const qint64 dayStart = timeutil::startOfDay(day, d.zone);
    if (instant <= dayStart)
        return 0;
    if (instant >= timeutil::startOfDay(day.addDays(1), d.zone))
        return 24 * HourHeight;
    const QTime t = QDateTime::fromSecsSinceEpoch(instant, d.zone).time();
    return (t.hour() * 60 + t.minute()) * HourHeight / 60;
}

qint64 WeekGrid::instantAt(const QPoint &pos) const
{
    const WeekView::Data &d = m_view->data();
    for (int i = 0; i < 7; ++i) {
        const QRect column = dayColumn(i);
        if (pos.x() >= column.left() && pos.x() <= column.right()) {
            const int minutes = qBound(0, pos.y() * 60 / HourHeight / 15 * 15, 24 * 60 - 15);
            return QDateTime(d.first.addDays(i), QTime(minutes / 60, minutes % 60), d.zone)
                .toSecsSinceEpoch();
        }
    }
    return 0;
}

const WeekGrid::Item *WeekGrid::itemAt(const QPoint &pos) const
{
    // The last drawn is on top.
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it)
        if (it->rect.contains(pos))
            return &*it;
    return nullptr;
}

void WeekGrid::relayout()
{
    // The keyboard's block stays the same block when the blocks are laid out again.
    std::optional<Item> current;
    if (m_current >= 0 && m_current < m_items.size())
        current = m_items.at(m_current);
    m_current = -1;
    m_items.clear();
    const WeekView::Data &d = m_view->data();
    if (!d.first.isValid())
        return;
    struct Span
    {
        qint64 start;
        qint64 end;
        Item item;
    };
    for (int i = 0; i < 7; ++i) {
        const QDate day = d.first.addDays(i);
        const qint64 dayStart = timeutil::startOfDay(day, d.zone);
        const qint64 dayEnd = timeutil::startOfDay(day.addDays(1), d.zone);
        QList<Span> spans;
        for (const CalendarBlock &b : d.blocks) {
            if (b.end <= dayStart || b.start >= dayEnd)
                continue;
            Item item;
            item.id = b.entryId;
            item.day = day;
            item.color = QColor(b.clientColor);
            item.running = b.running;
            const QString duration = timeutil::formatDuration(b.end - b.start);
            item.text = b.task.isEmpty() ? b.clientName : WeekView::tr("%1 · %2").arg(b.clientName, b.task);
            QStringList tip{b.clientName};
            if (!b.task.isEmpty())
                tip << b.task;
            if (!b.description.isEmpty())
                tip << b.description;
            const QString from =
                format::time(QDateTime::fromSecsSinceEpoch(b.start, d.zone).time(), d.locale);
            const QString to =
                b.running ? WeekView::tr("running")
                          : format::time(QDateTime::fromSecsSinceEpoch(b.end, d.zone).time(), d.locale);
            tip << WeekView::tr("%1–%2 (%3)").arg(from, to, duration);
            if (b.amount)
                tip << WeekView::tr("Worth %1").arg(b.amount->format(d.locale));
            else if (!b.billable)
                tip << WeekView::tr("Not billable");
            if (b.billed)
                tip << WeekView::tr("Billed");
            item.tooltip = tip.join(QLatin1Char('\n'));
            spans.append({qMax(b.start, dayStart), qMin(b.end, dayEnd), item});
        }
        for (const PlanOccurrence &o : d.plans) {
            if (o.day != day)
                continue;
            Item item;
            item.planned = true;
            item.id = o.planId;
            item.day = day;
            item.color = QColor(o.clientColor);
            item.done = o.done;
            item.text = WeekView::tr("%1 · %2").arg(o.clientName, o.title);
            QStringList tip{
                WeekView::tr("Planned: %1").arg(o.title), o.clientName,
                WeekView::tr("%1, %2 min")
                    .arg(format::time(QDateTime::fromSecsSinceEpoch(o.start, d.zone).time(), d.locale))
                    .arg(o.minutes)};
            if (o.due)
                tip << WeekView::tr("Due %1").arg(format::date(*o.due, d.locale));
            if (o.done)
                tip << WeekView::tr("Done");
            if (!o.notes.isEmpty())
                tip << o.notes;
            item.tooltip = tip.join(QLatin1Char('\n'));
            spans.append({o.start, qMin(o.start + qint64(o.minutes) * 60, dayEnd), item});
        }
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        // Overlapping blocks share the column side by side: a cluster of overlaps is split in lanes.
        const QRect column = dayColumn(i);
        int k = 0;
        while (k < spans.size()) {
            int end = k;
            qint64 clusterEnd = spans[k].end;
            QList<qint64> laneEnds;
            QList<int> lanes;
            while (end < spans.size() && (end == k || spans[end].start < clusterEnd)) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds[lane] > spans[end].start)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(spans[end].end);
                else
                    laneEnds[lane] = spans[end].end;
                lanes.append(lane);
                clusterEnd = qMax(clusterEnd, spans[end].end);
                ++end;
            }
            const int count = int(laneEnds.size());
            for (int j = k; j < end; ++j) {
                Item item = spans[j].item;
                const int lane = lanes[j - k];
                const int x0 = column.left() + 2 + lane * (column.width() - 4) / count;
                const int x1 = column.left() + 2 + (lane + 1) * (column.width() - 4) / count;
                const int y0 = yFor(spans[j].start, day);
                const int y1 = qMax(y0 + 14, yFor(spans[j].end, day));
                item.rect = QRect(QPoint(x0, y0), QPoint(x1 - 2, y1 - 1));
                m_items.append(item);
            }
            k = end;
        }
    }
    if (current)
        for (int i = 0; i < m_items.size(); ++i)
            if (m_items.at(i).id == current->id && m_items.at(i).planned == current->planned
                && m_items.at(i).day == current->day)
                m_current = i;
}

void WeekGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    if (m_view->m_scrollPending)
        QMetaObject::invokeMethod(m_view, &WeekView::scrollToWorkingHours, Qt::QueuedConnection);
}

void WeekGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const WeekView::Data &d = m_view->data();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();

    // Columns, the selected day shaded, hour lines and labels.
    for (int i = 0; i < 7; ++i) {
        const QRect column = dayColumn(i);
        if (d.first.isValid() && d.first.addDays(i) == m_view->selectedDate())
            painter.fillRect(column, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(column.topLeft(), column.bottomLeft());
    }
    for (int hour = 0; hour <= 24; ++hour) {
        const int y = hour * HourHeight;
        painter.setPen(QPen(pal.color(QPalette::Midlight), 1));
        painter.drawLine(timeAxisWidth(), y, width(), y);
        if (hour < 24) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, y + 2, timeAxisWidth() - 6, fm.height()), Qt::AlignRight | Qt::AlignTop,
                             format::time(QTime(hour, 0), d.locale));
        }
    }

    for (const Item &item : m_items) {
        QColor fill = item.color;
        if (item.planned) {
            fill.setAlphaF(item.done ? 0.08 : 0.16);
            painter.setBrush(fill);
            QPen pen(item.color, 1.5, Qt::DashLine);
            painter.setPen(pen);
        } else {
            painter.setBrush(fill);
            painter.setPen(QPen(fill.darker(130), 1));
        }
        painter.drawRoundedRect(QRectF(item.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        if (hasFocus() && m_current >= 0 && &item == &m_items.at(m_current)) {
            // The keyboard's block: outlined in the highlight colour.
            painter.save();
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.drawRoundedRect(QRectF(item.rect).adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4);
            painter.restore();
        }
        // White text on the client's colour, or the palette's text on a planned block's wash.
        const QColor textColor = item.planned                    ? pal.color(QPalette::Text)
                                 : qGray(item.color.rgb()) > 150 ? QColor(Qt::black)
                                                                 : QColor(Qt::white);
        painter.setPen(textColor);
        QFont f = font();
        f.setStrikeOut(item.done);
        f.setItalic(item.planned);
        painter.setFont(f);
        const QRect textRect = item.rect.adjusted(4, 1, -3, -1);
        if (textRect.height() >= fm.height() - 4)
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             fm.elidedText(item.text, Qt::ElideRight,
                                           textRect.width() * qMax(1, textRect.height() / fm.height())));
        painter.setFont(font());
    }

    // Now, across today's column.
    if (d.today >= d.first && d.today <= d.first.addDays(6)) {
        const int index = int(d.first.daysTo(d.today));
        const QRect column = dayColumn(index);
        const int y = yFor(d.now, d.today);
        painter.setPen(QPen(look::deadlineColor(), 2));
        painter.drawLine(column.left(), y, column.right(), y);
        painter.setBrush(look::deadlineColor());
        painter.drawEllipse(QPoint(column.left(), y), 4, 4);
    }
}

QList<int> WeekGrid::itemsOf(QDate day) const
{
    QList<int> out;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).day == day)
            out << i;
    std::sort(out.begin(), out.end(),
              [this](int a, int b) { return m_items.at(a).rect.top() < m_items.at(b).rect.top(); });
    return out;
}

void WeekGrid::setCurrent(int index)
{
    m_current = index;
    if (index >= 0) {
        // Into view in the scroll area.
        if (auto *area =
                qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
            area->ensureVisible(m_items.at(index).rect.center().x(), m_items.at(index).rect.center().y(), 0,
                                m_items.at(index).rect.height() / 2 + 8);
        setToolTip(m_items.at(index).tooltip);
    }
    update();
}

void WeekGrid::keyPressEvent(QKeyEvent *event)
{
    const WeekView::Data &d = m_view->data();
    QDate day = m_view->selectedDate().isValid() ? m_view->selectedDate() : d.first;
    const QList<int> today = itemsOf(day);
    const int at = today.indexOf(m_current);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        day = day.addDays(event->key() == Qt::Key_Left ? -1 : 1);
        if (day < d.first || day > d.first.addDays(6))
            return; // the week's edge: the page's arrows change the week
        m_view->setSelectedDate(day);
        const QList<int> there = itemsOf(day);
        setCurrent(there.isEmpty() ? -1 : there.first());
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (today.isEmpty())
            return;
        if (at < 0)
            setCurrent(event->key() == Qt::Key_Up ? today.last() : today.first());
        else
            setCurrent(
                today.at(qBound(0, at + (event->key() == Qt::Key_Up ? -1 : 1), int(today.size()) - 1)));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && m_current < m_items.size()) {
            const Item &item = m_items.at(m_current);
            if (item.planned)
                Q_EMIT m_view->planActivated(item.id, item.day);
            else
                Q_EMIT m_view->entryActivated(item.id);
        }
        return;
    case Qt::Key_N:
        if (event->modifiers() == Qt::NoModifier) {
            // Time logged on the selected day: from now on today, from nine on another day.
            const qint64 start =
                day == d.today ? d.now - d.now % 900 : QDateTime(day, QTime(9, 0), d.zone).toSecsSinceEpoch();
            Q_EMIT m_view->logTimeRequested(start);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void WeekGrid::mousePressEvent(QMouseEvent *event)
{
    const qint64 at = instantAt(event->position().toPoint());
    if (at > 0)
        m_view->setSelectedDate(timeutil::localDate(at, m_view->data().zone));
    QWidget::mousePressEvent(event);
}

void WeekGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (const Item *item = itemAt(pos)) {
        if (item->planned)
            Q_EMIT m_view->planActivated(item->id, item->day);
        else
            Q_EMIT m_view->entryActivated(item->id);
        return;
    }
    const qint64 at = instantAt(pos);
    if (at <= 0)
        return;
    QMenu menu(this);
    QAction *log = menu.addAction(WeekView::tr("Log Time Here…"));
    QAction *plan = menu.addAction(WeekView::tr("Plan Work Here…"));
    QAction *chosen = menu.exec(event->globalPosition().toPoint());
    if (chosen == log)
        Q_EMIT m_view->logTimeRequested(at);
    else if (chosen == plan)
        Q_EMIT m_view->planWorkRequested(at);
}

bool WeekGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Item *item = itemAt(help->pos()))
            QToolTip::showText(help->globalPos(), item->tooltip, this, item->rect);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace minuta::ui
