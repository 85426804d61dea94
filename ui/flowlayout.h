#pragma once

// A row of controls that wraps onto more lines when the window is too narrow for it, as the
// filters and buttons above a list must at half a laptop screen. Where everything fits on one line
// it looks like a QHBoxLayout: a stretch pushes what follows it to the right. When the row wraps,
// each line is laid out the same way, so buttons after a stretch stay at the right.

#include <QLayout>
#include <QList>

namespace minuta::ui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Space that takes the line's spare width, shared with the line's other stretches.
    void addStretch();
    void addSpacing(int size);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace minuta::ui
