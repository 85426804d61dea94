#include "clientdialog.h"

#include "addressfields.h"
#include "billingtermswidget.h"
#include "clientlistmodel.h"
#include "commands/addclientcommand.h"
#include "commands/editclientcommand.h"
#include "fielderrors.h"
#include "workspace.h"

#include "business/business.h"
#include "values/postaladdress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

const char *kColors[] = {"#2563eb", "#db2777", "#16a34a", "#d97706", "#7c3aed", "#0891b2",
                         "#dc2626", "#4d7c0f", "#c026d3", "#0f766e", "#64748b", "#ea580c"};

} // namespace

ClientDialog::ClientDialog(Workspace &workspace, std::optional<Client> existing, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(std::move(existing))
    , m_errors(new FieldErrors(this))
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_vatId(new QLineEdit(this))
    , m_fiscalCode(new QLineEdit(this))
    , m_state(new QLineEdit(this))
    , m_gstin(new QLineEdit(this))
    , m_recipientCode(new QLineEdit(this))
    , m_pec(new QLineEdit(this))
    , m_color(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_terms(new BillingTermsWidget(m_errors, this))
    , m_withholding(new QCheckBox(tr("The client withholds tax (ritenuta d'acconto)"), this))
    , m_taxProfile(new QComboBox(this))
    , m_reverseCharge(new QCheckBox(tr("Reverse charge: no tax on this client's invoices"), this))
    , m_generalError(FieldErrors::makeLabel(this))
{
    setObjectName(QStringLiteral("clientDialog"));
    setWindowTitle(m_existing ? tr("Edit Client") : tr("New Client"));
    const QLocale locale = workspace.locale();
    Client c = m_existing ? *m_existing : workspace.settings().newClient().value_or(Client{});
    if (!c.currency.isValid())
        c.currency = *Currency::fromCode(u"EUR");

    m_name->setText(c.name);
    m_name->setMaxLength(200);
    m_contact->setText(c.contactName);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    // An address an older file keeps whole shows in its parts where it splits (a client without a
    // country is taken to be of the business's); they are stored so when the dialog is saved.
    const postaladdress::Parts address = postaladdress::completed(
        {c.address, c.postcode, c.city, c.state},
        !c.country.isEmpty() ? c.country : workspace.business().get().value_or(BusinessProfile{}).country);
    AddressFields::fill(m_address, m_postcode, m_city, address);
    AddressFields::fillCountries(m_country, c.country);
    m_vatId->setText(c.vatId);
    m_fiscalCode->setText(c.fiscalCode);
    m_state->setText(address.state);
    m_gstin->setText(c.gstin);
    m_gstin->setPlaceholderText(QStringLiteral("27AAPFU0939F1ZV"));
    m_gstin->setMaxLength(15);
    m_recipientCode->setText(c.recipientCode);
    m_recipientCode->setMaxLength(7);
    m_pec->setText(c.pec);
    for (const char *color : kColors)
        m_color->addItem(ClientListModel::swatch(QString::fromLatin1(color)), QString::fromLatin1(color),
                         QString::fromLatin1(color));
    if (m_color->findData(c.color) < 0)
        m_color->addItem(ClientListModel::swatch(c.color), c.color, c.color);
    m_color->setCurrentIndex(m_color->findData(c.color));
    m_notes->setPlainText(c.notes);
    m_notes->setTabChangesFocus(true);

    m_terms->setTerms(c, locale);
    m_withholding->setObjectName(QStringLiteral("withholding"));
    m_withholding->setChecked(c.withholding);
    m_taxProfile->addItem(tr("The business's profile"), QString());
    if (auto profiles = workspace.taxProfiles().list())
        for (const TaxProfile &p : *profiles)
            m_taxProfile->addItem(p.displayName(), p.id);
    m_taxProfile->setCurrentIndex(qMax(0, m_taxProfile->findData(c.taxProfileId)));
    m_reverseCharge->setChecked(c.reverseCharge);
    if (m_existing) {
        auto history = workspace.clients().hasHistory(m_existing->id);
        if (history && *history) {
            currencyBox()->setEnabled(false);
            currencyBox()->setToolTip(tr("Work is logged in this currency, so it can no longer change."));
        }
    }

    // A field with its error line under it, known to m_errors by the name core gives it.
    const auto field = [this](QWidget *widget, QLatin1StringView name) {
        widget->setObjectName(name); // as tests find it
        return m_errors->withErrorLine(this, name, widget);
    };
    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), field(m_name, clientfield::Name));
    form->addRow(tr("C&ontact:"), field(m_contact, clientfield::Contact));
    form->addRow(tr("&Email:"), field(m_email, clientfield::Email));
    form->addRow(tr("&Phone:"), field(m_phone, clientfield::Phone));
    form->addRow(tr("&Address:"), field(m_address, clientfield::Address));
    form->addRow(tr("Post&code, city:"),
                 AddressFields::postcodeAndCity(field(m_postcode, clientfield::Postcode),
                                                field(m_city, clientfield::City), details));
    // A state or province belongs to an address in Italy, Canada, the United States and Australia;
    // India's GST wants the buyer's state (the place of supply) and GSTIN.
    QWidget *state = field(m_state, clientfield::State);
    QWidget *gstin = field(m_gstin, clientfield::Gstin);
    form->addRow(tr("&State or province:"), state);
    form->addRow(tr("Co&untry:"), field(m_country, clientfield::Country));
    form->addRow(tr("&VAT number:"), field(m_vatId, clientfield::VatId));
    form->addRow(tr("GST&IN:"), gstin);
    const bool indianBusiness =
        workspace.business().get().value_or(BusinessProfile{}).country == QLatin1String("IN");
    const auto showStateFields = [this, form, state, gstin, indianBusiness] {
        const QString country = m_country->currentData().toString();
        const bool india = indianBusiness || country == QLatin1String("IN");
        const bool italy = country == QLatin1String("IT");
        const bool states = india || italy || country == QLatin1String("CA") || country == QLatin1String("US")
                            || country == QLatin1String("AU");
        form->setRowVisible(state, states || !m_state->text().isEmpty());
        AddressFields::labelState(form, state, m_state, country);
        form->setRowVisible(gstin, india || !m_gstin->text().isEmpty());
    };
    connect(m_country, &QComboBox::currentIndexChanged, this, showStateFields);
    showStateFields();
    // Fields only Italian e-invoicing asks for: shown for Italian clients, or when already filled in.
    QWidget *fiscalCode = field(m_fiscalCode, clientfield::FiscalCode);
    QWidget *recipientCode = field(m_recipientCode, clientfield::RecipientCode);
    QWidget *pec = field(m_pec, clientfield::Pec);
    m_recipientCode->setToolTip(
        tr("Codice destinatario: the seven characters the SDI delivers e-invoices to"));
    m_pec->setToolTip(
        tr("The client's certified email (PEC), for e-invoices when there is no recipient code"));
    form->addRow(tr("&Fiscal code:"), fiscalCode);
    form->addRow(tr("Recipient code:"), recipientCode);
    form->addRow(tr("PEC:"), pec);
    const auto showItalianFields = [this, form, fiscalCode, recipientCode, pec] {
        const bool italian = m_country->currentData().toString() == QLatin1String("IT");
        form->setRowVisible(fiscalCode, italian || !m_fiscalCode->text().isEmpty());
        form->setRowVisible(recipientCode, italian || !m_recipientCode->text().isEmpty());
        form->setRowVisible(pec, italian || !m_pec->text().isEmpty());
    };
    connect(m_country, &QComboBox::currentIndexChanged, this, showItalianFields);
    showItalianFields();
    form->addRow(tr("Co&lour:"), field(m_color, clientfield::Color));
    form->addRow(tr("No&tes:"), field(m_notes, clientfield::Notes));

    QFormLayout *billingForm = m_terms->form();
    billingForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    billingForm->addRow(tr("Tax &profile:"), field(m_taxProfile, clientfield::TaxProfile));
    billingForm->addRow(QString(), m_withholding);
    // Withholding (ritenuta d'acconto) is Italian law: offered to an Italian business, or kept in
    // sight where it was set.
    const QString businessCountry = workspace.business().get().value_or(BusinessProfile{}).country;
    billingForm->setRowVisible(m_withholding, businessCountry == QLatin1String("IT") || c.withholding);
    billingForm->addRow(QString(), m_reverseCharge);

    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(m_terms, tr("Billing"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void ClientDialog::showProblems(const QList<Error> &problems)
{
    m_errors->showAll(problems, m_generalError);
}

QLineEdit *ClientDialog::rateEdit() const
{
    return m_terms->rateEdit();
}

QComboBox *ClientDialog::currencyBox() const
{
    return m_terms->currencyBox();
}

Result<Client> ClientDialog::client() const
{
    Client c = m_existing.value_or(Client{});
    c.name = m_name->text();
    c.contactName = m_contact->text();
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.address = m_address->toPlainText();
    c.postcode = m_postcode->text();
    c.city = m_city->text();
    c.country = m_country->currentData().toString();
    c.vatId = m_vatId->text();
    c.fiscalCode = m_fiscalCode->text();
    c.state = m_state->text();
    c.gstin = m_gstin->text();
    c.recipientCode = m_recipientCode->text();
    c.pec = m_pec->text();
    c.color = m_color->currentData().toString();
    c.notes = m_notes->toPlainText();
    c.withholding = m_withholding->isChecked();
    c.taxProfileId = m_taxProfile->currentData().toString();
    c.reverseCharge = m_reverseCharge->isChecked();
    if (auto terms = m_terms->readInto(c, m_workspace.locale()); !terms)
        return terms.error();
    return c;
}

void ClientDialog::accept()
{
    m_errors->clear();
    auto c = client();
    Result<void> saved;
    if (!c) {
        saved = c.error();
    } else if (m_existing) {
        saved = m_workspace.run(new EditClientCommand(m_workspace, *m_existing, *c));
    } else {
        auto *command = new AddClientCommand(m_workspace, *c);
        saved = m_workspace.run(command);
        if (saved)
            m_saved = command->client();
    }
    if (!saved) {
        // Show the tab that holds the field in error.
        const QWidget *widget = m_errors->widget(saved.error().field());
        m_tabs->setCurrentIndex(widget && m_terms->isAncestorOf(widget) ? 1 : 0);
        m_errors->show(saved.error(), m_generalError);
        return;
    }
    if (m_existing)
        if (auto stored = m_workspace.clients().get(m_existing->id))
            m_saved = *stored;
    QDialog::accept();
}

} // namespace minuta::ui
