// minuta-cli demo

#include "commands.h"
#include "context.h"

#include "io/demodata.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace minuta::cli {

int runDemo(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("demo"),
            QStringLiteral("[--months N] [--clients N] [--entries N] [--language it|en]"),
            tr("Fills an empty file with realistic sample data: clients, months of work and usage, "
               "invoices."),
            {{QStringLiteral("months"), tr("Months of history (default 4)."), QStringLiteral("N")},
             {QStringLiteral("clients"), tr("How many clients (default 8)."), QStringLiteral("N")},
             {QStringLiteral("entries"), tr("Exactly this many time entries, for benchmarks (no invoices)."),
              QStringLiteral("N")},
             {QStringLiteral("language"), tr("it: an Italian assistant in Bologna; en: a British one."),
              QStringLiteral("LANG")},
             {QStringLiteral("seed"), tr("Seed of the random choices (default 2026)."), QStringLiteral("N")}},
            args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“demo” takes options only."));
    DemoData::Options options;
    if (p.isSet(QStringLiteral("months"))) {
        auto v = ctx.integer(p.value(QStringLiteral("months")), QStringLiteral("months"), 1, 240);
        if (!v)
            return ctx.failure(v.error());
        options.months = *v;
    }
    if (p.isSet(QStringLiteral("clients"))) {
        auto v = ctx.integer(p.value(QStringLiteral("clients")), QStringLiteral("clients"), 1, 500);
        if (!v)
            return ctx.failure(v.error());
        options.clients = *v;
    }
    if (p.isSet(QStringLiteral("entries"))) {
        bool ok = false;
        options.entries = p.value(QStringLiteral("entries")).toLongLong(&ok);
        if (!ok || options.entries < 1 || options.entries > 20'000'000)
            return ctx.failure(Error(ErrorCode::InvalidInput, tr("--entries: from 1 to 20,000,000."),
                                     QStringLiteral("entries")));
    }
    if (p.isSet(QStringLiteral("language"))) {
        options.language = p.value(QStringLiteral("language"));
        if (options.language != QLatin1String("it") && options.language != QLatin1String("en"))
            return ctx.failure(
                Error(ErrorCode::InvalidInput, tr("--language: it or en."), QStringLiteral("language")));
    }
    if (p.isSet(QStringLiteral("seed")))
        options.seed = p.value(QStringLiteral("seed")).toUInt();
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto summary = DemoData::generate(**db, ctx.clock, options);
    if (!summary)
        return ctx.failure(summary.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("clients"), summary->clients},
                                  {QStringLiteral("entries"), summary->entries},
                                  {QStringLiteral("usage"), summary->usage},
                                  {QStringLiteral("invoices"), summary->invoices}});
    else
        ctx.out << tr("Added %1 clients, %2 time entries, %3 usage records and %4 invoices.")
                       .arg(summary->clients)
                       .arg(summary->entries)
                       .arg(summary->usage)
                       .arg(summary->invoices)
                << '\n';
    return ExitOk;
}

} // namespace minuta::cli
