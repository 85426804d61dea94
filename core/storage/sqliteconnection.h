#pragma once

// What core's storage files share about SQLite connections: opening one by name, closing it on
// every way out of a scope, and the permissions Minuta gives the files it makes.
// Internal to core: ui/, cli/ and app/ never include it (tests/layering.cmake checks).

#include "values/error.h"

#include <QFile>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace minuta::storage {

constexpr int kBusyTimeoutMs = 5000;
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Opens a connection to `path` and returns its name. `immutable` reads the file as it is on disk,
// without SQLite's shared-memory file: for a folder that cannot be written.
Result<QString> openConnection(const QString &path, bool readOnly, bool immutable = false);

// The native SQLite connection (a sqlite3 *) under an open QSqlDatabase, for the SQLite library
// Minuta is linked with; null for another driver, or where Minuta calls no SQLite of its own or Qt's
// driver carries its own copy (see core/CMakeLists.txt).
void *nativeHandle(const QSqlDatabase &db);

// Owns a QSqlDatabase connection by name and removes it when it goes out of scope, so every early
// return leaves no connection behind.
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name) : m_name(std::move(name)) {}
    ~ConnectionGuard()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

} // namespace minuta::storage
