#pragma once

// The Services section: the catalog of pay-per-use services on top, logged usage below, and the
// "log units" quick action.

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace minuta::ui {

class EmptyState;
class ServiceModel;
class UsageModel;
class Workspace;

class ServicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ServicesPage() override;

    QAction *logUnitsAction() const { return m_logUnits; }
    QAction *newServiceAction() const { return m_newService; }
    UsageModel *usageModel() const { return m_usageModel; }
    ServiceModel *serviceModel() const { return m_serviceModel; }
    QTableView *usageView() const { return m_usageView; }

public Q_SLOTS:
    void logUnits();
    void newService();
    void editService();
    void toggleServiceActive();
    void editUsage();
    void deleteUsage();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateActions();
    void applyUsageFilter();

    Workspace &m_workspace;
    ServiceModel *m_serviceModel;
    UsageModel *m_usageModel;
    QTableView *m_serviceView;
    QTableView *m_usageView;
    QStackedWidget *m_serviceStack;
    QStackedWidget *m_usageStack;
    QComboBox *m_usageClient;
    QLabel *m_usageCount;
    QAction *m_logUnits;
    QAction *m_newService;
    QAction *m_editService;
    QAction *m_toggleService;
    QAction *m_editUsage;
    QAction *m_deleteUsage;
};

} // namespace minuta::ui
