// minuta-cli import: time entries from a CSV file (Minuta's own, Toggl Track, Clockify, Kimai).

#include "commands.h"
#include "context.h"

#include "io/timesheetimport.h"
#include "values/timeutil.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

int runImport(Context &ctx, const QStringList &arguments)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("import"),
            QStringLiteral("FILE.csv [--create-clients] [--dry-run] [--date-format F]"),
            tr("Adds the time entries of a CSV file: Minuta's own export, or Toggl Track's, Clockify's or "
               "Kimai's, read by the names of their columns. All or nothing: a row that cannot be read "
               "stops the import and says which. Entries already in the file are skipped."),
            {option("create-clients", tr("Add the clients the file names that Minuta does not have yet.")),
             option("dry-run", tr("Check the file and say what would be imported, without storing it.")),
             option("date-format",
                    tr("How the dates are written, such as dd/MM/yyyy (2026-11-02 unless told)."), "F")},
            arguments, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“import” needs the CSV file to read."));
    TimesheetImport::Options options;
    options.createClients = p.isSet(QStringLiteral("create-clients"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.dateFormat = p.value(QStringLiteral("date-format"));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto report = TimesheetImport(**db, ctx.clock).importFile(p.positionalArguments().first(), options);
    if (!report)
        return ctx.failure(report.error());
    // A dry run reads on past a refused row; each one is said, and the file is refused as a real
    // import would refuse it.
    if (!report->problems.isEmpty()) {
        QStringList problems;
        for (const TimesheetImport::Problem &problem : std::as_const(report->problems))
            problems << problem.message;
        if (report->refused > report->problems.size())
            problems << tr("… and %1 more rows that cannot be read.")
                            .arg(report->refused - report->problems.size());
        return ctx.failure(
            Error(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')), QStringLiteral("file")));
    }
    if (!report->encoding.isEmpty() && report->encoding != QLatin1String("UTF-8") && !ctx.json)
        ctx.warn(tr("Read as %1.").arg(report->encoding));
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("imported"), report->imported},
            {QStringLiteral("skipped"), report->skipped},
            {QStringLiteral("seconds"), report->seconds},
            {QStringLiteral("createdClients"), QJsonArray::fromStringList(report->createdClients)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
            {QStringLiteral("encoding"), report->encoding},
            {QStringLiteral("source"), report->source},
            {QStringLiteral("dryRun"), options.dryRun}});
        return ExitOk;
    }
    const QString hours = timeutil::formatDuration(report->seconds);
    const int imported = int(report->imported);
    ctx.out << (options.dryRun ? QCoreApplication::translate(
                    "minuta::cli", "Would import %n entry(s) (%1 of work); nothing was stored.", nullptr,
                    imported)
                               : QCoreApplication::translate(
                                   "minuta::cli", "Imported %n entry(s) (%1 of work).", nullptr, imported))
                   .arg(hours)
            << '\n';
    if (report->skipped > 0)
        ctx.out << QCoreApplication::translate("minuta::cli", "%n entry(s) already in the file, skipped.",
                                               nullptr, int(report->skipped))
                << '\n';
    if (!report->createdClients.isEmpty())
        ctx.out << (options.dryRun ? tr("Would add the clients: %1.") : tr("Added the clients: %1."))
                       .arg(report->createdClients.join(QStringLiteral(", ")))
                << '\n';
    for (const QString &warning : std::as_const(report->warnings))
        ctx.warn(warning);
    return ExitOk;
}

} // namespace minuta::cli
