#include "invoicedialog.h"

#include "fielderrors.h"
#include "format.h"
#include "invoiceactions.h"
#include "invoicelinemodel.h"
#include "look.h"
#include "messagebox.h"
#include "totalswidget.h"
#include "workspace.h"

#include "values/decimal.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

// Adding or changing a line by hand: what it bills, how many, at what price and tax.
class LineDialog : public QDialog
{
    Q_OBJECT

public:
    LineDialog(Workspace &workspace, const Invoice &invoice, std::optional<InvoiceLine> existing,
               QWidget *parent)
        : QDialog(parent)
        , m_workspace(workspace)
        , m_invoice(invoice)
        , m_existing(std::move(existing))
        , m_description(new QPlainTextEdit(this))
        , m_quantity(new QLineEdit(this))
        , m_unit(new QLineEdit(this))
        , m_price(new QLineEdit(this))
        , m_ownTax(new QCheckBox(tr("Own tax rate:"), this))
        , m_tax(new QLineEdit(this))
        , m_expense(new QCheckBox(tr("Expense paid in the client's name"), this))
        , m_error(FieldErrors::makeLabel(this))
    {
        setObjectName(QStringLiteral("invoiceLineDialog"));
        setWindowTitle(m_existing ? tr("Edit Line") : tr("Add Line"));
        const QLocale locale = workspace.locale();
        const bool manual = !m_existing || m_existing->kind == LineKind::Manual;
        m_description->setTabChangesFocus(true);
        m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
        m_quantity->setText(QStringLiteral("1"));
        if (m_existing) {
            m_description->setPlainText(m_existing->description);
            m_quantity->setText(m_existing->quantity.format(locale));
            m_unit->setText(m_existing->unit);
            m_price->setText(m_existing->unitPrice.formatNumber(locale));
            if (m_existing->taxRate) {
                m_ownTax->setChecked(true);
                m_tax->setText(m_existing->taxRate->format(locale));
            }
            m_expense->setChecked(!m_existing->isFee);
        }
        for (QWidget *w : {static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_unit),
                           static_cast<QWidget *>(m_price), static_cast<QWidget *>(m_expense)})
            w->setEnabled(manual);
        m_tax->setEnabled(m_ownTax->isChecked());
        connect(m_ownTax, &QCheckBox::toggled, m_tax, &QWidget::setEnabled);
        auto *taxRow = new QHBoxLayout;
        taxRow->addWidget(m_ownTax);
        taxRow->addWidget(m_tax);
        taxRow->addStretch();
        auto *form = new QFormLayout;
        form->addRow(tr("&Description:"), m_description);
        form->addRow(tr("&Quantity:"), m_quantity);
        form->addRow(tr("&Unit:"), m_unit);
        form->addRow(tr("&Price per unit (%1):").arg(invoice.currency.code()), m_price);
        form->addRow(QString(), taxRow);
        m_expense->setToolTip(
            tr("Outside VAT (art. 15 DPR 633/72), the pension contribution, the withholding "
               "and the discount, unless you give it its own tax rate."));
        form->addRow(QString(), m_expense);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
        setMinimumWidth(480);
    }

    void accept() override
    {
        const QLocale locale = m_workspace.locale();
        InvoiceLine line = m_existing.value_or(InvoiceLine{});
        line.description = m_description->toPlainText();
        auto quantity = Quantity::parse(m_quantity->text(), locale);
        auto price = Money::parse(m_price->text(), m_invoice.currency, locale);
        std::optional<TaxRate> tax;
        Result<TaxRate> parsedTax = TaxRate();
        if (m_ownTax->isChecked()) {
            parsedTax = TaxRate::parse(m_tax->text(), locale);
            if (parsedTax)
                tax = *parsedTax;
        }
        const auto fail = [this](const Error &e) {
            m_error->setText(e.message());
            m_error->show();
        };
        if (!quantity)
            return fail(quantity.error());
        if (!price)
            return fail(price.error());
        if (!parsedTax)
            return fail(parsedTax.error());
        line.quantity = *quantity;
        line.unit = m_unit->text();
        line.unitPrice = *price;
        line.taxRate = tax;
        line.isFee = !m_expense->isChecked();
        line.discountable = line.isFee;
        auto invoices = m_workspace.invoices();
        auto saved =
            m_existing ? invoices.updateLine(m_invoice.id, line) : invoices.addLine(m_invoice.id, line);
        if (!saved)
            return fail(saved.error());
        QDialog::accept();
    }

private:
    Workspace &m_workspace;
    Invoice m_invoice;
    std::optional<InvoiceLine> m_existing;
    QPlainTextEdit *m_description;
    QLineEdit *m_quantity;
    QLineEdit *m_unit;
    QLineEdit *m_price;
    QCheckBox *m_ownTax;
    QLineEdit *m_tax;
    QCheckBox *m_expense;
    QLabel *m_error;
};

} // namespace

InvoiceDialog::InvoiceDialog(Workspace &workspace, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(invoiceId)
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_issueDate(new QDateEdit(this))
    , m_dueDate(new QDateEdit(this))
    , m_discount(new QLineEdit(this))
    , m_discountPercent(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_fieldError(FieldErrors::makeLabel(this))
    , m_draftFields(new QWidget(this))
    , m_table(new QTableView(this))
    , m_lines(new InvoiceLineModel(this))
    , m_totals(new TotalsWidget(this))
    , m_payments(new QLabel(this))
{
    setObjectName(QStringLiteral("invoiceDialog"));
    setUpLabels();
    buildDraftFields();
    setUpTable();
    QHBoxLayout *lineButtons = buildLineButtons();
    QHBoxLayout *actions = buildActions();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_payments, 1, Qt::AlignTop);
    bottom->addSpacing(24);
    bottom->addWidget(m_totals, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addWidget(m_draftFields);
    layout->addWidget(m_fieldError);
    layout->addWidget(m_table, 1);
    layout->addLayout(lineButtons);
    layout->addLayout(bottom);
    layout->addLayout(actions);
    resize(900, 640);

    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & Workspace::Invoices)
            reload();
    });
    reload();
}

// The title, what the invoice is about, and its payments.
void InvoiceDialog::setUpLabels()
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_payments->setTextFormat(Qt::PlainText);
    m_payments->setWordWrap(true);
}

// What can still change on a draft: its dates, discount and notes, each saved as it is left.
void InvoiceDialog::buildDraftFields()
{
    for (QDateEdit *edit : {m_issueDate, m_dueDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateFieldFormat(m_workspace.locale()));
    }
    m_issueDate->setAccessibleName(tr("Issue date"));
    m_dueDate->setAccessibleName(tr("Due date"));
    m_discount->setPlaceholderText(decimal::format(0, 2, m_workspace.locale(), 2));
    m_discount->setMaximumWidth(110);
    m_discount->setAccessibleName(tr("Discount amount"));
    m_discountPercent->setPlaceholderText(tr("0"));
    m_discountPercent->setMaximumWidth(70);
    m_discountPercent->setAccessibleName(tr("Discount in percent"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setPlaceholderText(tr("Notes printed on the invoice"));
    auto *discountRow = new QHBoxLayout;
    discountRow->setContentsMargins(0, 0, 0, 0);
    discountRow->addWidget(m_discount);
    discountRow->addWidget(new QLabel(tr("and"), this));
    discountRow->addWidget(m_discountPercent);
    discountRow->addWidget(new QLabel(QStringLiteral("%"), this));
    discountRow->addStretch();
    auto *draftForm = new QFormLayout(m_draftFields);
    draftForm->setContentsMargins(0, 0, 0, 0);
    draftForm->addRow(tr("Issue &date:"), m_issueDate);
    draftForm->addRow(tr("D&ue date:"), m_dueDate);
    // A row that is a layout gets no buddy of its own: Alt+C goes to the amount.
    auto *discountLabel = new QLabel(tr("Dis&count:"), this);
    discountLabel->setBuddy(m_discount);
    draftForm->addRow(discountLabel, discountRow);
    draftForm->addRow(tr("&Notes:"), m_notes);
    connect(m_issueDate, &QDateEdit::editingFinished, this, &InvoiceDialog::saveDraftFields);
    connect(m_dueDate, &QDateEdit::editingFinished, this, &InvoiceDialog::saveDraftFields);
    connect(m_discount, &QLineEdit::editingFinished, this, &InvoiceDialog::saveDraftFields);
    connect(m_discountPercent, &QLineEdit::editingFinished, this, &InvoiceDialog::saveDraftFields);
}

void InvoiceDialog::setUpTable()
{
    m_table->setModel(m_lines);
    m_table->setObjectName(QStringLiteral("invoiceLines"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceLineModel::Description, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Invoice lines"));
    connect(m_table, &QTableView::activated, this, &InvoiceDialog::editLine);
}

QHBoxLayout *InvoiceDialog::buildLineButtons()
{
    m_addLine = new QPushButton(tr("Add Line…"), this);
    m_editLine = new QPushButton(tr("Edit Line…"), this);
    m_removeLine = new QPushButton(tr("Remove Line"), this);
    connect(m_addLine, &QPushButton::clicked, this, &InvoiceDialog::addLine);
    connect(m_editLine, &QPushButton::clicked, this, &InvoiceDialog::editLine);
    connect(m_removeLine, &QPushButton::clicked, this, &InvoiceDialog::removeLine);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_editLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    return lineButtons;
}

// What can be done with the invoice, each action shown only where it applies (see reload()).
QHBoxLayout *InvoiceDialog::buildActions()
{
    m_issue = new QPushButton(tr("&Issue…"), this);
    m_pdf = new QPushButton(look::icon(QStringLiteral("pdf")), tr("Export &PDF…"), this);
    m_timesheet = new QPushButton(tr("PDF with &Timesheet…"), this);
    m_xml = new QPushButton(tr("E-invoice (&XML)…"), this);
    m_xml->setToolTip(tr("Export the electronic invoice (FatturaPA) to send through the SdI"));
    m_pay = new QPushButton(look::icon(QStringLiteral("payment")), tr("Record Pa&yment…"), this);
    m_cancelInvoice = new QPushButton(tr("Cancel with Credit Note…"), this);
    m_refund = new QPushButton(tr("Record &Refund…"), this);
    m_delete = new QPushButton(look::icon(QStringLiteral("delete")), tr("Delete Draft"), this);
    connect(m_issue, &QPushButton::clicked, this,
            [this] { say(InvoiceActions::issue(this, m_workspace, m_id)); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { say(InvoiceActions::exportPdf(this, m_workspace, m_id)); });
    connect(m_timesheet, &QPushButton::clicked, this,
            [this] { say(InvoiceActions::exportPdf(this, m_workspace, m_id, true)); });
    connect(m_xml, &QPushButton::clicked, this,
            [this] { say(InvoiceActions::exportEInvoice(this, m_workspace, m_id)); });
    connect(m_pay, &QPushButton::clicked, this,
            [this] { say(InvoiceActions::recordPayment(this, m_workspace, m_id)); });
    connect(m_cancelInvoice, &QPushButton::clicked, this,
            [this] { say(InvoiceActions::cancel(this, m_workspace, m_id)); });
    connect(m_refund, &QPushButton::clicked, this,
            [this] { say(InvoiceActions::recordRefund(this, m_workspace, m_id)); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString text = InvoiceActions::deleteDraft(this, m_workspace, m_id);
        if (!text.isEmpty()) {
            say(text);
            accept();
        }
    });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_issue, m_pdf, m_timesheet, m_xml, m_pay, m_cancelInvoice, m_refund, m_delete})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(close);
    return actions;
}

void InvoiceDialog::say(const QString &text)
{
    if (text.isEmpty())
        return;
    m_lastMessage = text;
    Q_EMIT message(text);
}

void InvoiceDialog::reload()
{
    auto invoice = m_workspace.invoices().get(m_id);
    if (!invoice)
        return;
    m_loading = true;
    m_invoice = *invoice;
    const QLocale locale = m_workspace.locale();
    const bool draft = m_invoice.status == InvoiceStatus::Draft;
    const bool creditNote = m_invoice.kind == InvoiceKind::CreditNote;
    const QDate today = m_workspace.today();
    QString state;
    if (draft)
        state = tr("Draft");
    else if (m_invoice.status == InvoiceStatus::Cancelled)
        state = tr("Cancelled");
    else if (creditNote)
        state = tr("Credit note");
    else if (m_invoice.paymentState() == PaymentState::Paid)
        state = tr("Paid");
    else if (m_invoice.isOverdue(today))
        state = tr("Overdue");
    else
        state =
            m_invoice.paymentState() == PaymentState::PartlyPaid ? tr("Partly paid") : tr("Awaiting payment");
    const QString kind = creditNote ? tr("Credit note") : tr("Invoice");
    setWindowTitle(draft ? tr("Draft Invoice for %1").arg(m_invoice.parties.client.name)
                         : tr("%1 %2").arg(kind, *m_invoice.number));
    m_title->setText(draft ? tr("Draft for %1").arg(m_invoice.parties.client.name)
                           : tr("%1 %2 · %3").arg(kind, *m_invoice.number, state));
    QStringList info;
    info << m_invoice.parties.client.name;
    if (!draft)
        info << tr("dated %1").arg(format::date(m_invoice.issueDate, locale));
    if (!draft && !creditNote)
        info << tr("due %1").arg(format::date(m_invoice.dueDate, locale));
    if (m_invoice.periodFrom && m_invoice.periodTo)
        info << tr("work from %1 to %2")
                    .arg(format::date(*m_invoice.periodFrom, locale),
                         format::date(*m_invoice.periodTo, locale));
    if (m_invoice.creditedNumber)
        info << tr("cancels invoice %1").arg(*m_invoice.creditedNumber);
    if (!m_invoice.notes.isEmpty() && !draft)
        info << m_invoice.notes;
    m_info->setText(info.join(QStringLiteral(" · ")));

    m_draftFields->setVisible(draft);
    if (draft) {
        m_issueDate->setDate(m_invoice.issueDate);
        m_dueDate->setDate(m_invoice.dueDate);
        m_discount->setText(
            m_invoice.discountAmount.isZero() ? QString() : m_invoice.discountAmount.formatNumber(locale));
        m_discountPercent->setText(m_invoice.discountPercent.milliPercent()
                                       ? m_invoice.discountPercent.format(locale).remove(locale.percent())
                                       : QString());
        if (!m_notes->hasFocus())
            m_notes->setPlainText(m_invoice.notes);
    }
    m_lines->setInvoice(m_invoice, locale);
    m_totals->setInvoice(m_invoice, locale);
    QStringList payments;
    for (const Payment &p : std::as_const(m_invoice.payments)) {
        const QString note = p.note.isEmpty() ? QString() : QStringLiteral(" (") + p.note + QLatin1Char(')');
        payments
            << (p.creditNoteNumber
                    ? tr("Paid %1 on %2 from credit note %3%4")
                          .arg(p.amount.format(locale), format::date(p.date, locale), *p.creditNoteNumber,
                               note)
                    : tr("Paid %1 on %2%3").arg(p.amount.format(locale), format::date(p.date, locale), note));
    }
    // A credit note of a paid invoice: what the client paid is owed back to them until refunded or used.
    if (creditNote && !m_invoice.carriedPaid.isZero()) {
        payments << tr("The client had paid %1 on invoice %2.")
                        .arg(m_invoice.carriedPaid.format(locale),
                             m_invoice.creditedNumber.value_or(QString()));
        for (const Refund &r : std::as_const(m_invoice.refunds))
            payments << tr("Refunded %1 on %2%3")
                            .arg(r.amount.format(locale), format::date(r.date, locale),
                                 r.note.isEmpty() ? QString()
                                                  : QStringLiteral(" (") + r.note + QLatin1Char(')'));
        if (!m_invoice.creditUsed.isZero())
            payments
                << tr("Used %1 of the credit on later invoices.").arg(m_invoice.creditUsed.format(locale));
        payments << (m_invoice.owedBack.isZero()
                         ? tr("Nothing more is owed back to the client.")
                         : tr("Owed back to the client: %1").arg(m_invoice.owedBack.format(locale)));
    }
    m_payments->setText(payments.join(QLatin1Char('\n')));

    for (QPushButton *b : {m_addLine, m_editLine, m_removeLine, m_issue, m_delete})
        b->setVisible(draft);
    const bool open = !draft && !creditNote && m_invoice.status == InvoiceStatus::Issued;
    m_pay->setVisible(open && m_invoice.balance.minorUnits() > 0);
    m_cancelInvoice->setVisible(open);
    m_refund->setVisible(creditNote && m_invoice.owedBack.minorUnits() > 0);
    // An Italian business's invoice is the electronic one, sent once issued.
    m_xml->setVisible(!draft && m_invoice.parties.business.country == QLatin1String("IT"));
    m_loading = false;
}

void InvoiceDialog::saveDraftFields()
{
    if (m_loading || m_invoice.status != InvoiceStatus::Draft)
        return;
    m_fieldError->hide();
    const QLocale locale = m_workspace.locale();
    InvoiceRepository::DraftChanges changes;
    if (m_issueDate->date() != m_invoice.issueDate)
        changes.issueDate = m_issueDate->date();
    else if (m_dueDate->date() != m_invoice.dueDate)
        changes.dueDate = m_dueDate->date();
    const QString amountText = m_discount->text().trimmed();
    auto amount = amountText.isEmpty() ? Result<Money>(Money::zero(m_invoice.currency))
                                       : Money::parse(amountText, m_invoice.currency, locale);
    const QString percentText = m_discountPercent->text().trimmed();
    auto percent = percentText.isEmpty() ? Result<TaxRate>(TaxRate()) : TaxRate::parse(percentText, locale);
    const auto fail = [this](const Error &e) {
        m_fieldError->setText(e.message());
        m_fieldError->show();
    };
    if (!amount)
        return fail(amount.error());
    if (!percent)
        return fail(percent.error());
    if (*amount != m_invoice.discountAmount)
        changes.discountAmount = *amount;
    if (*percent != m_invoice.discountPercent)
        changes.discountPercent = *percent;
    if (m_notes->toPlainText() != m_invoice.notes)
        changes.notes = m_notes->toPlainText();
    if (!changes.issueDate && !changes.dueDate && !changes.discountAmount && !changes.discountPercent
        && !changes.notes)
        return;
    auto updated = m_workspace.invoices().updateDraft(m_id, changes);
    if (!updated) {
        fail(updated.error());
        reload();
        return;
    }
    m_workspace.notify(Workspace::Invoices);
}

void InvoiceDialog::addLine()
{
    LineDialog dialog(m_workspace, m_invoice, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.notify(Workspace::Invoices);
}

void InvoiceDialog::editLine()
{
    if (m_invoice.status != InvoiceStatus::Draft)
        return;
    const InvoiceLine *line = m_lines->lineAt(m_table->currentIndex().row());
    if (!line)
        return;
    LineDialog dialog(m_workspace, m_invoice, *line, this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.notify(Workspace::Invoices);
}

void InvoiceDialog::removeLine()
{
    const InvoiceLine *line = m_lines->lineAt(m_table->currentIndex().row());
    if (!line)
        return;
    auto updated = m_workspace.invoices().removeLine(m_id, line->id);
    if (!updated) {
        MessageBox::warning(this, tr("The line was not removed"), updated.error().message());
        return;
    }
    m_workspace.notify(Workspace::Invoices | Workspace::Entries | Workspace::Usage);
    say(tr("Line removed; its work is free to bill again."));
}

void InvoiceDialog::done(int result)
{
    // Notes are saved when the window closes, however it closes.
    saveDraftFields();
    QDialog::done(result);
}

} // namespace minuta::ui

#include "invoicedialog.moc"
