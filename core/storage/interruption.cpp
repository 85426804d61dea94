#include "storage/interruption.h"

#if MINUTA_SQLITE_API
#include <sqlite3.h>
#endif

namespace minuta {

namespace {

#if MINUTA_SQLITE_API
// SQLite calls this every thousand steps of a statement on the watched connection, on the thread
// running it; non-zero ends the statement with SQLITE_INTERRUPT. Unlike sqlite3_interrupt(), it
// also stops a statement that begins after interrupt() was called; sqlite3_interrupt() stops at
// once the one long step of a check of every page, where SQLite calls no progress handler.
int stopWhenInterrupted(void *interruption)
{
    return static_cast<const Interruption *>(interruption)->interrupted() ? 1 : 0;
}
#endif

} // namespace

void Interruption::interrupt()
{
    m_interrupted = true;
#if MINUTA_SQLITE_API
    const std::lock_guard<std::mutex> held(m_watching);
    if (m_connection)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_connection));
#endif
}

bool Interruption::interrupted() const
{
    return m_interrupted;
}

bool Interruption::watch(void *connection)
{
    const std::lock_guard<std::mutex> held(m_watching);
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
    const std::lock_guard<std::mutex> held(m_watching);
#if MINUTA_SQLITE_API
    if (m_connection)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_connection), 0, nullptr, nullptr);
#endif
    m_connection = nullptr;
}

} // namespace minuta
