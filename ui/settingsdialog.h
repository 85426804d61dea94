#pragma once

// Settings: the business profile with its logo, how clients pay (the bank details of the business's
// country), the tax profile and its rates, numbering, the defaults of new clients, the timer's limit,
// the daily capacity, the first day of the week, and the language of the program. Saved all at once,
// or not at all; a refusal shows under the field it concerns.

#include "business/business.h"
#include "business/settings.h"
#include "business/taxprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;
class QTabWidget;

namespace minuta::ui {

class BillingTermsWidget;
class FieldErrors;
class Workspace;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Settings edits everything at once, in tabs. Setup is the same, as a new file's first-run guide:
    // the country first (which sets the currency, the tax profile and the invoices' language), then
    // each tab in turn with Back and Next, and "Set Up Later".
    enum class Mode { Settings, Setup };

    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr, Mode mode = Mode::Settings);

    QLineEdit *businessNameEdit() const { return m_name; }
    QLabel *errorLabel() const { return m_error; }
    FieldErrors *errors() const { return m_errors; }
    // Shows what something else found missing, each at its field.
    void showProblems(const QList<Error> &problems);
    void accept() override;

    // Setup: the step shown (0 is the country), and moving between steps.
    int step() const;
    int stepCount() const;
    void next();
    void back();
    // Setup: the business's country as the first step offers it.
    QComboBox *setupCountryBox() const { return m_setupCountry; }

private:
    void buildSetup();
    void applyCountryPreset();
    void showStep();
    void chooseLogo();
    void showProfile();
    void showLogo();
    Result<void> save();

    Workspace &m_workspace;
    BusinessProfile m_business;
    BusinessDefaults m_defaults;
    QList<TaxProfile> m_profiles;
    QByteArray m_newLogo;
    bool m_removeLogo = false;

    QTabWidget *m_tabs;
    Mode m_mode = Mode::Settings;
    QComboBox *m_setupCountry = nullptr;
    QString m_presetCountry; // the country whose preset the steps were last given
    QLabel *m_setupPreset = nullptr;
    QLabel *m_stepTitle = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_finishButton = nullptr;
    // Business
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QComboBox *m_country;
    QLineEdit *m_vatId;
    QLineEdit *m_fiscalCode;
    QLineEdit *m_iban;
    QLineEdit *m_bic;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_logo;
    QPushButton *m_removeLogoButton = nullptr;
    QComboBox *m_regime;
    QLineEdit *m_qstId;
    QLineEdit *m_state;
    QLineEdit *m_sac;
    // Payment
    QLineEdit *m_sortCode;
    QLineEdit *m_accountNumber;
    QLineEdit *m_routingNumber;
    QLineEdit *m_institution;
    QLineEdit *m_transit;
    QLineEdit *m_bsb;
    QLineEdit *m_ifsc;
    QLineEdit *m_upi;
    QPlainTextEdit *m_paymentNotes;
    // Invoices and taxes
    QComboBox *m_profile;
    QLineEdit *m_taxRates;
    QLineEdit *m_withholding;
    QLineEdit *m_contribution;
    QLineEdit *m_numberPattern;
    QLineEdit *m_creditPattern;
    QLabel *m_numberExample;
    QCheckBox *m_stampDutyCharged;
    QLineEdit *m_serviceEn;
    QLineEdit *m_serviceIt;
    // New clients
    BillingTermsWidget *m_newClients;
    // Time
    QSpinBox *m_timerLimit;
    QSpinBox *m_idle;
    QSpinBox *m_packWarning;
    QDoubleSpinBox *m_capacity;
    QComboBox *m_firstDay;
    QComboBox *m_language;
    QComboBox *m_closeWhileTiming;
    QLabel *m_error;
    FieldErrors *m_errors;
};

} // namespace minuta::ui
