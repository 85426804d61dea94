// minuta-cli info

#include "commands.h"
#include "context.h"
#include "output.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

namespace minuta::cli {

int runInfo(Context &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!ctx.parse(parser, QStringLiteral("info"), QStringLiteral("[--check]"),
                   tr("Shows the file, its format version and the rows in each table."),
                   {option("check", tr("Also read every page of the file, and compute again the local month "
                                       "and day it keeps of each entry and unit logged, and each client's "
                                       "figures per day and month (this writes)."))},
                   arguments, code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("“info” takes no arguments."));

    const bool check = parser.isSet(QStringLiteral("check"));
    auto db = check ? ctx.openForWriting() : ctx.openForReading(false);
    if (!db)
        return ctx.failure(db.error());
    qint64 wrongKeys = 0;
    if (check) {
        if (auto whole = (*db)->checkIntegrity(); !whole)
            return ctx.failure(whole.error());
        auto rebuilt = (*db)->rebuildLocalKeys(ctx.clock.timeZone());
        if (!rebuilt)
            return ctx.failure(rebuilt.error());
        wrongKeys = *rebuilt;
    }
    auto counts = (*db)->tableCounts();
    if (!counts)
        return ctx.failure(counts.error());

    const int latest = Database::latestSchemaVersion();
    const int version = (*db)->schemaVersion();
    const bool shared = Database::isReadableByOthers((*db)->path());
    if (ctx.json) {
        QJsonObject tables;
        for (const auto &count : *counts)
            tables.insert(count.table, count.rows);
        QJsonObject info{
            {QStringLiteral("path"), (*db)->path()},         {QStringLiteral("schemaVersion"), version},
            {QStringLiteral("latestSchemaVersion"), latest}, {QStringLiteral("sizeBytes"), (*db)->fileSize()},
            {QStringLiteral("readableByOthers"), shared},    {QStringLiteral("tables"), tables},
        };
        if (check)
            info.insert(QStringLiteral("check"),
                        QJsonObject{{QStringLiteral("whole"), true},
                                    {QStringLiteral("localKeysRepaired"), wrongKeys}});
        ctx.printJson(info);
        return ExitOk;
    }

    ctx.out << tr("File:         %1").arg(QDir::toNativeSeparators((*db)->path())) << '\n';
    ctx.out << (version == latest
                    ? tr("File format:  %1 (current)").arg(version)
                    : tr("File format:  %1 (this version of Minuta writes %2)").arg(version).arg(latest))
            << '\n';
    ctx.out << tr("Size:         %1").arg(ctx.locale.formattedDataSize((*db)->fileSize())) << '\n';
    ctx.out
        << (shared ? tr("Access:       other people who use this computer can read it. Minuta offers to make "
                        "it private when it opens it; or run: chmod 600 %1")
                         .arg(QDir::toNativeSeparators((*db)->path()))
                   : tr("Access:       only you"))
        << '\n';
    if (check)
        ctx.out << tr("Check:        every page is whole; local months and days, and the figures per day "
                      "and month, computed again (%1 were wrong)")
                       .arg(wrongKeys)
                << '\n';
    ctx.out << '\n';
    TextTable table({tr("Table"), tr("Rows")}, {Align::Left, Align::Right});
    for (const auto &count : *counts)
        table.addRow({count.table, ctx.locale.toString(count.rows)});
    table.print(ctx.out);
    return ExitOk;
}

} // namespace minuta::cli
