#pragma once

// An invoice's lines as a table, exactly as core computed them: description, quantity, unit price,
// tax and amount.

#include "invoicing/invoice.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace minuta::ui {

class InvoiceLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Quantity, UnitPrice, Tax, Amount, ColumnCount };

    explicit InvoiceLineModel(QObject *parent = nullptr);
    void setInvoice(const Invoice &invoice, const QLocale &locale);
    const InvoiceLine *lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Invoice m_invoice;
    QLocale m_locale;
};

} // namespace minuta::ui
