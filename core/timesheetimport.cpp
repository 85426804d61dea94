#include "timesheetimport.h"

#include "clientrepository.h"
#include "csv.h"
#include "settings.h"
#include "timeentryrepository.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <optional>

namespace minuta {

namespace {

constexpr qint64 kMaxFileBytes = 200 * 1024 * 1024;
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

std::optional<QTime> parseTime(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format :
         {"HH:mm:ss", "HH:mm", "H:mm:ss", "H:mm", "h:mm:ss AP", "h:mm AP", "h:mm:ssAP", "h:mmAP"}) {
        const QTime time = QLocale::c().toTime(t, QString::fromLatin1(format));
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

// A decimal number ("1.5" or "1,5") of units of `unitSeconds` → seconds, exactly (no floating point).
std::optional<qint64> parseDecimal(const QString &text, qint64 unitSeconds)
{
    QString number = text.trimmed();
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    const QStringList parts = number.split(QLatin1Char('.'));
    if (parts.size() > 2 || parts.first().isEmpty())
        return std::nullopt;
    for (const QString &part : parts)
        for (const QChar c : part)
            if (!c.isDigit())
                return std::nullopt;
    bool ok = false;
    const qint64 whole = parts.first().toLongLong(&ok);
    if (!ok || whole > 100000)
        return std::nullopt;
    qint64 seconds = whole * unitSeconds;
    if (parts.size() == 2 && !parts.at(1).isEmpty()) {
        const QString fraction = parts.at(1).left(6);
        qint64 scale = 1;
        for (int i = 0; i < fraction.size(); ++i)
            scale *= 10;
        seconds += (fraction.toLongLong() * unitSeconds + scale / 2) / scale;
    }
    return seconds;
}

// Hours as "1.5", "1,5", "1:30" or "1:30:00" → seconds.
std::optional<qint64> parseHours(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char(':'))) {
        const QStringList parts = t.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3)
            return std::nullopt;
        qint64 seconds = 0;
        for (int i = 0; i < parts.size(); ++i) {
            bool ok = false;
            const qint64 value = parts.at(i).toLongLong(&ok);
            if (!ok || value < 0 || (i > 0 && value > 59))
                return std::nullopt;
            seconds = seconds * 60 + value;
        }
        return parts.size() == 2 ? seconds * 60 : seconds;
    }
    return parseDecimal(t, 3600);
}

// A whole date and time ("2026-11-02T09:00", "2026-11-02 09:00", with or without an offset), in
// `zone` when it carries no offset; nothing when the text is not one (a bare time, say).
std::optional<QDateTime> parseDateTime(const QString &text, const QTimeZone &zone)
{
    if (!text.contains(QLatin1Char('T')) && !text.contains(QLatin1Char(' ')))
        return std::nullopt;
    const QDateTime read = QDateTime::fromString(text, Qt::ISODate);
    if (!read.isValid())
        return std::nullopt;
    return read.timeSpec() == Qt::LocalTime ? QDateTime(read.date(), read.time(), zone) : read;
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

struct Row
{
    int line = 0;
    QString client;
    TimeEntry entry;
};

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
    return importData(file.readAll(), options);
}

Result<TimesheetImport::Report> TimesheetImport::importData(const QByteArray &data,
                                                            const Options &options) const
{
    const auto fail = [](int line, const QString &message) {
        return Error(ErrorCode::InvalidInput, tr("Line %1: %2").arg(line).arg(message),
                     QStringLiteral("file"));
    };
    if (data.size() > kMaxFileBytes)
        return Error(ErrorCode::InvalidInput, tr("The file is too large to be a time sheet."),
                     QStringLiteral("file"));
    QString parseError;
    QList<int> lines;
    const QList<QStringList> records = csv::parse(data, csv::guessSeparator(data), &parseError, &lines);
    if (!parseError.isEmpty())
        return fail(lines.value(lines.size() - 1, 1), tr("a quoted field never ends."));
    if (records.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The file is empty."), QStringLiteral("file"));

    // Which column is which.
    QHash<Column, int> at;
    QStringList unused;
    const QStringList header = records.first();
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
    const auto field = [&](const QStringList &record, Column column) {
        const int index = at.value(column, -1);
        return index >= 0 && index < record.size() ? csv::plainText(record.at(index).trimmed()) : QString();
    };
    const auto parseDate = [&](const QString &text) {
        return options.dateFormat.isEmpty() ? QDate::fromString(text, Qt::ISODate)
                                            : QLocale::c().toDate(text, options.dateFormat);
    };

    // Every row read before anything is stored.
    QList<Row> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const int line = lines.value(r, int(r) + 1);
        Row row;
        row.line = line;
        row.client = field(record, Column::Client);
        if (row.client.isEmpty())
            return fail(line, tr("the client is missing."));

        const QString startText = field(record, Column::Start);
        QDateTime start;
        if (const auto whole = parseDateTime(startText, zone)) {
            start = *whole;
        } else {
            const QString dateText = field(record, Column::Date);
            const QDate date = parseDate(dateText);
            if (!date.isValid())
                return fail(line,
                            dateText.isEmpty() ? tr("the date is missing.")
                            : options.dateFormat.isEmpty()
                                ? tr("“%1” is not a date (write it as 2026-11-02).").arg(dateText)
                                : tr("“%1” is not a date written as %2.").arg(dateText, options.dateFormat));
            const auto time = parseTime(startText);
            if (!time)
                return fail(line, startText.isEmpty() ? tr("the start time is missing.")
                                                      : tr("“%1” is not a time of day.").arg(startText));
            start = QDateTime(date, *time, zone);
        }

        std::optional<qint64> end;
        const QString endText = field(record, Column::End);
        if (!endText.isEmpty()) {
            if (const auto wholeEnd = parseDateTime(endText, zone)) {
                end = wholeEnd->toSecsSinceEpoch();
            } else {
                const auto time = parseTime(endText);
                if (!time)
                    return fail(line, tr("“%1” is not a time of day.").arg(endText));
                QDate endDate = start.toTimeZone(zone).date();
                const QString endDateText = field(record, Column::EndDate);
                if (!endDateText.isEmpty()) {
                    endDate = parseDate(endDateText);
                    if (!endDate.isValid())
                        return fail(line, tr("“%1” is not a date.").arg(endDateText));
                } else if (*time <= start.toTimeZone(zone).time()) {
                    // Work that went past midnight, if it is not longer than a long evening; else
                    // an end before the start, which the rules below refuse.
                    if (QDateTime(endDate.addDays(1), *time, zone).toSecsSinceEpoch()
                            - start.toSecsSinceEpoch()
                        <= kLongestNight)
                        endDate = endDate.addDays(1);
                }
                end = QDateTime(endDate, *time, zone).toSecsSinceEpoch();
            }
        } else {
            std::optional<qint64> seconds;
            QString text;
            if (!(text = field(record, Column::Minutes)).isEmpty()) {
                seconds = parseDecimal(text, 60);
                if (!seconds)
                    return fail(line, tr("“%1” is not a number of minutes.").arg(text));
            } else if (!(text = field(record, Column::Hours)).isEmpty()
                       || !(text = field(record, Column::Duration)).isEmpty()) {
                seconds = parseHours(text);
                if (!seconds)
                    return fail(line, tr("“%1” is not a duration (write 1.5 or 1:30).").arg(text));
            }
            if (!seconds)
                return fail(line, tr("the end or the duration is missing."));
            end = start.toSecsSinceEpoch() + *seconds;
        }

        const QString billableText = field(record, Column::Billable);
        const auto billable = parseBillable(billableText);
        if (!billable)
            return fail(line, tr("“%1” is not yes or no.").arg(billableText));

        row.entry.start = start.toSecsSinceEpoch();
        row.entry.end = end;
        row.entry.billable = *billable;
        for (Column c : {Column::Task, Column::Project, Column::Activity})
            if (row.entry.task.isEmpty())
                row.entry.task = field(record, c);
        row.entry.description = field(record, Column::Description);
        // The rules of the time log (end after start, not in the future…), said with the line.
        TimeEntry check = row.entry;
        check.clientId = 1; // the client is resolved below, by name
        if (auto valid = TimeEntryRepository::validate(check, m_clock.nowSecs()); !valid)
            return fail(line, valid.error().message());
        rows << row;
    }

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
    QStringList unknown;
    for (const Row &row : std::as_const(rows))
        if (!clientIds.contains(ClientRepository::nameKey(row.client))
            && !unknown.contains(row.client, Qt::CaseInsensitive))
            unknown << row.client;
    if (!unknown.isEmpty() && !options.createClients)
        return Error(ErrorCode::NotFound,
                     tr("These clients are not in Minuta: %1. Add them first, or let the import add them.")
                         .arg(unknown.join(QStringLiteral(", "))),
                     QStringLiteral("client"));

    Report report;
    report.createdClients = unknown;
    if (!unused.isEmpty())
        report.warnings << tr("Columns not read: %1.").arg(unused.join(QStringLiteral(", ")));

    Transaction transaction(m_db.connection());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    for (const QString &name : std::as_const(unknown)) {
        auto client = Settings(m_db).newClient();
        if (!client)
            return client.error();
        client->name = name;
        auto added = clients.add(*client);
        if (!added)
            return Error(added.error().code(),
                         tr("The client “%1” cannot be added: %2").arg(name, added.error().message()),
                         QStringLiteral("client"));
        clientIds.insert(ClientRepository::nameKey(name), added->id);
    }
    TimeEntryRepository entries(m_db, m_clock);
    qint64 overlapping = 0;
    for (Row &row : rows) {
        row.entry.clientId = clientIds.value(ClientRepository::nameKey(row.client));
        TimeEntryFilter same;
        same.clientId = row.entry.clientId;
        same.from = row.entry.start;
        same.to = row.entry.start + 1;
        auto existing = entries.list(same);
        if (!existing)
            return existing.error();
        bool duplicate = false;
        for (const TimeEntry &e : *existing)
            duplicate = duplicate || e.end == row.entry.end;
        if (duplicate) {
            ++report.skipped;
            continue;
        }
        auto saved = entries.add(row.entry);
        if (!saved)
            return fail(row.line, saved.error().message());
        overlapping += saved->overlaps.isEmpty() ? 0 : 1;
        ++report.imported;
        report.seconds += *row.entry.end - row.entry.start;
    }
    if (overlapping > 0)
        report.warnings << tr("%n imported entry(s) overlap other work.", nullptr, int(overlapping));
    if (options.dryRun)
        return report; // rolled back as the transaction goes
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace minuta
