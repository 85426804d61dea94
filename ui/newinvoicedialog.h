#pragma once

// The month-end flow: a client, a period and how to group the time; the lines and totals appear
// exactly as core computes them; then save as a draft or issue at once.

#include "invoicing/invoicerepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace minuta::ui {

class InvoiceLineModel;
class TotalsWidget;
class Workspace;

class NewInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    // The client's name in the client box (whose text also gives what is not billed yet).
    static constexpr int NameRole = Qt::UserRole + 1;

    // The choices an invoice of unbilled work starts from, shared with Invoice All Clients: the
    // period's date fields on last month, and how time becomes lines (one per task first).
    static void setUpPeriod(QDateEdit *from, QDateEdit *to, QDate firstOfMonth, const QLocale &locale);
    static void fillGrouping(QComboBox *grouping);

    // Starts on `clientId`; with none, on the first client with work not billed yet.
    NewInvoiceDialog(Workspace &workspace, qint64 clientId, QWidget *parent = nullptr);

    QComboBox *clientBox() const { return m_client; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *groupingBox() const { return m_grouping; }
    QPushButton *draftButton() const { return m_draft; }
    QPushButton *issueButton() const { return m_issue; }
    InvoiceLineModel *lines() const { return m_lines; }
    TotalsWidget *totals() const { return m_totals; }
    QString previewMessage() const;
    // The invoice made, 0 when none.
    qint64 invoiceId() const { return m_invoiceId; }
    QString resultMessage() const { return m_result; }

private:
    void setUpChoices(qint64 clientId, QDate firstOfMonth);
    void setUpPreview();
    QFormLayout *buildForm();
    QDialogButtonBox *buildButtons();
    void followChoices(QDate firstOfMonth);
    void preview();
    QString nothingToBill(const InvoiceRepository::DraftRequest &request) const;
    void create(bool issue);

    Workspace &m_workspace;
    QComboBox *m_client;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_dash = nullptr;
    QComboBox *m_grouping;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_message;
    InvoiceLineModel *m_lines;
    TotalsWidget *m_totals;
    QLabel *m_warnings;
    QPushButton *m_draft;
    QPushButton *m_issue;
    qint64 m_invoiceId = 0;
    QString m_result;
};

} // namespace minuta::ui
