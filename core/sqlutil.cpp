#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace minuta::sql {

Error toError(const QSqlError &error, const QString &what)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error(ErrorCode::Database, QCoreApplication::translate("minuta::sql", "%1: %2").arg(what, detail));
}

Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values)
{
    if (!query.prepare(statement))
        return toError(query.lastError(),
                       QCoreApplication::translate("minuta::sql", "The database reported an error"));
    for (const QVariant &value : values)
        query.addBindValue(value);
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

QString quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace minuta::sql
