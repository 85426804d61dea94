#pragma once

// Splits an SQL script (a migration file) into statements, because Qt's SQLite driver runs one
// statement per call. Understands quotes, comments and the BEGIN … END body of triggers.
// Internal to core: ui/, cli/ and app/ never include it (tests/layering.cmake checks).

#include <QString>
#include <QStringList>

namespace minuta {

QStringList splitSqlStatements(const QString &script);

} // namespace minuta
