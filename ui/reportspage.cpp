#include "reportspage.h"

#include "emptystate.h"
#include "filedialogs.h"
#include "flowlayout.h"
#include "format.h"
#include "look.h"
#include "messagebox.h"
#include "reportmodels.h"
#include "workspace.h"

#include "io/reportpdf.h"
#include "values/timeutil.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>

#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include <map>

namespace minuta::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(ReportModel::SortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until a header is clicked
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setAccessibleName(name);
    return view;
}

QChartView *makeChart(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->chart()->legend()->hide();
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->setBackgroundRoundness(0);
    return view;
}

} // namespace

ReportsPage::ReportsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_client(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_monthly(new MonthlyReportModel(this))
    , m_services(new ServiceReportModel(this))
    , m_aging(new AgingReportModel(this))
    , m_packs(new PackReportModel(this))
    , m_monthlyTotals(new QLabel(this))
    , m_agingTotals(new QLabel(this))
    , m_packTotals(new QLabel(this))
    , m_revenueChart(makeChart(this))
    , m_hoursChart(makeChart(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(look::icon(QStringLiteral("pdf")), tr("Export PDF…"), this))
{
    setObjectName(QStringLiteral("reportsPage"));
    const QDate today = workspace.today();
    const QLocale locale = workspace.locale();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
        edit->setLocale(locale);
        edit->setCalendarPopup(true);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("Sept 2026")) + 48);
    }
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("From month"));
    m_to->setAccessibleName(tr("To month"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setMinimumContentsLength(18);
    m_csv->setToolTip(tr("Save the table shown as comma-separated values for a spreadsheet"));
    m_pdf->setToolTip(tr("Save the whole report, tables and charts, as a PDF"));
    fillClients();

    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *clientLabel = new QLabel(tr("&Client:"), this);
    clientLabel->setBuddy(m_client);
    auto *bar = new FlowLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(clientLabel);
    bar->addWidget(m_client);
    bar->addStretch();
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);

    m_monthlyView = makeTable(m_monthly, tr("Hours and money per client and month"), this);
    m_servicesView = makeTable(m_services, tr("Units per service"), this);
    m_agingView = makeTable(m_aging, tr("Unpaid invoices by age"), this);
    m_packsView = makeTable(m_packs, tr("Prepaid packs per month"), this);
    m_monthlyView->horizontalHeader()->setSectionResizeMode(MonthlyReportModel::Client, QHeaderView::Stretch);
    m_servicesView->horizontalHeader()->setSectionResizeMode(ServiceReportModel::Service,
                                                             QHeaderView::Stretch);
    m_agingView->horizontalHeader()->setSectionResizeMode(AgingReportModel::Client, QHeaderView::Stretch);
    for (QLabel *totals : {m_monthlyTotals, m_agingTotals, m_packTotals}) {
        totals->setWordWrap(true);
        totals->setTextFormat(Qt::PlainText);
        totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_monthlyTotals->setObjectName(QStringLiteral("monthlyTotals"));
    m_agingTotals->setObjectName(QStringLiteral("agingTotals"));
    m_packTotals->setObjectName(QStringLiteral("packTotals"));

    const auto page = [this](QWidget *table, QLabel *totals) {
        auto *w = new QWidget(this);
        auto *layout = new QVBoxLayout(w);
        layout->setContentsMargins(0, 6, 0, 0);
        layout->addWidget(table, 1);
        if (totals)
            layout->addWidget(totals);
        return w;
    };
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 6, 0, 0);
    chartsLayout->addWidget(m_revenueChart, 3);
    chartsLayout->addWidget(m_hoursChart, 2);
    m_revenueChart->setAccessibleName(tr("Invoiced per month, net of taxes"));
    m_hoursChart->setAccessibleName(tr("Hours per client"));

    m_tabs->addTab(page(m_monthlyView, m_monthlyTotals), tr("By Client and Month"));
    m_tabs->addTab(page(m_servicesView, nullptr), tr("Services"));
    m_tabs->addTab(page(m_agingView, m_agingTotals), tr("Unpaid Invoices"));
    m_tabs->addTab(page(m_packsView, m_packTotals), tr("Packs"));
    m_tabs->addTab(charts, tr("Charts"));
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("reports/tab"), 0).toInt());

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 8);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_tabs, 1);
    m_empty =
        new EmptyState(look::icon(QStringLiteral("section-reports")), tr("Nothing to report yet"),
                       tr("Hours, revenue and unpaid invoices per client and month will show here once you "
                          "log time for a client."),
                       this);
    m_empty->setObjectName(QStringLiteral("reportsEmpty"));
    m_outer = new QStackedWidget(this);
    m_outer->addWidget(content);
    m_outer->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outer);

    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_client, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("reports/tab"), index);
        m_csv->setEnabled(index != ChartsTab);
    });
    m_csv->setEnabled(m_tabs->currentIndex() != ChartsTab);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & Workspace::Clients)
            fillClients();
        QMetaObject::invokeMethod(this, &ReportsPage::refresh, Qt::QueuedConnection);
    });
}

void ReportsPage::fillClients()
{
    const qint64 current = m_client->currentData().toLongLong();
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    m_client->addItem(tr("All clients"), 0);
    if (auto clients = m_workspace.clients().list(true))
        for (const Client &c : *clients)
            m_client->addItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, c.id);
    m_client->setCurrentIndex(qMax(0, m_client->findData(current)));
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void ReportsPage::setClient(qint64 clientId)
{
    m_client->setCurrentIndex(qMax(0, m_client->findData(clientId)));
}

void ReportsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString ReportsPage::monthlyTotalsText() const
{
    return m_monthlyTotals->text();
}

QString ReportsPage::agingTotalsText() const
{
    return m_agingTotals->text();
}

QString ReportsPage::packTotalsText() const
{
    return m_packTotals->text();
}

QString ReportsPage::chartsText() const
{
    return m_chartsText;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QString ReportsPage::periodText() const
{
    const QLocale locale = m_workspace.locale();
    const QString from = locale.toString(m_from->date(), QStringLiteral("MMMM yyyy"));
    const QString to = locale.toString(m_to->date(), QStringLiteral("MMMM yyyy"));
    return from == to ? from : tr("%1 to %2").arg(from, to);
}

void ReportsPage::refresh()
{
    // Figures cost queries: a hidden page only notes that they are out of date.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const auto clients = m_workspace.clients().list(true);
    m_outer->setCurrentWidget(clients && clients->isEmpty() ? static_cast<QWidget *>(m_empty)
                                                            : m_outer->widget(0));
    const QLocale locale = m_workspace.locale();
    ReportFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    if (const qint64 id = m_client->currentData().toLongLong(); id > 0)
        filter.clientId = id;
    auto reports = m_workspace.reports();
    if (filter.to < filter.from) {
        m_monthly->setRows({}, locale);
        m_services->setRows({}, locale);
        m_packs->setRows({}, locale);
        m_monthlyTotals->setText(tr("The period ends before it starts: choose a later “To” month."));
        m_packTotals->setText(m_monthlyTotals->text());
    } else {
        auto monthly = reports.monthly(filter);
        m_monthly->setRows(monthly ? *monthly : QList<MonthlyRow>(), locale);
        m_monthlyTotals->setText(monthly ? m_monthly->totals(locale) : monthly.error().message());
        auto services = reports.services(filter);
        m_services->setRows(services ? *services : QList<ServiceRow>(), locale);
        auto packs = m_workspace.packs().monthly(filter.from, filter.to, filter.clientId);
        m_packs->setRows(packs ? *packs : QList<PackMonth>(), locale);
        m_packTotals->setText(packs ? m_packs->totals(locale) : packs.error().message());
    }
    auto aging = reports.aging(m_workspace.today(), filter.clientId);
    m_aging->setRows(aging ? *aging : QList<AgingRow>(), locale);
    m_agingTotals->setText(aging ? m_aging->totals(locale) : aging.error().message());
    for (QTableView *view : {m_monthlyView, m_servicesView, m_agingView, m_packsView})
        view->resizeColumnsToContents();
    m_monthlyView->horizontalHeader()->setSectionResizeMode(MonthlyReportModel::Client, QHeaderView::Stretch);
    m_servicesView->horizontalHeader()->setSectionResizeMode(ServiceReportModel::Service,
                                                             QHeaderView::Stretch);
    m_agingView->horizontalHeader()->setSectionResizeMode(AgingReportModel::Client, QHeaderView::Stretch);
    updateCharts();
}

void ReportsPage::updateCharts()
{
    const QLocale locale = m_workspace.locale();
    auto defaults = m_workspace.settings().businessDefaults();
    const Currency currency = defaults ? defaults->currency : *Currency::fromCode(u"EUR");
    QStringList words;

    // Invoiced per month, in the business's currency. The bars are drawn from the exact sums; only
    // the drawing turns them into the chart's floating-point scale.
    std::map<QDate, qint64> invoiced;
    std::map<QString, qint64> hoursPerClient;
    for (QDate m(m_from->date().year(), m_from->date().month(), 1); m <= m_to->date(); m = m.addMonths(1))
        invoiced[m] = 0;
    if (auto sums = Reports::invoicedPerMonth(m_monthly->rows(), currency)) {
        for (const auto &[month, amount] : *sums)
            invoiced[month] = amount.minorUnits();
    } else {
        Q_EMIT message(sums.error().message());
    }
    for (const MonthlyRow &r : m_monthly->rows())
        hoursPerClient[r.clientName] += r.seconds;
    auto *revenue = new QBarSet(tr("Invoiced (net)"));
    QStringList months;
    qint64 highest = 0;
    const int digits = currency.minorDigits();
    qint64 unit = 1;
    for (int d = 0; d < digits; ++d)
        unit *= 10;
    for (const auto &[month, minor] : invoiced) {
        // Short labels fit twelve bars; the period is in the fields above.
        months << locale.toString(month, QStringLiteral("MMM"));
        *revenue << qreal(minor) / qreal(unit);
        highest = qMax(highest, minor);
        words << tr("%1: %2").arg(locale.toString(month, QStringLiteral("MMM yyyy")),
                                  Money(minor, currency).format(locale));
    }
    revenue->setColor(QColor(0x0f, 0x76, 0x6e));
    auto *series = new QBarSeries;
    series->append(revenue);
    QChart *chart = m_revenueChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->addSeries(series);
    chart->setTitle(tr("Invoiced per month, net of taxes (%1)").arg(currency.code()));
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, qMax<qreal>(1, qreal(highest) / qreal(unit) * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // Hours per client over the period, most first.
    QList<std::pair<QString, qint64>> clients(hoursPerClient.begin(), hoursPerClient.end());
    std::sort(clients.begin(), clients.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    if (clients.size() > 10)
        clients.resize(10);
    std::reverse(clients.begin(), clients.end()); // the chart draws from the bottom up
    auto *hours = new QBarSet(tr("Hours"));
    QStringList names;
    qint64 most = 0;
    for (const auto &[name, seconds] : clients) {
        names << name;
        *hours << qreal(seconds) / 3600.0;
        most = qMax(most, seconds);
    }
    for (auto it = clients.crbegin(); it != clients.crend(); ++it)
        words << tr("%1: %2 h").arg(it->first, timeutil::formatDuration(it->second));
    hours->setColor(QColor(0x25, 0x63, 0xeb));
    auto *bars = new QHorizontalBarSeries;
    bars->append(hours);
    QChart *hoursChart = m_hoursChart->chart();
    hoursChart->removeAllSeries();
    for (QAbstractAxis *axis : hoursChart->axes())
        hoursChart->removeAxis(axis);
    hoursChart->addSeries(bars);
    hoursChart->setTitle(tr("Hours per client"));
    auto *names_ = new QBarCategoryAxis;
    names_->append(names);
    hoursChart->addAxis(names_, Qt::AlignLeft);
    bars->attachAxis(names_);
    auto *h = new QValueAxis;
    h->setRange(0, qMax<qreal>(1, qreal(most) / 3600.0 * 1.1));
    h->setLabelFormat(QStringLiteral("%.0f"));
    h->applyNiceNumbers();
    hoursChart->addAxis(h, Qt::AlignBottom);
    bars->attachAxis(h);
    m_chartsText = words.join(QLatin1Char('\n'));
    m_revenueChart->setAccessibleDescription(m_chartsText);
}

void ReportsPage::exportCsv()
{
    const int tab = m_tabs->currentIndex();
    if (tab == ChartsTab)
        return;
    const ReportModel *model = tab == MonthlyTab    ? static_cast<const ReportModel *>(m_monthly)
                               : tab == ServicesTab ? static_cast<const ReportModel *>(m_services)
                               : tab == PacksTab    ? static_cast<const ReportModel *>(m_packs)
                                                    : m_aging;
    const QString name = tab == MonthlyTab    ? tr("Minuta by client and month %1.csv")
                         : tab == ServicesTab ? tr("Minuta services %1.csv")
                         : tab == PacksTab    ? tr("Minuta packs %1.csv")
                                              : tr("Minuta unpaid invoices %1.csv");
    const QString period = tab == AgingTab ? m_workspace.today().toString(Qt::ISODate)
                                           : tr("%1 to %2")
                                                 .arg(m_from->date().toString(QStringLiteral("yyyy-MM")),
                                                      m_to->date().toString(QStringLiteral("yyyy-MM")));
    const QString path =
        FileDialogs::exportFileName(this, tr("Export Table as CSV"), QStringLiteral("reports/folder"),
                                    name.arg(period), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = model->csv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(this, tr("The table was not saved"),
                            tr("“%1” could not be written: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportsPage::exportPdf()
{
    const QLocale locale = m_workspace.locale();
    const QString path =
        FileDialogs::exportFileName(this, tr("Export Report as PDF"), QStringLiteral("reports/folder"),
                                    tr("Minuta report %1 to %2.pdf")
                                        .arg(m_from->date().toString(QStringLiteral("yyyy-MM")),
                                             m_to->date().toString(QStringLiteral("yyyy-MM"))),
                                    tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;

    ReportDocument report;
    report.title = tr("Report, %1").arg(periodText());
    QStringList subtitle;
    if (auto business = m_workspace.business().get(); business && !business->name.isEmpty())
        subtitle << business->name;
    if (m_client->currentData().toLongLong() > 0)
        subtitle << m_client->currentText();
    subtitle << tr("made on %1").arg(format::date(m_workspace.today(), locale));
    report.subtitle = subtitle.join(QStringLiteral(" · "));
    report.tables << m_monthly->table(tr("Hours and money per client and month"), m_monthly->totals(locale))
                  << m_services->table(tr("Units per service"), QString())
                  << m_aging->table(
                         tr("Unpaid invoices on %1").arg(format::date(m_workspace.today(), locale)),
                         m_aging->totals(locale));
    // Packs only when there were any: most assistants sell none, and an empty table says nothing.
    if (std::any_of(m_packs->rows().cbegin(), m_packs->rows().cend(),
                    [](const PackMonth &m) { return m.sold > 0 || m.expired > 0 || m.usedSeconds > 0; }))
        report.tables << m_packs->table(tr("Prepaid packs per month"), m_packs->totals(locale));
    // The charts as pictures, drawn at print size whether or not their tab was ever shown.
    for (QChartView *view : {m_revenueChart, m_hoursChart}) {
        QImage image(QSize(1600, 800), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QSizeF before = view->chart()->size();
        view->chart()->resize(image.size());
        view->chart()->scene()->render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), image.size()));
        view->chart()->resize(before);
        report.pictures << image;
    }
    if (auto written = ReportPdf::write(report, path); !written) {
        MessageBox::warning(this, tr("The PDF was not saved"), written.error().message());
        return;
    }
    if (MessageBox::question(this, tr("PDF Saved"),
                             tr("“%1” is saved. Open it now?").arg(QFileInfo(path).fileName()),
                             QMessageBox::Open | QMessageBox::Close, QMessageBox::Open)
        == QMessageBox::Open)
        FileDialogs::openUrl(QUrl::fromLocalFile(path));
    Q_EMIT message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportsPage::addNewClientAction(QAction *action)
{
    m_empty->addAction(action);
}

} // namespace minuta::ui
