// minuta-cli timer start | stop | discard | status; log; entries; entry edit | delete | show | split

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "clients/clientrepository.h"
#include "io/timesheetcsv.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

void printEntry(Context &ctx, const TimeEntry &e, const QStringList &warnings = {})
{
    const qint64 now = ctx.clock.nowSecs();
    if (ctx.json) {
        QJsonObject object = json::entry(e, ctx.clock.timeZone(), now);
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        ctx.printJson(object);
    } else {
        ctx.out << tr("Entry %1: %2, %3 %4–%5 (%6)%7")
                       .arg(e.id)
                       .arg(e.clientName, ctx.localDate(e.start), ctx.localTime(e.start),
                            e.end ? ctx.localTime(*e.end) : tr("running"),
                            timeutil::formatDuration(e.durationSeconds(now)),
                            e.task.isEmpty() ? QString() : QStringLiteral(", ") + e.task)
                << '\n';
    }
    for (const QString &warning : warnings)
        ctx.warn(warning);
}

// --end T or --minutes M, relative to `start`.
Result<qint64> endFrom(Context &ctx, const QCommandLineParser &p, qint64 start)
{
    if (p.isSet(QStringLiteral("end")))
        return ctx.dateTime(p.value(QStringLiteral("end")), QStringLiteral("end"));
    auto minutes = ctx.integer(p.value(QStringLiteral("minutes")), QStringLiteral("minutes"), 1, 24 * 60);
    if (!minutes)
        return minutes.error();
    return start + qint64(*minutes) * 60;
}

Result<Client> clientOption(Context &ctx, Database &db, const QCommandLineParser &p)
{
    return ClientRepository(db, ctx.clock).find(p.value(QStringLiteral("client")));
}

int timerStart(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("timer start"),
                   QStringLiteral("--client CLIENT [--task TASK] [--note NOTE]"),
                   tr("Starts the timer for a client; a running timer is stopped first (a switch)."),
                   {option("client", tr("The client, by name or id."), "CLIENT"),
                    option("task", tr("What kind of work (Email, Calls…)."), "TASK"),
                    option("note", tr("A description of the work."), "NOTE")},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“timer start” takes options only."));
    if (!p.isSet(QStringLiteral("client")))
        return ctx.usageError(tr("“timer start” needs --client."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = clientOption(ctx, **db, p);
    if (!client)
        return ctx.failure(client.error());
    auto started = TimerService(**db, ctx.clock)
                       .start(client->id, p.value(QStringLiteral("task")), p.value(QStringLiteral("note")));
    if (!started)
        return ctx.failure(started.error());
    warnAboutPacks(ctx, **db, client->id);
    if (ctx.json) {
        const qint64 now = ctx.clock.nowSecs();
        ctx.printJson(QJsonObject{
            {QStringLiteral("running"), json::entry(started->running, ctx.clock.timeZone(), now)},
            {QStringLiteral("stopped"),
             started->stopped ? QJsonValue(json::entry(*started->stopped, ctx.clock.timeZone(), now))
                              : QJsonValue(QJsonValue::Null)},
        });
        return ExitOk;
    }
    if (started->stopped)
        ctx.out << tr("Stopped %1 after %2.")
                       .arg(started->stopped->clientName,
                            timeutil::formatDuration(started->stopped->durationSeconds(0)))
                << '\n';
    ctx.out << tr("Timer running for %1 since %2.")
                   .arg(started->running.clientName, ctx.localTime(started->running.start))
            << '\n';
    return ExitOk;
}

int timerStop(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("timer stop"), QStringLiteral("[--at TIME]"),
                   tr("Stops the running timer, now or at the time you finished."),
                   {option("at", tr("When the work ended, such as 2026-11-02T18:00."), "TIME")}, args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“timer stop” takes no arguments."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    std::optional<qint64> at;
    if (p.isSet(QStringLiteral("at"))) {
        auto parsed = ctx.dateTime(p.value(QStringLiteral("at")), QStringLiteral("at"));
        if (!parsed)
            return ctx.failure(parsed.error());
        at = *parsed;
    }
    auto stopped = TimerService(**db, ctx.clock).stop(at);
    if (!stopped)
        return ctx.failure(stopped.error());
    if (!stopped->entry) {
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("stopped"), QJsonValue(QJsonValue::Null)}});
        else
            ctx.out << tr("The timer ran for less than a second; nothing was logged.") << '\n';
        return ExitOk;
    }
    printEntry(ctx, *stopped->entry);
    return ExitOk;
}

int timerDiscard(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("timer discard"), {}, tr("Throws the running timer away."), {}, args,
                   code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“timer discard” takes no arguments."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto discarded = TimerService(**db, ctx.clock).discard();
    if (!discarded)
        return ctx.failure(discarded.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("discarded"),
                                   json::entry(*discarded, ctx.clock.timeZone(), ctx.clock.nowSecs())}});
    else
        ctx.out << tr("Discarded the timer for %1.").arg(discarded->clientName) << '\n';
    return ExitOk;
}

int timerStatus(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("timer status"), {},
                   tr("Says whether a timer runs, for whom and for how long."), {}, args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“timer status” takes no arguments."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto status = TimerService(**db, ctx.clock).status();
    if (!status)
        return ctx.failure(status.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("running"), status->running.has_value()},
            {QStringLiteral("entry"), status->running ? QJsonValue(json::entry(
                                          *status->running, ctx.clock.timeZone(), ctx.clock.nowSecs()))
                                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("elapsedSeconds"), status->elapsedSeconds},
            {QStringLiteral("longRunning"), status->longRunning},
            {QStringLiteral("limitSeconds"), status->limitSeconds},
        });
        return ExitOk;
    }
    if (!status->running) {
        ctx.out << tr("No timer is running.") << '\n';
        return ExitOk;
    }
    ctx.out << tr("Running for %1 since %2 %3: %4")
                   .arg(status->running->clientName, ctx.localDate(status->running->start),
                        ctx.localTime(status->running->start),
                        timeutil::formatDurationWithSeconds(status->elapsedSeconds))
            << '\n';
    const int limitHours = int(status->limitSeconds / 3600);
    if (status->longRunning)
        ctx.warn(QCoreApplication::translate(
            "minuta::cli::TimeCommands",
            "the timer has run longer than %n hour(s); did you forget to stop it? "
            "“minuta-cli timer stop --at TIME” stops it when you really finished.",
            nullptr, limitHours));
    return ExitOk;
}

int log(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("log"),
                   QStringLiteral("--client CLIENT --start TIME (--end TIME | --minutes M) [OPTIONS]"),
                   tr("Logs work done without the timer."),
                   {option("client", tr("The client, by name or id."), "CLIENT"),
                    option("start", tr("When the work started, such as 2026-11-02T09:00."), "TIME"),
                    option("end", tr("When it ended."), "TIME"),
                    option("minutes", tr("Or how long it lasted."), "M"),
                    option("task", tr("What kind of work."), "TASK"),
                    option("note", tr("A description."), "NOTE"),
                    option("non-billable", tr("Not to be billed.")),
                    option("rate", tr("An hourly rate for this entry only, such as 45.00."), "RATE"),
                    Context::forceOption()},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“log” takes options only."));
    if (!p.isSet(QStringLiteral("client")) || !p.isSet(QStringLiteral("start")))
        return ctx.usageError(tr("“log” needs --client and --start."));
    if (p.isSet(QStringLiteral("end")) == p.isSet(QStringLiteral("minutes")))
        return ctx.usageError(tr("“log” needs either --end or --minutes."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = clientOption(ctx, **db, p);
    if (!client)
        return ctx.failure(client.error());
    TimeEntry e;
    e.clientId = client->id;
    auto start = ctx.dateTime(p.value(QStringLiteral("start")), QStringLiteral("start"));
    if (!start)
        return ctx.failure(start.error());
    e.start = *start;
    auto end = endFrom(ctx, p, e.start);
    if (!end)
        return ctx.failure(end.error());
    e.end = *end;
    e.task = p.value(QStringLiteral("task"));
    e.description = p.value(QStringLiteral("note"));
    e.billable = !p.isSet(QStringLiteral("non-billable"));
    if (p.isSet(QStringLiteral("rate"))) {
        auto rate = ctx.money(p.value(QStringLiteral("rate")), client->currency, QStringLiteral("rate"));
        if (!rate)
            return ctx.failure(rate.error());
        e.rateOverride = *rate;
    }
    auto saved = TimeEntryRepository(**db, ctx.clock).add(e, Context::unusualDates(p));
    if (!saved)
        return ctx.failure(saved.error());
    printEntry(ctx, saved->entry, saved->warnings);
    if (e.billable)
        warnAboutPacks(ctx, **db, client->id);
    return ExitOk;
}

int entries(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("entries"),
            QStringLiteral("[--client CLIENT] [--from DATE] [--to DATE] [--csv]"),
            tr("Lists time entries with their total. Dates are inclusive."),
            {option("client", tr("Only this client's entries."), "CLIENT"),
             option("from", tr("From this day, such as 2026-11-01."), "DATE"),
             option("to", tr("To this day, included."), "DATE"),
             option("csv", tr("The finished entries as CSV, for a spreadsheet: date, start, end, minutes, "
                              "hours, client, task, description, billable, invoice."))},
            args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“entries” takes options only."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    TimeEntryFilter filter;
    if (p.isSet(QStringLiteral("client"))) {
        auto client = clientOption(ctx, **db, p);
        if (!client)
            return ctx.failure(client.error());
        filter.clientId = client->id;
    }
    const QTimeZone zone = ctx.clock.timeZone();
    auto period = ctx.instants(p);
    if (!period)
        return ctx.failure(period.error());
    filter.from = period->from;
    filter.to = period->to;
    if (filter.from && filter.to && *filter.to <= *filter.from)
        return ctx.failure(
            Error(ErrorCode::InvalidInput, tr("--to is before --from."), QStringLiteral("to")));
    if (p.isSet(QStringLiteral("csv"))) {
        auto written = TimesheetCsv(**db, ctx.clock).write(filter, [&ctx](const QByteArray &bytes) {
            ctx.out << QString::fromUtf8(bytes);
            return ctx.out.status() == QTextStream::Ok;
        });
        if (!written)
            return ctx.failure(written.error());
        return ExitOk;
    }
    TimeEntryRepository repository(**db, ctx.clock);
    auto list = repository.list(filter);
    if (!list)
        return ctx.failure(list.error());
    auto totals = repository.totals(filter);
    if (!totals)
        return ctx.failure(totals.error());
    const qint64 now = ctx.clock.nowSecs();
    if (ctx.json) {
        QJsonArray array;
        for (const TimeEntry &e : *list)
            array.append(json::entry(e, zone, now));
        ctx.printJson(QJsonObject{
            {QStringLiteral("entries"), array},
            {QStringLiteral("totals"),
             QJsonObject{{QStringLiteral("count"), totals->count},
                         {QStringLiteral("seconds"), totals->seconds},
                         {QStringLiteral("billableSeconds"), totals->billableSeconds}}},
        });
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out << tr("No entries.") << '\n';
        return ExitOk;
    }
    TextTable table({tr("Id"), tr("Date"), tr("Start"), tr("End"), tr("Duration"), tr("Client"), tr("Task"),
                     tr("Billable"), tr("Description")},
                    {Align::Right, Align::Left, Align::Left, Align::Left, Align::Right});
    for (const TimeEntry &e : *list) {
        QString billable = e.billable ? tr("yes") : tr("no");
        if (e.isBilled())
            billable = tr("billed");
        table.addRow({QString::number(e.id), ctx.localDate(e.start), ctx.localTime(e.start),
                      e.end ? ctx.localTime(*e.end) : tr("running"),
                      timeutil::formatDuration(e.durationSeconds(now)), e.clientName, e.task, billable,
                      QString(e.description).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    }
    table.print(ctx.out);
    ctx.out << '\n'
            << tr("%1 entries, %2 worked, %3 billable.")
                   .arg(totals->count)
                   .arg(timeutil::formatDuration(totals->seconds),
                        timeutil::formatDuration(totals->billableSeconds))
            << '\n';
    return ExitOk;
}

int entryEdit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("entry edit"), QStringLiteral("ID [OPTIONS]"),
                   tr("Changes a time entry; fields not given stay as they are."),
                   {option("client", tr("Move it to another client."), "CLIENT"),
                    option("start", tr("New start."), "TIME"), option("end", tr("New end."), "TIME"),
                    option("minutes", tr("New length, from the start."), "M"),
                    option("task", tr("Task."), "TASK"), option("note", tr("Description."), "NOTE"),
                    option("billable", tr("To be billed.")), option("non-billable", tr("Not to be billed.")),
                    option("rate", tr("Hourly rate for this entry, or \"none\" for the client's."), "RATE"),
                    Context::forceOption()},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“entry edit” needs the entry's id."));
    if (p.isSet(QStringLiteral("end")) && p.isSet(QStringLiteral("minutes")))
        return ctx.usageError(tr("Give --end or --minutes, not both."));
    if (p.isSet(QStringLiteral("billable")) && p.isSet(QStringLiteral("non-billable")))
        return ctx.usageError(tr("Give --billable or --non-billable, not both."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("entry"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    TimeEntryRepository repository(**db, ctx.clock);
    auto entry = repository.get(*id);
    if (!entry)
        return ctx.failure(entry.error());
    TimeEntry e = *entry;
    ClientRepository clients(**db, ctx.clock);
    auto client = p.isSet(QStringLiteral("client")) ? clientOption(ctx, **db, p) : clients.get(e.clientId);
    if (!client)
        return ctx.failure(client.error());
    e.clientId = client->id;
    if (p.isSet(QStringLiteral("start"))) {
        auto start = ctx.dateTime(p.value(QStringLiteral("start")), QStringLiteral("start"));
        if (!start)
            return ctx.failure(start.error());
        // Moving the start keeps the length unless a new end is given.
        if (e.end && !p.isSet(QStringLiteral("end")) && !p.isSet(QStringLiteral("minutes")))
            e.end = *e.end + (*start - e.start);
        e.start = *start;
    }
    if (p.isSet(QStringLiteral("end")) || p.isSet(QStringLiteral("minutes"))) {
        auto end = endFrom(ctx, p, e.start);
        if (!end)
            return ctx.failure(end.error());
        e.end = *end;
    }
    if (p.isSet(QStringLiteral("task")))
        e.task = p.value(QStringLiteral("task"));
    if (p.isSet(QStringLiteral("note")))
        e.description = p.value(QStringLiteral("note"));
    if (p.isSet(QStringLiteral("billable")))
        e.billable = true;
    if (p.isSet(QStringLiteral("non-billable")))
        e.billable = false;
    if (p.isSet(QStringLiteral("rate"))) {
        if (p.value(QStringLiteral("rate")) == QLatin1String("none")) {
            e.rateOverride.reset();
        } else {
            auto rate = ctx.money(p.value(QStringLiteral("rate")), client->currency, QStringLiteral("rate"));
            if (!rate)
                return ctx.failure(rate.error());
            e.rateOverride = *rate;
        }
    }
    auto saved = repository.update(e, Context::unusualDates(p));
    if (!saved)
        return ctx.failure(saved.error());
    printEntry(ctx, saved->entry, saved->warnings);
    return ExitOk;
}

int entrySplit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("entry split"), QStringLiteral("ID --at TIME"),
                   tr("Splits a time entry in two at a time inside it: the entry ends there and a new "
                      "one, alike in everything else, starts there."),
                   {option("at", tr("Where the second part starts, such as 2026-11-02T10:30."), "TIME"),
                    Context::forceOption()},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“entry split” needs the entry's id."));
    if (!p.isSet(QStringLiteral("at")))
        return ctx.usageError(tr("“entry split” needs --at."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("entry"));
    if (!id)
        return ctx.failure(id.error());
    auto at = ctx.dateTime(p.value(QStringLiteral("at")), QStringLiteral("at"));
    if (!at)
        return ctx.failure(at.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto split = TimeEntryRepository(**db, ctx.clock).split(*id, *at, Context::unusualDates(p));
    if (!split)
        return ctx.failure(split.error());
    if (ctx.json) {
        const qint64 now = ctx.clock.nowSecs();
        ctx.printJson(QJsonObject{
            {QStringLiteral("entries"), QJsonArray{json::entry(split->first, ctx.clock.timeZone(), now),
                                                   json::entry(split->second, ctx.clock.timeZone(), now)}}});
        return ExitOk;
    }
    printEntry(ctx, split->first);
    printEntry(ctx, split->second);
    return ExitOk;
}

int entryShowOrDelete(Context &ctx, const QStringList &args, bool remove)
{
    const QString command = remove ? QStringLiteral("entry delete") : QStringLiteral("entry show");
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, command, QStringLiteral("ID"),
                   remove ? tr("Deletes a time entry.") : tr("Shows a time entry."), {}, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“%1” needs the entry's id.").arg(command));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("entry"));
    if (!id)
        return ctx.failure(id.error());
    auto db = remove ? ctx.openForWriting() : ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    TimeEntryRepository repository(**db, ctx.clock);
    auto entry = remove ? repository.remove(*id) : repository.get(*id);
    if (!entry)
        return ctx.failure(entry.error());
    if (remove && !ctx.json) {
        ctx.out << tr("Deleted entry %1 (%2, %3).")
                       .arg(entry->id)
                       .arg(entry->clientName,
                            timeutil::formatDuration(entry->durationSeconds(ctx.clock.nowSecs())))
                << '\n';
        return ExitOk;
    }
    printEntry(ctx, *entry);
    return ExitOk;
}

int entryShow(Context &ctx, const QStringList &args)
{
    return entryShowOrDelete(ctx, args, false);
}

int entryDelete(Context &ctx, const QStringList &args)
{
    return entryShowOrDelete(ctx, args, true);
}

const Command kTimerCommands[] = {
    {"start", QT_TRANSLATE_NOOP("minuta::cli", "Start (or switch) the timer."), timerStart},
    {"stop", QT_TRANSLATE_NOOP("minuta::cli", "Stop the running timer."), timerStop},
    {"discard", QT_TRANSLATE_NOOP("minuta::cli", "Throw the running timer away."), timerDiscard},
    {"status", QT_TRANSLATE_NOOP("minuta::cli", "Show the running timer."), timerStatus},
};

const Command kEntryCommands[] = {
    {"show", QT_TRANSLATE_NOOP("minuta::cli", "Show a time entry."), entryShow},
    {"edit", QT_TRANSLATE_NOOP("minuta::cli", "Change a time entry."), entryEdit},
    {"delete", QT_TRANSLATE_NOOP("minuta::cli", "Delete a time entry."), entryDelete},
    {"split", QT_TRANSLATE_NOOP("minuta::cli", "Split a time entry in two."), entrySplit},
};

} // namespace

int runTimer(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("timer"), kTimerCommands, arguments);
}

int runLog(Context &ctx, const QStringList &arguments)
{
    return log(ctx, arguments);
}

int runEntries(Context &ctx, const QStringList &arguments)
{
    return entries(ctx, arguments);
}

int runEntry(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("entry"), kEntryCommands, arguments);
}

} // namespace minuta::cli
