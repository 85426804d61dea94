#pragma once

// The calendar section: the month or the week, and beside it the selected day's entries, usage and
// planned work with totals. From here work is planned, planned work is marked done, time is logged
// at a chosen slot, and the shown period is exported as an .ics file.

#include "calendar/workcalendar.h"

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace minuta::ui {

class EmptyState;
class MonthView;
class WeekView;
class Workspace;

class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Month, Week };
    explicit CalendarPage(Workspace &workspace, QWidget *parent = nullptr);

    // Offers `action` (new client) on the empty state shown while there are no clients.
    void addNewClientAction(QAction *action);

    Mode mode() const;
    void setMode(Mode mode);
    // Shows the month or week holding `date`, with `date` selected.
    void showDate(QDate date);
    QDate selectedDate() const { return m_selected; }
    QString title() const;

    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    QTreeWidget *dayList() const { return m_dayList; }
    QString dayTotalsText() const;
    QAction *planAction() const { return m_plan; }
    QAction *exportAction() const { return m_export; }

public Q_SLOTS:
    void planWork(qint64 start = 0);
    void exportCalendar();
    void refresh();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void select(QDate date);
    void showDay();
    void step(int direction);
    void editEntry(qint64 entryId);
    void logTimeAt(qint64 start);
    void editPlan(qint64 planId);
    void dayItemActivated(QTreeWidgetItem *item);
    void dayItemChanged(QTreeWidgetItem *item, int column);
    std::pair<QDate, QDate> shownRange() const;

    Workspace &m_workspace;
    QDate m_selected;
    bool m_stale = true;
    bool m_filling = false;
    QToolButton *m_monthButton;
    QToolButton *m_weekButton;
    QLabel *m_title;
    QStackedWidget *m_stack;
    MonthView *m_month;
    WeekView *m_week;
    QLabel *m_legend;
    QLabel *m_dayTitle;
    QLabel *m_dayTotals;
    QTreeWidget *m_dayList;
    QPushButton *m_dayLog;
    QPushButton *m_dayPlan;
    QAction *m_plan;
    QAction *m_export;
    QTimer *m_tick;
    QStackedWidget *m_outer;
    EmptyState *m_empty;
};

} // namespace minuta::ui
