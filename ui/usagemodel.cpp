#include "usagemodel.h"

#include "format.h"
#include "look.h"
#include "workspace.h"

#include "values/clock.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>

namespace minuta::ui {

UsageModel::UsageModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & (Workspace::Usage | Workspace::Services | Workspace::Clients | Workspace::Invoices))
            QMetaObject::invokeMethod(this, &UsageModel::refresh, Qt::QueuedConnection);
    });
}

void UsageModel::setFilter(const UsageFilter &filter)
{
    m_filter = filter;
    load(PageSize);
}

void UsageModel::refresh()
{
    // After a change, as many rows as were shown stay loaded, so the view keeps its place.
    load(qMax<qint64>(PageSize, m_rows.size()));
}

void UsageModel::load(qint64 rows)
{
    auto loaded = m_workspace.usage().list(m_filter, UsageRepository::Order::Newest, 0, rows);
    auto count = m_workspace.usage().count(m_filter);
    m_changing = true;
    beginResetModel();
    m_rows = loaded ? *loaded : QList<Usage>();
    m_count = count ? *count : 0;
    endResetModel();
    m_changing = false;
}

const Usage *UsageModel::usageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int UsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("When");
    case Client:
        return tr("Client");
    case Service:
        return tr("Service");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case Note:
        return tr("Note");
    case Billed:
        return tr("Billed");
    }
    return {};
}

QVariant UsageModel::data(const QModelIndex &index, int role) const
{
    const Usage *u = usageAt(index.row());
    if (!u)
        return {};
    const QLocale locale = m_workspace.locale();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(u->at, m_workspace.clock().timeZone());
            return tr("%1, %2", "day, time")
                .arg(format::dayDate(at.date(), locale), format::time(at.time(), locale));
        }
        case Client:
            return u->clientName;
        case Service:
            return u->serviceName;
        case Quantity:
            return u->quantity.format(locale);
        case Unit:
            return u->unit;
        case Note:
            return u->note;
        case Billed:
            return u->isBilled() ? tr("billed") : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Date && u->isBilled())
        return look::icon(QStringLiteral("lock"));
    if (role == Qt::ForegroundRole && u->isBilled())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == IdRole)
        return u->id;
    return {};
}

bool UsageModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows are being reset or added (a slot of those signals may ask): the view asks again
    // once it has laid out the new rows.
    return !parent.isValid() && !m_changing && m_rows.size() < m_count;
}

void UsageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto rows = m_rows.isEmpty()
                    ? m_workspace.usage().list(m_filter, UsageRepository::Order::Newest, 0, PageSize)
                    : m_workspace.usage().listAfter(m_filter, UsageRepository::Order::Newest, m_rows.last(),
                                                    PageSize);
    if (!rows || rows->isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
    m_changing = false;
}

} // namespace minuta::ui
