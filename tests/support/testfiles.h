#pragma once

// Temporary files for tests, and a few ways of looking at them.

#include <QByteArray>
#include <QString>
#include <QStringList>
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
// Another program's SQLite database, made without Minuta: a table of contacts, and each of the
// statements given (a table called like one of Minuta's, an application id of its own…).
void writeForeignDatabase(const QString &path, const QStringList &statements = {});

} // namespace minuta::test
