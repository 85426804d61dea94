#include "storage/transaction.h"

#include "storage/sqlutil.h"

#include <QHash>

namespace minuta {

namespace {

// How deep each connection is in transactions: an inner one becomes a savepoint of the outer one,
// so a command can make several writes all-or-nothing.
QHash<QString, int> &depths()
{
    static QHash<QString, int> depth;
    return depth;
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    int &depth = depths()[m_db.connectionName()];
    --depth;
    if (depth > 0) {
        (void)sql::execRaw(m_db, QStringLiteral("ROLLBACK TO minuta_%1").arg(depth));
        (void)sql::execRaw(m_db, QStringLiteral("RELEASE minuta_%1").arg(depth));
    } else {
        (void)sql::execRaw(m_db, QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::begin()
{
    int &depth = depths()[m_db.connectionName()];
    auto begun = depth == 0 ? sql::execRaw(m_db, QStringLiteral("BEGIN IMMEDIATE"))
                            : sql::execRaw(m_db, QStringLiteral("SAVEPOINT minuta_%1").arg(depth));
    m_active = begun.ok();
    if (m_active)
        ++depth;
    return begun;
}

Result<void> Transaction::commit()
{
    int &depth = depths()[m_db.connectionName()];
    auto committed = depth > 1 ? sql::execRaw(m_db, QStringLiteral("RELEASE minuta_%1").arg(depth - 1))
                               : sql::execRaw(m_db, QStringLiteral("COMMIT"));
    if (committed) {
        m_active = false;
        --depth;
    }
    return committed;
}

} // namespace minuta
