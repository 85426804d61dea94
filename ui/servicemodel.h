#pragma once

// The service catalog as a table: name, unit, price, tax rate, whether it is offered.

#include "work/service.h"

#include <QAbstractTableModel>

namespace minuta::ui {

class Workspace;

class ServiceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Price, Tax, Status, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ServiceModel(Workspace &workspace, QObject *parent = nullptr);
    void setShowInactive(bool show);
    void refresh();
    const Service *serviceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace &m_workspace;
    QList<Service> m_services;
    bool m_showInactive = true;
};

} // namespace minuta::ui
