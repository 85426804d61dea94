#pragma once

// The Time log section: the entries of today, this week, this month or a chosen range, grouped by
// day with each day's totals, filtered by client, billable and billed, edited in place; continue an
// entry (the timer starts again for its client, task and description), add by hand, duplicate,
// split and delete, from the toolbar or a right-click; totals of what is shown.

#include "work/timeentry.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;
class QAction;

namespace minuta::ui {

class EmptyState;
class TimeEntryModel;
class Workspace;

class TimeLogPage : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Today, Yesterday, ThisWeek, LastWeek, ThisMonth, LastMonth, Custom };

    explicit TimeLogPage(Workspace &workspace, QWidget *parent = nullptr);
    ~TimeLogPage() override;

    TimeEntryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *splitAction() const { return m_split; }
    QAction *deleteAction() const { return m_delete; }
    QAction *continueAction() const { return m_continue; }
    QAction *editAction() const { return m_edit; }
    QAction *billableAction() const { return m_billableToggle; }
    QAction *exportAction() const { return m_export; }
    QString totalsText() const;
    // The client the user is looking at: the selected entries' one, else the client shown; 0 when
    // neither says.
    qint64 focusClientId() const;

    // Offers `action` (new client) on the welcome shown while there are no clients.
    void addNewClientAction(QAction *action);

    void setRange(Range range);
    void setCustomRange(QDate from, QDate to);

public Q_SLOTS:
    void addEntry();
    void editSelected();
    // Asks for the timer to start again with the selected entry's client, task and description.
    void continueSelected();
    void continueEntry(const TimeEntry &entry);
    void setSelectedBillable(bool billable);
    void duplicateSelected();
    void splitSelected();
    void deleteSelected();
    // The running entry moved on (every half minute): its row, its day and the totals follow.
    void tick();
    // Saves the entries the filters select (finished ones) as CSV, through a save dialog.
    void exportCsv();

Q_SIGNALS:
    void message(const QString &text);
    // The user asked to go on with the work of `entry`: the timer bar starts it.
    void continueRequested(const TimeEntry &entry);

private:
    void showContextMenu(const QPoint &pos);
    void applyFilter();
    void updateTotals();
    void updateActions();
    void fillClientFilter();
    void showListOrEmpty();
    QList<TimeEntry> selectedEntries() const;

    Workspace &m_workspace;
    TimeEntryModel *m_model;
    QTableView *m_view;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    EmptyState *m_welcome;
    bool m_hasActiveClients = false;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_client;
    QComboBox *m_billable;
    QComboBox *m_billed;
    QLabel *m_totals;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_split;
    QAction *m_delete;
    QAction *m_export = nullptr;
    QAction *m_continue = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_billableToggle = nullptr;
};

} // namespace minuta::ui
