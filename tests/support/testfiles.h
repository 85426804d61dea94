#pragma once

// Temporary files for tests, and a few ways of looking at them.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace minuta::test {

// A private folder removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
// SHA-256 of a file's bytes, to prove a file was not changed.
QByteArray sha256(const QString &path);

} // namespace minuta::test
