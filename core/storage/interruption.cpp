#include "storage/interruption.h"

#if MINUTA_SQLITE_INTERRUPT
#include <sqlite3.h>
#endif

namespace minuta {

void Interruption::interrupt()
{
    const std::lock_guard lock(m_mutex);
    m_interrupted = true;
#if MINUTA_SQLITE_INTERRUPT
    // SQLite allows this from any thread while the connection is open, which watch() and
    // unwatch() bracket under the same lock.
    if (m_connection)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_connection));
#endif
}

bool Interruption::interrupted() const
{
    const std::lock_guard lock(m_mutex);
    return m_interrupted;
}

bool Interruption::watch(void *connection)
{
    const std::lock_guard lock(m_mutex);
    if (m_interrupted)
        return false;
    m_connection = connection;
    return true;
}

void Interruption::unwatch()
{
    const std::lock_guard lock(m_mutex);
    m_connection = nullptr;
}

} // namespace minuta
