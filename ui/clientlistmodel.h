#pragma once

// Clients as a list: name with its colour, archived ones in italics when shown.

#include "clients/client.h"

#include <QAbstractListModel>

namespace minuta::ui {

class Workspace;

class ClientListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int ArchivedRole = Qt::UserRole + 2;

    explicit ClientListModel(Workspace &workspace, QObject *parent = nullptr);

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void refresh();

    const Client *clientAt(int row) const;
    QModelIndex indexOfClient(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A round swatch of a client's colour.
    static QIcon swatch(const QString &color);

private:
    Workspace &m_workspace;
    QList<Client> m_clients;
    bool m_showArchived = false;
};

} // namespace minuta::ui
