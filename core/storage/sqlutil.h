#pragma once

// Small helpers for running prepared statements and turning SQLite failures into Errors.
// Internal to core: ui/, cli/ and app/ never include it (tests/layering.cmake checks).

#include "values/error.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace minuta::sql {

// An Error that says what failed, in words, and keeps SQLite's own text at the end.
Error toError(const QSqlError &error, const QString &what);

// Prepares `statement`, binds `values` in order and runs it.
Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values = {});
Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values);
// Binds the next positional value. An empty text is bound as '' (Qt would bind a null QString as
// NULL, which NOT NULL text columns refuse); bind QVariant() for NULL.
void bind(QSqlQuery &query, const QVariant &value);
// Runs a statement without parameters.
Result<void> execRaw(const QSqlDatabase &db, const QString &statement);
// The first column of the first row of a statement, or an Error when it returns no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values = {});

// Reads an optional integer column (NULL → nothing).
std::optional<qint64> optionalInt(const QVariant &value);
// Binds an optional integer (nothing → NULL).
QVariant nullable(const std::optional<qint64> &value);
// The id SQLite gave the row the last INSERT added.
qint64 lastInsertId(const QSqlQuery &query);

// Quotes an identifier for SQL ("name" → "\"name\"").
QString quoteIdentifier(const QString &identifier);

} // namespace minuta::sql
