// minuta-cli pack statement: a prepaid pack's statement for the client, as CSV or PDF. Built into both
// halves of the command line, like invoicecommands.cpp: the PDF is written by the drawing half, to
// which minuta-cli hands the command (main.cpp, Cli::draws).

#include "commands.h"
#include "context.h"

#include "invoicing/packrepository.h"
#include "io/packstatement.h"
#ifdef MINUTA_CLI_DRAWS
#include "io/packstatementpdf.h"
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>
#include <QSaveFile>

namespace minuta::cli {

int packStatement(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("pack statement"), QStringLiteral("ID -o FILE.pdf|FILE.csv"),
            tr("Writes a pack's statement for the client, in their language: every entry and unit that "
               "drew it down, and what is left."),
            {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                tr("The file to write: .pdf or .csv."), QStringLiteral("FILE"))},
            args, code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return ctx.usageError(tr("“pack statement” needs the pack's id and -o FILE."));
    auto id = ctx.id(p.positionalArguments().first(), QStringLiteral("pack"));
    if (!id)
        return ctx.failure(id.error());
    const QString path = p.value(QStringLiteral("output"));
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ctx.failure(Error(ErrorCode::InvalidInput, tr("The statement is written as .pdf or .csv."),
                                 QStringLiteral("output")));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto statement = PackRepository(**db, ctx.clock).statement(*id);
    if (!statement)
        return ctx.failure(statement.error());
    if (pdf) {
#ifdef MINUTA_CLI_DRAWS
        if (auto written = packstatement::writePdf(*statement, path); !written)
            return ctx.failure(written.error());
#else
        return ctx.failure(Error(ErrorCode::Io, tr("Only minuta-cli-draw writes PDFs.")));
#endif
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(packstatement::csv(*statement)) < 0
            || !file.commit())
            return ctx.failure(
                Error(ErrorCode::Io,
                      tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                      QStringLiteral("output")));
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("pack"), *id},
                                  {QStringLiteral("path"), path},
                                  {QStringLiteral("lines"), statement->lines.size()}});
    else
        ctx.out << tr("Wrote the statement of pack %1 (%2 lines) to %3.")
                       .arg(QString::number(*id), QString::number(statement->lines.size()),
                            QDir::toNativeSeparators(path))
                << '\n';
    return ExitOk;
}

} // namespace minuta::cli
