#pragma once

// Month end for everyone at once: a period (last month first) and how to group the time; the clients
// with unbilled work in it and what each would be invoiced; then one draft per client, listed with
// its total (or why it was not made) for review. Nothing is issued here.

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace minuta::ui {

class Workspace;

class BatchInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ClientColumn, AmountColumn, ResultColumn, ColumnCount };

    explicit BatchInvoiceDialog(Workspace &workspace, QWidget *parent = nullptr);

    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *groupingBox() const { return m_grouping; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *makeButton() const { return m_make; }
    QString summaryText() const;
    // How many drafts were made.
    int draftCount() const { return m_drafts; }

public Q_SLOTS:
    // Makes the drafts and lists them.
    void makeDrafts();

Q_SIGNALS:
    // A draft in the list was opened (double-click or Enter).
    void openInvoice(qint64 invoiceId);

private:
    void preview();

    Workspace &m_workspace;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grouping;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_make;
    int m_drafts = 0;
    bool m_made = false;
};

} // namespace minuta::ui
