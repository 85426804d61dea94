#include "newinvoicedialog.h"

#include "clientlistmodel.h"
#include "format.h"
#include "invoicelinemodel.h"
#include "look.h"
#include "messagebox.h"
#include "totalswidget.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace minuta::ui {

NewInvoiceDialog::NewInvoiceDialog(Workspace &workspace, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_grouping(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_lines(new InvoiceLineModel(this))
    , m_totals(new TotalsWidget(this))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("newInvoiceDialog"));
    setWindowTitle(tr("New Invoice"));
    const QDate today = workspace.today();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    setUpChoices(clientId, firstOfMonth);
    setUpPreview();
    QFormLayout *form = buildForm();
    auto *totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_warnings, 1);
    totalsRow->addSpacing(24);
    totalsRow->addWidget(m_totals, 0, Qt::AlignTop);

    QDialogButtonBox *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_stack, 1);
    layout->addLayout(totalsRow);
    layout->addWidget(buttons);
    resize(820, 560);

    followChoices(firstOfMonth);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    preview();
    // Month end is the usual time to invoice, hence last month; when the client has nothing
    // unbilled there, all their unbilled work is what the user came for.
    if (!m_draft->isEnabled() && m_client->count() > 0)
        m_period->setCurrentIndex(2);
}

// The client, the period (last month by default) and how time becomes lines.
void NewInvoiceDialog::setUpChoices(qint64 clientId, QDate firstOfMonth)
{
    // Each client with what is not billed yet, so the one to invoice stands out.
    const auto unbilled = m_workspace.reports().unbilledPerClient(m_workspace.today());
    const QLocale locale = m_workspace.locale();
    int firstWithWork = -1;
    if (auto clients = m_workspace.clients().list())
        for (const Client &c : *clients) {
            QString text = c.name;
            if (unbilled) {
                if (const auto found = unbilled->find(c.id); found != unbilled->end()) {
                    text = tr("%1 — %2 not billed").arg(c.name, found->second.format(locale));
                    if (firstWithWork < 0)
                        firstWithWork = m_client->count();
                }
            }
            m_client->addItem(ClientListModel::swatch(c.color), text, c.id);
            m_client->setItemData(m_client->count() - 1, c.name, NameRole);
        }
    // The client asked for; else the first with work to bill.
    const int asked = m_client->findData(clientId);
    m_client->setCurrentIndex(asked >= 0 ? asked : qMax(0, firstWithWork));
    m_client->setAccessibleName(tr("Client"));
    m_period->addItem(tr("Last month"));
    m_period->addItem(tr("This month"));
    m_period->addItem(tr("Everything not billed"));
    m_period->addItem(tr("Dates…"));
    m_period->setAccessibleName(tr("Period"));
    setUpPeriod(m_from, m_to, firstOfMonth, m_workspace.locale());
    fillGrouping(m_grouping);
}

void NewInvoiceDialog::setUpPeriod(QDateEdit *from, QDateEdit *to, QDate firstOfMonth, const QLocale &locale)
{
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateFieldFormat(locale));
    }
    from->setDate(firstOfMonth.addMonths(-1));
    to->setDate(firstOfMonth.addDays(-1));
    from->setAccessibleName(tr("From"));
    to->setAccessibleName(tr("To"));
}

void NewInvoiceDialog::fillGrouping(QComboBox *grouping)
{
    grouping->addItem(tr("One line per entry"), int(Grouping::Entry));
    grouping->addItem(tr("One line per day"), int(Grouping::Day));
    grouping->addItem(tr("One line per task"), int(Grouping::Task));
    grouping->addItem(tr("One line in all"), int(Grouping::Total));
    grouping->setCurrentIndex(2);
    grouping->setAccessibleName(tr("Lines"));
}

// The lines the invoice would have, or why there are none, and what to look at before issuing it.
void NewInvoiceDialog::setUpPreview()
{
    m_table->setModel(m_lines);
    m_table->setObjectName(QStringLiteral("previewLines"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceLineModel::Description, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Invoice lines"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_message);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(look::warningStyle());
}

QFormLayout *NewInvoiceDialog::buildForm()
{
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    m_dash = new QLabel(QStringLiteral("–"), this);
    periodRow->addWidget(m_dash);
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("&Time as:"), m_grouping);
    return form;
}

QDialogButtonBox *NewInvoiceDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_draft = buttons->addButton(tr("Save as &Draft"), QDialogButtonBox::AcceptRole);
    m_issue = buttons->addButton(tr("&Issue Now"), QDialogButtonBox::ActionRole);
    m_draft->setToolTip(tr("Keep the invoice as a draft you can still change; its work is set aside"));
    m_issue->setToolTip(tr("Give the invoice its number now; it can no longer change"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_draft, &QPushButton::clicked, this, [this] { create(false); });
    connect(m_issue, &QPushButton::clicked, this, [this] { create(true); });
    return buttons;
}

// Each choice changes the preview; a period of its own sets the dates, "Dates…" lets them be typed.
void NewInvoiceDialog::followChoices(QDate firstOfMonth)
{
    connect(m_client, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::preview);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::preview);
    connect(m_from, &QDateEdit::dateChanged, this, &NewInvoiceDialog::preview);
    connect(m_to, &QDateEdit::dateChanged, this, &NewInvoiceDialog::preview);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, firstOfMonth](int index) {
        const QSignalBlocker a(m_from), b(m_to);
        if (index == 0) {
            m_from->setDate(firstOfMonth.addMonths(-1));
            m_to->setDate(firstOfMonth.addDays(-1));
        } else if (index == 1) {
            m_from->setDate(firstOfMonth);
            m_to->setDate(firstOfMonth.addMonths(1).addDays(-1));
        }
        m_from->setEnabled(index == 3);
        m_to->setEnabled(index == 3);
        // "Everything not billed" has no dates to show.
        m_from->setVisible(index != 2);
        m_to->setVisible(index != 2);
        m_dash->setVisible(index != 2);
        preview();
    });
}

QString NewInvoiceDialog::previewMessage() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void NewInvoiceDialog::preview()
{
    InvoiceRepository::DraftRequest request;
    request.clientId = m_client->currentData().toLongLong();
    if (m_period->currentIndex() != 2) {
        request.from = m_from->date();
        request.to = m_to->date();
    }
    request.grouping = Grouping(m_grouping->currentData().toInt());
    auto preview =
        m_client->count()
            ? m_workspace.invoices().preview(request)
            : Result<InvoiceRepository::Drafted>(Error(ErrorCode::NotFound, tr("Add a client first.")));
    m_draft->setEnabled(preview.ok());
    m_issue->setEnabled(preview.ok());
    if (!preview) {
        m_message->setText(preview.error().field() == QLatin1String("period") ? nothingToBill(request)
                                                                              : preview.error().message());
        m_stack->setCurrentWidget(m_message);
        m_lines->setInvoice(Invoice{}, m_workspace.locale());
        m_totals->setVisible(false);
        m_warnings->clear();
        return;
    }
    m_stack->setCurrentWidget(m_table);
    m_lines->setInvoice(preview->invoice, m_workspace.locale());
    m_totals->setInvoice(preview->invoice, m_workspace.locale());
    m_totals->setVisible(true);
    m_warnings->setText(preview->warnings.join(QLatin1Char('\n')));
}

QString NewInvoiceDialog::nothingToBill(const InvoiceRepository::DraftRequest &request) const
{
    const QLocale locale = m_workspace.locale();
    const QString client = m_client->currentData(NameRole).toString();
    if (!request.from || !request.to)
        return tr("Everything logged for %1 is billed already.").arg(client);
    QString text = tr("There is no unbilled work for %1 from %2 to %3.")
                       .arg(client, format::date(*request.from, locale), format::date(*request.to, locale));
    if (auto all = m_workspace.unbilled().forClient(request.clientId);
        all && (!all->statement.time.isEmpty() || !all->statement.usage.isEmpty()))
        text += QLatin1Char('\n')
                + tr("Outside this period %1 is not billed yet: choose “Everything not billed” to see it.")
                      .arg(all->statement.total.format(locale));
    return text;
}

void NewInvoiceDialog::create(bool issue)
{
    InvoiceRepository::DraftRequest request;
    request.clientId = m_client->currentData().toLongLong();
    if (m_period->currentIndex() != 2) {
        request.from = m_from->date();
        request.to = m_to->date();
    }
    request.grouping = Grouping(m_grouping->currentData().toInt());
    auto invoices = m_workspace.invoices();
    auto drafted = invoices.createDraft(request);
    if (!drafted) {
        MessageBox::warning(this, tr("The invoice was not made"), drafted.error().message());
        return;
    }
    m_invoiceId = drafted->invoice.id;
    m_result = tr("Draft saved for %1.").arg(drafted->invoice.parties.client.name);
    if (issue) {
        auto issued = invoices.issue(m_invoiceId);
        if (!issued) {
            // The draft stays: nothing is lost, and it can be issued once the problem is fixed.
            MessageBox::warning(this, tr("The invoice is saved as a draft"), issued.error().message());
        } else {
            m_result = tr("Issued invoice %1.").arg(*issued->number);
        }
    }
    m_workspace.notify(Workspace::Invoices | Workspace::Entries | Workspace::Usage);
    accept();
}

} // namespace minuta::ui
