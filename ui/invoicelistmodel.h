#pragma once

// Invoices and credit notes as a table: number, client, dates, total, balance and status, overdue
// ones marked.

#include "invoicing/invoice.h"

#include <QAbstractTableModel>

namespace minuta::ui {

class Workspace;

class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Client, Date, Due, Total, Balance, Status, EInvoice, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit InvoiceListModel(Workspace &workspace, QObject *parent = nullptr);
    void setFilter(const InvoiceFilter &filter);
    void refresh();
    const InvoiceSummary *invoiceAt(int row) const;
    QModelIndex indexOfInvoice(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the e-invoice column says of an issued invoice never exported.
    static QString notExportedText();
    static QString statusText(const InvoiceSummary &summary);
    // Every status the column can show, for its width in the language in use.
    static QStringList statusTexts();

private:
    Workspace &m_workspace;
    InvoiceFilter m_filter;
    QList<InvoiceSummary> m_rows;
};

} // namespace minuta::ui
