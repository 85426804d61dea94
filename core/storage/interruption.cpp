#include "storage/interruption.h"

#if MINUTA_SQLITE_API
#include <sqlite3.h>
#endif

namespace minuta {

namespace {

#if MINUTA_SQLITE_API
// SQLite calls this every thousand steps of a statement on the watched connection, on the thread
// running it; non-zero ends the statement with SQLITE_INTERRUPT. Unlike sqlite3_interrupt(), it
// also stops a statement that begins after interrupt() was called.
int stopWhenInterrupted(void *interruption)
{
    return static_cast<const Interruption *>(interruption)->interrupted() ? 1 : 0;
}
#endif

} // namespace

void Interruption::interrupt()
{
    m_interrupted = true;
}

bool Interruption::interrupted() const
{
    return m_interrupted;
}

bool Interruption::watch(void *connection)
{
    if (m_interrupted)
        return false;
    m_connection = connection;
#if MINUTA_SQLITE_API
    if (m_connection)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_connection), 1000, &stopWhenInterrupted, this);
#endif
    return true;
}

void Interruption::unwatch()
{
#if MINUTA_SQLITE_API
    if (m_connection)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_connection), 0, nullptr, nullptr);
#endif
    m_connection = nullptr;
}

} // namespace minuta
