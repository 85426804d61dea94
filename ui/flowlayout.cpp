#include "flowlayout.h"

#include <QSpacerItem>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace minuta::ui {

namespace {

bool isStretch(QLayoutItem *item)
{
    const QSpacerItem *spacer = item->spacerItem();
    return spacer && (spacer->expandingDirections() & Qt::Horizontal);
}

bool isHidden(QLayoutItem *item)
{
    return item->widget() && item->widget()->isHidden();
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addStretch()
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

void FlowLayout::addSpacing(int size)
{
    addItem(new QSpacerItem(size, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return arrange(QRect(0, 0, width, 0), false) + m.top() + m.bottom();
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest control; as tall as one line of them.
    QSize size;
    for (QLayoutItem *item : m_items)
        if (!isHidden(item) && !isStretch(item))
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (QLayoutItem *item : m_items) {
        if (isHidden(item))
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return QSize(width + std::max(0, shown - 1) * std::max(0, spacing()) + m.left() + m.right(),
                 height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(contentsRect(), true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    int gap = spacing();
    if (gap < 0)
        gap = parentWidget() ? parentWidget()->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) : 6;
    if (gap < 0)
        gap = 6;
    const int width = std::max(1, rect.width());

    // Lines of items, greedily: an item goes on the next line when it does not fit on this one.
    QList<QList<QLayoutItem *>> lines(1);
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (isHidden(item))
            continue;
        const int w = isStretch(item) ? 0 : std::min(item->sizeHint().width(), width);
        const bool empty = lines.last().isEmpty();
        if (!empty && used + gap + w > width && !isStretch(item)) {
            // A stretch just before the break goes with what follows it, which stays at the right.
            QList<QLayoutItem *> next;
            while (!lines.last().isEmpty() && isStretch(lines.last().last()))
                next.prepend(lines.last().takeLast());
            lines.append(next);
            used = 0;
        }
        used += (lines.last().isEmpty() ? 0 : gap) + w;
        lines.last().append(item);
    }

    int y = rect.y();
    int total = 0;
    for (const QList<QLayoutItem *> &line : std::as_const(lines)) {
        int lineWidth = 0;
        int lineHeight = 0;
        int stretches = 0;
        int shown = 0;
        for (QLayoutItem *item : line) {
            if (isStretch(item)) {
                ++stretches;
                continue;
            }
            lineWidth += std::min(item->sizeHint().width(), width);
            lineHeight = std::max(lineHeight, item->sizeHint().height());
            ++shown;
        }
        if (shown == 0)
            continue;
        lineWidth += (int(line.size()) - 1) * gap;
        const int spare = std::max(0, width - lineWidth);
        if (apply) {
            int x = rect.x();
            int given = 0;
            int seen = 0;
            for (QLayoutItem *item : line) {
                if (isStretch(item)) {
                    // The spare width shared among the line's stretches, the rounding to the last.
                    ++seen;
                    const int share = seen == stretches ? spare - given : spare / std::max(1, stretches);
                    given += share;
                    x += share + gap;
                    continue;
                }
                const QSize hint = item->sizeHint();
                const int w = std::min(hint.width(), width);
                // Vertically centred on the line, as a QHBoxLayout places its controls.
                const int h = std::min(hint.height(), lineHeight);
                item->setGeometry(QRect(x, y + (lineHeight - h) / 2, w, h));
                x += w + gap;
            }
        }
        if (total > 0)
            total += gap;
        total += lineHeight;
        y += lineHeight + gap;
    }
    return total;
}

} // namespace minuta::ui
