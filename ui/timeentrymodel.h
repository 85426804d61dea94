#pragma once

// The time log as a table: entries matching a filter, newest first, fetched a page at a time so a
// file with a million entries opens as fast as an empty one. Start, end, duration, task, description
// and billable are edited in place; each edit goes through core as an undoable command, and a refused
// edit changes nothing and says why (editRefused).

#include "work/timeentry.h"

#include <QAbstractTableModel>
#include <QSet>

namespace minuta::ui {

class Workspace;

class TimeEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Start, End, Duration, Client, Task, Description, Billable, ColumnCount };
    static constexpr int PageSize = 200;
    // The entry's id, for any index of its row.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TimeEntryModel(Workspace &workspace, QObject *parent = nullptr);

    void setFilter(const TimeEntryFilter &filter);
    TimeEntryFilter filter() const { return m_filter; }
    // Loads again what is shown, keeping as many rows as were loaded.
    void refresh();

    const TimeEntry *entryAt(int row) const;
    QModelIndex indexOfEntry(qint64 id) const;
    // Totals of every entry the filter matches, loaded or not.
    TimeEntryTotals totals() const { return m_totals; }
    qint64 matchingCount() const { return m_totals.count; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void editRefused(const QModelIndex &index, const QString &message);
    void editWarned(const QModelIndex &index, const QString &message);
    void totalsChanged();

private:
    void load(qint64 rows);
    void findOverlaps();
    // The entry as it would be after typing `text` in `column`, or why not.
    Result<TimeEntry> edited(const TimeEntry &entry, int column, const QVariant &value) const;

    Workspace &m_workspace;
    TimeEntryFilter m_filter;
    QList<TimeEntry> m_rows;
    TimeEntryTotals m_totals;
    bool m_changing = false;
    QSet<qint64> m_overlapping;
};

} // namespace minuta::ui
