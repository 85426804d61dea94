#pragma once

// Stops, at once, the work another thread is doing on a file of its own connection (the day's
// copy, and the reading of every page before it): what it was writing is dropped, never kept
// half-made, and the work reports an error. For a program that closes and must not wait for the
// copy of a large file.

#include <atomic>
#include <mutex>

namespace minuta {

class Interruption
{
public:
    // Any thread. Work not begun yet does not begin; work under way stops within moments where
    // Minuta is built with the SQLite library Qt's driver uses (Linux distributions' Qt), and
    // elsewhere finishes first.
    void interrupt();
    bool interrupted() const;

    // Internal to core, on the thread doing the work: the native SQLite connection (a sqlite3 *)
    // whose statements stop when interrupt() is called, from watch() until unwatch(). watch() is
    // false when the work must not begin.
    bool watch(void *connection);
    void unwatch();

private:
    std::atomic<bool> m_interrupted = false;
    std::mutex m_watching; // interrupt() never reaches a connection after unwatch() let it go
    void *m_connection = nullptr;
};

} // namespace minuta
