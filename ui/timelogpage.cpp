#include "timelogpage.h"

#include "commands/addentrycommand.h"
#include "commands/deleteentriescommand.h"
#include "commands/splitentrycommand.h"
#include "emptystate.h"
#include "entrydialog.h"
#include "filedialogs.h"
#include "flowlayout.h"
#include "format.h"
#include "look.h"
#include "messagebox.h"
#include "timeentrymodel.h"
#include "workspace.h"

#include "business/settings.h"
#include "io/timesheetcsv.h"
#include "values/clock.h"
#include "values/filenames.h"
#include "values/timeutil.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace minuta::ui {

namespace {

// Since the amount and continue columns: widths saved for the older columns would land on others.
const auto kHeaderKey = QStringLiteral("timeLog/columns");
const auto kFolderKey = QStringLiteral("timeLog/exportFolder");
const auto kRangeKey = QStringLiteral("timeLog/range");

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TimeLogPage::TimeLogPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new TimeEntryModel(workspace, this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(nullptr)
    , m_welcome(nullptr)
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_client(new QComboBox(this))
    , m_billable(new QComboBox(this))
    , m_billed(new QComboBox(this))
    , m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("timeLogPage"));

    m_add = new QAction(look::icon(QStringLiteral("add")), tr("&Add Entry…"), this);
    // The shortcut belongs to the Work menu's action, which works from every section; a second
    // action with the same keys would make both ambiguous.
    m_add->setToolTip(tr("Log time done without the timer (Ctrl+N)"));
    m_duplicate = new QAction(tr("D&uplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setToolTip(tr("Log the same work again, right after it (Ctrl+D)"));
    m_split = new QAction(tr("&Split…"), this);
    m_split->setToolTip(tr("Cut the entry in two at a time inside it"));
    m_delete = new QAction(look::icon(QStringLiteral("delete")), tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected entries (Del); Ctrl+Z brings them back"));
    m_continue = new QAction(look::icon(QStringLiteral("continue")), tr("&Continue"), this);
    m_continue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_continue->setToolTip(
        tr("Start the timer again for the entry's client, task and description (Ctrl+Enter)"));
    m_edit = new QAction(look::icon(QStringLiteral("edit")), tr("&Edit…"), this);
    m_edit->setToolTip(tr("Change every detail of the entry"));
    m_billableToggle = new QAction(tr("&Billable"), this);
    m_billableToggle->setCheckable(true);
    m_billableToggle->setToolTip(tr("Whether the selected entries are billed to the client"));
    for (QAction *action : {m_continue, m_duplicate, m_split, m_delete})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_continue, m_duplicate, m_split, m_delete});
    connect(m_continue, &QAction::triggered, this, &TimeLogPage::continueSelected);
    connect(m_edit, &QAction::triggered, this, &TimeLogPage::editSelected);
    connect(m_billableToggle, &QAction::triggered, this, &TimeLogPage::setSelectedBillable);
    connect(m_add, &QAction::triggered, this, &TimeLogPage::addEntry);
    connect(m_duplicate, &QAction::triggered, this, &TimeLogPage::duplicateSelected);
    connect(m_split, &QAction::triggered, this, &TimeLogPage::splitSelected);
    connect(m_delete, &QAction::triggered, this, &TimeLogPage::deleteSelected);
    m_export = new QAction(tr("&Export CSV…"), this);
    m_export->setToolTip(tr("Save the entries shown as a CSV file for a spreadsheet"));
    connect(m_export, &QAction::triggered, this, &TimeLogPage::exportCsv);

    m_range->setObjectName(QStringLiteral("timeLogRange"));
    m_range->setAccessibleName(tr("Period"));
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Yesterday"), int(Range::Yesterday));
    m_range->addItem(tr("This week"), int(Range::ThisWeek));
    m_range->addItem(tr("Last week"), int(Range::LastWeek));
    m_range->addItem(tr("This month"), int(Range::ThisMonth));
    m_range->addItem(tr("Last month"), int(Range::LastMonth));
    m_range->addItem(tr("Dates…"), int(Range::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateFieldFormat(workspace.locale()));
        edit->setDate(workspace.today());
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setMinimumContentsLength(14);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_billable->setAccessibleName(tr("Billable"));
    m_billable->addItem(tr("Billable or not"));
    m_billable->addItem(tr("Billable"), true);
    m_billable->addItem(tr("Not billable"), false);
    m_billed->setAccessibleName(tr("Billed"));
    m_billed->addItem(tr("Billed or not"));
    m_billed->addItem(tr("Not billed yet"), false);
    m_billed->addItem(tr("Billed"), true);
    fillClientFilter();

    auto *filters = new FlowLayout;
    filters->setSpacing(6);
    filters->addWidget(m_range);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_client);
    filters->addWidget(m_billable);
    filters->addWidget(m_billed);
    filters->addStretch();
    filters->addWidget(toolButton(m_add, this));
    filters->addWidget(toolButton(m_duplicate, this));
    filters->addWidget(toolButton(m_split, this));
    filters->addWidget(toolButton(m_delete, this));

    m_view->setObjectName(QStringLiteral("timeLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TimeEntryModel::Description, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Time entries"));
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(TimeEntryModel::Date,
                           fm.horizontalAdvance(QStringLiteral("Wed 30 Sep 2026")) + 40);
    m_view->setColumnWidth(TimeEntryModel::Start, fm.horizontalAdvance(QStringLiteral("00:00 PM")) + 36);
    m_view->setColumnWidth(TimeEntryModel::End, fm.horizontalAdvance(QStringLiteral("00:00 PM")) + 20);
    m_view->setColumnWidth(TimeEntryModel::Duration, fm.horizontalAdvance(QStringLiteral("00:00")) + 28);
    {
        QFont bold = m_view->font();
        bold.setBold(true); // the day's total is bold
        m_view->setColumnWidth(
            TimeEntryModel::Amount,
            QFontMetrics(bold).horizontalAdvance(
                Money(999999, m_workspace.settings().businessDefaults().value_or(BusinessDefaults()).currency)
                    .format(m_workspace.locale()))
                + 24);
    }
    m_view->setColumnWidth(TimeEntryModel::Continue, m_view->iconSize().width() + 28);
    m_view->setColumnWidth(TimeEntryModel::Client,
                           fm.horizontalAdvance(QStringLiteral("Hargreaves & Sons Solicitors")) + 24);
    m_view->setColumnWidth(TimeEntryModel::Task,
                           fm.horizontalAdvance(QStringLiteral("Social media ab")) + 16);
    m_view->setColumnWidth(TimeEntryModel::Billable, fm.horizontalAdvance(tr("Billable")) + 24);
    m_view->horizontalHeader()->restoreState(QSettings().value(kHeaderKey).toByteArray());
    m_view->horizontalHeader()->setSectionResizeMode(TimeEntryModel::Continue, QHeaderView::Fixed);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == TimeEntryModel::Continue)
            return; // a click there continues the entry (below)
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            editSelected();
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == TimeEntryModel::Continue)
            if (const TimeEntry *e = m_model->entryAt(index.row()))
                continueEntry(*e);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimeLogPage::showContextMenu);

    m_empty =
        new EmptyState(look::icon(QStringLiteral("section-timelog")), tr("No time logged in this period"),
                       tr("Start the timer above for a client, or add work you did without it."), this);
    m_empty->setObjectName(QStringLiteral("timeLogEmpty"));
    m_empty->addAction(m_add);
    // A new file has nobody to log time for: the first step is a client.
    m_welcome = new EmptyState(look::icon(QStringLiteral("section-clients")), tr("Welcome to Minuta"),
                               tr("Start by adding a client, someone you work for. Then start the timer "
                                  "above, or add work you did without it."),
                               this);
    m_welcome->setObjectName(QStringLiteral("timeLogWelcome"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_welcome);

    m_totals->setObjectName(QStringLiteral("timeLogTotals"));
    m_totals->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(toolButton(m_export, this));
    layout->addLayout(bottom);

    connect(m_model, &TimeEntryModel::totalsChanged, this, &TimeLogPage::updateTotals);
    connect(m_model, &TimeEntryModel::editRefused, this,
            [this](const QModelIndex &index, const QString &text) {
                QToolTip::showText(m_view->viewport()->mapToGlobal(m_view->visualRect(index).bottomLeft()),
                                   text, m_view);
                Q_EMIT message(text);
            });
    connect(m_model, &TimeEntryModel::editWarned, this,
            [this](const QModelIndex &, const QString &text) { Q_EMIT message(text); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimeLogPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimeLogPage::updateActions);
    connect(m_range, &QComboBox::currentIndexChanged, this, &TimeLogPage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &TimeLogPage::applyFilter);
    for (QComboBox *box : {m_client, m_billable, m_billed})
        connect(box, &QComboBox::currentIndexChanged, this, &TimeLogPage::applyFilter);
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & Workspace::Clients)
            fillClientFilter();
    });
    // The running entry's duration moves on.
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &TimeLogPage::tick);
    ticker->start(30000);

    m_range->setCurrentIndex(
        qBound(0, QSettings().value(kRangeKey, int(Range::ThisWeek)).toInt(), int(Range::LastMonth)));
    applyFilter();
}

TimeLogPage::~TimeLogPage()
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kRangeKey, m_range->currentData().toInt() == int(Range::Custom)
                                     ? int(Range::ThisWeek)
                                     : m_range->currentData().toInt());
}

void TimeLogPage::fillClientFilter()
{
    const QVariant keep = m_client->currentData();
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    m_client->addItem(tr("All clients"));
    m_hasActiveClients = false;
    if (auto clients = m_workspace.clients().list(true))
        for (const Client &c : *clients) {
            m_client->addItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, c.id);
            m_hasActiveClients = m_hasActiveClients || !c.archived;
        }
    const int index = m_client->findData(keep);
    m_client->setCurrentIndex(index >= 0 ? index : 0);
    showListOrEmpty();
}

void TimeLogPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void TimeLogPage::setCustomRange(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setRange(Range::Custom);
    applyFilter();
}

void TimeLogPage::applyFilter()
{
    const auto range = Range(m_range->currentData().toInt());
    const QDate today = m_workspace.today();
    auto defaults = m_workspace.settings().businessDefaults();
    const Qt::DayOfWeek firstDay = defaults ? defaults->firstDayOfWeek : Qt::Monday;
    const QDate weekStart = today.addDays(-((today.dayOfWeek() - int(firstDay) + 7) % 7));
    QDate from = today, to = today;
    switch (range) {
    case Range::Today:
        break;
    case Range::Yesterday:
        from = to = today.addDays(-1);
        break;
    case Range::ThisWeek:
        from = weekStart;
        to = weekStart.addDays(6);
        break;
    case Range::LastWeek:
        from = weekStart.addDays(-7);
        to = weekStart.addDays(-1);
        break;
    case Range::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Range::LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Range::Custom:
        from = m_from->date();
        to = qMax(m_from->date(), m_to->date());
        break;
    }
    m_from->setVisible(range == Range::Custom);
    m_to->setVisible(range == Range::Custom);

    const QTimeZone zone = m_workspace.clock().timeZone();
    TimeEntryFilter filter;
    filter.from = timeutil::startOfDay(from, zone);
    filter.to = timeutil::startOfDay(to.addDays(1), zone);
    if (m_client->currentData().isValid())
        filter.clientId = m_client->currentData().toLongLong();
    if (m_billable->currentData().isValid())
        filter.billable = m_billable->currentData().toBool();
    if (m_billed->currentData().isValid())
        filter.billed = m_billed->currentData().toBool();
    m_model->setFilter(filter);
}

void TimeLogPage::tick()
{
    if (!m_model->totals().count)
        return;
    m_model->tick();
    updateTotals();
}

void TimeLogPage::updateTotals()
{
    const TimeEntryTotals t = m_model->totals();
    QString text = tr("%n entry(s) · %1 worked · %2 billable", nullptr, int(t.count))
                       .arg(timeutil::formatDuration(t.seconds), timeutil::formatDuration(t.billableSeconds));
    // The totals count finished work; the running entry is said apart, as it goes on.
    const qint64 now = m_workspace.clock().nowSecs();
    for (const TimeEntry &e : m_model->loadedEntries())
        if (e.isRunning())
            text += tr(" · %1 running").arg(timeutil::formatDuration(e.durationSeconds(now)));
    const int loaded = int(m_model->loadedEntries().size());
    if (loaded < t.count)
        text += tr(" · showing the newest %1; scroll for more").arg(loaded);
    m_totals->setText(text);
    showListOrEmpty();
    updateActions();
}

void TimeLogPage::showListOrEmpty()
{
    if (!m_welcome)
        return; // still being built
    QWidget *shown = m_view;
    if (m_model->totals().count == 0)
        shown = m_hasActiveClients ? static_cast<QWidget *>(m_empty) : m_welcome;
    m_stack->setCurrentWidget(shown);
}

void TimeLogPage::addNewClientAction(QAction *action)
{
    m_welcome->addAction(action);
}

qint64 TimeLogPage::focusClientId() const
{
    const QList<TimeEntry> selected = selectedEntries();
    if (!selected.isEmpty() && std::all_of(selected.begin(), selected.end(), [&](const TimeEntry &e) {
            return e.clientId == selected.first().clientId;
        }))
        return selected.first().clientId;
    return m_client->currentData().toLongLong();
}

QString TimeLogPage::totalsText() const
{
    return m_totals->text();
}

void TimeLogPage::updateActions()
{
    const QList<TimeEntry> selected = selectedEntries();
    bool anyBilled = false;
    for (const TimeEntry &e : selected)
        anyBilled = anyBilled || e.isBilled();
    bool allBillable = !selected.isEmpty();
    for (const TimeEntry &e : selected)
        allBillable = allBillable && e.billable;
    m_continue->setEnabled(selected.size() == 1 && !selected.first().isRunning());
    m_edit->setEnabled(selected.size() == 1 && !anyBilled);
    m_billableToggle->setEnabled(!selected.isEmpty() && !anyBilled);
    m_billableToggle->setChecked(allBillable);
    m_duplicate->setEnabled(selected.size() == 1 && !selected.first().isRunning());
    m_split->setEnabled(selected.size() == 1 && !selected.first().isRunning() && !anyBilled);
    m_delete->setEnabled(!selected.isEmpty() && !anyBilled);
    m_export->setEnabled(m_model->totals().count > 0);
}

void TimeLogPage::exportCsv()
{
    const TimeEntryFilter filter = m_model->filter();
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QDate from = timeutil::localDate(filter.from.value_or(0), zone);
    const QDate to = timeutil::localDate(filter.to.value_or(0) - 1, zone);
    QString name =
        from == to ? tr("Minuta time log %1").arg(from.toString(Qt::ISODate))
                   : tr("Minuta time log %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (filter.clientId && m_client->currentIndex() > 0)
        name += QLatin1Char(' ') + m_client->currentText();
    const QString path =
        FileDialogs::exportFileName(this, tr("Export Entries as CSV"), kFolderKey,
                                    filenames::safeStem(name, QString()) + QStringLiteral(".csv"),
                                    tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    auto written = TimesheetCsv(m_workspace.database(), m_workspace.clock()).writeFile(filter, path);
    if (!written) {
        MessageBox::warning(this, tr("The entries were not saved"), written.error().message());
        return;
    }
    Q_EMIT message(
        tr("Saved %n entry(s) to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
}

QList<TimeEntry> TimeLogPage::selectedEntries() const
{
    QList<TimeEntry> entries;
    const auto rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &index : rows)
        if (const TimeEntry *e = m_model->entryAt(index.row()))
            entries.append(*e);
    return entries;
}

void TimeLogPage::addEntry()
{
    // A new entry starts after the last one today, or half an hour ago.
    const qint64 now = m_workspace.clock().nowSecs();
    EntryDialog dialog(m_workspace, std::nullopt, now - 30 * 60 - now % 300, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(dialog.warnings().isEmpty() ? tr("Entry added.")
                                                   : dialog.warnings().join(QLatin1Char(' ')));
}

void TimeLogPage::continueSelected()
{
    const QList<TimeEntry> selected = selectedEntries();
    if (selected.size() == 1)
        continueEntry(selected.first());
}

void TimeLogPage::continueEntry(const TimeEntry &entry)
{
    if (entry.isRunning())
        return;
    Q_EMIT continueRequested(entry);
}

void TimeLogPage::setSelectedBillable(bool billable)
{
    const QList<TimeEntry> selected = selectedEntries();
    int changed = 0;
    for (const TimeEntry &e : selected) {
        if (e.isBilled() || e.billable == billable)
            continue;
        const QModelIndex index = m_model->indexOfEntry(e.id);
        if (!m_model->setData(index.siblingAtColumn(TimeEntryModel::Billable),
                              billable ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole))
            return; // the model said why
        ++changed;
    }
    if (changed)
        Q_EMIT message(billable ? tr("%n entry(s) marked billable.", nullptr, changed)
                                : tr("%n entry(s) marked not billable.", nullptr, changed));
}

void TimeLogPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && m_model->entryAt(index.row())
        && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    updateActions();
    QMenu menu(this);
    if (!selectedEntries().isEmpty()) {
        menu.addAction(m_continue);
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
        menu.addAction(m_split);
        menu.addSeparator();
        menu.addAction(m_billableToggle);
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(m_add);
    menu.addAction(m_export);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TimeLogPage::editSelected()
{
    const QList<TimeEntry> selected = selectedEntries();
    if (selected.size() != 1)
        return;
    if (selected.first().isBilled()) {
        Q_EMIT message(tr("Billed entries can no longer change."));
        return;
    }
    EntryDialog dialog(m_workspace, selected.first(), selected.first().start, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.warnings().isEmpty())
        Q_EMIT message(dialog.warnings().join(QLatin1Char(' ')));
}

void TimeLogPage::duplicateSelected()
{
    const QList<TimeEntry> selected = selectedEntries();
    if (selected.size() != 1 || selected.first().isRunning())
        return;
    TimeEntry copy = selected.first();
    const qint64 length = copy.durationSeconds(0);
    copy.id = 0;
    copy.invoiceId.reset();
    copy.start = *copy.end;
    copy.end = copy.start + length;
    const qint64 now = m_workspace.clock().nowSecs();
    if (*copy.end > now) { // right after would be in the future: end it now instead
        copy.end = now;
        copy.start = now - length;
    }
    auto *command = new AddEntryCommand(m_workspace, copy, tr("Duplicate time entry"));
    if (auto r = m_workspace.run(command); !r) {
        MessageBox::warning(this, tr("The entry was not duplicated"), r.error().message());
        return;
    }
    Q_EMIT message(command->warnings().isEmpty() ? tr("Entry duplicated.")
                                                 : command->warnings().join(QLatin1Char(' ')));
}

void TimeLogPage::splitSelected()
{
    const QList<TimeEntry> selected = selectedEntries();
    if (selected.size() != 1 || !selected.first().end)
        return;
    const TimeEntry e = selected.first();
    const QTimeZone zone = m_workspace.clock().timeZone();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Split Time Entry"));
    auto *at = new QTimeEdit(&dialog);
    at->setDisplayFormat(QStringLiteral("HH:mm"));
    at->setTime(QDateTime::fromSecsSinceEpoch(e.start + e.durationSeconds(0) / 2, zone).time());
    at->setAccessibleName(tr("Split at"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        tr("The entry from %1 to %2 becomes two.")
            .arg(format::time(QDateTime::fromSecsSinceEpoch(e.start, zone).time(), m_workspace.locale()),
                 format::time(QDateTime::fromSecsSinceEpoch(*e.end, zone).time(), m_workspace.locale())),
        &dialog));
    form->addRow(tr("Split &at:"), at);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate day = QDateTime::fromSecsSinceEpoch(e.start, zone).date();
    qint64 when = QDateTime(day, at->time(), zone).toSecsSinceEpoch();
    if (when <= e.start)
        when = QDateTime(day.addDays(1), at->time(), zone).toSecsSinceEpoch();
    if (auto r = m_workspace.run(new SplitEntryCommand(m_workspace, e, when)); !r)
        MessageBox::warning(this, tr("The entry was not split"), r.error().message());
}

void TimeLogPage::deleteSelected()
{
    const QList<TimeEntry> selected = selectedEntries();
    if (selected.isEmpty())
        return;
    QList<qint64> ids;
    for (const TimeEntry &e : selected)
        ids.append(e.id);
    if (auto r = m_workspace.run(new DeleteEntriesCommand(m_workspace, ids)); !r) {
        MessageBox::warning(this, tr("Nothing was deleted"), r.error().message());
        return;
    }
    Q_EMIT message(tr("Deleted %n entry(s). Undo (Ctrl+Z) brings them back.", nullptr, int(ids.size())));
}

} // namespace minuta::ui
