// minuta-cli calendar export: planned work and logged time as an iCalendar file

#include "commands.h"
#include "context.h"

#include "io/icalendar.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace minuta::cli {

namespace {

int calendarExport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("calendar export"), QStringLiteral("--from DATE --to DATE -o FILE.ics"),
            tr("Writes planned work and logged time as an iCalendar file for Google Calendar, Outlook "
               "or Thunderbird."),
            {option("from", tr("From this day."), "DATE"), option("to", tr("To this day, included."), "DATE"),
             QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."),
                                QStringLiteral("FILE")),
             option("no-entries", tr("Planned work only.")), option("no-plans", tr("Logged time only."))},
            args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“calendar export” takes options only."));
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))
        || !p.isSet(QStringLiteral("output")))
        return ctx.usageError(tr("“calendar export” needs --from, --to and -o."));
    ICalendarExport::Options options;
    auto from = ctx.date(p.value(QStringLiteral("from")), QStringLiteral("from"));
    if (!from)
        return ctx.failure(from.error());
    auto to = ctx.date(p.value(QStringLiteral("to")), QStringLiteral("to"));
    if (!to)
        return ctx.failure(to.error());
    options.from = *from;
    options.to = *to;
    options.entries = !p.isSet(QStringLiteral("no-entries"));
    options.plans = !p.isSet(QStringLiteral("no-plans"));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    const QString path = p.value(QStringLiteral("output"));
    auto written = ICalendarExport(**db, ctx.clock).write(options, path);
    if (!written)
        return ctx.failure(written.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("events"), *written}});
    else
        ctx.out << tr("Wrote %1 events to %2.").arg(*written).arg(path) << '\n';
    return ExitOk;
}

const Command kCalendarCommands[] = {
    {"export", QT_TRANSLATE_NOOP("minuta::cli", "Write an iCalendar (.ics) file."), calendarExport},
};

} // namespace

int runCalendar(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("calendar"), kCalendarCommands, arguments);
}

} // namespace minuta::cli
