#pragma once

// The Clients section: a searchable list (archived ones on request) and the chosen client's page with
// their details, unbilled time and amount, last invoice, and a button to invoice them.

#include "clients/client.h"
#include "invoicing/pack.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;

namespace minuta::ui {

class ClientListModel;
class EmptyState;
class Workspace;

class ClientsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsPage(Workspace &workspace, QWidget *parent = nullptr);

    ClientListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    QAction *newAction() const { return m_new; }
    QString detailsText() const;
    qint64 currentClientId() const;
    void selectClient(qint64 id);

public Q_SLOTS:
    void newClient();
    void editCurrent();
    void toggleArchived();
    // Sell a Pack…: a prepaid pack or retainer for the chosen client.
    void sellPack();
    // Writes a pack's statement for the client as a PDF (or CSV), where the user chooses.
    void writeStatement(qint64 packId);
    void editPack(qint64 packId);
    void closePack(qint64 packId);
    // Add a Recurring Fee…, and each fee's Edit… and Delete… (which asks first).
    void addFee();
    void editFee(qint64 feeId);
    void deleteFee(qint64 feeId);

Q_SIGNALS:
    void invoiceRequested(qint64 clientId);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();
    void showPacks(const Client &client, const QList<PackState> &packs);
    void showFees(const Client &client);

    Workspace &m_workspace;
    ClientListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QListView *m_list;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_detailsPage;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_unbilled;
    QLabel *m_unbilledDetail;
    QLabel *m_drafted; // what drafts hold, not billed until issued
    QLabel *m_month;
    QLabel *m_lastInvoice;
    QLabel *m_balance;
    QWidget *m_packs; // a row per pack in use: what it covers, a bar of what is used, the statement
    QLabel *m_noPacks;
    QPushButton *m_sellPack;
    QWidget *m_fees; // a row per recurring fee: what it bills, how often, when next
    QLabel *m_noFees;
    QPushButton *m_addFee;
    QScrollArea *m_detailsScroll;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QPushButton *m_invoice;
    QAction *m_new;
    qint64 m_pendingId = 0;
    bool m_stale = true;
};

} // namespace minuta::ui
