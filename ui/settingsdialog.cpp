#include "settingsdialog.h"

#include "addressfields.h"
#include "billingtermswidget.h"
#include "fielderrors.h"
#include "filedialogs.h"
#include "idlesource.h"
#include "look.h"
#include "mainwindow.h"
#include "workspace.h"

#include "invoicing/invoicenumber.h"
#include "storage/appinfo.h"
#include "values/postaladdress.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace minuta::ui {

SettingsDialog::SettingsDialog(Workspace &workspace, QWidget *parent, Mode mode)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_vatId(new QLineEdit(this))
    , m_fiscalCode(new QLineEdit(this))
    , m_iban(new QLineEdit(this))
    , m_bic(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_logo(new QLabel(this))
    , m_regime(new QComboBox(this))
    , m_qstId(new QLineEdit(this))
    , m_state(new QLineEdit(this))
    , m_sac(new QLineEdit(this))
    , m_sortCode(new QLineEdit(this))
    , m_accountNumber(new QLineEdit(this))
    , m_routingNumber(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_transit(new QLineEdit(this))
    , m_bsb(new QLineEdit(this))
    , m_ifsc(new QLineEdit(this))
    , m_upi(new QLineEdit(this))
    , m_paymentNotes(new QPlainTextEdit(this))
    , m_profile(new QComboBox(this))
    , m_taxRates(new QLineEdit(this))
    , m_withholding(new QLineEdit(this))
    , m_contribution(new QLineEdit(this))
    , m_numberPattern(new QLineEdit(this))
    , m_creditPattern(new QLineEdit(this))
    , m_numberExample(new QLabel(this))
    , m_stampDutyCharged(new QCheckBox(tr("Charge the stamp duty to the client"), this))
    , m_serviceEn(new QLineEdit(this))
    , m_serviceIt(new QLineEdit(this))
    , m_newClients(nullptr)
    , m_timerLimit(new QSpinBox(this))
    , m_idle(new QSpinBox(this))
    , m_packWarning(new QSpinBox(this))
    , m_capacity(new QDoubleSpinBox(this))
    , m_firstDay(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_closeWhileTiming(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_errors(new FieldErrors(this))
{
    m_mode = mode;
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const QLocale locale = workspace.locale();
    m_business = workspace.business().get().value_or(BusinessProfile{});
    m_defaults = workspace.settings().businessDefaults().value_or(BusinessDefaults{});
    if (auto profiles = workspace.taxProfiles().list())
        m_profiles = *profiles;

    // Business. An address an older file keeps whole shows in its parts where it splits; they are
    // stored so when the dialog is saved.
    const postaladdress::Parts address = postaladdress::completed(
        {m_business.address, m_business.postcode, m_business.city, m_business.state}, m_business.country);
    m_name->setText(m_business.name);
    AddressFields::fill(m_address, m_postcode, m_city, address);
    AddressFields::fillCountries(m_country, m_business.country);
    m_vatId->setText(m_business.vatId);
    m_fiscalCode->setText(m_business.fiscalCode);
    m_iban->setText(m_business.iban);
    m_bic->setText(m_business.bic);
    m_email->setText(m_business.email);
    m_phone->setText(m_business.phone);
    m_regime->addItem(tr("—"), QString());
    m_regime->addItem(tr("RF01 ordinary"), QStringLiteral("RF01"));
    m_regime->addItem(tr("RF19 flat-rate (forfettario)"), QStringLiteral("RF19"));
    m_regime->setCurrentIndex(qMax(0, m_regime->findData(m_business.regimeFiscale)));
    m_logo->setFixedSize(180, 70);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogo = new QPushButton(tr("Choose…"), this);
    m_removeLogoButton = new QPushButton(tr("Remove"), this);
    connect(chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_removeLogoButton, &QPushButton::clicked, this, [this] {
        m_newLogo.clear();
        m_removeLogo = true;
        showLogo();
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogoButton);
    logoRow->addStretch();
    showLogo();
    m_qstId->setText(m_business.qstId);
    m_qstId->setPlaceholderText(QStringLiteral("1234567890 TQ 0001"));
    m_qstId->setToolTip(tr("Québec's QST registration number; the GST number goes in the VAT number"));
    m_state->setText(address.state);
    m_sac->setText(m_business.sac);
    m_sac->setPlaceholderText(QStringLiteral("998599"));
    m_sac->setToolTip(tr("The SAC code printed on the lines of time; services have their own"));

    // A field with its error line under it, known to m_errors by the name core gives it, and found
    // by tests under that name.
    const auto field = [this](QWidget *widget, QLatin1StringView name) {
        widget->setObjectName(name);
        return m_errors->withErrorLine(this, name, widget);
    };
    auto *logoBox = new QWidget(this);
    logoRow->setContentsMargins(0, 0, 0, 0);
    logoBox->setLayout(logoRow);
    // A tab's form sits at the top of its page: the spare height of a short tab goes below it, not
    // between a label and its field.
    const auto formPage = [this](QWidget *&page) {
        page = new QWidget(this);
        auto *column = new QVBoxLayout(page);
        auto *form = new QFormLayout;
        column->addLayout(form);
        column->addStretch();
        return form;
    };
    QWidget *business = nullptr;
    QFormLayout *businessForm = formPage(business);
    businessForm->addRow(tr("&Name:"), field(m_name, businessfield::Name));
    businessForm->addRow(tr("&Address:"), field(m_address, businessfield::Address));
    businessForm->addRow(tr("Post&code, city:"),
                         AddressFields::postcodeAndCity(field(m_postcode, businessfield::Postcode),
                                                        field(m_city, businessfield::City), business));
    QWidget *state = field(m_state, businessfield::State);
    businessForm->addRow(tr("&State:"), state);
    businessForm->addRow(tr("&Country:"), field(m_country, businessfield::Country));
    businessForm->addRow(tr("&VAT number:"), field(m_vatId, businessfield::VatId));
    QWidget *qstId = field(m_qstId, businessfield::QstId);
    businessForm->addRow(tr("QST number:"), qstId);
    QWidget *fiscalCode = field(m_fiscalCode, businessfield::FiscalCode);
    businessForm->addRow(tr("&Fiscal code:"), fiscalCode);
    QWidget *sac = field(m_sac, businessfield::Sac);
    businessForm->addRow(tr("SAC for time:"), sac);
    businessForm->addRow(tr("&Email:"), field(m_email, businessfield::Email));
    businessForm->addRow(tr("&Phone:"), field(m_phone, businessfield::Phone));
    businessForm->addRow(tr("Logo:"), field(logoBox, businessfield::Logo));
    QWidget *regime = field(m_regime, businessfield::RegimeFiscale);
    businessForm->addRow(tr("Regime (FatturaPA):"), regime);

    // Payment: each country's bank details, and other ways to pay.
    const QList<std::pair<QLineEdit *, QString>> bank = {
        {m_sortCode, m_business.sortCode},
        {m_accountNumber, m_business.accountNumber},
        {m_routingNumber, m_business.routingNumber},
        {m_institution, m_business.institution},
        {m_transit, m_business.transit},
        {m_bsb, m_business.bsb},
        {m_ifsc, m_business.ifsc},
        {m_upi, m_business.upi},
    };
    for (const auto &[edit, value] : bank)
        edit->setText(value);
    m_sortCode->setPlaceholderText(QStringLiteral("12-34-56"));
    m_institution->setPlaceholderText(QStringLiteral("001"));
    m_transit->setPlaceholderText(QStringLiteral("12345"));
    m_bsb->setPlaceholderText(QStringLiteral("062-000"));
    m_ifsc->setPlaceholderText(QStringLiteral("HDFC0000123"));
    m_upi->setPlaceholderText(tr("name@bank"));
    m_paymentNotes->setPlainText(m_business.paymentNotes);
    m_paymentNotes->setPlaceholderText(tr("PayPal, a payment link…"));
    m_paymentNotes->setTabChangesFocus(true);
    m_paymentNotes->setFixedHeight(m_paymentNotes->fontMetrics().lineSpacing() * 3 + 12);
    m_paymentNotes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QWidget *payment = nullptr;
    QFormLayout *paymentForm = formPage(payment);
    auto *paymentHelp =
        new QLabel(tr("Printed on your invoices; the bank fields are those of your country."), this);
    paymentHelp->setForegroundRole(QPalette::PlaceholderText);
    paymentHelp->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QWidget *iban = field(m_iban, businessfield::Iban);
    paymentForm->addRow(tr("&IBAN:"), iban);
    paymentForm->addRow(tr("&BIC:"), field(m_bic, businessfield::Bic));
    QWidget *sortCode = field(m_sortCode, businessfield::SortCode);
    paymentForm->addRow(tr("&Sort code:"), sortCode);
    QWidget *routingNumber = field(m_routingNumber, businessfield::RoutingNumber);
    paymentForm->addRow(tr("&Routing number (ABA):"), routingNumber);
    QWidget *institution = field(m_institution, businessfield::Institution);
    paymentForm->addRow(tr("I&nstitution number:"), institution);
    QWidget *transit = field(m_transit, businessfield::Transit);
    paymentForm->addRow(tr("&Transit number:"), transit);
    QWidget *bsb = field(m_bsb, businessfield::Bsb);
    paymentForm->addRow(tr("BS&B:"), bsb);
    QWidget *ifsc = field(m_ifsc, businessfield::Ifsc);
    paymentForm->addRow(tr("I&FSC:"), ifsc);
    QWidget *accountNumber = field(m_accountNumber, businessfield::AccountNumber);
    paymentForm->addRow(tr("&Account number:"), accountNumber);
    QWidget *upi = field(m_upi, businessfield::Upi);
    paymentForm->addRow(tr("&UPI ID:"), upi);
    paymentForm->addRow(tr("&Other ways to pay:"), field(m_paymentNotes, businessfield::PaymentNotes));
    paymentForm->addRow(QString(), paymentHelp);

    // Invoices and taxes.
    for (const TaxProfile &p : std::as_const(m_profiles))
        m_profile->addItem(p.displayName(), p.id);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(m_business.taxProfileId)));
    m_taxRates->setToolTip(
        tr("The profile's tax rates in percent; several are joined by +, such as 5 + 9.975"));
    m_contribution->setText(
        m_business.contributionRate.milliPercent() ? m_business.contributionRate.toPlainString() : QString());
    m_contribution->setPlaceholderText(tr("0: none"));
    m_numberPattern->setText(m_business.numberPattern);
    m_creditPattern->setText(m_business.creditNotePattern);
    m_numberExample->setForegroundRole(QPalette::PlaceholderText);
    const auto example = [this] {
        m_numberExample->setText(
            tr("The next numbers look like %1 and %2.")
                .arg(invoicenumber::format(m_numberPattern->text(), m_workspace.today(), 1),
                     invoicenumber::format(m_creditPattern->text(), m_workspace.today(), 1)));
    };
    connect(m_numberPattern, &QLineEdit::textChanged, this, example);
    connect(m_creditPattern, &QLineEdit::textChanged, this, example);
    example();
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SettingsDialog::showProfile);
    showProfile();
    QWidget *invoices = nullptr;
    QFormLayout *invoiceForm = formPage(invoices);
    invoiceForm->addRow(tr("Tax &profile:"), field(m_profile, businessfield::TaxProfile));
    invoiceForm->addRow(tr("Tax &rates (%):"), field(m_taxRates, taxprofilefield::Taxes));
    invoiceForm->addRow(tr("&Withholding (%):"), field(m_withholding, taxprofilefield::Withholding));
    invoiceForm->addRow(tr("Pension &contribution (%):"), field(m_contribution, businessfield::Contribution));
    invoiceForm->addRow(tr("Invoice &numbers:"), field(m_numberPattern, businessfield::NumberPattern));
    invoiceForm->addRow(tr("Credit note n&umbers:"),
                        field(m_creditPattern, businessfield::CreditNotePattern));
    invoiceForm->addRow(QString(), m_numberExample);
    auto *patternHelp =
        new QLabel(tr("{YYYY} or {YY} is the year, {MM} the month, {N} the number and {N:3} the "
                      "number padded to three digits (001). Numbers start again each year."),
                   this);
    patternHelp->setWordWrap(true);
    patternHelp->setForegroundRole(QPalette::PlaceholderText);
    invoiceForm->addRow(QString(), patternHelp);
    m_stampDutyCharged->setObjectName(QStringLiteral("stampDutyCharged"));
    m_stampDutyCharged->setChecked(m_business.stampDutyCharged);
    m_stampDutyCharged->setToolTip(
        tr("The €2 marca da bollo of invoices over €77.47 outside VAT: added to what the client pays, or "
           "paid by you"));
    invoiceForm->addRow(tr("Stamp duty:"), m_stampDutyCharged);
    m_serviceEn->setText(m_business.serviceDescriptionEn);
    m_serviceIt->setText(m_business.serviceDescriptionIt);
    invoiceForm->addRow(tr("Default service (English):"),
                        field(m_serviceEn, businessfield::ServiceDescriptionEn));
    invoiceForm->addRow(tr("Default service (Italian):"),
                        field(m_serviceIt, businessfield::ServiceDescriptionIt));
    auto *serviceHelp =
        new QLabel(tr("What an invoice line says when its work has no task and no description."), this);
    serviceHelp->setWordWrap(true);
    serviceHelp->setForegroundRole(QPalette::PlaceholderText);
    invoiceForm->addRow(QString(), serviceHelp);

    // What only some countries ask for: shown for a business of those countries, or when already
    // filled in, so nothing stored is ever hidden.
    const auto showCountryFields = [=, this] {
        const QString country = m_country->currentData().toString();
        const auto in = [&country](std::initializer_list<const char *> codes) {
            return std::any_of(codes.begin(), codes.end(),
                               [&country](const char *code) { return country == QLatin1String(code); });
        };
        const auto showRow = [](QFormLayout *form, QWidget *row, bool needed, const QLineEdit *edit) {
            form->setRowVisible(row, needed || !edit->text().isEmpty());
        };
        showRow(businessForm, qstId, in({"CA"}), m_qstId);
        showRow(businessForm, fiscalCode, in({"IT"}), m_fiscalCode);
        showRow(businessForm, state, in({"IT", "IN", "US", "CA", "AU"}), m_state);
        AddressFields::labelState(businessForm, state, m_state, country);
        showRow(businessForm, sac, in({"IN"}), m_sac);
        businessForm->setRowVisible(regime, in({"IT"}) || m_regime->currentIndex() > 0);
        // Banks in these countries have no IBAN; everywhere else it is how money arrives.
        showRow(paymentForm, iban, !in({"US", "CA", "AU", "IN"}), m_iban);
        showRow(paymentForm, sortCode, in({"GB"}), m_sortCode);
        showRow(paymentForm, routingNumber, in({"US"}), m_routingNumber);
        showRow(paymentForm, institution, in({"CA"}), m_institution);
        showRow(paymentForm, transit, in({"CA"}), m_transit);
        showRow(paymentForm, bsb, in({"AU"}), m_bsb);
        showRow(paymentForm, ifsc, in({"IN"}), m_ifsc);
        showRow(paymentForm, accountNumber, in({"GB", "US", "CA", "AU", "IN"}), m_accountNumber);
        showRow(paymentForm, upi, in({"IN"}), m_upi);
        invoiceForm->setRowVisible(m_stampDutyCharged, in({"IT"}));
    };
    connect(m_country, &QComboBox::currentIndexChanged, this, showCountryFields);
    showCountryFields();

    // New clients: the terms they start with.
    m_newClients = new BillingTermsWidget(m_errors, this);
    m_newClients->setTerms(m_defaults, locale);
    m_newClients->setLabel(BillingTermsWidget::RateRow, tr("Default hourly &rate:"));
    m_newClients->rateEdit()->setPlaceholderText(tr("none"));
    m_newClients->setLabel(BillingTermsWidget::IncrementRow, tr("Billing &increment:"));
    m_newClients->setLabel(BillingTermsWidget::RoundingRow, tr("R&ounding:"));

    // Time.
    m_timerLimit->setRange(1, 24);
    m_timerLimit->setSuffix(tr(" hours"));
    m_timerLimit->setValue(int(m_defaults.timerLimitSeconds / 3600));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setValue(m_defaults.idleMinutes);
    m_idle->setToolTip(tr("When you come back after this long away from the computer while a timer runs, "
                          "Minuta asks whether to keep the time away"));
    const bool idleKnown = IdleSource::system()->idleSeconds().has_value();
    m_packWarning->setRange(1, 100);
    m_packWarning->setSuffix(tr(" % used"));
    m_packWarning->setValue(m_defaults.packWarningPercent);
    m_packWarning->setToolTip(tr("The timer bar, a notification and the command line say so when a client's "
                                 "prepaid pack is this much used, and again when it is used up"));
    m_capacity->setRange(0.5, 24);
    m_capacity->setSingleStep(0.5);
    m_capacity->setDecimals(1);
    m_capacity->setSuffix(tr(" hours"));
    m_capacity->setValue(m_defaults.dailyCapacityMinutes / 60.0);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_firstDay->addItem(locale.dayName(day), day);
    m_firstDay->setCurrentIndex(m_firstDay->findData(int(m_defaults.firstDayOfWeek)));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(QSettings().value(QStringLiteral("ui/language")).toString())));
    auto *time = new QWidget(this);
    auto *timeForm = new QFormLayout(time);
    timeForm->addRow(tr("Ask about a timer after:"), field(m_timerLimit, defaultsfield::TimerLimit));
    timeForm->addRow(tr("Ask about &idle time after:"), field(m_idle, defaultsfield::Idle));
    if (!idleKnown) {
        // The setting travels with the file, so it stays editable for the computers that can use it.
        auto *idleNote = new QLabel(tr("Unavailable here: this desktop does not tell Minuta how long it has "
                                       "been idle (as some Wayland sessions)."),
                                    this);
        idleNote->setObjectName(QStringLiteral("idleUnavailable"));
        idleNote->setWordWrap(true);
        idleNote->setForegroundRole(QPalette::PlaceholderText);
        timeForm->addRow(QString(), idleNote);
    }
    timeForm->addRow(tr("Work in a &day:"), field(m_capacity, defaultsfield::Capacity));
    timeForm->addRow(tr("Weeks &start on:"), field(m_firstDay, defaultsfield::FirstDayOfWeek));
    m_packWarning->setObjectName(QStringLiteral("packWarning"));
    timeForm->addRow(tr("Warn about a &prepaid pack at:"), field(m_packWarning, defaultsfield::PackWarning));
    m_closeWhileTiming->addItem(tr("Ask"), QString());
    m_closeWhileTiming->addItem(tr("Keep Minuta in the tray"), QStringLiteral("tray"));
    m_closeWhileTiming->addItem(tr("Quit Minuta"), QStringLiteral("quit"));
    m_closeWhileTiming->setCurrentIndex(
        qMax(0, m_closeWhileTiming->findData(QSettings().value(MainWindow::CloseWhileTimingKey).toString())));
    m_closeWhileTiming->setObjectName(QStringLiteral("closeWhileTiming"));
    timeForm->addRow(tr("&Closing the window while the timer runs:"), m_closeWhileTiming);
    timeForm->addRow(tr("Lan&guage of Minuta:"), m_language);
    auto *languageNote = new QLabel(tr("A new language shows the next time Minuta starts."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    timeForm->addRow(QString(), languageNote);

    m_tabs->addTab(business, tr("Business"));
    m_tabs->addTab(payment, tr("Payment"));
    m_tabs->addTab(invoices, tr("Invoices && Taxes"));
    m_tabs->addTab(m_newClients, tr("New Clients"));
    m_tabs->addTab(time, tr("Time && Language"));

    m_error->setStyleSheet(look::errorStyle());
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    if (m_mode == Mode::Settings) {
        buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    } else {
        // Later is a choice, not a failure: everything stays in Settings.
        buttons->addButton(tr("Set Up &Later"), QDialogButtonBox::RejectRole)
            ->setObjectName(QStringLiteral("setupLater"));
        m_backButton = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
        m_nextButton = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
        m_finishButton = buttons->addButton(tr("&Finish"), QDialogButtonBox::AcceptRole);
        m_backButton->setObjectName(QStringLiteral("setupBack"));
        m_nextButton->setObjectName(QStringLiteral("setupNext"));
        m_finishButton->setObjectName(QStringLiteral("setupFinish"));
        connect(m_backButton, &QPushButton::clicked, this, &SettingsDialog::back);
        connect(m_nextButton, &QPushButton::clicked, this, &SettingsDialog::next);
        connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (m_mode == Mode::Setup) {
        m_stepTitle = new QLabel(this);
        m_stepTitle->setObjectName(QStringLiteral("setupStep"));
        QFont bigger = m_stepTitle->font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
        bigger.setBold(true);
        m_stepTitle->setFont(bigger);
        layout->addWidget(m_stepTitle);
    }
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    if (m_mode == Mode::Setup)
        buildSetup();
}

void SettingsDialog::buildSetup()
{
    setWindowTitle(tr("Set Up Minuta"));
    auto *welcome = new QWidget(this);
    auto *layout = new QVBoxLayout(welcome);
    auto *intro =
        new QLabel(tr("A few questions about your business, so that your invoices are right from the "
                      "first one. Every answer can be changed later in Settings."),
                   welcome);
    intro->setWordWrap(true);
    m_setupCountry = new QComboBox(welcome);
    m_setupCountry->setObjectName(QStringLiteral("setupCountry"));
    for (int i = 1; i < m_country->count(); ++i)
        m_setupCountry->addItem(m_country->itemText(i), m_country->itemData(i));
    // The business's country if known, else the computer's.
    QString country = m_business.country;
    if (country.isEmpty())
        country = QLocale::territoryToCode(QLocale::system().territory());
    m_setupCountry->setCurrentIndex(qMax(0, m_setupCountry->findData(country)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Where do you work?"), m_setupCountry);
    m_setupPreset = new QLabel(welcome);
    m_setupPreset->setObjectName(QStringLiteral("setupPreset"));
    m_setupPreset->setWordWrap(true);
    m_setupPreset->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_setupPreset);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
    m_tabs->insertTab(0, welcome, tr("Welcome"));
    m_tabs->tabBar()->hide();
    m_tabs->setCurrentIndex(0);
    const auto describe = [this] {
        const CountryPreset preset = countryPreset(m_setupCountry->currentData().toString());
        QString profileName = preset.taxProfileId;
        for (const TaxProfile &p : std::as_const(m_profiles))
            if (p.id == preset.taxProfileId)
                profileName = p.displayName();
        m_setupPreset->setText(
            tr("Amounts in %1, taxes as “%2”, invoices in %3. You can choose otherwise in the next steps.")
                .arg(preset.currency.code(), profileName,
                     preset.invoiceLanguage == QLatin1String("it") ? tr("Italian") : tr("English")));
    };
    connect(m_setupCountry, &QComboBox::currentIndexChanged, this, describe);
    describe();
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsDialog::showStep);
    showStep();
}

int SettingsDialog::step() const
{
    return m_tabs->currentIndex();
}

int SettingsDialog::stepCount() const
{
    return m_tabs->count();
}

void SettingsDialog::next()
{
    if (step() == 0)
        applyCountryPreset();
    if (step() + 1 < stepCount())
        m_tabs->setCurrentIndex(step() + 1);
}

void SettingsDialog::back()
{
    if (step() > 0)
        m_tabs->setCurrentIndex(step() - 1);
}

void SettingsDialog::applyCountryPreset()
{
    // What follows from the country, set in the steps after it where the user can still change it.
    const QString country = m_setupCountry->currentData().toString();
    if (country == m_presetCountry)
        return; // back and forth: what the user changed since stays
    m_presetCountry = country;
    m_country->setCurrentIndex(qMax(0, m_country->findData(country)));
    const CountryPreset preset = countryPreset(country);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(preset.taxProfileId)));
    BusinessDefaults d = m_defaults;
    d.setCurrency(preset.currency);
    d.invoiceLanguage = preset.invoiceLanguage;
    m_newClients->setTerms(d, m_workspace.locale());
}

void SettingsDialog::showStep()
{
    const int at = step();
    m_stepTitle->setText(tr("Step %1 of %2: %3")
                             .arg(at + 1)
                             .arg(stepCount())
                             .arg(m_tabs->tabText(at).replace(QStringLiteral("&&"), QStringLiteral("&"))));
    m_backButton->setEnabled(at > 0);
    m_nextButton->setVisible(at + 1 < stepCount());
    m_finishButton->setVisible(at + 1 == stepCount());
    m_finishButton->setDefault(at + 1 == stepCount());
    m_nextButton->setDefault(at + 1 < stepCount());
}

void SettingsDialog::showProfile()
{
    const QString id = m_profile->currentData().toString();
    for (const TaxProfile &p : std::as_const(m_profiles)) {
        if (p.id != id)
            continue;
        QStringList rates;
        for (const TaxComponent &t : p.taxes)
            rates << t.rate.toPlainString();
        m_taxRates->setText(rates.join(QStringLiteral(" + ")));
        m_taxRates->setEnabled(!p.taxes.isEmpty());
        m_taxRates->setPlaceholderText(p.taxes.isEmpty() ? tr("no tax") : QString());
        m_withholding->setText(p.withholdingRate.milliPercent() ? p.withholdingRate.toPlainString()
                                                                : QString());
        m_withholding->setPlaceholderText(tr("0: none"));
    }
}

void SettingsDialog::showLogo()
{
    QByteArray bytes = m_newLogo;
    if (bytes.isEmpty() && !m_removeLogo && !m_business.logoSha256.isEmpty())
        if (auto image = m_workspace.business().image(m_business.logoSha256))
            bytes = image->data;
    m_removeLogoButton->setEnabled(!bytes.isEmpty());
    if (bytes.isEmpty()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        return;
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QSize size = reader.size().isValid() ? reader.size() : QSize(360, 140);
    reader.setScaledSize(size.scaled(m_logo->size() * devicePixelRatioF(), Qt::KeepAspectRatio));
    QPixmap pixmap = QPixmap::fromImage(reader.read());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_logo->setPixmap(pixmap);
}

void SettingsDialog::chooseLogo()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Choose a Logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("“%1” cannot be read: %2").arg(path, file.errorString()));
        m_error->show();
        return;
    }
    const QByteArray bytes = file.read(BusinessRepository::MaxLogoBytes + 1);
    if (auto logo = BusinessRepository::readLogo(bytes); !logo) {
        m_error->setText(logo.error().message());
        m_error->show();
        return;
    }
    m_newLogo = bytes;
    m_removeLogo = false;
    m_error->hide();
    showLogo();
}

Result<void> SettingsDialog::save()
{
    const QLocale locale = m_workspace.locale();
    BusinessProfile b = m_business;
    b.name = m_name->text();
    b.address = m_address->toPlainText();
    b.postcode = m_postcode->text();
    b.city = m_city->text();
    b.country = m_country->currentData().toString();
    b.vatId = m_vatId->text();
    b.fiscalCode = m_fiscalCode->text();
    b.iban = m_iban->text();
    b.bic = m_bic->text();
    b.email = m_email->text();
    b.phone = m_phone->text();
    b.regimeFiscale = m_regime->currentData().toString();
    b.qstId = m_qstId->text();
    b.state = m_state->text();
    b.sac = m_sac->text();
    b.sortCode = m_sortCode->text();
    b.accountNumber = m_accountNumber->text();
    b.routingNumber = m_routingNumber->text();
    b.institution = m_institution->text();
    b.transit = m_transit->text();
    b.bsb = m_bsb->text();
    b.ifsc = m_ifsc->text();
    b.upi = m_upi->text();
    b.paymentNotes = m_paymentNotes->toPlainText();
    b.stampDutyCharged = m_stampDutyCharged->isChecked();
    b.serviceDescriptionEn = m_serviceEn->text();
    b.serviceDescriptionIt = m_serviceIt->text();
    b.taxProfileId = m_profile->currentData().toString();
    b.numberPattern = m_numberPattern->text();
    b.creditNotePattern = m_creditPattern->text();
    if (m_contribution->text().trimmed().isEmpty()) {
        b.contributionRate = TaxRate();
    } else {
        auto rate = TaxRate::parse(m_contribution->text(), locale, businessfield::Contribution);
        if (!rate)
            return rate.error();
        b.contributionRate = *rate;
    }

    TaxProfile profile;
    for (const TaxProfile &p : std::as_const(m_profiles))
        if (p.id == b.taxProfileId)
            profile = p;
    const QStringList rates = m_taxRates->text().split(QLatin1Char('+'), Qt::SkipEmptyParts);
    if (!profile.taxes.isEmpty()) {
        if (rates.size() != profile.taxes.size())
            return Error(ErrorCode::InvalidInput,
                         tr("Give %n tax rate(s), joined by +.", nullptr, int(profile.taxes.size())),
                         taxprofilefield::Taxes);
        for (int k = 0; k < rates.size(); ++k) {
            auto rate = TaxRate::parse(rates[k], locale, taxprofilefield::Taxes);
            if (!rate)
                return rate.error();
            profile.taxes[k].rate = *rate;
        }
    }
    if (m_withholding->text().trimmed().isEmpty()) {
        profile.withholdingRate = TaxRate();
    } else {
        auto rate = TaxRate::parse(m_withholding->text(), locale, taxprofilefield::Withholding);
        if (!rate)
            return rate.error();
        profile.withholdingRate = *rate;
    }

    BusinessDefaults d = m_defaults;
    if (auto terms = m_newClients->readInto(d, locale); !terms)
        return terms;
    d.timerLimitSeconds = qint64(m_timerLimit->value()) * 3600;
    d.idleMinutes = m_idle->value();
    d.packWarningPercent = m_packWarning->value();
    d.dailyCapacityMinutes = int(m_capacity->value() * 60);
    d.firstDayOfWeek = Qt::DayOfWeek(m_firstDay->currentData().toInt());

    BusinessSetup setup{b, d, {}, {}};
    if (!profile.id.isEmpty())
        setup.taxProfile = profile;
    if (!m_newLogo.isEmpty())
        setup.logo = m_newLogo;
    else if (m_removeLogo)
        setup.logo = QByteArray();
    auto written = m_workspace.business().saveSetup(setup);
    if (!written)
        return written;
    appinfo::setInterfaceLanguage(m_language->currentData().toString());
    QSettings().setValue(MainWindow::CloseWhileTimingKey, m_closeWhileTiming->currentData().toString());
    m_workspace.notify(Workspace::Settings | Workspace::Clients | Workspace::Invoices);
    return {};
}

void SettingsDialog::showProblems(const QList<Error> &problems)
{
    m_errors->showAll(problems, m_error);
}

void SettingsDialog::accept()
{
    m_errors->clear();
    m_error->hide();
    auto saved = save();
    if (!saved) {
        // Show the tab that holds the field in error, and the message under the field.
        if (QWidget *widget = m_errors->widget(saved.error().field()))
            for (int k = 0; k < m_tabs->count(); ++k)
                if (m_tabs->widget(k)->isAncestorOf(widget))
                    m_tabs->setCurrentIndex(k);
        m_errors->show(saved.error(), m_error);
        return;
    }
    QDialog::accept();
}

} // namespace minuta::ui
