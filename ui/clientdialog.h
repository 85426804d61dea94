#pragma once

// Adding or editing a client: contact and tax details on one tab, how they are billed on the other.
// Each refusal is shown under the field it concerns; nothing is saved until everything is valid.

#include "clients/client.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace minuta::ui {

class BillingTermsWidget;
class FieldErrors;
class Workspace;

class ClientDialog : public QDialog
{
    Q_OBJECT

public:
    ClientDialog(Workspace &workspace, std::optional<Client> existing, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *rateEdit() const;
    QComboBox *currencyBox() const;
    FieldErrors *errors() const { return m_errors; }
    // Shows what something else found missing, each at its field.
    void showProblems(const QList<Error> &problems);
    // The client as saved.
    Client saved() const { return m_saved; }

    void accept() override;

private:
    Result<Client> client() const;

    Workspace &m_workspace;
    std::optional<Client> m_existing;
    Client m_saved;
    FieldErrors *m_errors;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_contact;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QComboBox *m_country;
    QLineEdit *m_vatId;
    QLineEdit *m_fiscalCode;
    QLineEdit *m_state;
    QLineEdit *m_gstin;
    QLineEdit *m_recipientCode;
    QLineEdit *m_pec;
    QComboBox *m_color;
    QPlainTextEdit *m_notes;
    BillingTermsWidget *m_terms;
    QCheckBox *m_withholding;
    QComboBox *m_taxProfile;
    QCheckBox *m_reverseCharge;
    QLabel *m_generalError;
};

} // namespace minuta::ui
