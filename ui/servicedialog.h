#pragma once

// Adding or editing a service of the catalog: name, unit in the singular and the plural, price, a tax
// rate of its own if it differs from the invoice's, and for an Indian business its SAC code.

#include "work/service.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace minuta::ui {

class FieldErrors;
class Workspace;

class ServiceDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceDialog(Workspace &workspace, std::optional<Service> existing, QWidget *parent = nullptr);
    void accept() override;
    // The service's own tax rate; its hint is the rate of the business's tax profile.
    QLineEdit *taxEdit() const { return m_tax; }

private:
    void setUpFields();
    QFormLayout *buildForm();
    QWidget *buildPrice();
    QWidget *buildTax();
    Result<Service> service() const;

    Workspace &m_workspace;
    std::optional<Service> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QLineEdit *m_unitPlural;
    QLineEdit *m_sac;
    QLineEdit *m_price;
    QComboBox *m_currency;
    QCheckBox *m_ownTax;
    QLineEdit *m_tax;
    QLabel *m_generalError;
    FieldErrors *m_errors;
};

} // namespace minuta::ui
