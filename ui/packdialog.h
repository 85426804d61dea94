#pragma once

// Sell a Pack: a prepaid pack or retainer for a client (hours, units of services, credit), its
// price, days, what happens beyond it and how it renews. Its sale goes on the client's draft invoice
// unless it was billed elsewhere. Given a pack, the same dialog edits it.

#include "clients/client.h"
#include "invoicing/pack.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace minuta::ui {

class FieldErrors;
class Workspace;

class PackDialog : public QDialog
{
    Q_OBJECT

public:
    PackDialog(Workspace &workspace, const Client &client, QWidget *parent = nullptr);
    PackDialog(Workspace &workspace, const Client &client, const PackState &existing,
               QWidget *parent = nullptr);

    // The pack as it was sold (or saved), after accept().
    const PackState &sold() const { return *m_sold; }
    FieldErrors *errors() const { return m_errors; }

public Q_SLOTS:
    void accept() override;

private:
    Result<Pack> pack() const;
    void updateEnabled();
    void fill(const Pack &pack);
    // A service and its quantity; the first row is always there.
    void addUnitsRow(std::optional<qint64> serviceId = std::nullopt, const QString &quantity = {});

    struct UnitsRow
    {
        QWidget *row;
        QComboBox *service;
        QLineEdit *quantity;
    };

    Workspace &m_workspace;
    Client m_client;
    QLineEdit *m_name;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QWidget *m_units;
    QList<UnitsRow> m_unitsRows;
    class QPushButton *m_addUnits;
    QLineEdit *m_amount;
    QLineEdit *m_price;
    QDateEdit *m_from;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QComboBox *m_renew;
    QSpinBox *m_rollover;
    QComboBox *m_overage;
    QLineEdit *m_overageRate;
    QCheckBox *m_elsewhere;
    QLabel *m_generalError;
    FieldErrors *m_errors;
    std::optional<PackState> m_sold;
    std::optional<PackState> m_existing;
};

} // namespace minuta::ui
