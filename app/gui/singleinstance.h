#pragma once

// One Minuta per user: a second launch hands its file to the first, which raises its window, and
// ends. Through a local socket named for the user and the settings in use (so a test or a second
// profile with its own settings runs apart).

#include <QObject>
#include <QString>

class QLocalServer;

namespace minuta::app {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);

    // Hands `path` (empty: none) to a Minuta already running; true when one took it, and this
    // launch should end.
    bool handOver(const QString &path);
    // Listens for later launches; false when it cannot (this launch works alone, as before).
    bool listen();

Q_SIGNALS:
    // A later launch asked for `path` (empty: only to be shown).
    void requested(const QString &path);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace minuta::app
