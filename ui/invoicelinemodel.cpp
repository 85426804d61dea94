#include "invoicelinemodel.h"

#include "values/timeutil.h"

namespace minuta::ui {

InvoiceLineModel::InvoiceLineModel(QObject *parent) : QAbstractTableModel(parent)
{}

void InvoiceLineModel::setInvoice(const Invoice &invoice, const QLocale &locale)
{
    beginResetModel();
    m_invoice = invoice;
    m_locale = locale;
    endResetModel();
}

const InvoiceLine *InvoiceLineModel::lineAt(int row) const
{
    return row >= 0 && row < m_invoice.lines.size() ? &m_invoice.lines[row] : nullptr;
}

int InvoiceLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoice.lines.size());
}

int InvoiceLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Tax:
        return tr("Tax");
    case Amount:
        return tr("Amount");
    }
    return {};
}

QVariant InvoiceLineModel::data(const QModelIndex &index, int role) const
{
    const InvoiceLine *l = lineAt(index.row());
    if (!l)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Description:
            return QString(l->description).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Quantity:
            if (l->seconds)
                return tr("%1 h").arg(timeutil::formatDuration(*l->seconds));
            return l->unit.isEmpty() ? l->quantity.format(m_locale)
                                     : tr("%1 %2").arg(l->quantity.format(m_locale), l->unitForQuantity());
        case UnitPrice:
            return l->unitPrice.formatNumber(m_locale);
        case Tax: {
            if (m_invoice.reverseCharge)
                return tr("reverse charge");
            const TaxRate rate = l->taxRate.value_or(m_invoice.parties.profile.standardRate());
            return rate.milliPercent() == 0 ? QStringLiteral("–") : rate.format(m_locale);
        }
        case Amount:
            return l->amount.formatNumber(m_locale);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Description)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Description)
        return l->description;
    return {};
}

} // namespace minuta::ui
