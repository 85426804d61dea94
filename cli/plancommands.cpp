// minuta-cli plan add | list | done | delete

#include "commands.h"
#include "context.h"
#include "output.h"

#include "calendar/planrepository.h"
#include "clients/clientrepository.h"
#include "values/timeutil.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

QJsonValue dateJson(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject planJson(const Plan &p, const QTimeZone &zone)
{
    QJsonArray done;
    for (const QDate &d : p.doneDays)
        done.append(d.toString(Qt::ISODate));
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("client"), p.clientId},
            {QStringLiteral("clientName"), p.clientName},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("start"), timeutil::toIsoLocal(p.start, zone)},
            {QStringLiteral("minutes"), p.minutes},
            {QStringLiteral("due"), dateJson(p.due)},
            {QStringLiteral("repeat"), repeatName(p.repeat)},
            {QStringLiteral("until"), dateJson(p.until)},
            {QStringLiteral("done"), done}};
}

QJsonObject occurrenceJson(const PlanOccurrence &o, const QTimeZone &zone)
{
    return {{QStringLiteral("plan"), o.planId},
            {QStringLiteral("client"), o.clientId},
            {QStringLiteral("clientName"), o.clientName},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("day"), o.day.toString(Qt::ISODate)},
            {QStringLiteral("start"), timeutil::toIsoLocal(o.start, zone)},
            {QStringLiteral("minutes"), o.minutes},
            {QStringLiteral("due"), dateJson(o.due)},
            {QStringLiteral("repeat"), repeatName(o.repeat)},
            {QStringLiteral("done"), o.done}};
}

void printPlan(Context &ctx, const Plan &p)
{
    if (ctx.json) {
        ctx.printJson(planJson(p, ctx.clock.timeZone()));
        return;
    }
    QString when = tr("%1 at %2, %3 min").arg(ctx.localDate(p.start), ctx.localTime(p.start)).arg(p.minutes);
    if (p.repeat == Repeat::Weekly)
        when +=
            p.until ? tr(", every week until %1").arg(p.until->toString(Qt::ISODate)) : tr(", every week");
    else if (p.repeat == Repeat::Monthly)
        when +=
            p.until ? tr(", every month until %1").arg(p.until->toString(Qt::ISODate)) : tr(", every month");
    if (p.due)
        when += tr(", due %1").arg(p.due->toString(Qt::ISODate));
    ctx.out << tr("Plan %1: %2 for %3, %4").arg(p.id).arg(p.title, p.clientName, when) << '\n';
}

int planAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("plan add"),
                   QStringLiteral("--client C --title T --start TIME --minutes M [--due DATE] "
                                  "[--repeat weekly|monthly] [--until DATE] [--notes N]"),
                   tr("Plans an appointment or a task for a client."),
                   {option("client", tr("The client, by name or id."), "CLIENT"),
                    option("title", tr("What is planned."), "TITLE"),
                    option("start", tr("When it starts, such as 2026-11-02T09:00."), "TIME"),
                    option("minutes", tr("How long it should take, in minutes."), "MIN"),
                    option("due", tr("Its deadline, such as 2026-11-06."), "DATE"),
                    option("repeat", tr("weekly or monthly."), "EVERY"),
                    option("until", tr("The last day a repetition may fall on."), "DATE"),
                    option("notes", tr("Notes."), "TEXT")},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“plan add” takes options only."));
    for (const char *required : {"client", "title", "start", "minutes"})
        if (!p.isSet(QString::fromLatin1(required)))
            return ctx.usageError(tr("“plan add” needs --client, --title, --start and --minutes."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
    if (!client)
        return ctx.failure(client.error());
    Plan plan;
    plan.clientId = client->id;
    plan.title = p.value(QStringLiteral("title"));
    plan.notes = p.value(QStringLiteral("notes"));
    auto start = ctx.dateTime(p.value(QStringLiteral("start")), QStringLiteral("start"));
    if (!start)
        return ctx.failure(start.error());
    plan.start = *start;
    auto minutes = ctx.integer(p.value(QStringLiteral("minutes")), QStringLiteral("minutes"), 1, 24 * 60);
    if (!minutes)
        return ctx.failure(minutes.error());
    plan.minutes = *minutes;
    if (p.isSet(QStringLiteral("due"))) {
        auto due = ctx.date(p.value(QStringLiteral("due")), QStringLiteral("due"));
        if (!due)
            return ctx.failure(due.error());
        plan.due = *due;
    }
    if (p.isSet(QStringLiteral("repeat"))) {
        const auto repeat = repeatFromName(p.value(QStringLiteral("repeat")));
        if (!repeat || *repeat == Repeat::None)
            return ctx.failure(Error(
                ErrorCode::InvalidInput,
                tr("--repeat: write weekly or monthly, not “%1”.").arg(p.value(QStringLiteral("repeat"))),
                QStringLiteral("repeat")));
        plan.repeat = *repeat;
    }
    if (p.isSet(QStringLiteral("until"))) {
        if (plan.repeat == Repeat::None)
            return ctx.usageError(tr("--until goes with --repeat."));
        auto until = ctx.date(p.value(QStringLiteral("until")), QStringLiteral("until"));
        if (!until)
            return ctx.failure(until.error());
        plan.until = *until;
    }
    auto added = PlanRepository(**db, ctx.clock).add(plan);
    if (!added)
        return ctx.failure(added.error());
    printPlan(ctx, *added);
    return ExitOk;
}

int planList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("plan list"), QStringLiteral("[--from DATE] [--to DATE] [--all]"),
                   tr("Lists planned work day by day (from today, four weeks ahead, unless told), or every "
                      "plan with --all."),
                   {option("from", tr("From this day."), "DATE"),
                    option("to", tr("To this day, included."), "DATE"),
                    option("all", tr("List the plans themselves, not their days."))},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“plan list” takes options only."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    PlanRepository plans(**db, ctx.clock);
    const QTimeZone zone = ctx.clock.timeZone();
    if (p.isSet(QStringLiteral("all"))) {
        auto all = plans.list();
        if (!all)
            return ctx.failure(all.error());
        if (ctx.json) {
            QJsonArray array;
            for (const Plan &plan : *all)
                array.append(planJson(plan, zone));
            ctx.printJson(array);
        } else if (all->isEmpty()) {
            ctx.out << tr(
                "Nothing planned. Plan work with: minuta-cli plan add --client C --title T --start TIME "
                "--minutes M")
                    << '\n';
        } else {
            for (const Plan &plan : *all)
                printPlan(ctx, plan);
        }
        return ExitOk;
    }
    const QDate today = timeutil::localDate(ctx.clock.nowSecs(), zone);
    auto dates = ctx.dates(p);
    if (!dates)
        return ctx.failure(dates.error());
    // Four weeks from --from, or from today.
    const QDate from = dates->from.value_or(today);
    const QDate to = dates->to.value_or(from.addDays(27));
    if (to < from)
        return ctx.failure(
            Error(ErrorCode::InvalidInput, tr("--to comes before --from."), QStringLiteral("to")));
    auto occurrences = plans.occurrences(from, to);
    if (!occurrences)
        return ctx.failure(occurrences.error());
    if (ctx.json) {
        QJsonArray array;
        for (const PlanOccurrence &o : *occurrences)
            array.append(occurrenceJson(o, zone));
        ctx.printJson(array);
        return ExitOk;
    }
    if (occurrences->isEmpty()) {
        ctx.out
            << tr("Nothing planned from %1 to %2.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            << '\n';
        return ExitOk;
    }
    TextTable table(
        {tr("Plan"), tr("Day"), tr("Start"), tr("Minutes"), tr("Client"), tr("Title"), tr("Due"), tr("Done")},
        {Align::Right, Align::Left, Align::Left, Align::Right});
    for (const PlanOccurrence &o : *occurrences)
        table.addRow({QString::number(o.planId), o.day.toString(Qt::ISODate), ctx.localTime(o.start),
                      QString::number(o.minutes), o.clientName, o.title,
                      o.due ? o.due->toString(Qt::ISODate) : QString(), o.done ? tr("yes") : QString()});
    table.print(ctx.out);
    return ExitOk;
}

int planDone(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("plan done"), QStringLiteral("ID [--on DATE] [--undo]"),
                   tr("Marks planned work done: the day given, or the latest occurrence so far (else the "
                      "next one)."),
                   {option("on", tr("The day of the occurrence."), "DATE"),
                    option("undo", tr("Mark it not done again."))},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“plan done” needs the plan's id."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("id"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    PlanRepository plans(**db, ctx.clock);
    QDate day;
    if (p.isSet(QStringLiteral("on"))) {
        auto d = ctx.date(p.value(QStringLiteral("on")), QStringLiteral("on"));
        if (!d)
            return ctx.failure(d.error());
        day = *d;
    } else {
        auto d = plans.defaultDoneDay(*id);
        if (!d)
            return ctx.failure(d.error());
        day = *d;
    }
    const bool done = !p.isSet(QStringLiteral("undo"));
    if (auto set = plans.setDone(*id, day, done); !set)
        return ctx.failure(set.error());
    auto plan = plans.get(*id);
    if (!plan)
        return ctx.failure(plan.error());
    if (ctx.json)
        ctx.printJson(planJson(*plan, ctx.clock.timeZone()));
    else
        ctx.out << (done ? tr("Done: %1 on %2.") : tr("Not done: %1 on %2."))
                       .arg(plan->title, day.toString(Qt::ISODate))
                << '\n';
    return ExitOk;
}

int planDelete(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("plan delete"), QStringLiteral("ID"),
                   tr("Deletes planned work with every repetition."), {}, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“plan delete” needs the plan's id."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("id"));
    if (!id)
        return ctx.failure(id.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto removed = PlanRepository(**db, ctx.clock).remove(*id);
    if (!removed)
        return ctx.failure(removed.error());
    if (ctx.json)
        ctx.printJson(planJson(*removed, ctx.clock.timeZone()));
    else
        ctx.out << tr("Deleted plan %1: %2.").arg(removed->id).arg(removed->title) << '\n';
    return ExitOk;
}

const Command kCommands[] = {
    {"add", QT_TRANSLATE_NOOP("minuta::cli", "Plan an appointment or a task."), planAdd},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List planned work."), planList},
    {"done", QT_TRANSLATE_NOOP("minuta::cli", "Mark planned work done."), planDone},
    {"delete", QT_TRANSLATE_NOOP("minuta::cli", "Delete planned work."), planDelete},
};

} // namespace

int runPlan(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("plan"), kCommands, arguments);
}

} // namespace minuta::cli
