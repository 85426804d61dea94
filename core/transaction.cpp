#include "transaction.h"

#include "sqlutil.h"

namespace minuta {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (m_active)
        (void)sql::execRaw(m_db, QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::begin()
{
    auto begun = sql::execRaw(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.ok();
    return begun;
}

Result<void> Transaction::commit()
{
    auto committed = sql::execRaw(m_db, QStringLiteral("COMMIT"));
    if (committed)
        m_active = false;
    return committed;
}

} // namespace minuta
