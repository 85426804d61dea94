#include "batchinvoicedialog.h"

#include "clientlistmodel.h"
#include "format.h"
#include "look.h"
#include "newinvoicedialog.h"
#include "workspace.h"

#include "invoicing/invoicerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

enum Period { LastMonth, ThisMonth, Dates };
constexpr int InvoiceIdRole = Qt::UserRole + 1;

} // namespace

BatchInvoiceDialog::BatchInvoiceDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_grouping(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("batchInvoiceDialog"));
    setWindowTitle(tr("Invoice All Clients"));
    auto *intro = new QLabel(tr("A draft for each client with work not billed in the period. Nothing is "
                                "issued: review each draft, then issue it from the invoice list."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Dates…"), Dates);
    m_period->setAccessibleName(tr("Period"));
    const QDate today = workspace.today();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    NewInvoiceDialog::setUpPeriod(m_from, m_to, firstOfMonth, workspace.locale());
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    NewInvoiceDialog::fillGrouping(m_grouping);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    auto *form = new QFormLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("&Time as:"), m_grouping);

    m_list->setObjectName(QStringLiteral("batchList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Client"), tr("Amount"), tr("Draft")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Clients to invoice"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(ClientColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_make = buttons->addButton(tr("&Make Drafts"), QDialogButtonBox::ActionRole);
    m_make->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_make, &QPushButton::clicked, this, &BatchInvoiceDialog::makeDrafts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this, firstOfMonth](int index) {
        const QSignalBlocker a(m_from), b(m_to);
        if (index == LastMonth) {
            m_from->setDate(firstOfMonth.addMonths(-1));
            m_to->setDate(firstOfMonth.addDays(-1));
        } else if (index == ThisMonth) {
            m_from->setDate(firstOfMonth);
            m_to->setDate(firstOfMonth.addMonths(1).addDays(-1));
        }
        m_from->setEnabled(index == Dates);
        m_to->setEnabled(index == Dates);
        preview();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &BatchInvoiceDialog::preview);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &BatchInvoiceDialog::preview);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(ClientColumn, InvoiceIdRole).toLongLong(); id > 0)
            Q_EMIT openInvoice(id);
    });
    preview();
}

QString BatchInvoiceDialog::summaryText() const
{
    return m_summary->text();
}

// The clients with work to bill in the period and what each would be invoiced; nothing is stored.
void BatchInvoiceDialog::preview()
{
    if (m_made)
        return;
    m_list->clear();
    const QLocale locale = m_workspace.locale();
    int count = 0;
    MoneyTotals total;
    if (auto clients = m_workspace.clients().list()) {
        for (const Client &c : *clients) {
            InvoiceRepository::DraftRequest request;
            request.clientId = c.id;
            request.from = m_from->date();
            request.to = m_to->date();
            request.grouping = Grouping(m_grouping->currentData().toInt());
            auto drafted = m_workspace.invoices().preview(request);
            if (!drafted && drafted.error().field() == QLatin1String("period"))
                continue; // nothing to bill
            auto *item = new QTreeWidgetItem(m_list);
            item->setIcon(ClientColumn, ClientListModel::swatch(c.color));
            item->setText(ClientColumn, c.name);
            item->setData(ClientColumn, Qt::UserRole, c.id);
            item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (drafted) {
                item->setText(AmountColumn, drafted->invoice.totals.total.format(locale));
                item->setText(ResultColumn, drafted->warnings.isEmpty()
                                                ? QString()
                                                : drafted->warnings.join(QLatin1Char(' ')));
                (void)total.add(drafted->invoice.totals.total);
            } else {
                item->setText(ResultColumn, drafted.error().message());
                item->setForeground(ResultColumn, look::errorColor());
            }
            ++count;
        }
    }
    m_make->setEnabled(count > 0);
    m_summary->setText(
        count == 0 ? tr("No client has unbilled work in this period.")
                   : tr("%n client(s) to invoice, %1 in all.", nullptr, count).arg(total.format(locale)));
}

void BatchInvoiceDialog::makeDrafts()
{
    auto batch = m_workspace.invoices().createDrafts(m_from->date(), m_to->date(),
                                                     Grouping(m_grouping->currentData().toInt()));
    if (!batch) {
        m_summary->setText(batch.error().message());
        return;
    }
    m_made = true;
    m_drafts = int(batch->drafted.size());
    m_workspace.notify(Workspace::Invoices | Workspace::Entries | Workspace::Usage);
    const QLocale locale = m_workspace.locale();
    m_list->clear();
    for (const InvoiceRepository::Drafted &d : std::as_const(batch->drafted)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(ClientColumn, ClientListModel::swatch(d.invoice.parties.client.color));
        item->setText(ClientColumn, d.invoice.parties.client.name);
        item->setData(ClientColumn, InvoiceIdRole, d.invoice.id);
        item->setText(AmountColumn, d.invoice.totals.total.format(locale));
        item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
        QString result = tr("Draft made, %n line(s)", nullptr, int(d.invoice.lines.size()));
        if (!d.warnings.isEmpty())
            result += QStringLiteral(" — ") + d.warnings.join(QLatin1Char(' '));
        item->setText(ResultColumn, result);
        item->setToolTip(ClientColumn, tr("Double-click to open the draft"));
    }
    for (const InvoiceRepository::Batch::Refusal &r : std::as_const(batch->refused)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ClientColumn, r.clientName);
        item->setText(ResultColumn, tr("Not made: %1").arg(r.error.message()));
        item->setForeground(ResultColumn, look::errorColor());
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_period, m_from, m_to, m_grouping, m_make})
        w->setEnabled(false);
    QString summary = tr("%n draft(s) made. Double-click one to review it.", nullptr, m_drafts);
    if (!batch->refused.isEmpty())
        summary +=
            QLatin1Char(' ')
            + tr("%n client(s) could not be invoiced; see why above.", nullptr, int(batch->refused.size()));
    m_summary->setText(summary);
}

} // namespace minuta::ui
