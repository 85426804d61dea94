#include "servicespage.h"

#include "commands/deleteusagecommand.h"
#include "commands/setserviceactivecommand.h"
#include "emptystate.h"
#include "look.h"
#include "messagebox.h"
#include "servicedialog.h"
#include "servicemodel.h"
#include "usagedialog.h"
#include "usagemodel.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

ServicesPage::ServicesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_serviceModel(new ServiceModel(workspace, this))
    , m_usageModel(new UsageModel(workspace, this))
    , m_serviceView(new QTableView(this))
    , m_usageView(new QTableView(this))
    , m_serviceStack(new QStackedWidget(this))
    , m_usageStack(new QStackedWidget(this))
    , m_usageClient(new QComboBox(this))
    , m_usageCount(new QLabel(this))
{
    setObjectName(QStringLiteral("servicesPage"));
    m_logUnits = new QAction(look::icon(QStringLiteral("add")), tr("&Log Units…"), this);
    // The shortcut belongs to the Work menu's action, which works from every section; a second
    // action with the same keys would make both ambiguous.
    m_logUnits->setToolTip(tr("Log units of a service for a client (Ctrl+U)"));
    m_newService = new QAction(look::icon(QStringLiteral("add")), tr("New &Service…"), this);
    m_newService->setToolTip(tr("Add a service you bill per use"));
    m_editService = new QAction(look::icon(QStringLiteral("edit")), tr("Edit…"), this);
    m_toggleService = new QAction(tr("Stop Offering"), this);
    m_editUsage = new QAction(look::icon(QStringLiteral("edit")), tr("Edit…"), this);
    m_deleteUsage = new QAction(look::icon(QStringLiteral("delete")), tr("Delete"), this);
    m_deleteUsage->setShortcut(QKeySequence::Delete);
    m_deleteUsage->setShortcutContext(Qt::WidgetShortcut);
    m_usageView->addAction(m_deleteUsage);
    connect(m_logUnits, &QAction::triggered, this, &ServicesPage::logUnits);
    connect(m_newService, &QAction::triggered, this, &ServicesPage::newService);
    connect(m_editService, &QAction::triggered, this, &ServicesPage::editService);
    connect(m_toggleService, &QAction::triggered, this, &ServicesPage::toggleServiceActive);
    connect(m_editUsage, &QAction::triggered, this, &ServicesPage::editUsage);
    connect(m_deleteUsage, &QAction::triggered, this, &ServicesPage::deleteUsage);

    m_serviceView->setObjectName(QStringLiteral("serviceView"));
    m_serviceView->setModel(m_serviceModel);
    m_serviceView->setAccessibleName(tr("Service catalog"));
    setUpTable(m_serviceView);
    m_serviceView->horizontalHeader()->setSectionResizeMode(ServiceModel::Name, QHeaderView::Stretch);
    m_usageView->setObjectName(QStringLiteral("usageView"));
    m_usageView->setModel(m_usageModel);
    m_usageView->setAccessibleName(tr("Logged usage"));
    setUpTable(m_usageView);
    m_usageView->horizontalHeader()->setSectionResizeMode(UsageModel::Note, QHeaderView::Stretch);
    m_usageView->setColumnWidth(
        UsageModel::Date,
        m_usageView->fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 2026, 00:00 PM")) + 36);
    m_usageView->setColumnWidth(UsageModel::Client, 180);
    m_usageView->setColumnWidth(UsageModel::Service, 180);
    m_usageView->setColumnWidth(UsageModel::Quantity, 90);
    m_usageView->setColumnWidth(UsageModel::Unit, 90);
    m_usageView->horizontalHeader()->restoreState(
        QSettings().value(QStringLiteral("services/usageHeader")).toByteArray());
    connect(m_serviceView, &QTableView::activated, this, &ServicesPage::editService);
    connect(m_usageView, &QTableView::activated, this, &ServicesPage::editUsage);

    auto *noServices =
        new EmptyState(look::icon(QStringLiteral("section-services")), tr("No services yet"),
                       tr("Add what you bill per use, such as calls answered, pages scanned or hours "
                          "of meeting room, with its price."),
                       this);
    noServices->addAction(m_newService);
    m_serviceStack->addWidget(m_serviceView);
    m_serviceStack->addWidget(noServices);
    auto *noUsage = new EmptyState(
        look::icon(QStringLiteral("section-services")), tr("No units logged"),
        tr("Log what a client used with Log Units (Ctrl+U): client, service, quantity, Enter."), this);
    noUsage->addAction(m_logUnits);
    m_usageStack->addWidget(m_usageView);
    m_usageStack->addWidget(noUsage);

    auto *catalogBar = new QHBoxLayout;
    catalogBar->addWidget(heading(tr("Catalog"), this));
    catalogBar->addStretch();
    catalogBar->addWidget(toolButton(m_newService, this));
    catalogBar->addWidget(toolButton(m_editService, this));
    catalogBar->addWidget(toolButton(m_toggleService, this));
    auto *catalog = new QWidget(this);
    auto *catalogLayout = new QVBoxLayout(catalog);
    catalogLayout->setContentsMargins(0, 0, 0, 0);
    catalogLayout->addLayout(catalogBar);
    catalogLayout->addWidget(m_serviceStack);

    m_usageClient->setAccessibleName(tr("Client"));
    m_usageClient->setMinimumContentsLength(14);
    auto *usageBar = new QHBoxLayout;
    usageBar->addWidget(heading(tr("Usage"), this));
    usageBar->addWidget(m_usageClient);
    usageBar->addStretch();
    usageBar->addWidget(toolButton(m_logUnits, this));
    usageBar->addWidget(toolButton(m_editUsage, this));
    usageBar->addWidget(toolButton(m_deleteUsage, this));
    auto *usage = new QWidget(this);
    auto *usageLayout = new QVBoxLayout(usage);
    usageLayout->setContentsMargins(0, 0, 0, 0);
    usageLayout->addLayout(usageBar);
    usageLayout->addWidget(m_usageStack, 1);
    usageLayout->addWidget(m_usageCount);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(catalog);
    splitter->addWidget(usage);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(splitter);

    const auto fillClients = [this] {
        const QVariant keep = m_usageClient->currentData();
        const QSignalBlocker blocker(m_usageClient);
        m_usageClient->clear();
        m_usageClient->addItem(tr("All clients"));
        if (auto clients = m_workspace.clients().list(true))
            for (const Client &c : *clients)
                m_usageClient->addItem(c.name, c.id);
        m_usageClient->setCurrentIndex(qMax(0, m_usageClient->findData(keep)));
    };
    fillClients();
    connect(&workspace, &Workspace::changed, this, [fillClients](Workspace::Changes changes) {
        if (changes & Workspace::Clients)
            fillClients();
    });
    connect(m_usageClient, &QComboBox::currentIndexChanged, this, &ServicesPage::applyUsageFilter);
    connect(m_serviceModel, &QAbstractItemModel::modelReset, this, &ServicesPage::updateActions);
    connect(m_usageModel, &QAbstractItemModel::modelReset, this, &ServicesPage::updateActions);
    connect(m_usageModel, &QAbstractItemModel::rowsInserted, this, &ServicesPage::updateActions);
    connect(m_serviceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServicesPage::updateActions);
    connect(m_usageView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServicesPage::updateActions);
    applyUsageFilter();
}

ServicesPage::~ServicesPage()
{
    QSettings().setValue(QStringLiteral("services/usageHeader"),
                         m_usageView->horizontalHeader()->saveState());
}

void ServicesPage::applyUsageFilter()
{
    UsageFilter filter;
    if (m_usageClient->currentData().isValid())
        filter.clientId = m_usageClient->currentData().toLongLong();
    m_usageModel->setFilter(filter);
    updateActions();
}

void ServicesPage::updateActions()
{
    const Service *service = m_serviceModel->serviceAt(m_serviceView->currentIndex().row());
    const bool serviceSelected = m_serviceView->selectionModel()->hasSelection() && service;
    m_editService->setEnabled(serviceSelected);
    m_toggleService->setEnabled(serviceSelected);
    m_toggleService->setText(service && !service->active ? tr("Offer Again") : tr("Stop Offering"));
    const Usage *usage = m_usageModel->usageAt(m_usageView->currentIndex().row());
    const bool usageSelected = m_usageView->selectionModel()->hasSelection() && usage && !usage->isBilled();
    m_editUsage->setEnabled(usageSelected);
    m_deleteUsage->setEnabled(usageSelected);
    m_serviceStack->setCurrentIndex(m_serviceModel->rowCount() == 0 ? 1 : 0);
    m_usageStack->setCurrentIndex(m_usageModel->rowCount() == 0 ? 1 : 0);
    m_usageCount->setText(tr("%n use(s) logged", nullptr, int(m_usageModel->matchingCount())));
}

void ServicesPage::logUnits()
{
    UsageDialog dialog(m_workspace, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Units logged."));
}

void ServicesPage::newService()
{
    ServiceDialog dialog(m_workspace, std::nullopt, this);
    dialog.exec();
}

void ServicesPage::editService()
{
    const Service *service = m_serviceModel->serviceAt(m_serviceView->currentIndex().row());
    if (!service)
        return;
    ServiceDialog dialog(m_workspace, *service, this);
    dialog.exec();
}

void ServicesPage::toggleServiceActive()
{
    const Service *service = m_serviceModel->serviceAt(m_serviceView->currentIndex().row());
    if (!service)
        return;
    if (auto r = m_workspace.run(new SetServiceActiveCommand(m_workspace, service->id, !service->active)); !r)
        MessageBox::warning(this, tr("The service did not change"), r.error().message());
}

void ServicesPage::editUsage()
{
    const Usage *usage = m_usageModel->usageAt(m_usageView->currentIndex().row());
    if (!usage)
        return;
    if (usage->isBilled()) {
        Q_EMIT message(tr("Billed usage can no longer change."));
        return;
    }
    UsageDialog dialog(m_workspace, *usage, this);
    dialog.exec();
}

void ServicesPage::deleteUsage()
{
    const Usage *usage = m_usageModel->usageAt(m_usageView->currentIndex().row());
    if (!usage)
        return;
    if (auto r = m_workspace.run(new DeleteUsageCommand(m_workspace, usage->id)); !r)
        MessageBox::warning(this, tr("Nothing was deleted"), r.error().message());
    else
        Q_EMIT message(tr("Usage deleted. Undo (Ctrl+Z) brings it back."));
}

} // namespace minuta::ui
