#pragma once

// Logged usage as a table, newest first, fetched a page at a time.

#include "work/service.h"

#include <QAbstractTableModel>

namespace minuta::ui {

class Workspace;

class UsageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Client, Service, Quantity, Unit, Note, Billed, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit UsageModel(Workspace &workspace, QObject *parent = nullptr);
    void setFilter(const UsageFilter &filter);
    void refresh();
    const Usage *usageAt(int row) const;
    qint64 matchingCount() const { return m_count; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void load(qint64 rows);

    Workspace &m_workspace;
    UsageFilter m_filter;
    QList<Usage> m_rows;
    qint64 m_count = 0;
    bool m_changing = false;
};

} // namespace minuta::ui
