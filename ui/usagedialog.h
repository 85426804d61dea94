#pragma once

// Logging units of a service ("3 calls for ACME"): client, service, quantity, Enter. Also edits
// logged usage.

#include "work/service.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace minuta::ui {

class FieldErrors;
class Workspace;

class UsageDialog : public QDialog
{
    Q_OBJECT

public:
    UsageDialog(Workspace &workspace, std::optional<Usage> existing, QWidget *parent = nullptr);

    QComboBox *clientBox() const { return m_client; }
    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *quantityEdit() const { return m_quantity; }
    FieldErrors *errors() const { return m_errors; }
    void accept() override;

private:
    void fillClientsAndServices();
    void setUpFields();
    QFormLayout *buildForm();
    Result<Usage> usage() const;
    void updateUnit();

    Workspace &m_workspace;
    std::optional<Usage> m_existing;
    QComboBox *m_client;
    QComboBox *m_service;
    QLineEdit *m_quantity;
    QLabel *m_unit;
    QDateTimeEdit *m_when;
    QLineEdit *m_note;
    QLabel *m_generalError;
    FieldErrors *m_errors;
};

} // namespace minuta::ui
