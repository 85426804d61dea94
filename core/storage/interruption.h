#pragma once

// Stops, at once, the work another thread is doing on a file of its own connection (the day's
// copy, and the reading of every page before it): what it was writing is dropped, never kept
// half-made, and the work reports an error. For a program that closes and must not wait for the
// copy of a large file.

#include <mutex>

namespace minuta {

class Interruption
{
public:
    // Any thread. Work under way stops within moments; work not begun yet does not begin.
    void interrupt();
    bool interrupted() const;

    // Internal to core: the native SQLite connection (a sqlite3 *) whose statements interrupt()
    // stops, from watch() until unwatch(). watch() is false when the work must not begin.
    bool watch(void *connection);
    void unwatch();

private:
    mutable std::mutex m_mutex;
    void *m_connection = nullptr;
    bool m_interrupted = false;
};

} // namespace minuta
