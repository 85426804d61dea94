#pragma once

// One user action that writes is one transaction: begun IMMEDIATE (so it never has to upgrade a
// read lock and deadlock), committed when the work succeeded, rolled back otherwise. A transaction
// begun inside another is a savepoint of it, so several writes can be made all or nothing.
// Internal to core: ui/, cli/ and app/ never include it (tests/layering.cmake checks).

#include "values/error.h"

#include <QSqlDatabase>

#include <type_traits>

namespace minuta {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Runs `work` (returning Result<T>) inside a transaction and commits only when it succeeded.
template<typename Work> auto inTransaction(const QSqlDatabase &db, Work &&work) -> decltype(work())
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto result = work();
    if (!result.ok())
        return result;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace minuta
