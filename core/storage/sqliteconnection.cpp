#include "storage/sqliteconnection.h"

#include <QSqlDriver>

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlError>
#include <QUrl>

#if MINUTA_SQLITE_API
#include <dlfcn.h>
#include <sqlite3.h>
#endif

namespace minuta::storage {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("minuta-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

#if MINUTA_SQLITE_API
// Whether Qt's SQLite driver calls the very SQLite library Minuta is linked with, so that a
// connection it opened may be handed to that library: the driver's code (found through its
// meta-object) resolves SQLite's functions to the same addresses as Minuta's. A driver with a copy
// of SQLite of its own (Qt's builds, a driver built into a static Qt) does not.
bool driverUsesOurSqlite(const QSqlDriver *driver)
{
    static const bool same = [driver] {
        Dl_info info{};
        if (!dladdr(driver->metaObject(), &info) || !info.dli_fname)
            return false;
        void *library = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        if (!library)
            return false;
        void *theirs = dlsym(library, "sqlite3_backup_init");
        dlclose(library);
        return theirs == reinterpret_cast<void *>(&sqlite3_backup_init);
    }();
    return same;
}
#endif

} // namespace

Result<QString> openConnection(const QString &path, bool readOnly, bool immutable)
{
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(immutable ? immutableUri(path) : path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return sql::toError(error, Database::tr("Could not open “%1”").arg(QDir::toNativeSeparators(path)));
    }
    return name;
}

void *nativeHandle(const QSqlDatabase &db)
{
#if MINUTA_SQLITE_API
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !driverUsesOurSqlite(db.driver()))
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
#else
    Q_UNUSED(db)
    return nullptr;
#endif
}

} // namespace minuta::storage
