// Minuta's speed on a huge history, measured with Google Benchmark against baselines run alongside:
//   minuta_benchmarks --big FILE --empty FILE [benchmark options]
//       the client-month invoice query against the same SQL run bare, the time log's first page and
//       totals on FILE against an empty file, an invoice of 1,000 lines to PDF against one of 10;
//   minuta_benchmarks --open-window FILE
//       opens the main window on FILE, prints the milliseconds it took and the peak memory, and exits
//       (a whole process, for comparing a huge file with an empty one);
//   minuta_benchmarks --make-csv ROWS FILE
//       writes a time sheet of ROWS rows as Minuta exports it, for timing whole imports.
// The benchmarks also import 1,000 and 100,000 such rows into an empty file, against the sqlite3
// shell's .import of the same rows into a table of the same columns.
// tests/bench/run-benchmarks.sh makes the files and runs everything; see README.md.

#include "business/settings.h"
#include "calendar/workcalendar.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "io/invoicepdf.h"
#include "io/timesheetimport.h"
#include "mainwindow.h"
#include "reports/reports.h"
#include "storage/database.h"
#include "timeentrymodel.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"
#include "work/unbilledwork.h"
#include "workspace.h"

#include "business/business.h"
#include "storage/appinfo.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace minuta;

namespace {

QString g_big;
QString g_empty;

std::unique_ptr<Database> open(const QString &path, Database::Access access = Database::Access::ReadOnly)
{
    Database::Options options;
    options.access = access;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(db.error().message()));
        std::exit(2);
    }
    return std::move(db.value());
}

// The busiest client and its busiest month in the big file.
struct Target
{
    Client client;
    QDate from;
    QDate to;
};

Target target(const Database &db, const Clock &clock)
{
    QSqlQuery q(storage::connection(db));
    q.exec(
        QStringLiteral("SELECT client_id FROM time_entry GROUP BY client_id ORDER BY count(*) DESC LIMIT 1"));
    q.next();
    const qint64 clientId = q.value(0).toLongLong();
    Target t{ClientRepository(db, clock).get(clientId).value(), {}, {}};
    const QDate today = timeutil::localDate(clock.nowSecs(), clock.timeZone());
    t.from = QDate(today.year(), today.month(), 1).addMonths(-1);
    t.to = t.from.addMonths(1).addDays(-1);
    return t;
}

// The invoice query of a client's month, as Minuta runs it (reading and billing every entry).
void ClientMonth_Minuta(benchmark::State &state)
{
    SystemClock clock;
    auto db = open(g_big);
    const Target t = target(*db, clock);
    UnbilledWork unbilled(*db, clock);
    qint64 lines = 0;
    for (auto _ : state) {
        auto report = unbilled.forClient(t.client.id, t.from, t.to);
        lines = report ? report->statement.time.size() : -1;
        benchmark::DoNotOptimize(lines);
    }
    state.counters["entries"] = double(lines);
}

// Baseline: the same SQL statements with no Minuta code around them, rows read and dropped.
void ClientMonth_BareSql(benchmark::State &state)
{
    SystemClock clock;
    auto db = open(g_big);
    const Target t = target(*db, clock);
    const qint64 start = timeutil::startOfDay(t.from, clock.timeZone());
    const qint64 end = timeutil::startOfDay(t.to.addDays(1), clock.timeZone());
    QSqlQuery q(storage::connection(*db));
    q.setForwardOnly(true);
    qint64 rows = 0;
    for (auto _ : state) {
        rows = 0;
        q.prepare(QStringLiteral("SELECT id, start_at, end_at, task, description, billable, rate_override "
                                 "FROM time_entry WHERE client_id = ? AND invoice_id IS NULL "
                                 "AND end_at IS NOT NULL AND billable = 1 AND start_at >= ? "
                                 "AND start_at < ? ORDER BY start_at, id"));
        q.addBindValue(t.client.id);
        q.addBindValue(start);
        q.addBindValue(end);
        q.exec();
        while (q.next())
            ++rows;
        q.prepare(QStringLiteral("SELECT u.id FROM usage_record u WHERE u.client_id = ? AND u.invoice_id IS "
                                 "NULL AND u.at >= ? AND u.at < ? ORDER BY u.at, u.id"));
        q.addBindValue(t.client.id);
        q.addBindValue(start);
        q.addBindValue(end);
        q.exec();
        while (q.next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

// The time log as it opens: this week's first page and its totals; and the whole history's.
void TimeLogFirstPage(benchmark::State &state, const QString *path, bool allTime)
{
    SystemClock clock;
    ui::Workspace workspace(open(*path), clock);
    ui::TimeEntryModel model(workspace);
    TimeEntryFilter filter;
    if (!allTime) {
        const QDate today = workspace.today();
        filter.from = timeutil::startOfDay(today.addDays(1 - today.dayOfWeek()), clock.timeZone());
        filter.to = timeutil::startOfDay(today.addDays(8 - today.dayOfWeek()), clock.timeZone());
    }
    for (auto _ : state) {
        model.setFilter(filter);
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["rows"] = model.rowCount();
}

// The calendar's month (six weeks of day figures) and week (every block with its worth).
void CalendarMonth(benchmark::State &state, const QString *path)
{
    SystemClock clock;
    auto db = open(*path);
    const QDate today = timeutil::localDate(clock.nowSecs(), clock.timeZone());
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    WorkCalendar calendar(*db, clock);
    qint64 logged = 0;
    for (auto _ : state) {
        const auto days = calendar.days(first.addDays(-6), first.addDays(35), 480);
        logged = 0;
        for (const DayLoad &d : days.value())
            logged += d.loggedSeconds;
        benchmark::DoNotOptimize(logged);
    }
    state.counters["hours"] = double(logged / 3600);
}

void CalendarWeek(benchmark::State &state, const QString *path)
{
    SystemClock clock;
    auto db = open(*path);
    const QDate today = timeutil::localDate(clock.nowSecs(), clock.timeZone());
    const QDate monday = today.addDays(1 - today.dayOfWeek() - 7);
    WorkCalendar calendar(*db, clock);
    qsizetype blocks = 0;
    for (auto _ : state) {
        blocks = calendar.blocks(monday, monday.addDays(6)).value().size();
        benchmark::DoNotOptimize(blocks);
    }
    state.counters["blocks"] = double(blocks);
}

// The monthly report of the last twelve months, every client.
void ReportYear(benchmark::State &state, const QString *path)
{
    SystemClock clock;
    auto db = open(*path);
    const QDate today = timeutil::localDate(clock.nowSecs(), clock.timeZone());
    Reports reports(*db, clock);
    qsizetype rows = 0;
    for (auto _ : state) {
        rows = reports.monthly({QDate(today.year(), today.month(), 1).addMonths(-11), today, std::nullopt})
                   .value()
                   .size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

// An invoice of `lines` lines, one per entry, rendered to PDF in memory.
void InvoiceToPdf(benchmark::State &state)
{
    const int lines = int(state.range(0));
    QTemporaryDir dir;
    SystemClock clock;
    auto db = open(dir.filePath(QStringLiteral("pdf.sqlite")), Database::Access::ReadWrite);
    BusinessRepository business(*db, clock);
    BusinessProfile profile = business.get().value();
    profile.name = QStringLiteral("Giulia Rossi");
    profile.address = QStringLiteral("Via Zamboni 12\n40126 Bologna");
    profile.country = QStringLiteral("IT");
    profile.vatId = QStringLiteral("IT01234567897");
    business.save(profile).value();
    Client c;
    c.name = QStringLiteral("ACME Srl");
    c.currency = *Currency::fromCode(u"EUR");
    c.hourlyRate = Money(3000, c.currency);
    c = ClientRepository(*db, clock).add(c).value();
    TimeEntryRepository entries(*db, clock);
    const qint64 first = clock.nowSecs() - qint64(lines) * 3600 - 3600;
    for (int k = 0; k < lines; ++k) {
        TimeEntry e;
        e.clientId = c.id;
        e.start = first + qint64(k) * 3600;
        e.end = e.start + 1800;
        e.description = QStringLiteral("Inbox, calendar and calls, part %1").arg(k + 1);
        entries.add(e).value();
    }
    InvoiceRepository invoices(*db, clock);
    InvoiceRepository::DraftRequest request;
    request.clientId = c.id;
    request.grouping = Grouping::Entry;
    InvoicePdf::Content content;
    content.invoice = invoices.issue(invoices.createDraft(request).value().invoice.id).value();
    content.zone = clock.timeZone();
    int pages = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        pages = InvoicePdf::render(content, &buffer).value_or(-1);
        benchmark::DoNotOptimize(buffer.size());
    }
    state.counters["lines"] = double(content.invoice.lines.size());
    state.counters["pages"] = pages;
}

// A time sheet of `rows` rows for 50 clients as Minuta exports it: ten-minute entries from 08:00 to
// 20:00 (no daylight-saving change in that span), day after day back from yesterday.
bool makeCsv(qint64 rows, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("date,start,end,client,task,description\r\n");
    const SystemClock clock;
    const QDate yesterday = timeutil::localDate(clock.nowSecs(), clock.timeZone()).addDays(-1);
    // Five minutes every six from 04:00 to midnight: a million rows reach back fourteen years (Minuta
    // refuses work before 2000), and no row falls in the hours the clocks change.
    constexpr int slotsPerDay = 200;
    QByteArray chunk;
    for (qint64 i = 0; i < rows; ++i) {
        const QDate day = yesterday.addDays(-(i / slotsPerDay));
        const QTime start = QTime(4, 0).addSecs(int(i % slotsPerDay) * 360);
        chunk += day.toString(Qt::ISODate).toUtf8() + ',' + start.toString(u"HH:mm").toUtf8() + ','
                 + start.addSecs(300).toString(u"HH:mm").toUtf8() + ",Client "
                 + QByteArray::number(i % 50 + 1) + ",Email,\"Inbox, calendar and calls\"\r\n";
        if (chunk.size() > 1 << 20) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.flush();
}

// The whole import of a generated sheet into an empty file, as `minuta-cli import --create-clients`
// does it.
void Import_Minuta(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("sheet.csv"));
    makeCsv(state.range(0), csv);
    SystemClock clock;
    TimesheetImport::Options options;
    options.createClients = true;
    int run = 0;
    qint64 imported = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db =
            open(dir.filePath(QStringLiteral("minuta%1.sqlite").arg(++run)), Database::Access::ReadWrite);
        state.ResumeTiming();
        auto report = TimesheetImport(*db, clock).importFile(csv, options);
        if (!report) {
            state.SkipWithError(qPrintable(report.error().message()));
            break;
        }
        imported = report->imported;
    }
    state.counters["rows"] = double(imported);
}

// Baseline: the sqlite3 shell's .import of the same file into a table of the same columns, whole
// process (no checks, no lookups, one transaction).
void Import_Sqlite3Shell(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("sheet.csv"));
    makeCsv(state.range(0), csv);
    int run = 0;
    for (auto _ : state) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("shell%1.sqlite").arg(++run))});
        sqlite.write("CREATE TABLE sheet (date TEXT, start TEXT, end TEXT, client TEXT, task TEXT, "
                     "description TEXT);\n.import --csv --skip 1 '"
                     + csv.toUtf8() + "' sheet\n");
        sqlite.closeWriteChannel();
        if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
            state.SkipWithError("sqlite3 is not installed or failed");
            break;
        }
    }
}

long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

int openWindow(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    {
        ui::MainWindow window(clock);
        window.show();
        if (!window.openDatabase(path))
            return 2;
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        std::printf("opened in %lld ms, peak memory %ld KiB\n", timer.elapsed(), peakKiB());
        timer.restart();
    }
    std::printf("closed in %lld ms, peak memory %ld KiB\n", timer.elapsed(), peakKiB());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    appinfo::initialize();
    QStandardPaths::setTestModeEnabled(true);
    // The window's remembered layout goes to a folder of its own, not the user's settings.
    QTemporaryDir settingsDir;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--open-window"))
        return openWindow(args[2]);
    if (args.size() == 4 && args[1] == QLatin1String("--make-csv"))
        return makeCsv(args[2].toLongLong(), args[3]) ? 0 : 2;
    const int big = int(args.indexOf(QStringLiteral("--big")));
    const int empty = int(args.indexOf(QStringLiteral("--empty")));
    if (big < 0 || empty < 0 || big + 1 >= args.size() || empty + 1 >= args.size()) {
        std::fprintf(stderr, "usage: minuta_benchmarks --big FILE --empty FILE [benchmark options]\n"
                             "       minuta_benchmarks --open-window FILE\n"
                             "       minuta_benchmarks --make-csv ROWS FILE\n");
        return 2;
    }
    g_big = args[big + 1];
    g_empty = args[empty + 1];

    benchmark::RegisterBenchmark("ClientMonth/Minuta", ClientMonth_Minuta)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ClientMonth/BareSql", ClientMonth_BareSql)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("TimeLogWeek/Big", TimeLogFirstPage, &g_big, false)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("TimeLogWeek/Empty", TimeLogFirstPage, &g_empty, false)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("TimeLogAllTime/Big", TimeLogFirstPage, &g_big, true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("TimeLogAllTime/Empty", TimeLogFirstPage, &g_empty, true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("CalendarMonth/Big", CalendarMonth, &g_big)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("CalendarMonth/Empty", CalendarMonth, &g_empty)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("CalendarWeek/Big", CalendarWeek, &g_big)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("CalendarWeek/Empty", CalendarWeek, &g_empty)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ReportYear/Big", ReportYear, &g_big)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ReportYear/Empty", ReportYear, &g_empty)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("InvoiceToPdf", InvoiceToPdf)
        ->Arg(10)
        ->Arg(1000)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Import/Minuta", Import_Minuta)
        ->Arg(1000)
        ->Arg(100000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("Import/Sqlite3Shell", Import_Sqlite3Shell)
        ->Arg(1000)
        ->Arg(100000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();

    // Google Benchmark reads its own options; ours are removed first.
    std::vector<char *> rest;
    for (int k = 0; k < argc; ++k)
        if (k != big && k != big + 1 && k != empty && k != empty + 1)
            rest.push_back(argv[k]);
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
