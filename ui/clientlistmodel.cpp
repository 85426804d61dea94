#include "clientlistmodel.h"

#include "workspace.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace minuta::ui {

ClientListModel::ClientListModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & Workspace::Clients)
            QMetaObject::invokeMethod(this, &ClientListModel::refresh, Qt::QueuedConnection);
    });
    refresh();
}

void ClientListModel::setShowArchived(bool show)
{
    m_showArchived = show;
    refresh();
}

void ClientListModel::refresh()
{
    beginResetModel();
    auto clients = m_workspace.clients().list(m_showArchived);
    m_clients = clients ? *clients : QList<Client>();
    endResetModel();
}

const Client *ClientListModel::clientAt(int row) const
{
    return row >= 0 && row < m_clients.size() ? &m_clients[row] : nullptr;
}

QModelIndex ClientListModel::indexOfClient(qint64 id) const
{
    for (int row = 0; row < m_clients.size(); ++row)
        if (m_clients[row].id == id)
            return index(row);
    return {};
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

QIcon ClientListModel::swatch(const QString &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(color));
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    return QIcon(pixmap);
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    const Client *c = clientAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->archived ? tr("%1 (archived)").arg(c->name) : c->name;
    case Qt::DecorationRole:
        return swatch(c->color);
    case Qt::FontRole:
        if (c->archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return c->contactName.isEmpty() ? c->name : tr("%1, %2").arg(c->name, c->contactName);
    case IdRole:
        return c->id;
    case ArchivedRole:
        return c->archived;
    default:
        return {};
    }
}

} // namespace minuta::ui
