#include "invoicelistmodel.h"

#include "format.h"
#include "look.h"
#include "workspace.h"

#include "values/clock.h"
#include "values/timeutil.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace minuta::ui {

InvoiceListModel::InvoiceListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & (Workspace::Invoices | Workspace::Clients))
            QMetaObject::invokeMethod(this, &InvoiceListModel::refresh, Qt::QueuedConnection);
    });
    refresh();
}

void InvoiceListModel::setFilter(const InvoiceFilter &filter)
{
    m_filter = filter;
    refresh();
}

void InvoiceListModel::refresh()
{
    beginResetModel();
    auto rows = m_workspace.invoices().list(m_filter);
    m_rows = rows ? *rows : QList<InvoiceSummary>();
    endResetModel();
}

const InvoiceSummary *InvoiceListModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QModelIndex InvoiceListModel::indexOfInvoice(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return index(row, 0);
    return {};
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Client:
        return tr("Client");
    case Date:
        return tr("Date");
    case Due:
        return tr("Due");
    case Total:
        return tr("Total");
    case Balance:
        return tr("Balance");
    case Status:
        return tr("Status");
    case EInvoice:
        return tr("E-invoice");
    }
    return {};
}

QString InvoiceListModel::notExportedText()
{
    return tr("Not exported");
}

QStringList InvoiceListModel::statusTexts()
{
    return {tr("Draft"),       tr("Cancelled"),       tr("Credit note"),
            tr("Paid"),        tr("Overdue"),         tr("Partly paid, overdue"),
            tr("Partly paid"), tr("Awaiting payment")};
}

QString InvoiceListModel::statusText(const InvoiceSummary &s)
{
    if (s.status == InvoiceStatus::Draft)
        return tr("Draft");
    if (s.status == InvoiceStatus::Cancelled)
        return tr("Cancelled");
    if (s.kind == InvoiceKind::CreditNote)
        return tr("Credit note");
    if (s.paymentState == PaymentState::Paid)
        return tr("Paid");
    if (s.overdue)
        return s.paymentState == PaymentState::PartlyPaid ? tr("Partly paid, overdue") : tr("Overdue");
    return s.paymentState == PaymentState::PartlyPaid ? tr("Partly paid") : tr("Awaiting payment");
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    const InvoiceSummary *s = invoiceAt(index.row());
    if (!s)
        return {};
    const QLocale locale = m_workspace.locale();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return s->number.value_or(tr("Draft"));
        case Client:
            return s->clientName;
        case Date:
            return format::date(s->issueDate, locale);
        case Due:
            return s->kind == InvoiceKind::Invoice && s->status == InvoiceStatus::Issued
                       ? format::date(s->dueDate, locale)
                       : QString();
        case Total:
            return s->total.format(locale);
        case Balance:
            return s->balance.isZero() ? QString() : s->balance.format(locale);
        case Status:
            return statusText(*s);
        case EInvoice:
            if (s->einvoiceExported)
                return format::date(timeutil::localDate(*s->einvoiceExported, m_workspace.clock().timeZone()),
                                    locale);
            return s->status == InvoiceStatus::Draft ? QString() : notExportedText();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == EInvoice && s->einvoiceExported) {
        const QDateTime at =
            QDateTime::fromSecsSinceEpoch(*s->einvoiceExported, m_workspace.clock().timeZone());
        return tr("Its electronic invoice (XML) was last exported on %1 at %2.")
            .arg(format::date(at.date(), locale), format::time(at.time(), locale));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Total || index.column() == Balance))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (s->overdue && (index.column() == Status || index.column() == Due || index.column() == Balance))
            return look::errorColor();
        if (s->status == InvoiceStatus::Cancelled || (index.column() == EInvoice && !s->einvoiceExported))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::FontRole && s->status == InvoiceStatus::Draft && index.column() == Number) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == IdRole)
        return s->id;
    return {};
}

} // namespace minuta::ui
