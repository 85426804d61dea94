#include "calendarpage.h"

#include "clientlistmodel.h"
#include "commands/plancommands.h"
#include "emptystate.h"
#include "entrydialog.h"
#include "filedialogs.h"
#include "flowlayout.h"
#include "format.h"
#include "look.h"
#include "messagebox.h"
#include "monthview.h"
#include "plandialog.h"
#include "weekview.h"
#include "workspace.h"

#include "io/icalendar.h"
#include "values/clock.h"
#include "values/timeutil.h"

#include <QAction>
#include <QButtonGroup>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

enum ItemKind { EntryItem = 1, UsageItem, PlanItem, DeadlineItem };
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

const auto kModeKey = QStringLiteral("calendar/mode");

} // namespace

CalendarPage::CalendarPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_monthButton(new QToolButton(this))
    , m_weekButton(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_month(new MonthView(this))
    , m_week(new WeekView(this))
    , m_legend(new QLabel(this))
    , m_dayTitle(new QLabel(this))
    , m_dayTotals(new QLabel(this))
    , m_dayList(new QTreeWidget(this))
    , m_dayLog(new QPushButton(look::icon(QStringLiteral("add")), tr("Log Time…"), this))
    , m_dayPlan(new QPushButton(look::icon(QStringLiteral("add")), tr("Plan Work…"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_selected = workspace.today();

    m_plan = new QAction(look::icon(QStringLiteral("add")), tr("&Plan Work…"), this);
    m_plan->setToolTip(tr("Plan an appointment or a task (Ctrl+Shift+P)"));
    connect(m_plan, &QAction::triggered, this, [this] { planWork(); });
    m_export = new QAction(tr("Export .ics…"), this);
    m_export->setToolTip(tr("Save the shown month or week as a calendar file for Google Calendar, Outlook or "
                            "Thunderbird"));
    connect(m_export, &QAction::triggered, this, &CalendarPage::exportCalendar);

    // The bar: month or week, back, today, forward, the period, and the actions.
    m_monthButton->setText(tr("Month"));
    m_weekButton->setText(tr("Week"));
    for (QToolButton *b : {m_monthButton, m_weekButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_monthButton);
    modes->addButton(m_weekButton);
    auto *back = new QToolButton(this);
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setToolTip(tr("Previous (Page Up)"));
    back->setAccessibleName(tr("Previous"));
    back->setShortcut(QKeySequence(Qt::Key_PageUp));
    auto *forward = new QToolButton(this);
    forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    forward->setToolTip(tr("Next (Page Down)"));
    forward->setAccessibleName(tr("Next"));
    forward->setShortcut(QKeySequence(Qt::Key_PageDown));
    auto *today = new QPushButton(tr("Today"), this);
    today->setToolTip(tr("Back to today (Home)"));
    today->setShortcut(QKeySequence(Qt::Key_Home));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    auto *planButton = new QToolButton(this);
    planButton->setDefaultAction(m_plan);
    planButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_export);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *bar = new FlowLayout;
    bar->addWidget(m_monthButton);
    bar->addWidget(m_weekButton);
    bar->addSpacing(12);
    bar->addWidget(back);
    bar->addWidget(today);
    bar->addWidget(forward);
    bar->addSpacing(12);
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(planButton);
    bar->addWidget(exportButton);

    // What the colours mean.
    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    const auto swatch = [this](Load load) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
            .arg(MonthView::tint(load, palette()).name());
    };
    m_legend->setText(
        tr("%1 light day &nbsp; %2 full day &nbsp; %3 over capacity &nbsp; "
           "<span style=\"color:%4\">⚑</span> deadline")
            .arg(swatch(Load::Light), swatch(Load::Full), swatch(Load::Over), look::deadlineColor().name()));
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(m_legend);

    // The selected day.
    QFont dayFont = m_dayTitle->font();
    dayFont.setBold(true);
    dayFont.setPointSizeF(dayFont.pointSizeF() * 1.15);
    m_dayTitle->setFont(dayFont);
    m_dayTitle->setWordWrap(true);
    m_dayTotals->setWordWrap(true);
    m_dayTotals->setObjectName(QStringLiteral("dayTotals"));
    m_dayList->setObjectName(QStringLiteral("dayList"));
    m_dayList->setHeaderHidden(true);
    m_dayList->setColumnCount(2);
    m_dayList->setRootIsDecorated(false);
    m_dayList->setUniformRowHeights(true);
    m_dayList->header()->setStretchLastSection(false);
    m_dayList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dayList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_dayList->setAccessibleName(tr("The selected day's work"));
    m_dayLog->setToolTip(tr("Log time on this day"));
    m_dayPlan->setToolTip(tr("Plan work on this day"));
    auto *dayButtons = new QHBoxLayout;
    dayButtons->addWidget(m_dayLog);
    dayButtons->addWidget(m_dayPlan);
    dayButtons->addStretch();
    auto *day = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(day);
    dayLayout->setContentsMargins(8, 0, 0, 0);
    dayLayout->addWidget(m_dayTitle);
    dayLayout->addWidget(m_dayTotals);
    dayLayout->addWidget(m_dayList, 1);
    dayLayout->addLayout(dayButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(day);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({720, 340});
    splitter->setChildrenCollapsible(false);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 8);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);
    // Nothing can be logged or planned before there is a client.
    m_empty =
        new EmptyState(look::icon(QStringLiteral("section-calendar")), tr("Nothing planned or logged yet"),
                       tr("Your workload will show here, day by day and week by week. Add a client, then "
                          "log time with the timer or plan work."),
                       this);
    m_empty->setObjectName(QStringLiteral("calendarEmpty"));
    m_outer = new QStackedWidget(this);
    m_outer->addWidget(content);
    m_outer->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outer);

    const bool week = QSettings().value(kModeKey).toString() == QLatin1String("week");
    m_monthButton->setChecked(!week);
    m_weekButton->setChecked(week);
    m_stack->setCurrentWidget(week ? static_cast<QWidget *>(m_week) : m_month);
    m_legend->setVisible(!week);

    connect(m_monthButton, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setMode(Mode::Week); });
    connect(back, &QToolButton::clicked, this, [this] { step(-1); });
    connect(forward, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(m_workspace.today()); });
    connect(m_month, &MonthView::selectedDateChanged, this, &CalendarPage::select);
    connect(m_month, &MonthView::activated, this, [this](QDate date) {
        m_selected = date;
        setMode(Mode::Week);
    });
    connect(m_week, &WeekView::selectedDateChanged, this, &CalendarPage::select);
    connect(m_week, &WeekView::entryActivated, this, &CalendarPage::editEntry);
    connect(m_week, &WeekView::planActivated, this, [this](qint64 planId, QDate) { editPlan(planId); });
    connect(m_week, &WeekView::logTimeRequested, this, &CalendarPage::logTimeAt);
    connect(m_week, &WeekView::planWorkRequested, this, &CalendarPage::planWork);
    connect(m_dayList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { dayItemActivated(item); });
    connect(m_dayList, &QTreeWidget::itemChanged, this, &CalendarPage::dayItemChanged);
    connect(m_dayLog, &QPushButton::clicked, this, [this] {
        const QDate date = m_selected;
        logTimeAt(QDateTime(date, QTime(9, 0), m_workspace.clock().timeZone()).toSecsSinceEpoch());
    });
    connect(m_dayPlan, &QPushButton::clicked, this, [this] {
        planWork(QDateTime(m_selected, QTime(9, 0), m_workspace.clock().timeZone()).toSecsSinceEpoch());
    });
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Entries | Workspace::Plans | Workspace::Clients | Workspace::Usage
               | Workspace::Settings | Workspace::Timer | Workspace::Invoices))
            QMetaObject::invokeMethod(this, &CalendarPage::refresh, Qt::QueuedConnection);
    });
    // The running timer's block and today's hours move on.
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, &CalendarPage::refresh);
    m_tick->start();
}

CalendarPage::Mode CalendarPage::mode() const
{
    return m_stack->currentWidget() == m_week ? Mode::Week : Mode::Month;
}

void CalendarPage::setMode(Mode mode)
{
    m_monthButton->setChecked(mode == Mode::Month);
    m_weekButton->setChecked(mode == Mode::Week);
    m_stack->setCurrentWidget(mode == Mode::Week ? static_cast<QWidget *>(m_week) : m_month);
    m_legend->setVisible(mode == Mode::Month);
    QSettings().setValue(kModeKey, mode == Mode::Week ? QStringLiteral("week") : QStringLiteral("month"));
    refresh();
    // Once the week is laid out, its working hours come into view.
    if (mode == Mode::Week)
        m_week->scrollToWorkingHours();
}

void CalendarPage::showDate(QDate date)
{
    if (!date.isValid())
        return;
    m_selected = date;
    refresh();
}

void CalendarPage::step(int direction)
{
    showDate(mode() == Mode::Week ? m_selected.addDays(7 * direction) : m_selected.addMonths(direction));
}

std::pair<QDate, QDate> CalendarPage::shownRange() const
{
    auto defaults = m_workspace.settings().businessDefaults();
    const Qt::DayOfWeek firstDay = defaults ? defaults->firstDayOfWeek : Qt::Monday;
    if (mode() == Mode::Month) {
        const QDate first(m_selected.year(), m_selected.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    const QDate start = m_selected.addDays(-((m_selected.dayOfWeek() - int(firstDay) + 7) % 7));
    return {start, start.addDays(6)};
}

QString CalendarPage::title() const
{
    return m_title->text();
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CalendarPage::refresh()
{
    // Figures cost queries: a hidden page only notes that they are out of date.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const auto clients = m_workspace.clients().list(true);
    m_outer->setCurrentWidget(clients && clients->isEmpty() ? static_cast<QWidget *>(m_empty)
                                                            : m_outer->widget(0));
    auto defaults = m_workspace.settings().businessDefaults();
    const int capacity = defaults ? defaults->dailyCapacityMinutes : 480;
    const Qt::DayOfWeek firstDay = defaults ? defaults->firstDayOfWeek : Qt::Monday;
    const QLocale locale = m_workspace.locale();
    const QDate today = m_workspace.today();
    auto calendar = m_workspace.calendar();
    if (mode() == Mode::Month) {
        const auto [from, to] = MonthView::gridRange(m_selected, firstDay);
        auto days = calendar.days(from, to, capacity);
        m_month->setMonth(m_selected, firstDay, days ? *days : QList<DayLoad>(), capacity, today, locale);
        if (m_month->selectedDate() != m_selected) {
            const QSignalBlocker blocker(m_month);
            m_month->setSelectedDate(m_selected);
        }
        m_title->setText(locale.toString(m_selected, QStringLiteral("MMMM yyyy")));
    } else {
        const auto [from, to] = shownRange();
        WeekView::Data week;
        week.first = from;
        week.today = today;
        week.now = m_workspace.clock().nowSecs();
        week.zone = m_workspace.clock().timeZone();
        week.locale = locale;
        if (auto days = calendar.days(from, to, capacity))
            week.days = *days;
        if (auto blocks = calendar.blocks(from, to))
            week.blocks = *blocks;
        if (auto plans = m_workspace.plans().occurrences(from, to))
            week.plans = *plans;
        m_week->setData(week);
        {
            const QSignalBlocker blocker(m_week);
            m_week->setSelectedDate(m_selected);
        }
        m_title->setText(from.month() == to.month()
                             ? tr("%1 – %2").arg(QString::number(from.day()), format::date(to, locale))
                             : tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM")),
                                                 format::date(to, locale)));
    }
    showDay();
}

void CalendarPage::select(QDate date)
{
    if (!date.isValid() || date == m_selected)
        return;
    const bool sameMonth = date.year() == m_selected.year() && date.month() == m_selected.month();
    const auto [from, to] = shownRange();
    m_selected = date;
    // Moving out of the shown month or week brings the next one.
    if ((mode() == Mode::Month && !sameMonth) || (mode() == Mode::Week && (date < from || date > to)))
        refresh();
    else
        showDay();
}

QString CalendarPage::dayTotalsText() const
{
    return m_dayTotals->text();
}

void CalendarPage::showDay()
{
    const QLocale locale = m_workspace.locale();
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QDate day = m_selected;
    m_dayTitle->setText(locale.toString(day, QLocale::LongFormat));
    m_filling = true;
    m_dayList->clear();
    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_dayList, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        return item;
    };

    TimeEntryFilter filter;
    filter.from = timeutil::startOfDay(day, zone);
    filter.to = timeutil::startOfDay(day.addDays(1), zone);
    const qint64 now = m_workspace.clock().nowSecs();
    auto entries = m_workspace.entries().list(filter);
    auto totals = m_workspace.entries().totals(filter);
    if (entries && !entries->isEmpty()) {
        group(tr("Logged"));
        for (const TimeEntry &e : *entries) {
            const QString from = format::time(QDateTime::fromSecsSinceEpoch(e.start, zone).time(), locale);
            const QString to = e.end
                                   ? format::time(QDateTime::fromSecsSinceEpoch(*e.end, zone).time(), locale)
                                   : tr("running");
            const QString what = e.task.isEmpty() ? e.clientName : tr("%1 · %2").arg(e.clientName, e.task);
            auto *item = new QTreeWidgetItem(m_dayList, {tr("%1–%2  %3").arg(from, to, what),
                                                         timeutil::formatDuration(e.durationSeconds(now))});
            item->setIcon(0, ClientListModel::swatch(e.clientColor));
            item->setData(0, KindRole, EntryItem);
            item->setData(0, IdRole, e.id);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, e.description.isEmpty() ? what : e.description);
        }
    }
    UsageFilter usageFilter;
    usageFilter.from = filter.from;
    usageFilter.to = filter.to;
    auto usage = m_workspace.usage().list(usageFilter);
    if (usage && !usage->isEmpty()) {
        group(tr("Units"));
        for (const Usage &u : *usage) {
            auto *item = new QTreeWidgetItem(m_dayList, {tr("%1 · %2").arg(u.clientName, u.serviceName),
                                                         tr("%1 %2").arg(u.quantity.format(locale), u.unit)});
            item->setData(0, KindRole, UsageItem);
            item->setData(0, IdRole, u.id);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    auto occurrences = m_workspace.plans().occurrences(day, day);
    qint64 plannedSeconds = 0;
    if (occurrences && !occurrences->isEmpty()) {
        group(tr("Planned"));
        for (const PlanOccurrence &o : *occurrences) {
            auto *item = new QTreeWidgetItem(
                m_dayList,
                {tr("%1  %2 · %3")
                     .arg(format::time(QDateTime::fromSecsSinceEpoch(o.start, zone).time(), locale),
                          o.clientName, o.title),
                 timeutil::formatDuration(qint64(o.minutes) * 60)});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, o.done ? Qt::Checked : Qt::Unchecked);
            item->setData(0, KindRole, PlanItem);
            item->setData(0, IdRole, o.planId);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, tr("Tick when done; double-click to change it"));
            if (!o.done)
                plannedSeconds += qint64(o.minutes) * 60;
        }
    }
    const DayLoad load = mode() == Mode::Month ? m_month->load(day) : DayLoad{};
    QList<PlanOccurrence> deadlines = load.deadlines;
    if (mode() == Mode::Week) {
        const qint64 index = m_week->data().first.daysTo(day);
        if (index >= 0 && index < m_week->data().days.size())
            deadlines = m_week->data().days[index].deadlines;
    }
    if (!deadlines.isEmpty()) {
        group(tr("Deadlines"));
        for (const PlanOccurrence &o : std::as_const(deadlines)) {
            auto *item = new QTreeWidgetItem(m_dayList, {tr("%1 · %2").arg(o.clientName, o.title),
                                                         tr("from %1").arg(format::date(o.day, locale))});
            item->setData(0, KindRole, DeadlineItem);
            item->setData(0, IdRole, o.planId);
            item->setForeground(0, look::deadlineColor());
        }
    }
    if (m_dayList->topLevelItemCount() == 0) {
        auto *empty = new QTreeWidgetItem(m_dayList, {tr("Nothing logged or planned.")});
        empty->setFlags(Qt::ItemIsEnabled);
        empty->setForeground(0, palette().brush(QPalette::PlaceholderText));
        empty->setFirstColumnSpanned(true);
    }
    m_filling = false;

    QStringList figures;
    if (totals && totals->count > 0) {
        // Finished entries, plus the running one up to now.
        qint64 logged = totals->seconds;
        if (entries)
            for (const TimeEntry &e : *entries)
                if (e.isRunning())
                    logged += e.durationSeconds(now);
        figures << tr("%1 logged").arg(timeutil::formatDuration(logged))
                << tr("%1 billable").arg(timeutil::formatDuration(totals->billableSeconds));
    }
    if (plannedSeconds > 0)
        figures << tr("%1 still planned").arg(timeutil::formatDuration(plannedSeconds));
    if (usage && !usage->isEmpty())
        figures << tr("%n use(s) of services", nullptr, int(usage->size()));
    m_dayTotals->setText(figures.isEmpty() ? tr("A free day.") : figures.join(QStringLiteral(" · ")));
}

void CalendarPage::dayItemActivated(QTreeWidgetItem *item)
{
    switch (item->data(0, KindRole).toInt()) {
    case EntryItem:
        editEntry(item->data(0, IdRole).toLongLong());
        break;
    case PlanItem:
    case DeadlineItem:
        editPlan(item->data(0, IdRole).toLongLong());
        break;
    default:
        break;
    }
}

void CalendarPage::dayItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 0 || item->data(0, KindRole).toInt() != PlanItem)
        return;
    const bool done = item->checkState(0) == Qt::Checked;
    const qint64 planId = item->data(0, IdRole).toLongLong();
    if (auto r = m_workspace.run(new SetPlanDoneCommand(m_workspace, planId, m_selected, done)); !r)
        MessageBox::warning(this, tr("The work was not marked"), r.error().message());
    else
        Q_EMIT message(done ? tr("Marked done. Ctrl+Z takes it back.") : tr("Marked not done."));
}

void CalendarPage::editEntry(qint64 entryId)
{
    auto entry = m_workspace.entries().get(entryId);
    if (!entry)
        return;
    if (entry->isBilled()) {
        Q_EMIT message(tr("Billed entries can no longer change."));
        return;
    }
    EntryDialog dialog(m_workspace, *entry, entry->start, this);
    dialog.exec();
}

void CalendarPage::logTimeAt(qint64 start)
{
    EntryDialog dialog(m_workspace, std::nullopt, start, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Entry added."));
}

void CalendarPage::planWork(qint64 start)
{
    if (start <= 0) {
        // The selected day at 9:00, or the next whole hour when that is already past.
        const QTimeZone zone = m_workspace.clock().timeZone();
        start = QDateTime(m_selected, QTime(9, 0), zone).toSecsSinceEpoch();
        const qint64 now = m_workspace.clock().nowSecs();
        if (start < now && m_selected == m_workspace.today())
            start = now - now % 3600 + 3600;
    }
    PlanDialog dialog(m_workspace, std::nullopt, start, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Planned. Ctrl+Z takes it back."));
}

void CalendarPage::editPlan(qint64 planId)
{
    auto plan = m_workspace.plans().get(planId);
    if (!plan)
        return;
    PlanDialog dialog(m_workspace, *plan, plan->start, this);
    dialog.exec();
}

void CalendarPage::exportCalendar()
{
    const auto [from, to] = shownRange();
    const QString path = FileDialogs::exportFileName(
        this, tr("Export Calendar"), QStringLiteral("calendar/exportFolder"),
        tr("Minuta %1 to %2.ics").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
        tr("Calendar files (*.ics)"), QStringLiteral("ics"));
    if (path.isEmpty())
        return;
    ICalendarExport::Options options;
    options.from = from;
    options.to = to;
    auto written = ICalendarExport(m_workspace.database(), m_workspace.clock()).write(options, path);
    if (!written) {
        MessageBox::warning(this, tr("The calendar was not saved"), written.error().message());
        return;
    }
    Q_EMIT message(tr("Saved %n event(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

void CalendarPage::addNewClientAction(QAction *action)
{
    m_empty->addAction(action);
}

} // namespace minuta::ui
