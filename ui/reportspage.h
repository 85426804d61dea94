#pragma once

// The reports section: for a span of months and all clients or one, the hours and money per
// client and month, units per service, unpaid invoices by how late they are, prepaid packs sold, used and
// left unused, and two charts (invoiced per month, hours per client). Each table exports as CSV; the whole
// report as a PDF.

#include <QDate>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

class QAction;

namespace minuta::ui {

class AgingReportModel;
class EmptyState;
class MonthlyReportModel;
class PackReportModel;
class ServiceReportModel;
class Workspace;

class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { MonthlyTab, ServicesTab, AgingTab, PacksTab, ChartsTab };
    explicit ReportsPage(Workspace &workspace, QWidget *parent = nullptr);

    // Offers `action` (new client) on the empty state shown while there are no clients.
    void addNewClientAction(QAction *action);

    void setPeriod(QDate from, QDate to);
    void setClient(qint64 clientId); // 0: every client
    void showTab(Tab tab);

    MonthlyReportModel *monthlyModel() const { return m_monthly; }
    ServiceReportModel *serviceModel() const { return m_services; }
    AgingReportModel *agingModel() const { return m_aging; }
    PackReportModel *packModel() const { return m_packs; }
    QString monthlyTotalsText() const;
    QString agingTotalsText() const;
    QString packTotalsText() const;
    // What the charts show, in words (for tests and screen readers).
    QString chartsText() const;

public Q_SLOTS:
    void refresh();
    void exportCsv();
    void exportPdf();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillClients();
    void updateCharts();
    QString periodText() const;

    Workspace &m_workspace;
    bool m_stale = true;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_client;
    QTabWidget *m_tabs;
    MonthlyReportModel *m_monthly;
    ServiceReportModel *m_services;
    AgingReportModel *m_aging;
    PackReportModel *m_packs;
    QTableView *m_monthlyView;
    QTableView *m_servicesView;
    QTableView *m_agingView;
    QTableView *m_packsView;
    QLabel *m_monthlyTotals;
    QLabel *m_agingTotals;
    QLabel *m_packTotals;
    QChartView *m_revenueChart;
    QChartView *m_hoursChart;
    QString m_chartsText;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QStackedWidget *m_outer;
    EmptyState *m_empty;
};

} // namespace minuta::ui
