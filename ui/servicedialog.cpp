#include "servicedialog.h"

#include "commands/addservicecommand.h"
#include "commands/editservicecommand.h"
#include "fielderrors.h"
#include "workspace.h"

#include "business/business.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace minuta::ui {

ServiceDialog::ServiceDialog(Workspace &workspace, std::optional<Service> existing, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_unitPlural(new QLineEdit(this))
    , m_sac(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_ownTax(new QCheckBox(tr("Own tax rate:"), this))
    , m_tax(new QLineEdit(this))
    , m_generalError(FieldErrors::makeLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("serviceDialog"));
    setWindowTitle(m_existing ? tr("Edit Service") : tr("New Service"));
    setUpFields();
    QFormLayout *form = buildForm();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

// The service's fields, with its values or with examples of what goes in them.
void ServiceDialog::setUpFields()
{
    const QLocale locale = m_workspace.locale();
    auto defaults = m_workspace.settings().businessDefaults();
    const Currency currency = m_existing ? m_existing->unitPrice.currency()
                              : defaults ? defaults->currency
                                         : *Currency::fromCode(u"EUR");
    for (const QString &code : Currency::knownCodes())
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(m_currency->findData(currency.code()));
    m_name->setPlaceholderText(tr("Call answering"));
    m_unit->setPlaceholderText(tr("call"));
    m_unitPlural->setPlaceholderText(tr("calls"));
    m_unitPlural->setToolTip(tr("As in “43 calls”; left empty, the unit reads the same in the plural"));
    m_sac->setPlaceholderText(QStringLiteral("998599"));
    m_sac->setToolTip(tr("The service's SAC code, printed on Indian invoices"));
    m_price->setPlaceholderText(Money(150, currency).formatNumber(m_workspace.locale()));
    // The rate a service without its own bears: the business's tax profile's.
    if (auto business = m_workspace.business().get())
        if (auto profile = m_workspace.taxProfiles().get(business->taxProfileId))
            m_tax->setPlaceholderText(profile->standardRate().format(locale));
    if (m_existing) {
        m_name->setText(m_existing->name);
        m_unit->setText(m_existing->unit);
        m_unitPlural->setText(m_existing->unitPlural);
        m_sac->setText(m_existing->sac);
        m_price->setText(m_existing->unitPrice.formatNumber(locale));
        if (m_existing->taxRate) {
            m_ownTax->setChecked(true);
            m_tax->setText(m_existing->taxRate->format(locale));
        }
    }
    m_tax->setEnabled(m_ownTax->isChecked());
    connect(m_ownTax, &QCheckBox::toggled, m_tax, &QWidget::setEnabled);
}

QFormLayout *ServiceDialog::buildForm()
{
    const auto row = [this](QWidget *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name)); // as tests find it
        return m_errors->withErrorLine(this, QString::fromLatin1(name), widget);
    };
    QWidget *priceBox = buildPrice();
    QWidget *taxBox = buildTax();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), row(m_name, "name"));
    form->addRow(tr("&Unit:"), row(m_unit, "unit"));
    form->addRow(tr("Unit (p&lural):"), row(m_unitPlural, "unitPlural"));
    QWidget *sac = row(m_sac, "sac");
    form->addRow(tr("&SAC:"), sac);
    // Only Indian invoices print a SAC code; a code already given stays in sight.
    const bool indianBusiness =
        m_workspace.business().get().value_or(BusinessProfile{}).country == QLatin1String("IN");
    form->setRowVisible(sac, indianBusiness || !m_sac->text().isEmpty());
    form->addRow(tr("&Price per unit:"), row(priceBox, "price"));
    form->addRow(QString(), row(taxBox, "taxRate"));
    return form;
}

QWidget *ServiceDialog::buildPrice()
{
    auto *priceRow = new QHBoxLayout;
    priceRow->setContentsMargins(0, 0, 0, 0);
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    auto *priceBox = new QWidget(this);
    priceBox->setLayout(priceRow);
    return priceBox;
}

QWidget *ServiceDialog::buildTax()
{
    auto *taxRow = new QHBoxLayout;
    taxRow->setContentsMargins(0, 0, 0, 0);
    taxRow->addWidget(m_ownTax);
    taxRow->addWidget(m_tax);
    taxRow->addWidget(new QLabel(QStringLiteral("%"), this));
    taxRow->addStretch();
    auto *taxBox = new QWidget(this);
    taxBox->setLayout(taxRow);
    return taxBox;
}

Result<Service> ServiceDialog::service() const
{
    Service s = m_existing.value_or(Service{});
    s.name = m_name->text();
    s.unit = m_unit->text();
    s.unitPlural = m_unitPlural->text();
    s.sac = m_sac->text();
    const Currency currency = Currency::fromCode(m_currency->currentData().toString()).value_or(Currency());
    auto price = Money::parse(m_price->text(), currency, m_workspace.locale());
    if (!price)
        return Error(price.error().code(), price.error().message(), QStringLiteral("price"));
    s.unitPrice = *price;
    s.taxRate.reset();
    if (m_ownTax->isChecked()) {
        auto rate = TaxRate::parse(m_tax->text(), m_workspace.locale());
        if (!rate)
            return rate.error();
        s.taxRate = *rate;
    }
    return s;
}

void ServiceDialog::accept()
{
    m_errors->clear();
    auto s = service();
    Result<void> saved =
        s ? (m_existing ? m_workspace.run(new EditServiceCommand(m_workspace, *m_existing, *s))
                        : m_workspace.run(new AddServiceCommand(m_workspace, *s)))
          : Result<void>(s.error());
    if (!saved) {
        m_errors->show(saved.error(), m_generalError);
        return;
    }
    QDialog::accept();
}

} // namespace minuta::ui
