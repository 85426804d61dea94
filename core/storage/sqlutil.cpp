#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace minuta::sql {

Error toError(const QSqlError &error, const QString &what)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite's own words for these say little to a person; what happened and what to do does.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric) {
        switch (code) {
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Error(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "minuta::sql",
                             "The file is damaged (SQLite reports: %1), so Minuta writes nothing more to it. "
                             "Restore a copy with File ▸ Backups and Restore…, or with “minuta-cli backup "
                             "restore”; “minuta-cli backup create” still copies what can be read.")
                             .arg(detail));
        case 13: // SQLITE_FULL
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("minuta::sql",
                                                     "The disk is full, so nothing was saved. Free some "
                                                     "space and try again."));
        case 8: // SQLITE_READONLY
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("minuta::sql",
                                                     "The file cannot be changed: it, or its folder, is "
                                                     "read-only, so nothing was saved."));
        default:
            break;
        }
    }
    return Error(ErrorCode::Database, QCoreApplication::translate("minuta::sql", "%1: %2").arg(what, detail));
}

void bind(QSqlQuery &query, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else
        query.addBindValue(value);
}

Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values)
{
    return exec(query, statement, QVariantList(values));
}

Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return toError(query.lastError(),
                       QCoreApplication::translate("minuta::sql", "The database reported an error"));
    for (const QVariant &value : values)
        bind(query, value);
    if (!query.exec())
        return toError(query.lastError(),
                       QCoreApplication::translate("minuta::sql", "The database reported an error"));
    return {};
}

Result<void> execRaw(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return toError(query.lastError(),
                       QCoreApplication::translate("minuta::sql", "The database reported an error"));
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    auto ran = exec(query, statement, values);
    if (!ran)
        return ran.error();
    if (!query.next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("minuta::sql", "The database returned no row."));
    return query.value(0);
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

qint64 lastInsertId(const QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

QString quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace minuta::sql
