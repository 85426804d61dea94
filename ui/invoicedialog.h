#pragma once

// One invoice in its own window. A draft can still change: its lines (added by hand, edited,
// removed), dates, discount and notes; then it is issued. An issued invoice shows its number, its
// payments and what remains due, and can be exported, paid or cancelled by a credit note.

#include "invoicing/invoice.h"

#include <QDialog>

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace minuta::ui {

class InvoiceLineModel;
class TotalsWidget;
class Workspace;

class InvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    InvoiceDialog(Workspace &workspace, qint64 invoiceId, QWidget *parent = nullptr);

    const Invoice &invoice() const { return m_invoice; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *xmlButton() const { return m_xml; }
    QPushButton *refundButton() const { return m_refund; }
    QLabel *paymentsLabel() const { return m_payments; }
    TotalsWidget *totals() const { return m_totals; }
    // The last status message an action gave.
    QString lastMessage() const { return m_lastMessage; }

    void done(int result) override;

public Q_SLOTS:
    void addLine();
    void editLine();
    void removeLine();

Q_SIGNALS:
    void message(const QString &text);

private:
    void setUpLabels();
    void buildDraftFields();
    void setUpTable();
    QHBoxLayout *buildLineButtons();
    QHBoxLayout *buildActions();
    void reload();
    void saveDraftFields();
    void say(const QString &text);

    Workspace &m_workspace;
    qint64 m_id;
    Invoice m_invoice;
    QLabel *m_title;
    QLabel *m_info;
    QDateEdit *m_issueDate;
    QDateEdit *m_dueDate;
    QLineEdit *m_discount;
    QLineEdit *m_discountPercent;
    QPlainTextEdit *m_notes;
    QLabel *m_fieldError;
    QWidget *m_draftFields;
    QTableView *m_table;
    InvoiceLineModel *m_lines;
    TotalsWidget *m_totals;
    QLabel *m_payments;
    QPushButton *m_addLine;
    QPushButton *m_editLine;
    QPushButton *m_removeLine;
    QPushButton *m_issue;
    QPushButton *m_pdf;
    QPushButton *m_timesheet;
    QPushButton *m_xml;
    QPushButton *m_pay;
    QPushButton *m_cancelInvoice;
    QPushButton *m_refund;
    QPushButton *m_delete;
    QString m_lastMessage;
    bool m_loading = false;
};

} // namespace minuta::ui
