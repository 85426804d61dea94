#include "io/timesheetcsv.h"

#include "invoicing/invoicerepository.h"
#include "io/csv.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace minuta {

namespace {

constexpr qint64 kPageSize = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::TimesheetCsv", text);
}

} // namespace

TimesheetCsv::TimesheetCsv(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Result<qint64> TimesheetCsv::write(const TimeEntryFilter &requested,
                                   const std::function<bool(const QByteArray &)> &sink) const
{
    TimeEntryFilter filter = requested;
    filter.includeRunning = false;

    // Invoice numbers, by id; drafts have none yet.
    QHash<qint64, QString> invoiceNumbers;
    auto invoices = InvoiceRepository(m_db, m_clock).list({});
    if (!invoices)
        return invoices.error();
    for (const InvoiceSummary &i : *invoices)
        invoiceNumbers.insert(i.id, i.number.value_or(QStringLiteral("draft")));

    if (!sink(csv::line({QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                         QStringLiteral("minutes"), QStringLiteral("hours"), QStringLiteral("client"),
                         QStringLiteral("task"), QStringLiteral("description"), QStringLiteral("billable"),
                         QStringLiteral("invoice")})))
        return qint64(0);

    const TimeEntryRepository entries(m_db, m_clock);
    const QTimeZone zone = m_clock.timeZone();
    qint64 written = 0;
    auto page = entries.list(filter, TimeEntryRepository::Order::Oldest, 0, kPageSize);
    while (true) {
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        QByteArray chunk;
        for (const TimeEntry &e : *page) {
            const QDateTime start = QDateTime::fromSecsSinceEpoch(e.start, zone);
            const QDateTime end = QDateTime::fromSecsSinceEpoch(*e.end, zone);
            const qint64 seconds = *e.end - e.start;
            chunk += csv::line(
                {start.date().toString(Qt::ISODate), start.time().toString(QStringLiteral("HH:mm")),
                 end.time().toString(QStringLiteral("HH:mm")), QString::number((seconds + 30) / 60),
                 csv::hours(seconds), csv::text(e.clientName), csv::text(e.task), csv::text(e.description),
                 e.billable ? QStringLiteral("yes") : QStringLiteral("no"),
                 e.invoiceId ? csv::text(invoiceNumbers.value(*e.invoiceId)) : QString()});
        }
        written += page->size();
        if (!sink(chunk))
            return written;
        if (page->size() < kPageSize)
            break;
        page = entries.listAfter(filter, TimeEntryRepository::Order::Oldest, page->last(), kPageSize);
    }
    return written;
}

Result<qint64> TimesheetCsv::writeFile(const TimeEntryFilter &filter, const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("“%1” could not be written: %2").arg(shown, file.errorString()));
    bool failed = false;
    auto written = write(filter, [&file, &failed](const QByteArray &bytes) {
        failed = file.write(bytes) != bytes.size();
        return !failed;
    });
    if (!written || failed) {
        file.cancelWriting();
        if (!written)
            return written.error();
        return Error(ErrorCode::Io, tr("“%1” could not be written: %2").arg(shown, file.errorString()));
    }
    if (!file.commit())
        return Error(ErrorCode::Io, tr("“%1” could not be written: %2").arg(shown, file.errorString()));
    return written;
}

} // namespace minuta
