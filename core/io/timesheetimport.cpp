#include "io/timesheetimport.h"

#include "business/settings.h"
#include "clients/clientrepository.h"
#include "io/csv.h"
#include "io/csvreader.h"
#include "storage/transaction.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
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
    const QDate date = QDate::fromString(text.left(at), Qt::ISODate);
    const QTime time = QTime::fromString(clock, Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return timeutil::localInstant(date, time, zone, QStringLiteral("file"));
}

std::optional<bool> parseBillable(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")
        || t == QStringLiteral("sì") || t == QLatin1String("si") || t == QLatin1String("y"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")
        || t == QLatin1String("n"))
        return false;
    return std::nullopt;
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
    const auto fail = [](int line, const QString &message) {
        return Error(ErrorCode::InvalidInput, tr("Line %1: %2").arg(line).arg(message),
                     QStringLiteral("file"));
    };
    // The header is in the first lines; the separator is the one it uses.
    CsvReader reader(device, csv::guessSeparator(device.peek(kHeaderBytes)));
    const auto unreadable = [&] {
        return Error(ErrorCode::Io, tr("The file cannot be read: %1").arg(device.errorString()),
                     QStringLiteral("file"));
    };
    QStringList header;
    if (!reader.next(header))
        return reader.failed()
                   ? unreadable()
                   : Error(ErrorCode::InvalidInput, tr("The file is empty."), QStringLiteral("file"));
    if (reader.unterminated())
        return fail(reader.line(), tr("a quoted field never ends."));

    // Which column is which.
    QHash<Column, int> at;
    QStringList unused;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        bool known = false;
        for (const auto &[column, names] : columnNames())
            if (names.contains(name) && !at.contains(column)) {
                at.insert(column, i);
                known = true;
                break;
            }
        // Billing is not imported: the work comes in unbilled, and the invoice column of Minuta's own
        // export is left out without a word.
        if (!known && !name.isEmpty() && name != QLatin1String("invoice"))
            unused << header.at(i).trimmed();
    }
    const auto missing = [](const QString &sentence) {
        return Error(
            ErrorCode::InvalidInput,
            sentence + QLatin1Char(' ')
                + tr("Its first line must name the columns, such as: date, start, end, client, task, "
                     "description, billable."),
            QStringLiteral("file"));
    };
    if (!at.contains(Column::Client))
        return missing(tr("The file has no “client” column."));
    if (!at.contains(Column::Start))
        return missing(tr("The file has no “start” column."));
    if (!at.contains(Column::End) && !at.contains(Column::Minutes) && !at.contains(Column::Hours)
        && !at.contains(Column::Duration))
        return missing(tr("The file has neither an “end” nor an “hours” column."));

    const QTimeZone zone = m_clock.timeZone();
    const qint64 now = m_clock.nowSecs();
    const qint64 earliest = timeutil::startOfDay(QDate(1970, 1, 1), zone);
    const auto field = [&](const QStringList &record, Column column) {
        const int index = at.value(column, -1);
        return index >= 0 && index < record.size() ? csv::plainText(record.at(index).trimmed()) : QString();
    };
    const auto parseDate = [&](const QString &text) {
        return options.dateFormat.isEmpty() ? QDate::fromString(text, Qt::ISODate)
                                            : QLocale::c().toDate(text, options.dateFormat);
    };

    // One row of the file → an entry (without its client), or why not.
    const auto readRow = [&](const QStringList &record) -> Result<TimeEntry> {
        TimeEntry entry;
        const QString startText = field(record, Column::Start);
        if (auto whole = parseDateTime(startText, zone)) {
            if (!*whole)
                return whole->error();
            entry.start = **whole;
        } else {
            const QString dateText = field(record, Column::Date);
            const QDate date = parseDate(dateText);
            if (!date.isValid())
                return Error(ErrorCode::InvalidInput,
                             dateText.isEmpty() ? tr("the date is missing.")
                             : options.dateFormat.isEmpty()
                                 ? tr("“%1” is not a date (write it as 2026-11-02).").arg(dateText)
                                 : tr("“%1” is not a date written as %2.").arg(dateText, options.dateFormat));
            const auto time = parseTime(startText);
            if (!time)
                return Error(ErrorCode::InvalidInput, startText.isEmpty()
                                                          ? tr("the start time is missing.")
                                                          : tr("“%1” is not a time of day.").arg(startText));
            auto start = timeutil::localInstant(date, *time, zone, QStringLiteral("start"));
            if (!start)
                return start.error();
            entry.start = *start;
        }

        const QString endText = field(record, Column::End);
        if (!endText.isEmpty()) {
            if (auto wholeEnd = parseDateTime(endText, zone)) {
                if (!*wholeEnd)
                    return wholeEnd->error();
                entry.end = **wholeEnd;
            } else {
                const auto time = parseTime(endText);
                if (!time)
                    return Error(ErrorCode::InvalidInput, tr("“%1” is not a time of day.").arg(endText));
                const QDateTime start = QDateTime::fromSecsSinceEpoch(entry.start, zone);
                QDate endDate = start.date();
                const QString endDateText = field(record, Column::EndDate);
                if (!endDateText.isEmpty()) {
                    endDate = parseDate(endDateText);
                    if (!endDate.isValid())
                        return Error(ErrorCode::InvalidInput, tr("“%1” is not a date.").arg(endDateText));
                } else if (*time <= start.time()) {
                    // Work that went past midnight, if it is not longer than a long evening; else
                    // an end before the start, which the rules of the time log refuse.
                    const auto nextDay =
                        timeutil::localInstant(endDate.addDays(1), *time, zone, QStringLiteral("end"));
                    if (nextDay && *nextDay - entry.start <= kLongestNight)
                        endDate = endDate.addDays(1);
                }
                auto end = timeutil::localInstant(endDate, *time, zone, QStringLiteral("end"));
                if (!end)
                    return end.error();
                entry.end = *end;
            }
        } else {
            std::optional<qint64> seconds;
            QString text;
            if (!(text = field(record, Column::Minutes)).isEmpty()) {
                seconds = parseDecimal(text, 60);
                if (!seconds)
                    return Error(ErrorCode::InvalidInput, tr("“%1” is not a number of minutes.").arg(text));
            } else if (!(text = field(record, Column::Hours)).isEmpty()
                       || !(text = field(record, Column::Duration)).isEmpty()) {
                seconds = parseHours(text);
                if (!seconds)
                    return Error(ErrorCode::InvalidInput,
                                 tr("“%1” is not a duration (write 1.5 or 1:30).").arg(text));
            }
            if (!seconds)
                return Error(ErrorCode::InvalidInput, tr("the end or the duration is missing."));
            entry.end = entry.start + *seconds; // both far from overflowing: see kTooLong
        }
        const QString billableText = field(record, Column::Billable);
        const auto billable = parseBillable(billableText);
        if (!billable)
            return Error(ErrorCode::InvalidInput, tr("“%1” is not yes or no.").arg(billableText));
        entry.billable = *billable;
        for (Column c : {Column::Task, Column::Project, Column::Activity})
            if (entry.task.isEmpty())
                entry.task = field(record, c);
        entry.description = field(record, Column::Description);
        // The rules of the time log (end after start, not in the future, a day at most…), before
        // the client is known, so that every row is checked even when a client is missing.
        TimeEntry check = entry;
        check.clientId = 1;
        if (auto valid = TimeEntryRepository::validate(check, now); !valid)
            return valid.error();
        // Before 1970 is a mistake, and outside what the time log can show (after 9999 is either
        // not a date or in the future).
        if (entry.start < earliest)
            return Error(ErrorCode::InvalidInput, tr("the dates must be between 1970 and 9999."));
        return entry;
    };

    // The clients, by name; missing ones made only when asked.
    ClientRepository clients(m_db, m_clock);
    auto known = clients.list(true);
    if (!known)
        return known.error();
    QHash<QString, qint64> clientIds;
    for (const Client &c : *known) {
        const QString key = ClientRepository::nameKey(c.name);
        if (!c.archived || !clientIds.contains(key))
            clientIds.insert(key, c.id);
    }

    Report report;
    if (!unused.isEmpty())
        report.warnings << tr("Columns not read: %1.").arg(unused.join(QStringLiteral(", ")));
    QStringList unknown; // clients that are not in Minuta, when they may not be added
    qint64 overlapping = 0;

    // Row by row into one transaction: each one checked, looked up and inserted through statements
    // prepared once, and the first one refused rolls everything back.
    Transaction transaction(storage::connection(m_db));
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    TimeEntryRepository entries(m_db, m_clock);
    TimeEntryRepository::Batch batch(entries);
    QStringList record;
    while (reader.next(record)) {
        const int line = reader.line();
        if (reader.unterminated())
            return fail(line, tr("a quoted field never ends."));
        const QString client = field(record, Column::Client);
        if (client.isEmpty())
            return fail(line, tr("the client is missing."));
        auto entry = readRow(record);
        if (!entry)
            return fail(line, entry.error().message());

        const QString key = ClientRepository::nameKey(client);
        auto id = clientIds.constFind(key);
        if (id == clientIds.cend()) {
            if (!options.createClients) {
                // Every row is still read, so the refusal names every missing client, or the first
                // row that is wrong for another reason.
                if (!unknown.contains(client, Qt::CaseInsensitive))
                    unknown << client;
                continue;
            }
            auto newClient = Settings(m_db).newClient();
            if (!newClient)
                return newClient.error();
            newClient->name = client;
            auto added = clients.add(*newClient);
            if (!added)
                return Error(added.error().code(),
                             tr("The client “%1” cannot be added: %2").arg(client, added.error().message()),
                             QStringLiteral("client"));
            report.createdClients << client;
            id = clientIds.insert(key, added->id);
        }
        if (!unknown.isEmpty())
            continue; // nothing is stored anyway

        entry->clientId = *id;
        // Duplicates are found on the times the row says, rows of this same file included: they
        // are stored as read, in this transaction.
        auto duplicate = batch.contains(*entry);
        if (!duplicate)
            return duplicate.error();
        if (*duplicate) {
            ++report.skipped;
            continue;
        }
        auto overlaps = batch.add(*entry);
        if (!overlaps)
            return fail(line, overlaps.error().message());
        overlapping += *overlaps ? 1 : 0;
        ++report.imported;
        report.seconds += *entry->end - entry->start;
    }
    if (reader.failed())
        return unreadable();
    if (!unknown.isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("These clients are not in Minuta: %1. Add them first, or let the import add them.")
                         .arg(unknown.join(QStringLiteral(", "))),
                     QStringLiteral("client"));
    if (overlapping > 0)
        report.warnings << tr("%n imported entry(s) overlap other work.", nullptr, int(overlapping));
    if (options.dryRun)
        return report; // rolled back as the transaction goes
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace minuta
