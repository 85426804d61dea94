#pragma once

// How core reaches the SQLite connection of an open Database. Both turn into a QSqlDatabase, so they
// can only be used where <QSqlDatabase> is included: in core's .cpp files, which write the SQL. No
// public header of core includes QtSql, and ui/, cli/ and app/ include none of it (the layering
// test checks both), so the screens and the command line reach the file through core alone.

class QSqlDatabase;

namespace minuta {

class Database;

namespace storage {

// The connection of an open file.
QSqlDatabase connection(const Database &db);

// What a repository keeps: the file it was made for, turned into its connection where a query is
// made, so repository code reads `QSqlQuery q(m_db)`.
class Connection
{
public:
    explicit Connection(const Database &db) : m_db(&db) {}
    operator QSqlDatabase() const; // implicit: the point of the class

private:
    const Database *m_db;
};

} // namespace storage

} // namespace minuta
