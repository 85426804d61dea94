#pragma once

// Small helpers for running prepared statements and turning SQLite failures into Errors.

#include "error.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace minuta::sql {

// An Error that says what failed, in words, and keeps SQLite's own text at the end.
Error toError(const QSqlError &error, const QString &what);

// Prepares `statement`, binds `values` in order and runs it.
Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values = {});
// Runs a statement without parameters.
Result<void> execRaw(const QSqlDatabase &db, const QString &statement);
// The first column of the first row of a statement, or an Error when it returns no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values = {});

// Quotes an identifier for SQL ("name" → "\"name\"").
QString quoteIdentifier(const QString &identifier);

} // namespace minuta::sql
