#include "servicemodel.h"

#include "workspace.h"

#include <QApplication>
#include <QPalette>

namespace minuta::ui {

ServiceModel::ServiceModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & Workspace::Services)
            QMetaObject::invokeMethod(this, &ServiceModel::refresh, Qt::QueuedConnection);
    });
    refresh();
}

void ServiceModel::setShowInactive(bool show)
{
    m_showInactive = show;
    refresh();
}

void ServiceModel::refresh()
{
    beginResetModel();
    auto services = m_workspace.services().list(m_showInactive);
    m_services = services ? *services : QList<Service>();
    endResetModel();
}

const Service *ServiceModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services[row] : nullptr;
}

int ServiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Price");
    case Tax:
        return tr("Tax");
    case Status:
        return tr("Status");
    }
    return {};
}

QVariant ServiceModel::data(const QModelIndex &index, int role) const
{
    const Service *s = serviceAt(index.row());
    if (!s)
        return {};
    const QLocale locale = m_workspace.locale();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return s->name;
        case Unit:
            return s->unit;
        case Price:
            return s->unitPrice.format(locale);
        case Tax:
            return s->taxRate ? s->taxRate->format(locale) : tr("standard");
        case Status:
            return s->active ? tr("offered") : tr("no longer offered");
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Tax))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !s->active)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == IdRole)
        return s->id;
    return {};
}

} // namespace minuta::ui
