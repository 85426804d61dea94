#include "storage/sqliteconnection.h"

#include <QSqlDriver>

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlError>
#include <QUrl>

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
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

} // namespace minuta::storage
