#pragma once

// A recurring fee for a client ("mailbox management, €200.00 a month"): what the invoice line says,
// how many at what price, its tax rate when not the invoice's, how often, and its first and last
// days. Given a fee, the same dialog changes it; once a period is on an invoice, its first day and
// period stay as they were billed.

#include "clients/client.h"
#include "invoicing/recurring.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace minuta::ui {

class FieldErrors;
class Workspace;

class RecurringDialog : public QDialog
{
    Q_OBJECT

public:
    RecurringDialog(Workspace &workspace, const Client &client, QWidget *parent = nullptr);
    RecurringDialog(Workspace &workspace, const Client &client, const RecurringLine &existing,
                    QWidget *parent = nullptr);

    // The fee as it was saved, after accept().
    const RecurringLine &saved() const { return *m_saved; }
    FieldErrors *errors() const { return m_errors; }

public Q_SLOTS:
    void accept() override;

private:
    Result<RecurringLine> fee() const;
    void updateEnabled();

    Workspace &m_workspace;
    Client m_client;
    std::optional<RecurringLine> m_existing;
    std::optional<RecurringLine> m_saved;
    QLineEdit *m_description;
    QLineEdit *m_quantity;
    QLineEdit *m_price;
    QCheckBox *m_ownTax;
    QLineEdit *m_tax;
    QComboBox *m_every;
    QDateEdit *m_from;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QLabel *m_next;
    QLabel *m_generalError;
    FieldErrors *m_errors;
};

} // namespace minuta::ui
