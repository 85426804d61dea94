#include "io/icalendar.h"

#include "business/settings.h"
#include "calendar/planrepository.h"
#include "storage/appinfo.h"
#include "storage/database.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"

#include <QCryptographicHash>
#include <QSaveFile>

namespace minuta {

namespace {

QByteArray utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

} // namespace

ICalendarExport::ICalendarExport(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

QByteArray ICalendarExport::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            // Other control characters have no place in a TEXT value.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                out += c;
        }
    }
    return out.toUtf8();
}

QByteArray ICalendarExport::fold(const QByteArray &line)
{
    // At most 75 octets per physical line; continuation lines start with a space, which counts.
    // A UTF-8 sequence is never cut: continuation bytes (10xxxxxx) stay with their lead byte.
    QByteArray out;
    int start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

Result<ICalendarExport::Exported> ICalendarExport::build(const Options &options) const
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return Error(ErrorCode::InvalidInput, tr("Choose a period whose end is not before its start."),
                     QStringLiteral("period"));
    if (options.from.daysTo(options.to) > 3660)
        return Error(ErrorCode::InvalidInput, tr("Choose a period of up to ten years."),
                     QStringLiteral("period"));
    auto fileId = Settings(m_db).value(QStringLiteral("file.id"));
    if (!fileId)
        return fileId.error();
    // Files from before format 4 are upgraded with an id; one opened read-only may lack it, and then
    // its path stands in.
    const QByteArray file =
        fileId->has_value()
            ? fileId->value().toLatin1()
            : QCryptographicHash::hash(m_db.path().toUtf8(), QCryptographicHash::Sha1).toHex().left(32);
    const QByteArray stamp = utc(m_clock.nowSecs());
    const QTimeZone zone = m_clock.timeZone();

    Exported result;
    QByteArray &out = result.data;
    const auto line = [&out](const QByteArray &l) { out += fold(l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Minuta//Minuta " + appinfo::version().toUtf8() + "//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:Minuta");

    const auto event = [&](const QByteArray &uid, qint64 start, qint64 end, const QString &summary,
                           const QString &description, const QByteArray &category) {
        line("BEGIN:VEVENT");
        line("UID:" + uid + "-" + file + "@minuta");
        line("DTSTAMP:" + stamp);
        line("DTSTART:" + utc(start));
        line("DTEND:" + utc(qMax(end, start + 60)));
        line("SUMMARY:" + escapeText(summary));
        if (!description.isEmpty())
            line("DESCRIPTION:" + escapeText(description));
        line("CATEGORIES:" + category);
        line("END:VEVENT");
        ++result.events;
    };

    if (options.plans) {
        auto occurrences = PlanRepository(m_db, m_clock).occurrences(options.from, options.to);
        if (!occurrences)
            return occurrences.error();
        for (const PlanOccurrence &o : std::as_const(*occurrences)) {
            QStringList about;
            if (!o.notes.isEmpty())
                about << o.notes;
            if (o.due)
                about << tr("Deadline: %1").arg(o.due->toString(Qt::ISODate));
            if (o.done)
                about << tr("Done.");
            event("plan-" + QByteArray::number(o.planId) + "-"
                      + o.day.toString(QStringLiteral("yyyyMMdd")).toLatin1(),
                  o.start, o.start + qint64(o.minutes) * 60,
                  QStringLiteral("%1: %2").arg(o.clientName, o.title), about.join(QLatin1Char('\n')),
                  "PLANNED");
        }
    }
    if (options.entries) {
        TimeEntryFilter filter;
        filter.from = timeutil::startOfDay(options.from, zone);
        filter.to = timeutil::startOfDay(options.to.addDays(1), zone);
        auto entries = TimeEntryRepository(m_db, m_clock).list(filter);
        if (!entries)
            return entries.error();
        const qint64 now = m_clock.nowSecs();
        for (const TimeEntry &e : std::as_const(*entries)) {
            const QString what = !e.task.isEmpty() ? e.task : e.description.section(QLatin1Char('\n'), 0, 0);
            event("entry-" + QByteArray::number(e.id), e.start, e.end.value_or(qMax(now, e.start)),
                  what.isEmpty() ? e.clientName : QStringLiteral("%1: %2").arg(e.clientName, what),
                  e.description, "LOGGED");
        }
    }
    line("END:VCALENDAR");
    return result;
}

Result<int> ICalendarExport::write(const Options &options, const QString &path) const
{
    auto built = build(options);
    if (!built)
        return built.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(built->data) != built->data.size() || !file.commit())
        return Error(ErrorCode::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()),
                     QStringLiteral("output"));
    return built->events;
}

} // namespace minuta
