#pragma once

// The month at a glance: six weeks of days from the configured first day of the week. Each day
// shows the hours logged, a bar split by client colour against the daily capacity, the hours
// planned, deadlines, and a tint for how full it is (light, full, over). Today is ringed; a click
// selects a day, a double-click or Enter opens its week; arrows move the selection.

#include "calendar/workcalendar.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QWidget>

namespace minuta::ui {

class MonthView : public QWidget
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    // The first and last day of the six-week grid that shows `month`.
    static std::pair<QDate, QDate> gridRange(QDate month, Qt::DayOfWeek firstDay);

    void setMonth(QDate month, Qt::DayOfWeek firstDay, const QList<DayLoad> &days, int capacityMinutes,
                  QDate today, const QLocale &locale);
    QDate month() const { return m_month; }
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(QDate date);

    // What a day's cell says, in words (its tooltip and accessible description).
    QString describe(QDate date) const;
    // The figures drawn for a day (for tests and the day panel).
    DayLoad load(QDate date) const { return m_days.value(date); }
    QRect cellRect(QDate date) const;
    QDate dateAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Background tints for the load, readable on light and dark palettes.
    static QColor tint(Load load, const QPalette &palette);

Q_SIGNALS:
    void selectedDateChanged(QDate date);
    void activated(QDate date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int headerHeight() const;
    void paintDay(QPainter &painter, QDate date, const QRect &rect) const;

    QDate m_month;
    QDate m_first;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
    QHash<QDate, DayLoad> m_days;
    int m_capacityMinutes = 480;
    QDate m_today;
    QDate m_selected;
    QLocale m_locale;
};

} // namespace minuta::ui
