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
    if (!ctx.parse(parser, QStringLiteral("info"), {},
                   tr("Shows the file, its format version and the rows in each table."), {}, arguments, code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("“info” takes no arguments."));

    auto db = ctx.openForReading(false);
    if (!db)
        return ctx.failure(db.error());
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
        ctx.printJson(QJsonObject{
            {QStringLiteral("path"), (*db)->path()},
            {QStringLiteral("schemaVersion"), version},
            {QStringLiteral("latestSchemaVersion"), latest},
            {QStringLiteral("sizeBytes"), (*db)->fileSize()},
            {QStringLiteral("readableByOthers"), shared},
            {QStringLiteral("tables"), tables},
        });
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
        << "\n\n";
    TextTable table({tr("Table"), tr("Rows")}, {Align::Left, Align::Right});
    for (const auto &count : *counts)
        table.addRow({count.table, ctx.locale.toString(count.rows)});
    table.print(ctx.out);
    return ExitOk;
}

} // namespace minuta::cli
