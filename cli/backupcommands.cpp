// minuta-cli backup: copies of the file, made, listed and restored.

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "storage/backups.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

int backupCreate(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("backup create"), QStringLiteral("[-o FILE]"),
                   tr("Copies the file into its backups folder, or to a new file given with -o. Works while "
                      "the app has the file open."),
                   {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("A new file to write the copy to."), QStringLiteral("FILE"))},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“backup create” takes options only."));
    auto db = ctx.openForReading(false);
    if (!db)
        return ctx.failure(db.error());
    QString written;
    bool salvaged = false;
    if (p.isSet(QStringLiteral("output"))) {
        written = QFileInfo(p.value(QStringLiteral("output"))).absoluteFilePath();
        if (auto done = Backups::copyTo(**db, written, &salvaged); !done)
            return ctx.failure(done.error());
    } else {
        auto done = Backups::make(**db, ctx.clock, &salvaged);
        if (!done)
            return ctx.failure(done.error());
        written = *done;
    }
    if (salvaged)
        ctx.warn(tr("the file is damaged: the copy holds what could still be read of it. Restore an "
                    "earlier copy with “minuta-cli backup restore” if one is whole."));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), written},
                                  {QStringLiteral("sizeBytes"), QFileInfo(written).size()}});
    else
        ctx.out << tr("Copied to %1.").arg(QDir::toNativeSeparators(written)) << '\n';
    return ExitOk;
}

int backupList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("backup list"), {},
                   tr("Lists the copies in the file's backups folder, newest first."), {}, args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“backup list” takes no arguments."));
    const QString path = ctx.filePath();
    const QTimeZone zone = ctx.clock.timeZone();
    const auto backups = Backups::list(path, zone);
    if (ctx.json) {
        QJsonArray array;
        for (const Backup &b : backups)
            array.append(
                QJsonObject{{QStringLiteral("file"), b.path},
                            {QStringLiteral("takenAt"), json::instant(b.takenAt.toSecsSinceEpoch(), zone)},
                            {QStringLiteral("reason"), b.reasonKey()},
                            {QStringLiteral("sizeBytes"), b.size}});
        ctx.printJson(array);
        return ExitOk;
    }
    if (backups.isEmpty()) {
        ctx.out << tr("No copies of %1 yet. Make one with: minuta-cli backup create")
                       .arg(QDir::toNativeSeparators(path))
                << '\n';
        return ExitOk;
    }
    TextTable table({tr("Taken"), tr("Why"), tr("Size"), tr("File")},
                    {Align::Left, Align::Left, Align::Right, Align::Left});
    for (const Backup &b : backups)
        table.addRow({ctx.locale.toString(b.takenAt.toTimeZone(zone), QLocale::ShortFormat), b.reasonText(),
                      ctx.locale.formattedDataSize(b.size), QFileInfo(b.path).fileName()});
    table.print(ctx.out);
    ctx.out << '\n' << tr("Folder: %1").arg(QDir::toNativeSeparators(Backups::directoryOf(path))) << '\n';
    return ExitOk;
}

int backupRestore(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("backup restore"), QStringLiteral("BACKUP"),
                   tr("Replaces the file with a copy: a file name from “backup list”, or the path of a copy. "
                      "What the file holds now is kept as a copy first. The app must be closed."),
                   {}, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“backup restore” needs the copy to restore."));
    const QString path = ctx.filePath();
    QString source = p.positionalArguments().first();
    // A bare name from the list means the copy in the backups folder.
    if (!QFileInfo::exists(source) && !source.contains(QLatin1Char('/'))
        && !source.contains(QLatin1Char('\\')))
        source = QDir(Backups::directoryOf(path)).filePath(source);
    auto kept = Backups::restore(path, source, ctx.clock);
    if (!kept)
        return ctx.failure(kept.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("restoredFrom"), QFileInfo(source).absoluteFilePath()},
                                  {QStringLiteral("previousContentsKeptIn"), *kept}});
    else
        ctx.out << tr("Restored %1 from %2. What it held before is kept in %3.")
                       .arg(QDir::toNativeSeparators(path),
                            QDir::toNativeSeparators(QFileInfo(source).absoluteFilePath()),
                            QDir::toNativeSeparators(*kept))
                << '\n';
    return ExitOk;
}

const Command kCommands[] = {
    {"create", QT_TRANSLATE_NOOP("minuta::cli", "Copy the file into its backups folder or to a file."),
     backupCreate},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List the copies, newest first."), backupList},
    {"restore", QT_TRANSLATE_NOOP("minuta::cli", "Replace the file with a copy."), backupRestore},
};

} // namespace

int runBackup(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("backup"), kCommands, arguments);
}

} // namespace minuta::cli
