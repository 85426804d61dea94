#include "io/timesheetimport.h"

#include "business/settings.h"
#include "clients/clientrepository.h"
#include "io/csv.h"
#include "io/csvreader.h"
#include "io/textencoding.h"
#include "storage/transaction.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace minuta {

namespace {

constexpr qint64 kMaxFileBytes = 200 * 1024 * 1024;
// Where the header line, and so the separator, is looked for.
constexpr qint64 kHeaderBytes = 64 * 1024;
// An end time earlier than the start is read as the next morning when that makes at most this much work.
constexpr qint64 kLongestNight = 12 * 3600;

enum class Column {
    Date,
    Start,
    End,
    EndDate,
    Minutes,
    Hours,
    Duration,
    Client,
    Task,
    Project,
    Activity,
    Description,
    Billable
};

// Header names, folded to lower case, for each column.
const QList<std::pair<Column, QStringList>> &columnNames()
{
    static const QList<std::pair<Column, QStringList>> names = {
        {Column::Date, {QStringLiteral("date"), QStringLiteral("start date"), QStringLiteral("data")}},
        {Column::Start,
         {QStringLiteral("start"), QStringLiteral("start time"), QStringLiteral("from"),
          QStringLiteral("inizio"), QStringLiteral("ora inizio")}},
        {Column::End,
         {QStringLiteral("end"), QStringLiteral("end time"), QStringLiteral("to"), QStringLiteral("fine"),
          QStringLiteral("ora fine")}},
        {Column::EndDate, {QStringLiteral("end date"), QStringLiteral("data fine")}},
        {Column::Minutes, {QStringLiteral("minutes"), QStringLiteral("minuti")}},
        {Column::Hours,
         {QStringLiteral("hours"), QStringLiteral("ore"), QStringLiteral("duration (decimal)")}},
        {Column::Duration,
         {QStringLiteral("duration"), QStringLiteral("durata"), QStringLiteral("duration (h)")}},
        {Column::Client, {QStringLiteral("client"), QStringLiteral("customer"), QStringLiteral("cliente")}},
        {Column::Task, {QStringLiteral("task"), QStringLiteral("attività")}},
        {Column::Project, {QStringLiteral("project"), QStringLiteral("progetto")}},
        {Column::Activity, {QStringLiteral("activity")}},
        {Column::Description,
         {QStringLiteral("description"), QStringLiteral("notes"), QStringLiteral("note"),
          QStringLiteral("descrizione")}},
        {Column::Billable, {QStringLiteral("billable"), QStringLiteral("fatturabile")}},
    };
    return names;
}

// A time of day; the common 24-hour forms read by hand, because a file of a hundred thousand rows
// would spend most of its import in QLocale's format parser.
std::optional<QTime> parseTime(const QString &text)
{
    const QString t = text.trimmed();
    const QStringList parts = t.split(QLatin1Char(':'));
    const auto digits = [](const QString &part, int min, int max) {
        return part.size() >= min && part.size() <= max
               && std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((parts.size() == 2 || parts.size() == 3) && digits(parts.at(0), 1, 2) && digits(parts.at(1), 2, 2)
        && (parts.size() == 2 || digits(parts.at(2), 2, 2))) {
        const QTime time(parts.at(0).toInt(), parts.at(1).toInt(),
                         parts.size() == 3 ? parts.at(2).toInt() : 0);
        return time.isValid() ? std::optional(time) : std::nullopt;
    }
    for (const char *format : {"h:mm:ss AP", "h:mm AP", "h:mm:ssAP", "h:mmAP"}) {
        const QTime time = QLocale::c().toTime(t, QString::fromLatin1(format));
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

// Far longer than any entry and far from overflowing when added to an instant: a number of
// seconds that big is held there, so "99999999999999999999 minutes" reads as too long, not as
// whatever it would wrap around to.
constexpr qint64 kTooLong = qint64(1) << 40;

// ASCII digits → their value, at most kTooLong.
std::optional<qint64> wholeNumber(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = std::min(value * 10 + (c.unicode() - u'0'), kTooLong);
    }
    return value;
}

// A decimal number ("1.5" or "1,5") of units of `unitSeconds` → seconds, exactly (no floating
// point), at most kTooLong.
std::optional<qint64> parseDecimal(const QString &text, qint64 unitSeconds)
{
    QString number = text.trimmed();
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    const QStringList parts = number.split(QLatin1Char('.'));
    if (parts.size() > 2)
        return std::nullopt;
    const auto whole = wholeNumber(parts.first());
    if (!whole)
        return std::nullopt;
    qint64 seconds = *whole * unitSeconds;
    if (parts.size() == 2 && !parts.at(1).isEmpty()) {
        if (!wholeNumber(parts.at(1)))
            return std::nullopt;
        const QStringView digits = QStringView(parts.at(1)).left(6); // to the microsecond of a unit
        qint64 scale = 1;
        for (qsizetype i = 0; i < digits.size(); ++i)
            scale *= 10;
        seconds += (*wholeNumber(digits) * unitSeconds + scale / 2) / scale;
    }
    return std::min(seconds, kTooLong);
}

// Hours as "1.5", "1,5", "1:30" or "1:30:00" → seconds, at most kTooLong.
std::optional<qint64> parseHours(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.contains(QLatin1Char(':')))
        return parseDecimal(t, 3600);
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    const auto hours = wholeNumber(parts.at(0));
    if (!hours)
        return std::nullopt;
    qint64 seconds = *hours * 3600;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const auto value = wholeNumber(parts.at(i));
        if (!value || *value > 59)
            return std::nullopt;
        seconds += *value * (i == 1 ? 60 : 1);
    }
    return std::min(seconds, kTooLong);
}

// An ISO date, its month and day with or without a leading zero ("2026-01-02", "2026-1-2"): Toggl
// Track writes some without.
QDate isoDate(QStringView text)
{
    const QDate strict = QDate::fromString(text.toString(), Qt::ISODate);
    if (strict.isValid())
        return strict;
    const auto parts = text.split(u'-');
    if (parts.size() != 3 || parts.at(0).size() != 4 || parts.at(1).isEmpty() || parts.at(1).size() > 2
        || parts.at(2).isEmpty() || parts.at(2).size() > 2)
        return {};
    const auto y = wholeNumber(parts.at(0)), m = wholeNumber(parts.at(1)), d = wholeNumber(parts.at(2));
    return y && m && d ? QDate(int(*y), int(*m), int(*d)) : QDate();
}

// A whole date and time ("2026-11-02T09:00", "2026-11-02 09:00", with or without an offset), in
// `zone` when it carries no offset; nothing when the text is not one (a bare time, say), an error
// when it is a local time the clocks skipped.
constexpr int kLargestUtcOffset = 14 * 3600;

std::optional<Result<qint64>> parseDateTime(const QString &text, const QTimeZone &zone)
{
    qsizetype at = text.indexOf(QLatin1Char('T'));
    if (at < 0)
        at = text.indexOf(QLatin1Char(' '));
    if (at < 0)
        return std::nullopt;
    const QString clock = text.mid(at + 1);
    if (clock.endsWith(QLatin1Char('Z')) || clock.contains(QLatin1Char('+'))
        || clock.contains(QLatin1Char('-'))) {
        const QDateTime read = QDateTime::fromString(text, Qt::ISODate);
        if (read.isValid() && std::abs(read.offsetFromUtc()) <= kLargestUtcOffset)
            return Result<qint64>(read.toSecsSinceEpoch());
        // Refused as the command line refuses it: an offset no place has (+99:99) is not read as
        // some other time.
        return timeutil::parseDateTime(text, zone, QStringLiteral("file"));
    }
    // Read apart, not by QDateTime in the computer's own zone, which may move a time its clocks
    // skipped before it reaches the user's.
    const QDate date = isoDate(QStringView(text).left(at));
    const QTime time = QTime::fromString(clock, Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return timeutil::localInstant(date, time, zone, QStringLiteral("file"));
}

std::optional<bool> parseBillable(const QString &text)
{
    // Yes and no as the tools write them in the language of their export: English, Italian, German,
    // French, Spanish, Portuguese, Dutch.
    static const QStringList yes = {QStringLiteral("yes"),  QStringLiteral("y"),    QStringLiteral("true"),
                                    QStringLiteral("1"),    QStringLiteral("sì"),   QStringLiteral("si"),
                                    QStringLiteral("sí"),   QStringLiteral("vero"), QStringLiteral("ja"),
                                    QStringLiteral("wahr"), QStringLiteral("oui"),  QStringLiteral("vrai"),
                                    QStringLiteral("sim"),  QStringLiteral("x")};
    static const QStringList no = {QStringLiteral("no"),     QStringLiteral("n"),     QStringLiteral("false"),
                                   QStringLiteral("0"),      QStringLiteral("falso"), QStringLiteral("nein"),
                                   QStringLiteral("falsch"), QStringLiteral("non"),   QStringLiteral("faux"),
                                   QStringLiteral("não"),    QStringLiteral("nao"),   QStringLiteral("nee"),
                                   QStringLiteral("onwaar")};
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

Error failure(int line, const QString &message)
{
    return Error(ErrorCode::InvalidInput, TimesheetImport::tr("Line %1: %2").arg(line).arg(message),
                 QStringLiteral("file"));
}

Error unreadable(const QIODevice &device)
{
    return Error(ErrorCode::Io, TimesheetImport::tr("The file cannot be read: %1").arg(device.errorString()),
                 QStringLiteral("file"));
}

// Which column of the file is which, from the names on its first line.
struct Columns
{
    QHash<Column, int> at;
    QStringList unused; // named, but not read
    QStringList names;  // every name, folded to lower case

    QString field(const QStringList &record, Column column) const
    {
        const int index = at.value(column, -1);
        return index >= 0 && index < record.size() ? csv::plainText(record.at(index).trimmed()) : QString();
    }
};

Columns columnsOf(const QStringList &header)
{
    Columns columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        columns.names << name;
        bool known = false;
        for (const auto &[column, names] : columnNames())
            if (names.contains(name) && !columns.at.contains(column)) {
                columns.at.insert(column, i);
                known = true;
                break;
            }
        // Billing is not imported: the work comes in unbilled, and the invoice column of Minuta's own
        // export is left out without a word.
        if (!known && !name.isEmpty() && name != QLatin1String("invoice"))
            columns.unused << header.at(i).trimmed();
    }
    return columns;
}

// Which program wrote the file, from the names of its columns.
QString sourceOf(const Columns &columns)
{
    const auto has = [&](const char *name) { return columns.names.contains(QLatin1String(name)); };
    if (has("duration (decimal)") || has("billable rate (usd)") || has("billable rate (eur)")
        || (has("duration (h)") && has("start date")))
        return QStringLiteral("Clockify");
    if (has("start date") && has("start time") && has("end time") && has("email"))
        return QStringLiteral("Toggl Track");
    if (has("customer") && has("activity") && has("from") && has("to"))
        return QStringLiteral("Kimai");
    if (has("client") && has("start") && has("end") && has("billable") && has("invoice"))
        return QStringLiteral("Minuta");
    return {};
}

// The first line, and the columns it names; refused when it lacks the client, the start or the end.
Result<Columns> readHeader(CsvReader &reader, const QIODevice &device)
{
    QStringList header;
    if (!reader.next(header))
        return reader.failed() ? unreadable(device)
                               : Error(ErrorCode::InvalidInput, TimesheetImport::tr("The file is empty."),
                                       QStringLiteral("file"));
    if (reader.unterminated())
        return failure(reader.line(), TimesheetImport::tr("a quoted field never ends."));
    const Columns columns = columnsOf(header);
    const auto missing = [](const QString &sentence) {
        return Error(ErrorCode::InvalidInput,
                     sentence + QLatin1Char(' ')
                         + TimesheetImport::tr("Its first line must name the columns, such as: date, start, "
                                               "end, client, task, description, billable."),
                     QStringLiteral("file"));
    };
    const QHash<Column, int> &at = columns.at;
    if (!at.contains(Column::Client))
        return missing(TimesheetImport::tr("The file has no “client” column."));
    if (!at.contains(Column::Start))
        return missing(TimesheetImport::tr("The file has no “start” column."));
    if (!at.contains(Column::End) && !at.contains(Column::Minutes) && !at.contains(Column::Hours)
        && !at.contains(Column::Duration))
        return missing(TimesheetImport::tr("The file has neither an “end” nor an “hours” column."));
    return columns;
}

// One row of the file → an entry (without its client), or why not.
class RowReader
{
public:
    RowReader(const Columns &columns, const TimesheetImport::Options &options, const Clock &clock)
        : m_columns(columns)
        , m_options(options)
        , m_zone(clock.timeZone())
        , m_now(clock.nowSecs())
        , m_earliest(timeutil::startOfDay(QDate(1970, 1, 1), m_zone))
    {}

    QString field(const QStringList &record, Column column) const { return m_columns.field(record, column); }
    Result<TimeEntry> read(const QStringList &record) const;

private:
    QDate parseDate(const QString &text) const
    {
        if (m_options.dateFormat.isEmpty())
            return isoDate(text);
        const QDate date = QLocale::c().toDate(text, m_options.dateFormat);
        if (date.isValid())
            return date;
        // "dd/MM/yyyy" also reads "2/1/2026", as the tools write it without zeros.
        QString loose = m_options.dateFormat;
        loose.replace(QLatin1String("dd"), QLatin1String("d"))
            .replace(QLatin1String("MM"), QLatin1String("M"));
        return QLocale::c().toDate(text, loose);
    }
    Result<qint64> start(const QStringList &record) const;
    Result<qint64> end(const QStringList &record, const QString &endText, qint64 start) const;
    Result<qint64> endAfter(const QStringList &record, qint64 start) const;

    const Columns &m_columns;
    const TimesheetImport::Options &m_options;
    const QTimeZone m_zone;
    const qint64 m_now;
    const qint64 m_earliest;
};

Result<TimeEntry> RowReader::read(const QStringList &record) const
{
    TimeEntry entry;
    auto start = this->start(record);
    if (!start)
        return start.error();
    entry.start = *start;
    const QString endText = field(record, Column::End);
    auto end = endText.isEmpty() ? endAfter(record, entry.start) : this->end(record, endText, entry.start);
    if (!end)
        return end.error();
    entry.end = *end;
    const QString billableText = field(record, Column::Billable);
    const auto billable = parseBillable(billableText);
    if (!billable)
        return Error(ErrorCode::InvalidInput,
                     TimesheetImport::tr("“%1” is not yes or no.").arg(billableText));
    entry.billable = *billable;
    for (Column c : {Column::Task, Column::Project, Column::Activity})
        if (entry.task.isEmpty())
            entry.task = field(record, c);
    entry.description = field(record, Column::Description);
    // The rules of the time log (end after start, not in the future, a day at most…), before the
    // client is known, so that every row is checked even when a client is missing.
    TimeEntry check = entry;
    check.clientId = 1;
    if (auto valid = TimeEntryRepository::validate(check, m_now); !valid)
        return valid.error();
    // Before 1970 is a mistake, and outside what the time log can show (after 9999 is either not a
    // date or in the future).
    if (entry.start < m_earliest)
        return Error(ErrorCode::InvalidInput,
                     TimesheetImport::tr("the dates must be between 1970 and 9999."));
    return entry;
}

// A whole date and time in the start column, or a time of day there and the day in the date column.
Result<qint64> RowReader::start(const QStringList &record) const
{
    const QString startText = field(record, Column::Start);
    if (auto whole = parseDateTime(startText, m_zone))
        return *whole;
    const QString dateText = field(record, Column::Date);
    const QDate date = parseDate(dateText);
    if (!date.isValid())
        return Error(ErrorCode::InvalidInput,
                     dateText.isEmpty() ? TimesheetImport::tr("the date is missing.")
                     : m_options.dateFormat.isEmpty()
                         ? TimesheetImport::tr("“%1” is not a date (write it as 2026-11-02).").arg(dateText)
                         : TimesheetImport::tr("“%1” is not a date written as %2.")
                               .arg(dateText, m_options.dateFormat));
    const auto time = parseTime(startText);
    if (!time)
        return Error(ErrorCode::InvalidInput,
                     startText.isEmpty() ? TimesheetImport::tr("the start time is missing.")
                                         : TimesheetImport::tr("“%1” is not a time of day.").arg(startText));
    return timeutil::localInstant(date, *time, m_zone, QStringLiteral("start"));
}

// A whole date and time in the end column, or a time of day on the end date, the start's day or
// the next one.
Result<qint64> RowReader::end(const QStringList &record, const QString &endText, qint64 start) const
{
    if (auto wholeEnd = parseDateTime(endText, m_zone))
        return *wholeEnd;
    const auto time = parseTime(endText);
    if (!time)
        return Error(ErrorCode::InvalidInput, TimesheetImport::tr("“%1” is not a time of day.").arg(endText));
    const QDateTime started = QDateTime::fromSecsSinceEpoch(start, m_zone);
    QDate endDate = started.date();
    const QString endDateText = field(record, Column::EndDate);
    if (!endDateText.isEmpty()) {
        endDate = parseDate(endDateText);
        if (!endDate.isValid())
            return Error(ErrorCode::InvalidInput,
                         TimesheetImport::tr("“%1” is not a date.").arg(endDateText));
    } else if (*time <= started.time()) {
        // Work that went past midnight, if it is not longer than a long evening; else an end before
        // the start, which the rules of the time log refuse.
        const auto nextDay = timeutil::localInstant(endDate.addDays(1), *time, m_zone, QStringLiteral("end"));
        if (nextDay && *nextDay - start <= kLongestNight)
            endDate = endDate.addDays(1);
    }
    return timeutil::localInstant(endDate, *time, m_zone, QStringLiteral("end"));
}

// The end as the start plus the minutes, hours or duration the row gives.
Result<qint64> RowReader::endAfter(const QStringList &record, qint64 start) const
{
    std::optional<qint64> seconds;
    QString text;
    if (!(text = field(record, Column::Minutes)).isEmpty()) {
        seconds = parseDecimal(text, 60);
        if (!seconds)
            return Error(ErrorCode::InvalidInput,
                         TimesheetImport::tr("“%1” is not a number of minutes.").arg(text));
    } else if (!(text = field(record, Column::Hours)).isEmpty()
               || !(text = field(record, Column::Duration)).isEmpty()) {
        seconds = parseHours(text);
        if (!seconds)
            return Error(ErrorCode::InvalidInput,
                         TimesheetImport::tr("“%1” is not a duration (write 1.5 or 1:30).").arg(text));
    }
    if (!seconds)
        return Error(ErrorCode::InvalidInput, TimesheetImport::tr("the end or the duration is missing."));
    return start + *seconds; // both far from overflowing: see kTooLong
}

// The clients, by name; an archived one only when no other has its name.
Result<QHash<QString, qint64>> clientsByName(const Database &db, const Clock &clock)
{
    auto known = ClientRepository(db, clock).list(true);
    if (!known)
        return known.error();
    QHash<QString, qint64> ids;
    for (const Client &c : *known) {
        const QString key = ClientRepository::nameKey(c.name);
        if (!c.archived || !ids.contains(key))
            ids.insert(key, c.id);
    }
    return ids;
}

// Stores the rows one at a time, each one checked, its client looked up (or added, when it may be)
// and inserted through statements prepared once; rows already in the file are skipped.
class RowImport
{
public:
    RowImport(const Database &db, const Clock &clock, const RowReader &rows,
              const TimesheetImport::Options &options, QHash<QString, qint64> clientIds,
              TimesheetImport::Report &report)
        : m_db(db)
        , m_rows(rows)
        , m_options(options)
        , m_clients(db, clock)
        , m_entries(db, clock)
        , m_batch(m_entries)
        , m_clientIds(std::move(clientIds))
        , m_report(report)
    {
        for (auto it = m_clientIds.cbegin(); it != m_clientIds.cend(); ++it)
            m_known.insert(it.key());
    }

    // The row on `line`; an error refuses the whole file (a dry run lists it and goes on).
    Result<void> add(int line, const QStringList &record);
    // Once every row is read: refused when clients are missing; else the warnings.
    Result<void> finish();

private:
    // The client's id; none when it is not in Minuta and may not be added.
    Result<std::optional<qint64>> clientId(const QString &name);

    const Database &m_db;
    const RowReader &m_rows;
    const TimesheetImport::Options &m_options;
    ClientRepository m_clients;
    TimeEntryRepository m_entries;
    TimeEntryRepository::Batch m_batch;
    QHash<QString, qint64> m_clientIds;
    TimesheetImport::Report &m_report;
    QStringList m_unknown; // clients that are not in Minuta, when they may not be added
    qint64 m_overlapping = 0;

    // A dry run's preview of the row.
    void show(int line, const TimeEntry &entry, const QString &client, bool duplicate)
    {
        if (!m_options.dryRun || m_report.rows.size() >= TimesheetImport::PreviewRows)
            return;
        const QString key = ClientRepository::nameKey(client);
        const bool newClient = !m_known.contains(key);
        m_report.rows.append(TimesheetImport::Row{line, entry, client, newClient, duplicate});
    }
    QSet<QString> m_known; // the clients in Minuta before the import, by name key
};

Result<void> RowImport::add(int line, const QStringList &record)
{
    const QString client = m_rows.field(record, Column::Client);
    if (client.isEmpty())
        return failure(line, TimesheetImport::tr("the client is missing."));
    auto entry = m_rows.read(record);
    if (!entry)
        return failure(line, entry.error().message());
    auto id = clientId(client);
    if (!id)
        return id.error();
    if (!*id || !m_unknown.isEmpty()) {
        show(line, *entry, client, false);
        return {}; // nothing is stored anyway
    }
    entry->clientId = **id;
    // Duplicates are found on the times the row says, rows of this same file included: they are
    // stored as read, in this transaction.
    auto duplicate = m_batch.contains(*entry);
    if (!duplicate)
        return duplicate.error();
    show(line, *entry, client, *duplicate);
    if (*duplicate) {
        ++m_report.skipped;
        return {};
    }
    auto overlaps = m_batch.add(*entry);
    if (!overlaps)
        return failure(line, overlaps.error().message());
    m_overlapping += *overlaps ? 1 : 0;
    ++m_report.imported;
    m_report.seconds += *entry->end - entry->start;
    return {};
}

Result<std::optional<qint64>> RowImport::clientId(const QString &name)
{
    const QString key = ClientRepository::nameKey(name);
    if (auto id = m_clientIds.constFind(key); id != m_clientIds.cend())
        return std::optional<qint64>(*id);
    if (!m_options.createClients) {
        // Every row is still read, so the refusal names every missing client, or the first row that
        // is wrong for another reason.
        if (!m_unknown.contains(name, Qt::CaseInsensitive))
            m_unknown << name;
        return std::optional<qint64>();
    }
    auto newClient = Settings(m_db).newClient();
    if (!newClient)
        return newClient.error();
    newClient->name = name;
    auto added = m_clients.add(*newClient);
    if (!added)
        return Error(
            added.error().code(),
            TimesheetImport::tr("The client “%1” cannot be added: %2").arg(name, added.error().message()),
            QStringLiteral("client"));
    m_report.createdClients << name;
    m_clientIds.insert(key, added->id);
    return std::optional<qint64>(added->id);
}

Result<void> RowImport::finish()
{
    if (!m_unknown.isEmpty())
        return Error(
            ErrorCode::NotFound,
            TimesheetImport::tr("These clients are not in Minuta: %1. Add them first, or let the import "
                                "add them.")
                .arg(m_unknown.join(QStringLiteral(", "))),
            QStringLiteral("client"));
    if (m_overlapping > 0)
        m_report.warnings << TimesheetImport::tr("%n imported entry(s) overlap other work.", nullptr,
                                                 int(m_overlapping));
    return {};
}

} // namespace

TimesheetImport::TimesheetImport(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Result<TimesheetImport::Report> TimesheetImport::importFile(const QString &path, const Options &options) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, tr("“%1” does not exist.").arg(shown), QStringLiteral("file"));
    if (file.size() > kMaxFileBytes)
        return Error(ErrorCode::InvalidInput, tr("“%1” is too large to be a time sheet.").arg(shown),
                     QStringLiteral("file"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("“%1” cannot be read: %2").arg(shown, file.errorString()),
                     QStringLiteral("file"));
    return importFrom(file, options);
}

Result<TimesheetImport::Report> TimesheetImport::importData(const QByteArray &data,
                                                            const Options &options) const
{
    if (data.size() > kMaxFileBytes)
        return Error(ErrorCode::InvalidInput, tr("The file is too large to be a time sheet."),
                     QStringLiteral("file"));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(buffer, options);
}

Result<TimesheetImport::Report> TimesheetImport::importFrom(QIODevice &device, const Options &options) const
{
    // The encoding, from the bytes; the header is in the first lines, and the separator the one it uses.
    const textencoding::Encoding encoding = textencoding::detect(device);
    const QByteArray header = textencoding::Decoder(encoding).decode(device.peek(kHeaderBytes)).toUtf8();
    CsvReader reader(device, csv::guessSeparator(header), encoding);
    auto columns = readHeader(reader, device);
    if (!columns)
        return columns.error();
    const RowReader rows(*columns, options, m_clock);
    // The clients, by name; missing ones made only when asked.
    auto clientIds = clientsByName(m_db, m_clock);
    if (!clientIds)
        return clientIds.error();
    Report report;
    report.encoding = textencoding::name(encoding);
    report.source = sourceOf(*columns);
    if (!columns->unused.isEmpty())
        report.warnings << tr("Columns not read: %1.").arg(columns->unused.join(QStringLiteral(", ")));

    // Row by row into one transaction: the first row refused rolls everything back.
    Transaction transaction(storage::connection(m_db));
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    RowImport import(m_db, m_clock, rows, options, std::move(*clientIds), report);
    QStringList record;
    // A dry run reads on past a refused row, to list every one.
    const auto refuse = [&](const Error &error) -> bool {
        if (!options.dryRun)
            return false;
        ++report.refused;
        if (report.problems.size() < MaxProblems)
            report.problems.append(Problem{reader.line(), error.message()});
        return true;
    };
    while (reader.next(record)) {
        if (reader.unterminated()) {
            const Error error = failure(reader.line(), tr("a quoted field never ends."));
            if (!refuse(error))
                return error;
            continue;
        }
        if (auto added = import.add(reader.line(), record); !added && !refuse(added.error()))
            return added.error();
    }
    if (reader.failed())
        return unreadable(device);
    if (auto finished = import.finish(); !finished) {
        if (!options.dryRun)
            return finished.error();
        report.problems.prepend(Problem{0, finished.error().message()});
    }
    if (options.dryRun)
        return report; // rolled back as the transaction goes
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace minuta
