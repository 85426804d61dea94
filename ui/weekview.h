#pragma once

// A week, seven days by the hours of the day: logged entries as blocks in their client's colour
// (a tooltip says client, task, duration and what the block is worth), planned work as outlined
// blocks, the present as a line. Double-clicking an empty slot asks to log time or plan work
// there; double-clicking a block opens it.

#include "calendar/plan.h"
#include "calendar/workcalendar.h"

#include <QDate>
#include <QLocale>
#include <QTimeZone>
#include <QWidget>

class QScrollArea;

namespace minuta::ui {

class WeekGrid;

class WeekView : public QWidget
{
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);

    struct Data
    {
        QDate first; // the week's first day
        QList<DayLoad> days;
        QList<CalendarBlock> blocks;
        QList<PlanOccurrence> plans;
        QDate today;
        qint64 now = 0;
        QTimeZone zone;
        QLocale locale;
    };
    void setData(const Data &data);
    const Data &data() const { return m_data; }
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(QDate date);
    // Brings the working hours (or the first block) into view.
    void scrollToWorkingHours();

    WeekGrid *grid() const { return m_grid; }

    // What the header says above day `index` (0 the week's first): its name, the time logged, the
    // time planned, each on its own line so none is cut; and above the hours, the week's totals.
    QStringList dayHeader(int index) const;
    QStringList weekHeader() const;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void selectedDateChanged(QDate date);
    void entryActivated(qint64 entryId);
    void planActivated(qint64 planId, QDate day);
    // A double-click on an empty slot: the user chose to log time or plan work starting there.
    void logTimeRequested(qint64 start);
    void planWorkRequested(qint64 start);

private:
    friend class WeekGrid;
    Data m_data;
    QDate m_selected;
    bool m_scrollPending = true;
    QWidget *m_header;
    QScrollArea *m_scroll;
    WeekGrid *m_grid;
};

// The painted part under the day names; public for tests (hit testing, what is drawn).
class WeekGrid : public QWidget
{
    Q_OBJECT

public:
    explicit WeekGrid(WeekView *view);

    static constexpr int HourHeight = 44;

    struct Item
    {
        QRect rect;
        bool planned = false;
        qint64 id = 0; // entry or plan
        QDate day;
        QString text;
        QString tooltip;
        QColor color;
        bool done = false;
        bool running = false;
    };
    // The blocks as laid out now (recomputed on resize and on new data).
    const QList<Item> &items() const { return m_items; }
    int timeAxisWidth() const;
    QRect dayColumn(int index) const;
    // The instant under a point, snapped to the quarter hour.
    qint64 instantAt(const QPoint &pos) const;
    const Item *itemAt(const QPoint &pos) const;

    void relayout();
    QSize sizeHint() const override;

    // The block the keyboard is on (Up and Down move among the selected day's blocks, Left and
    // Right change the day, Enter opens it, N logs time on the day); -1 when none is.
    int currentItem() const { return m_current; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int yFor(qint64 instant, QDate day) const;
    // The blocks of `day`, top to bottom.
    QList<int> itemsOf(QDate day) const;
    void setCurrent(int index);

    WeekView *m_view;
    QList<Item> m_items;
    int m_current = -1;
};

} // namespace minuta::ui
