#pragma once

// The time log as a table: entries matching a filter, newest first, fetched a page at a time so a
// file with a million entries opens as fast as an empty one, grouped by day: each day opens with a
// row of its totals (time, what the billable work is worth, the units used that day). Start, end,
// duration, task, description and billable are edited in place; each edit goes through core as an
// undoable command, and a refused edit changes nothing and says why (editRefused).

#include "work/service.h"
#include "work/timeentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace minuta::ui {

class Workspace;

class TimeEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Date,
        Start,
        End,
        Duration,
        Amount,
        Client,
        Task,
        Description,
        Billable,
        Continue, // ▶: starts the timer again for the entry's client, task and description
        ColumnCount
    };
    static constexpr int PageSize = 200; // entries loaded at a time
    // The entry's id, for any index of its row; nothing on a day's row.
    static constexpr int IdRole = Qt::UserRole + 1;
    // The day a day's row opens, for any index of it; nothing on an entry's row.
    static constexpr int DayRole = Qt::UserRole + 2;

    explicit TimeEntryModel(Workspace &workspace, QObject *parent = nullptr);

    void setFilter(const TimeEntryFilter &filter);
    TimeEntryFilter filter() const { return m_filter; }
    // Loads again what is shown, keeping as many rows as were loaded.
    void refresh();
    // The running entry moved on: its duration and worth, and its day's totals, read again; only
    // those cells change (an edit open elsewhere in the table is left alone).
    void tick();

    // The entry of a row; nothing for a day's row.
    const TimeEntry *entryAt(int row) const;
    QModelIndex indexOfEntry(qint64 id) const;
    // The row that opens `day`, or none.
    QModelIndex indexOfDay(QDate day) const;
    // The entries loaded, newest first, without the days' rows.
    const QList<TimeEntry> &loadedEntries() const { return m_entries; }
    // A day's totals and units, for a day shown.
    const DayTotals *dayTotals(QDate day) const;
    QList<DayUnits> dayUnits(QDate day) const { return m_units.value(day); }
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
    // A row of the table: a day's, or the entry at an index of m_entries.
    struct Row
    {
        QDate day;
        int entry = -1;
        bool operator==(const Row &other) const { return day == other.day && entry == other.entry; }
    };

    void load(qint64 rows);
    void findOverlaps();
    // The rows for the loaded entries, with the days they fall on and days between them with units
    // only; the days' figures are read again.
    QList<Row> layout();
    void readDays(QDate from, QDate to);
    QVariant dayData(const Row &row, int column, int role) const;
    QString unitsText(QDate day) const;
    // The entry as it would be after typing `text` in `column`, or why not.
    Result<TimeEntry> edited(const TimeEntry &entry, int column, const QVariant &value) const;

    Workspace &m_workspace;
    TimeEntryFilter m_filter;
    QList<TimeEntry> m_entries;
    QList<Row> m_rows;
    QHash<QDate, DayTotals> m_days;
    QHash<QDate, QList<DayUnits>> m_units;
    QDate m_daysFrom; // the days whose figures are read
    QDate m_daysTo;
    TimeEntryTotals m_totals;
    bool m_changing = false;
    QSet<qint64> m_overlapping;
};

} // namespace minuta::ui
