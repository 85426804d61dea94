#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace minuta::test {

TempDir::TempDir()
{
    EXPECT_TRUE(m_dir.isValid()) << "cannot create a temporary folder";
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("foreign-maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO contact (name) VALUES ('Anna'), ('Bruno')")));
        for (const QString &statement : statements)
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace minuta::test
