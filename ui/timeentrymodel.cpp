#include "timeentrymodel.h"

#include "commands/editentrycommand.h"
#include "format.h"
#include "workspace.h"

#include "values/clock.h"
#include "values/timeutil.h"

#include <QApplication>
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
    m_rows.clear();
    load(PageSize);
    endResetModel();
    m_changing = false;
    Q_EMIT totalsChanged();
}

void TimeEntryModel::refresh()
{
    const QList<TimeEntry> before = m_rows;
    QList<TimeEntry> after;
    auto loaded = m_workspace.entries().list(m_filter, TimeEntryRepository::Order::Newest, 0,
                                             qMax<qint64>(PageSize, before.size()));
    if (loaded)
        after = *loaded;
    if (auto totals = m_workspace.entries().totals(m_filter))
        m_totals = *totals;
    const bool sameRows = before.size() == after.size()
                          && std::equal(before.begin(), before.end(), after.begin(),
                                        [](const TimeEntry &a, const TimeEntry &b) { return a.id == b.id; });
    if (sameRows) {
        // The same entries in the same order: the view keeps its selection and scroll position.
        m_rows = after;
        findOverlaps();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        m_changing = true;
        beginResetModel();
        m_rows = after;
        findOverlaps();
        endResetModel();
        m_changing = false;
    }
    Q_EMIT totalsChanged();
}

void TimeEntryModel::load(qint64 rows)
{
    auto loaded =
        m_workspace.entries().list(m_filter, TimeEntryRepository::Order::Newest, m_rows.size(), rows);
    if (loaded)
        m_rows.append(*loaded);
    if (auto totals = m_workspace.entries().totals(m_filter))
        m_totals = *totals;
    findOverlaps();
}

void TimeEntryModel::findOverlaps()
{
    // Among the loaded entries, in start order: one that starts before an earlier one ended overlaps it.
    m_overlapping.clear();
    QList<const TimeEntry *> byStart;
    for (const TimeEntry &e : std::as_const(m_rows))
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
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QModelIndex TimeEntryModel::indexOfEntry(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return index(row, 0);
    return {};
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Duration:
        return tr("Duration");
    case Client:
        return tr("Client");
    case Task:
        return tr("Task");
    case Description:
        return tr("Description");
    case Billable:
        return tr("Billable");
    }
    return {};
}

QVariant TimeEntryModel::data(const QModelIndex &index, int role) const
{
    const TimeEntry *e = entryAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const QLocale locale = m_workspace.locale();
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QDateTime start = QDateTime::fromSecsSinceEpoch(e->start, zone);
    const qint64 now = m_workspace.clock().nowSecs();
    if (role == IdRole)
        return e->id;

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Date:
            return format::dayDate(start.date(), locale);
        case Start:
            return format::time(start.time(), locale);
        case End:
            if (!e->end)
                return role == Qt::DisplayRole ? tr("running") : QVariant();
            return format::time(QDateTime::fromSecsSinceEpoch(*e->end, zone).time(), locale);
        case Duration:
            return timeutil::formatDuration(e->durationSeconds(now));
        case Client:
            return e->clientName;
        case Task:
            return e->task;
        case Description:
            return role == Qt::DisplayRole
                       ? QString(e->description).replace(QLatin1Char('\n'), QLatin1Char(' '))
                       : e->description;
        case Billable:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Billable)
        return e->billable ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Duration || index.column() == Start || index.column() == End))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && e->isBilled())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::DecorationRole) {
        if (index.column() == Date && e->isBilled())
            return QIcon(QStringLiteral(":/minuta/icons/lock.svg"));
        if (index.column() == Start && m_overlapping.contains(e->id))
            return QIcon(QStringLiteral(":/minuta/icons/warning.svg"));
    }
    if (role == Qt::ToolTipRole) {
        if (e->isBilled())
            return tr("Billed on an invoice: it can no longer change.");
        if (m_overlapping.contains(e->id))
            return tr("This entry shares time with another one.");
        if (index.column() == Description && !e->description.isEmpty())
            return e->description;
    }
    if (role == Qt::AccessibleTextRole && index.column() == Billable)
        return e->billable ? tr("Billable") : tr("Not billable");
    return {};
}

Qt::ItemFlags TimeEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const TimeEntry *e = entryAt(index.row());
    if (!e || e->isBilled())
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
    return !parent.isValid() && !m_changing && m_rows.size() < m_totals.count;
}

void TimeEntryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto loaded = m_rows.isEmpty()
                      ? m_workspace.entries().list(m_filter, TimeEntryRepository::Order::Newest, 0, PageSize)
                      : m_workspace.entries().listAfter(m_filter, TimeEntryRepository::Order::Newest,
                                                        m_rows.last(), PageSize);
    if (!loaded || loaded->isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + loaded->size() - 1));
    m_rows.append(*loaded);
    findOverlaps();
    endInsertRows();
    m_changing = false;
}

} // namespace minuta::ui
