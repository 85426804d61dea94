#include "recurringdialog.h"

#include "fielderrors.h"
#include "format.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

QWidget *inRow(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        row->addWidget(w);
    row->addStretch();
    return box;
}

} // namespace

RecurringDialog::RecurringDialog(Workspace &workspace, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_description(new QLineEdit(this))
    , m_quantity(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_ownTax(new QCheckBox(tr("Its own tax rate:"), this))
    , m_tax(new QLineEdit(this))
    , m_every(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_hasUntil(new QCheckBox(tr("Last period starts by:"), this))
    , m_until(new QDateEdit(this))
    , m_next(new QLabel(this))
    , m_generalError(FieldErrors::makeLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("recurringDialog"));
    setWindowTitle(tr("Add a Recurring Fee for %1").arg(client.name));
    const QLocale locale = m_workspace.locale();

    m_description->setPlaceholderText(tr("Mailbox management"));
    m_description->setMaxLength(1000);
    m_quantity->setText(Quantity::fromMilli(1000).format(locale));
    m_quantity->setMaximumWidth(90);
    m_price->setPlaceholderText(Money(20000, client.currency).formatNumber(locale));
    m_price->setMaximumWidth(140);
    m_tax->setMaximumWidth(70);
    // The rate a line without its own bears: the business's tax profile's.
    if (auto business = m_workspace.business().get())
        if (auto profile = m_workspace.taxProfiles().get(business->taxProfileId))
            m_tax->setPlaceholderText(profile->standardRate().format(locale));
    m_ownTax->setToolTip(tr("Left unticked, the line bears the invoice's standard rate"));
    m_every->addItem(tr("Every week"), everyName(Every::Week));
    m_every->addItem(tr("Every month"), everyName(Every::Month));
    m_every->addItem(tr("Every quarter"), everyName(Every::Quarter));
    m_every->addItem(tr("Every year"), everyName(Every::Year));
    m_every->setCurrentIndex(1);
    const QDate today = m_workspace.today();
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateFieldFormat(locale));
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_until->setDate(QDate(today.year(), 12, 1));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::PlainText);
    m_next->setForegroundRole(QPalette::PlaceholderText);
    m_next->setObjectName(QStringLiteral("recurringNext"));

    const auto row = [this](QWidget *widget, const char *name) {
        if (widget->objectName().isEmpty())
            widget->setObjectName(QString::fromLatin1(name));
        return m_errors->withErrorLine(this, QString::fromLatin1(name), widget);
    };
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_price->setObjectName(QStringLiteral("price"));
    m_tax->setObjectName(QStringLiteral("taxRate"));
    m_until->setObjectName(QStringLiteral("until"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), row(m_description, "description"));
    form->addRow(tr("&Quantity:"), row(m_quantity, "quantity"));
    form->addRow(tr("&Price each:"),
                 row(inRow(this, {m_price, new QLabel(client.currency.code(), this)}), "price"));
    form->addRow(QString(),
                 row(inRow(this, {m_ownTax, m_tax, new QLabel(QStringLiteral("%"), this)}), "taxRate"));
    form->addRow(tr("&Billed:"), row(m_every, "every"));
    form->addRow(tr("&From:"), row(m_from, "from"));
    QWidget *untilRow = inRow(this, {m_hasUntil, m_until});
    untilRow->setObjectName(QStringLiteral("untilRow"));
    form->addRow(QString(), row(untilRow, "until"));

    auto *note = new QLabel(tr("Each period goes on %1's draft invoice on its first day, or the next time "
                               "Minuta opens; periods already begun go on now.")
                                .arg(client.name),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Fee"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecurringDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_next);
    layout->addWidget(note);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(500);

    connect(m_hasUntil, &QCheckBox::toggled, this, &RecurringDialog::updateEnabled);
    connect(m_ownTax, &QCheckBox::toggled, this, &RecurringDialog::updateEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, &RecurringDialog::updateEnabled);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurringDialog::updateEnabled);
    connect(m_every, &QComboBox::currentIndexChanged, this, &RecurringDialog::updateEnabled);
    updateEnabled();
}

RecurringDialog::RecurringDialog(Workspace &workspace, const Client &client, const RecurringLine &existing,
                                 QWidget *parent)
    : RecurringDialog(workspace, client, parent)
{
    m_existing = existing;
    setWindowTitle(tr("Edit a Recurring Fee of %1").arg(client.name));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    const QLocale locale = m_workspace.locale();
    m_description->setText(existing.description);
    m_quantity->setText(existing.quantity.format(locale));
    m_price->setText(existing.unitPrice.formatNumber(locale));
    m_ownTax->setChecked(existing.taxRate.has_value());
    if (existing.taxRate)
        m_tax->setText(existing.taxRate->format(locale));
    m_every->setCurrentIndex(qMax(0, m_every->findData(everyName(existing.every))));
    m_from->setDate(existing.from);
    m_hasUntil->setChecked(existing.until.has_value());
    if (existing.until)
        m_until->setDate(*existing.until);
    // Periods on invoices were billed on these days: they stay.
    if (existing.lastOnInvoice) {
        const QString why = tr("Periods up to the one from %1 are on invoices already")
                                .arg(format::date(*existing.lastOnInvoice, locale));
        for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_every)}) {
            w->setEnabled(false);
            w->setToolTip(why);
        }
    }
    updateEnabled();
}

void RecurringDialog::updateEnabled()
{
    m_until->setEnabled(m_hasUntil->isChecked());
    m_tax->setEnabled(m_ownTax->isChecked());
    // What happens next, in words, as the fields stand.
    RecurringLine l;
    l.from = m_from->date();
    l.every = everyFromName(m_every->currentData().toString()).value_or(Every::Month);
    if (m_hasUntil->isChecked())
        l.until = m_until->date();
    if (m_existing)
        l.billedThrough = m_existing->billedThrough;
    const QLocale locale = m_workspace.locale();
    const auto next = nextPeriod(l);
    const QDate today = m_workspace.today();
    if (!next)
        m_next->setText(tr("No period starts after the last day: nothing more will be billed."));
    else if (*next <= today)
        m_next->setText(tr("The periods from %1 to today go on the draft as soon as it is saved.")
                            .arg(format::date(*next, locale)));
    else
        m_next->setText(tr("Next on the draft: the period from %1.").arg(format::date(*next, locale)));
}

Result<RecurringLine> RecurringDialog::fee() const
{
    const QLocale locale = m_workspace.locale();
    RecurringLine l = m_existing.value_or(RecurringLine{});
    l.clientId = m_client.id;
    l.description = m_description->text();
    auto quantity = Quantity::parse(m_quantity->text(), locale);
    if (!quantity)
        return Error(quantity.error().code(), quantity.error().message(), QStringLiteral("quantity"));
    l.quantity = *quantity;
    auto price = Money::parse(m_price->text(), m_client.currency, locale);
    if (!price)
        return Error(price.error().code(), price.error().message(), QStringLiteral("price"));
    l.unitPrice = *price;
    l.taxRate.reset();
    if (m_ownTax->isChecked()) {
        auto rate = TaxRate::parse(m_tax->text(), locale);
        if (!rate)
            return Error(rate.error().code(), rate.error().message(), QStringLiteral("taxRate"));
        l.taxRate = *rate;
    }
    l.every = everyFromName(m_every->currentData().toString()).value_or(Every::Month);
    l.from = m_from->date();
    l.until.reset();
    if (m_hasUntil->isChecked())
        l.until = m_until->date();
    return l;
}

void RecurringDialog::accept()
{
    m_errors->clear();
    auto l = fee();
    if (!l) {
        m_errors->show(l.error(), m_generalError);
        return;
    }
    auto fees = m_workspace.recurring();
    auto saved = m_existing ? fees.edit(*l) : fees.add(*l);
    if (!saved) {
        m_errors->show(saved.error(), m_generalError);
        return;
    }
    m_saved = *saved;
    m_workspace.notify(Workspace::Invoices | Workspace::Clients);
    QDialog::accept();
}

} // namespace minuta::ui
