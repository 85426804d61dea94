#pragma once

// The Invoices section: every invoice and credit note with its number, client, dates, total, balance
// and status (overdue ones in red), and what can be done to them.

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace minuta::ui {

class InvoiceListModel;
class Workspace;

class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesPage(Workspace &workspace, QWidget *parent = nullptr);
    ~InvoicesPage() override;

    InvoiceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *newAction() const { return m_new; }
    QAction *refundAction() const { return m_refund; }
    qint64 currentInvoiceId() const;
    // The client the user is looking at: the one the list shows, else the current invoice's; 0 when
    // neither says.
    qint64 focusClientId() const;
    QAction *invoiceAllAction() const { return m_invoiceAll; }
    // Shows the drafts only (after several are made at once).
    void showDrafts();
    void selectInvoice(qint64 id);

public Q_SLOTS:
    // The new-invoice flow, for a client or for the one chosen in it.
    void newInvoice(qint64 clientId = 0);
    // A draft for every client with unbilled work in a period (last month first), listed for review.
    void invoiceAllClients();
    void openCurrent();

Q_SIGNALS:
    void message(const QString &text);

private:
    void applyFilter();
    void updateActions();
    void say(const QString &text);

    Workspace &m_workspace;
    InvoiceListModel *m_model;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QComboBox *m_show;
    QComboBox *m_client;
    QLabel *m_summary;
    QAction *m_new;
    QAction *m_open;
    QAction *m_issue;
    QAction *m_pdf;
    QAction *m_xml;
    QAction *m_pay;
    QAction *m_cancel;
    QAction *m_refund;
    QAction *m_delete;
    QAction *m_invoiceAll;
};

} // namespace minuta::ui
