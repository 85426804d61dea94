#include "invoicespage.h"

#include "batchinvoicedialog.h"
#include "emptystate.h"
#include "flowlayout.h"
#include "invoiceactions.h"
#include "invoicedialog.h"
#include "invoicelistmodel.h"
#include "look.h"
#include "newinvoicedialog.h"
#include "workspace.h"

#include "values/moneytotals.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace minuta::ui {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    // A hidden action hides its button too.
    button->setVisible(action->isVisible());
    QObject::connect(action, &QAction::visibleChanged, button,
                     [button, action] { button->setVisible(action->isVisible()); });
    return button;
}

enum Show { All, Drafts, Unpaid, Overdue, Paid, Cancelled };

} // namespace

InvoicesPage::InvoicesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new InvoiceListModel(workspace, this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_show(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("invoicesPage"));
    m_new = new QAction(look::icon(QStringLiteral("add")), tr("&New Invoice…"), this);
    // The shortcut belongs to the Work menu's action, which works from every section; a second
    // action with the same keys would make both ambiguous.
    m_new->setToolTip(tr("Invoice a client's unbilled work (Ctrl+I)"));
    m_open = new QAction(look::icon(QStringLiteral("edit")), tr("Open…"), this);
    m_issue = new QAction(tr("Issue…"), this);
    m_pdf = new QAction(look::icon(QStringLiteral("pdf")), tr("Export PDF…"), this);
    m_xml = new QAction(tr("Export E-invoice…"), this);
    m_xml->setObjectName(QStringLiteral("einvoiceAction"));
    m_xml->setToolTip(tr("Export the electronic invoice (FatturaPA XML) to send through the SdI"));
    m_pay = new QAction(look::icon(QStringLiteral("payment")), tr("Record Payment…"), this);
    m_cancel = new QAction(tr("Cancel…"), this);
    m_cancel->setToolTip(tr("Cancel the invoice with a credit note"));
    m_refund = new QAction(tr("Record Refund…"), this);
    m_refund->setObjectName(QStringLiteral("refundAction"));
    m_refund->setToolTip(tr("Record money given back to the client out of a credit note"));
    m_delete = new QAction(look::icon(QStringLiteral("delete")), tr("Delete Draft"), this);
    connect(m_new, &QAction::triggered, this, [this] { newInvoice(); });
    m_invoiceAll = new QAction(tr("Invoice All Clients…"), this);
    m_invoiceAll->setObjectName(QStringLiteral("invoiceAllAction"));
    m_invoiceAll->setToolTip(tr("Make a draft for every client with unbilled work in a period, to review"));
    connect(m_invoiceAll, &QAction::triggered, this, &InvoicesPage::invoiceAllClients);
    connect(m_open, &QAction::triggered, this, &InvoicesPage::openCurrent);
    connect(m_issue, &QAction::triggered, this,
            [this] { say(InvoiceActions::issue(this, m_workspace, currentInvoiceId())); });
    connect(m_pdf, &QAction::triggered, this,
            [this] { say(InvoiceActions::exportPdf(this, m_workspace, currentInvoiceId())); });
    connect(m_xml, &QAction::triggered, this,
            [this] { say(InvoiceActions::exportEInvoice(this, m_workspace, currentInvoiceId())); });
    connect(m_pay, &QAction::triggered, this,
            [this] { say(InvoiceActions::recordPayment(this, m_workspace, currentInvoiceId())); });
    connect(m_cancel, &QAction::triggered, this,
            [this] { say(InvoiceActions::cancel(this, m_workspace, currentInvoiceId())); });
    connect(m_refund, &QAction::triggered, this,
            [this] { say(InvoiceActions::recordRefund(this, m_workspace, currentInvoiceId())); });
    connect(m_delete, &QAction::triggered, this,
            [this] { say(InvoiceActions::deleteDraft(this, m_workspace, currentInvoiceId())); });

    m_show->addItem(tr("All invoices"), All);
    m_show->addItem(tr("Drafts"), Drafts);
    m_show->addItem(tr("Unpaid"), Unpaid);
    m_show->addItem(tr("Overdue"), Overdue);
    m_show->addItem(tr("Paid"), Paid);
    m_show->addItem(tr("Cancelled"), Cancelled);
    m_show->setAccessibleName(tr("Show"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setMinimumContentsLength(14);
    const auto fillClients = [this] {
        const QVariant keep = m_client->currentData();
        const QSignalBlocker blocker(m_client);
        m_client->clear();
        m_client->addItem(tr("All clients"));
        if (auto clients = m_workspace.clients().list(true))
            for (const Client &c : *clients)
                m_client->addItem(c.name, c.id);
        m_client->setCurrentIndex(qMax(0, m_client->findData(keep)));
    };
    fillClients();
    connect(&workspace, &Workspace::changed, this, [fillClients](Workspace::Changes changes) {
        if (changes & Workspace::Clients)
            fillClients();
    });

    auto *bar = new FlowLayout;
    bar->addWidget(m_show);
    bar->addWidget(m_client);
    bar->addStretch();
    for (QAction *a : {m_new, m_invoiceAll, m_open, m_issue, m_pdf, m_xml, m_pay, m_cancel, m_delete})
        bar->addWidget(toolButton(a, this));

    m_view->setObjectName(QStringLiteral("invoiceView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Client, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Invoices"));
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(InvoiceListModel::Number,
                           fm.horizontalAdvance(QStringLiteral("NC-2026/000")) + 24);
    m_view->setColumnWidth(InvoiceListModel::Date, fm.horizontalAdvance(QStringLiteral("30/09/2026")) + 24);
    m_view->setColumnWidth(InvoiceListModel::Due, fm.horizontalAdvance(QStringLiteral("30/09/2026")) + 24);
    m_view->setColumnWidth(InvoiceListModel::Total, fm.horizontalAdvance(QStringLiteral("€ 10,000.00")) + 24);
    m_view->setColumnWidth(InvoiceListModel::Balance,
                           fm.horizontalAdvance(QStringLiteral("€ 10,000.00")) + 24);
    // As wide as the longest status in the language in use ("In attesa di pagamento" in Italian).
    int statusWidth = 0;
    for (const QString &status : InvoiceListModel::statusTexts())
        statusWidth = std::max(statusWidth, fm.horizontalAdvance(status));
    m_view->setColumnWidth(InvoiceListModel::Status, statusWidth + 24);
    // Wide enough for its header too, which is longer than its cells in Italian.
    const QString eHeader =
        m_model->headerData(InvoiceListModel::EInvoice, Qt::Horizontal, Qt::DisplayRole).toString();
    m_view->setColumnWidth(InvoiceListModel::EInvoice,
                           std::max({fm.horizontalAdvance(QStringLiteral("30 Sep 2026")),
                                     fm.horizontalAdvance(InvoiceListModel::notExportedText()),
                                     m_view->horizontalHeader()->fontMetrics().horizontalAdvance(eHeader)})
                               + 24);
    // The columns as the user left them, under a key of their own since the e-invoice column came.
    QList<int> least;
    for (int column = 0; column < m_model->columnCount(); ++column)
        least << m_view->columnWidth(column);
    m_view->horizontalHeader()->restoreState(
        QSettings().value(QStringLiteral("invoices/columns")).toByteArray());
    // Widths saved in another language (or before a column grew) never cut what the columns hold now.
    for (int column = 0; column < least.size(); ++column)
        if (column != InvoiceListModel::Client && m_view->columnWidth(column) < least.at(column))
            m_view->setColumnWidth(column, least.at(column));
    connect(m_view, &QTableView::activated, this, &InvoicesPage::openCurrent);
    // The e-invoice is Italian: its column and action are there for an Italian business only.
    const auto showItalianParts = [this] {
        const bool italian =
            m_workspace.business().get().value_or(BusinessProfile{}).country == QLatin1String("IT");
        m_view->setColumnHidden(InvoiceListModel::EInvoice, !italian);
        m_xml->setVisible(italian);
    };
    showItalianParts();
    connect(&workspace, &Workspace::changed, this, [showItalianParts](Workspace::Changes changes) {
        if (changes & Workspace::Settings)
            showItalianParts();
    });
    // A refund concerns the few credit notes of paid invoices: it is offered on the row's menu and in
    // the credit note's window, not as one more button that would widen the toolbar for every row.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_open, m_issue, m_pdf, m_xml, m_pay, m_cancel, m_refund, m_delete});

    auto *empty =
        new EmptyState(look::icon(QStringLiteral("section-invoices")), tr("No invoices here"),
                       tr("Make an invoice from a client's unbilled work: choose the period, check the lines "
                          "and totals, then keep it as a draft or issue it."),
                       this);
    empty->addAction(m_new);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);
    m_summary->setObjectName(QStringLiteral("invoicesSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(m_show, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);
    connect(m_client, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoicesPage::updateActions);
    applyFilter();
}

InvoicesPage::~InvoicesPage()
{
    QSettings().setValue(QStringLiteral("invoices/columns"), m_view->horizontalHeader()->saveState());
}

void InvoicesPage::applyFilter()
{
    InvoiceFilter filter;
    if (m_client->currentData().isValid())
        filter.clientId = m_client->currentData().toLongLong();
    switch (m_show->currentData().toInt()) {
    case Drafts:
        filter.status = InvoiceStatus::Draft;
        break;
    case Unpaid:
        filter.onlyUnpaid = true;
        break;
    case Overdue:
        filter.onlyOverdue = true;
        break;
    case Paid:
        filter.onlyPaid = true;
        break;
    case Cancelled:
        filter.status = InvoiceStatus::Cancelled;
        break;
    default:
        break;
    }
    m_model->setFilter(filter);
}

void InvoicesPage::updateActions()
{
    const InvoiceSummary *s = m_model->invoiceAt(m_view->currentIndex().row());
    const bool draft = s && s->status == InvoiceStatus::Draft;
    const bool open = s && s->kind == InvoiceKind::Invoice && s->status == InvoiceStatus::Issued;
    m_open->setEnabled(s);
    m_issue->setEnabled(draft);
    m_pdf->setEnabled(s);
    m_xml->setEnabled(s && !draft);
    m_pay->setEnabled(open && s->balance.minorUnits() > 0);
    m_cancel->setEnabled(open);
    m_refund->setEnabled(s && s->owedBack.minorUnits() > 0);
    m_delete->setEnabled(draft);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);

    // What is still owed, per currency, and what credit notes still owe back to clients.
    // A sum that would overflow keeps what it had; the list still shows every balance.
    MoneyTotals owed;
    MoneyTotals owedBack;
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InvoiceSummary *r = m_model->invoiceAt(row);
        if (r->balance.minorUnits() > 0)
            (void)owed.add(r->balance);
        if (r->owedBack.minorUnits() > 0)
            (void)owedBack.add(r->owedBack);
        overdue += r->overdue ? 1 : 0;
    }
    const QLocale locale = m_workspace.locale();
    QStringList parts{tr("%n invoice(s)", nullptr, m_model->rowCount())};
    parts << (owed.isEmpty() ? tr("nothing owed") : tr("%1 still owed").arg(owed.format(locale)));
    if (!owedBack.isEmpty())
        parts << tr("%1 owed back to clients").arg(owedBack.format(locale));
    if (overdue > 0)
        parts << tr("%n overdue", nullptr, overdue);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

qint64 InvoicesPage::currentInvoiceId() const
{
    return m_view->currentIndex().data(InvoiceListModel::IdRole).toLongLong();
}

qint64 InvoicesPage::focusClientId() const
{
    if (const qint64 shown = m_client->currentData().toLongLong(); shown > 0)
        return shown;
    const InvoiceSummary *current = m_model->invoiceAt(m_view->currentIndex().row());
    return current ? current->clientId : 0;
}

void InvoicesPage::showDrafts()
{
    m_show->setCurrentIndex(m_show->findData(Drafts));
    m_client->setCurrentIndex(0);
}

void InvoicesPage::invoiceAllClients()
{
    BatchInvoiceDialog dialog(m_workspace, this);
    connect(&dialog, &BatchInvoiceDialog::openInvoice, this, [this](qint64 id) {
        InvoiceDialog invoice(m_workspace, id, this);
        connect(&invoice, &InvoiceDialog::message, this, &InvoicesPage::message);
        invoice.exec();
    });
    dialog.exec();
    if (dialog.draftCount() > 0) {
        showDrafts();
        say(tr("%n draft(s) made; each waits here to be reviewed and issued.", nullptr, dialog.draftCount()));
    }
}

void InvoicesPage::selectInvoice(qint64 id)
{
    const QModelIndex index = m_model->indexOfInvoice(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void InvoicesPage::say(const QString &text)
{
    if (!text.isEmpty())
        Q_EMIT message(text);
}

void InvoicesPage::newInvoice(qint64 clientId)
{
    NewInvoiceDialog dialog(m_workspace, clientId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    say(dialog.resultMessage());
    m_model->refresh();
    selectInvoice(dialog.invoiceId());
}

void InvoicesPage::openCurrent()
{
    const qint64 id = currentInvoiceId();
    if (id <= 0)
        return;
    InvoiceDialog dialog(m_workspace, id, this);
    connect(&dialog, &InvoiceDialog::message, this, &InvoicesPage::message);
    dialog.exec();
}

} // namespace minuta::ui
