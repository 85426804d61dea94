#include "timeentrymodel.h"

#include "commands/editentrycommand.h"
#include "format.h"
#include "look.h"
#include "workspace.h"

#include "values/clock.h"
#include "values/timeutil.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace minuta::ui {

namespace {

// "9:30", "09:30", "930", "9.30" → a time of day.
std::optional<QTime> parseTime(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    const QTime localized = locale.toTime(t, format::timeFormat(locale));
    if (localized.isValid())
        return localized;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,2})[:.h]?(\d{2})$)"));
    const auto match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

// "1:15", "75" (minutes), "1.5h", "1,5 h" → seconds.
std::optional<qint64> parseDuration(const QString &text)
{
    QString t = text.trimmed().toLower();
    static const QRegularExpression hm(QStringLiteral(R"(^(\d{1,2}):(\d{2})$)"));
    static const QRegularExpression minutes(QStringLiteral(R"(^(\d{1,4})\s*(m|min)?$)"));
    static const QRegularExpression hours(QStringLiteral(R"(^(\d{1,2})(?:[.,](\d{1,2}))?\s*h$)"));
    if (const auto m = hm.match(t); m.hasMatch() && m.captured(2).toInt() < 60)
        return qint64(m.captured(1).toInt()) * 3600 + qint64(m.captured(2).toInt()) * 60;
    if (const auto m = minutes.match(t); m.hasMatch())
        return qint64(m.captured(1).toInt()) * 60;
    if (const auto m = hours.match(t); m.hasMatch()) {
        const QString fraction = m.captured(2).leftJustified(2, QLatin1Char('0'));
        return qint64(m.captured(1).toInt()) * 3600 + fraction.toInt() * 36;
    }
    return std::nullopt;
}

} // namespace

TimeEntryModel::TimeEntryModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & (Workspace::Entries | Workspace::Clients | Workspace::Timer | Workspace::Invoices))
            QMetaObject::invokeMethod(this, &TimeEntryModel::refresh, Qt::QueuedConnection);
    });
}

void TimeEntryModel::setFilter(const TimeEntryFilter &filter)
{
    m_filter = filter;
    m_changing = true;
    beginResetModel();
    m_entries.clear();
    m_days.clear();
    m_units.clear();
    m_daysFrom = m_daysTo = QDate();
    load(PageSize);
    m_rows = layout();
    endResetModel();
    m_changing = false;
    Q_EMIT totalsChanged();
}

void TimeEntryModel::refresh()
{
    const QList<TimeEntry> before = m_entries;
    QList<TimeEntry> after;
    auto loaded = m_workspace.entries().list(m_filter, TimeEntryRepository::Order::Newest, 0,
                                             qMax<qint64>(PageSize, before.size()));
    if (loaded && m_workspace.entries().price(*loaded))
        after = *loaded;
    if (auto totals = m_workspace.entries().totals(m_filter))
        m_totals = *totals;
    const bool sameEntries =
        before.size() == after.size()
        && std::equal(before.begin(), before.end(), after.begin(),
                      [](const TimeEntry &a, const TimeEntry &b) { return a.id == b.id; });
    m_entries = after;
    m_daysFrom = m_daysTo = QDate(); // every day's figures are read again
    const QList<Row> rows = layout();
    if (sameEntries && rows == m_rows) {
        // The same rows in the same order: the view keeps its selection and scroll position.
        findOverlaps();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        m_changing = true;
        beginResetModel();
        m_rows = rows;
        findOverlaps();
        endResetModel();
        m_changing = false;
    }
    Q_EMIT totalsChanged();
}

void TimeEntryModel::tick()
{
    const QTimeZone zone = m_workspace.clock().timeZone();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].entry < 0 || !m_entries[m_rows[row].entry].isRunning())
            continue;
        TimeEntry &running = m_entries[m_rows[row].entry];
        const QDate day = timeutil::localDate(running.start, zone);
        if (auto days = m_workspace.entries().dayTotals(m_filter, day, day); days && !days->isEmpty())
            m_days.insert(day, days->first());
        QList<TimeEntry> justIt = {running};
        if (m_workspace.entries().price(justIt))
            running.amount = justIt.first().amount;
        Q_EMIT dataChanged(index(row, Duration), index(row, Amount));
        const QModelIndex dayRow = indexOfDay(day);
        if (dayRow.isValid())
            Q_EMIT dataChanged(index(dayRow.row(), Duration), index(dayRow.row(), Amount));
    }
}

void TimeEntryModel::load(qint64 rows)
{
    auto loaded =
        m_workspace.entries().list(m_filter, TimeEntryRepository::Order::Newest, m_entries.size(), rows);
    if (loaded && m_workspace.entries().price(*loaded))
        m_entries.append(*loaded);
    if (auto totals = m_workspace.entries().totals(m_filter))
        m_totals = *totals;
    findOverlaps();
}

QList<TimeEntryModel::Row> TimeEntryModel::layout()
{
    QList<Row> rows;
    if (m_entries.isEmpty()) {
        m_days.clear();
        m_units.clear();
        m_daysFrom = m_daysTo = QDate();
        return rows;
    }
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QDate newest = timeutil::localDate(m_entries.first().start, zone);
    const QDate oldest = timeutil::localDate(m_entries.last().start, zone);
    // The days shown run from the period's last day (not past today) down to the oldest entry
    // loaded, or to the period's first day once every entry is.
    QDate top = qMax(newest, m_workspace.today());
    if (m_filter.to)
        top = qMax(newest, qMin(top, timeutil::localDate(*m_filter.to - 1, zone)));
    QDate bottom = oldest;
    if (m_entries.size() >= m_totals.count && m_filter.from)
        bottom = qMin(oldest, timeutil::localDate(*m_filter.from, zone));
    if (m_daysTo != top || !m_daysFrom.isValid()) {
        m_days.clear();
        m_units.clear();
        readDays(bottom, top);
    } else if (bottom < m_daysFrom) {
        readDays(bottom, m_daysFrom.addDays(-1)); // the next page: only the days it adds
    }
    m_daysFrom = qMin(bottom, m_daysFrom.isValid() ? m_daysFrom : bottom);
    m_daysTo = top;

    int next = 0; // the first entry not placed yet
    for (QDate day = top; day >= bottom; day = day.addDays(-1)) {
        const bool hasEntries =
            next < m_entries.size() && timeutil::localDate(m_entries[next].start, zone) == day;
        if (!hasEntries && !m_units.contains(day))
            continue;
        rows.append(Row{day, -1});
        while (next < m_entries.size() && timeutil::localDate(m_entries[next].start, zone) == day)
            rows.append(Row{day, next++});
    }
    // Entries outside the days (a clock moved between reads): listed under their own days.
    while (next < m_entries.size()) {
        const QDate day = timeutil::localDate(m_entries[next].start, zone);
        if (rows.isEmpty() || rows.last().day != day)
            rows.append(Row{day, -1});
        rows.append(Row{day, next++});
    }
    return rows;
}

void TimeEntryModel::readDays(QDate from, QDate to)
{
    // Core answers at most two months at a time.
    UsageFilter usage;
    usage.clientId = m_filter.clientId;
    usage.from = m_filter.from;
    usage.to = m_filter.to;
    usage.billed = m_filter.billed;
    const bool withUnits = m_filter.billable.value_or(true); // units are billable work
    for (QDate chunk = from; chunk <= to; chunk = chunk.addDays(62)) {
        const QDate chunkEnd = qMin(to, chunk.addDays(61));
        if (auto days = m_workspace.entries().dayTotals(m_filter, chunk, chunkEnd))
            for (const DayTotals &d : std::as_const(*days))
                m_days.insert(d.day, d);
        if (!withUnits)
            continue;
        if (auto units = m_workspace.usage().unitsByDay(usage, chunk, chunkEnd))
            for (const DayUnits &u : std::as_const(*units))
                m_units[u.day].append(u);
    }
}

void TimeEntryModel::findOverlaps()
{
    // Among the loaded entries, in start order: one that starts before an earlier one ended overlaps it.
    m_overlapping.clear();
    QList<const TimeEntry *> byStart;
    for (const TimeEntry &e : std::as_const(m_entries))
        byStart.append(&e);
    std::sort(byStart.begin(), byStart.end(),
              [](const TimeEntry *a, const TimeEntry *b) { return a->start < b->start; });
    const qint64 now = m_workspace.clock().nowSecs();
    const TimeEntry *latest = nullptr;
    for (const TimeEntry *e : std::as_const(byStart)) {
        if (latest && e->start < latest->end.value_or(now)) {
            m_overlapping.insert(e->id);
            m_overlapping.insert(latest->id);
        }
        if (!latest || e->end.value_or(now) > latest->end.value_or(now))
            latest = e;
    }
}

const TimeEntry *TimeEntryModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].entry < 0)
        return nullptr;
    return &m_entries[m_rows[row].entry];
}

QModelIndex TimeEntryModel::indexOfEntry(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].entry >= 0 && m_entries[m_rows[row].entry].id == id)
            return index(row, 0);
    return {};
}

QModelIndex TimeEntryModel::indexOfDay(QDate day) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].entry < 0 && m_rows[row].day == day)
            return index(row, 0);
    return {};
}

const DayTotals *TimeEntryModel::dayTotals(QDate day) const
{
    const auto found = m_days.constFind(day);
    return found == m_days.constEnd() ? nullptr : &found.value();
}

int TimeEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimeEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimeEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == Amount)
            return tr("What billable work is worth: the billed time at the client's rate");
        if (section == Continue)
            return tr("Start the timer again for the same client, task and description");
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Duration:
        return tr("Duration");
    case Amount:
        return tr("Amount");
    case Client:
        return tr("Client");
    case Task:
        return tr("Task");
    case Description:
        return tr("Description");
    case Billable:
        return tr("Billable");
    case Continue:
        return QString();
    }
    return {};
}

QString TimeEntryModel::unitsText(QDate day) const
{
    QStringList parts;
    const QLocale locale = m_workspace.locale();
    for (const DayUnits &u : m_units.value(day))
        parts << tr("%1: %2 %3").arg(u.serviceName, u.quantity.format(locale), u.unitFor());
    return parts.join(QStringLiteral(" · "));
}

QVariant TimeEntryModel::dayData(const Row &row, int column, int role) const
{
    const DayTotals *totals = dayTotals(row.day);
    const QLocale locale = m_workspace.locale();
    switch (role) {
    case DayRole:
        return row.day;
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return format::dayDate(row.day, locale);
        case Duration:
            return totals ? timeutil::formatDuration(totals->seconds) : QString();
        case Amount:
            return totals ? totals->amount.format(locale) : QString();
        case Description:
            return unitsText(row.day);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Duration && totals)
            return tr("%1 worked, %2 billable, in %n entry(s)", nullptr, int(totals->count))
                .arg(timeutil::formatDuration(totals->seconds),
                     timeutil::formatDuration(totals->billableSeconds));
        if (column == Amount && totals && !totals->amount.isEmpty())
            return tr("What the day's billable work is worth");
        if (column == Description && m_units.contains(row.day))
            return tr("Units used this day: %1").arg(unitsText(row.day));
        return {};
    case Qt::AccessibleTextRole:
        if (column == Date) {
            QString text = locale.toString(row.day, QLocale::LongFormat);
            if (totals)
                text = tr("%1: %2 worked", nullptr).arg(text, timeutil::formatDuration(totals->seconds));
            return text;
        }
        return {};
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        // The row is not enabled (it cannot be selected or edited), yet reads as plainly as the rest.
        return QApplication::palette().brush(QPalette::Active, QPalette::WindowText);
    case Qt::BackgroundRole:
        return QApplication::palette().brush(QPalette::Active, QPalette::Window);
    case Qt::TextAlignmentRole:
        if (column == Duration || column == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TimeEntryModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[index.row()];
    if (row.entry < 0)
        return dayData(row, index.column(), role);
    const TimeEntry *e = &m_entries[row.entry];
    const QLocale locale = m_workspace.locale();
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QDateTime start = QDateTime::fromSecsSinceEpoch(e->start, zone);
    const qint64 now = m_workspace.clock().nowSecs();
    if (role == IdRole)
        return e->id;

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Date:
            // The day's row above says which day it is.
            return role == Qt::EditRole ? format::dayDate(start.date(), locale) : QString();
        case Start:
            return format::time(start.time(), locale);
        case End:
            if (!e->end)
                return role == Qt::DisplayRole ? tr("running") : QVariant();
            return format::time(QDateTime::fromSecsSinceEpoch(*e->end, zone).time(), locale);
        case Duration:
            return timeutil::formatDuration(e->durationSeconds(now));
        case Amount:
            return e->amount ? e->amount->format(locale) : QString();
        case Client:
            return e->clientName;
        case Task:
            return e->task;
        case Description:
            return role == Qt::DisplayRole
                       ? QString(e->description).replace(QLatin1Char('\n'), QLatin1Char(' '))
                       : e->description;
        case Billable:
        case Continue:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Billable)
        return e->billable ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Duration || index.column() == Start || index.column() == End
            || index.column() == Amount))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && e->isBilled())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::DecorationRole) {
        if (index.column() == Date && e->isBilled())
            return look::icon(QStringLiteral("lock"));
        if (index.column() == Start && m_overlapping.contains(e->id))
            return look::icon(QStringLiteral("warning"));
        if (index.column() == Continue && !e->isRunning())
            return look::icon(QStringLiteral("continue"));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Continue)
            return e->isRunning() ? tr("The timer is running for this entry.")
                                  : tr("Continue: start the timer for %1 with this task and description")
                                        .arg(e->clientName);
        if (e->isBilled())
            return tr("Billed on an invoice: it can no longer change.");
        if (m_overlapping.contains(e->id))
            return tr("This entry shares time with another one.");
        if (index.column() == Amount && e->amount)
            return tr("The billed time at the rate that applies");
        if (index.column() == Description && !e->description.isEmpty())
            return e->description;
    }
    if (role == Qt::AccessibleTextRole) {
        if (index.column() == Billable)
            return e->billable ? tr("Billable") : tr("Not billable");
        if (index.column() == Date)
            return format::dayDate(start.date(), locale);
        if (index.column() == Continue)
            return tr("Continue");
    }
    return {};
}

Qt::ItemFlags TimeEntryModel::flags(const QModelIndex &index) const
{
    const TimeEntry *e = entryAt(index.row());
    if (!e)
        return Qt::NoItemFlags; // a day's row: neither selected nor edited, and the keys go past it
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (e->isBilled())
        return f;
    switch (index.column()) {
    case Start:
    case Task:
    case Description:
        return f | Qt::ItemIsEditable;
    case End:
    case Duration:
        return e->isRunning() ? f : f | Qt::ItemIsEditable;
    case Billable:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

Result<TimeEntry> TimeEntryModel::edited(const TimeEntry &entry, int column, const QVariant &value) const
{
    TimeEntry e = entry;
    const QLocale locale = m_workspace.locale();
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QString text = value.toString();
    const auto invalidTime = [&](const char *field) {
        return Error(ErrorCode::InvalidInput, tr("“%1” is not a time; write it as 9:30.").arg(text),
                     QString::fromLatin1(field));
    };
    switch (column) {
    case Start: {
        const auto time = parseTime(text, locale);
        if (!time)
            return invalidTime("start");
        const QDate day = QDateTime::fromSecsSinceEpoch(e.start, zone).date();
        e.start = QDateTime(day, *time, zone).toSecsSinceEpoch();
        break;
    }
    case End: {
        const auto time = parseTime(text, locale);
        if (!time)
            return invalidTime("end");
        const QDate day = QDateTime::fromSecsSinceEpoch(e.start, zone).date();
        qint64 end = QDateTime(day, *time, zone).toSecsSinceEpoch();
        // An end earlier than the start on the same clock is the next morning only for work that already
        // crossed midnight; otherwise it is a mistake for core to refuse.
        if (end <= e.start && e.end && timeutil::localDate(*e.end, zone) != day)
            end = QDateTime(day.addDays(1), *time, zone).toSecsSinceEpoch();
        e.end = end;
        break;
    }
    case Duration: {
        const auto seconds = parseDuration(text);
        if (!seconds)
            return Error(ErrorCode::InvalidInput,
                         tr("“%1” is not a duration; write it as 1:15 or 75.").arg(text),
                         QStringLiteral("duration"));
        e.end = e.start + *seconds;
        break;
    }
    case Task:
        e.task = text;
        break;
    case Description:
        e.description = text;
        break;
    case Billable:
        e.billable = value.toInt() == Qt::Checked;
        break;
    default:
        break;
    }
    return e;
}

bool TimeEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const TimeEntry *current = entryAt(index.row());
    if (!current || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    if (role != Qt::EditRole && !(role == Qt::CheckStateRole && index.column() == Billable))
        return false;
    const TimeEntry before = *current;
    auto after = edited(before, index.column(), value);
    if (!after) {
        Q_EMIT editRefused(index, after.error().message());
        return false;
    }
    if (after->start == before.start && after->end == before.end && after->task == before.task
        && after->description == before.description && after->billable == before.billable)
        return true;
    auto *command = new EditEntryCommand(m_workspace, before, *after);
    auto applied = m_workspace.run(command);
    if (!applied) {
        Q_EMIT editRefused(index, applied.error().message());
        return false;
    }
    if (!command->warnings().isEmpty())
        Q_EMIT editWarned(index, command->warnings().join(QLatin1Char('\n')));
    return true;
}

bool TimeEntryModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows are being reset or added (a slot of those signals may ask): the view asks again
    // once it has laid out the new rows.
    return !parent.isValid() && !m_changing && m_entries.size() < m_totals.count;
}

void TimeEntryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto loaded = m_entries.isEmpty()
                      ? m_workspace.entries().list(m_filter, TimeEntryRepository::Order::Newest, 0, PageSize)
                      : m_workspace.entries().listAfter(m_filter, TimeEntryRepository::Order::Newest,
                                                        m_entries.last(), PageSize);
    if (!loaded || loaded->isEmpty() || !m_workspace.entries().price(*loaded))
        return;
    m_changing = true;
    const QList<Row> before = m_rows;
    m_entries.append(*loaded);
    const QList<Row> after = layout();
    if (after.size() > before.size() && std::equal(before.begin(), before.end(), after.begin())) {
        // The rows so far stay as they were; the new page follows them.
        beginInsertRows({}, int(before.size()), int(after.size() - 1));
        m_rows = after;
        findOverlaps();
        endInsertRows();
    } else {
        beginResetModel();
        m_rows = after;
        findOverlaps();
        endResetModel();
    }
    m_changing = false;
}

} // namespace minuta::ui
