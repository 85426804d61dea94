#include "storage/sqlscript.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;

TEST(SqlScript, SplitsStatementsAndDropsComments)
{
    const QStringList parts =
        splitSqlStatements(QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x INTEGER); /* block; comment */\n"
                                          "INSERT INTO a VALUES (1);\n\n  ;\n"
                                          "INSERT INTO a VALUES (2)"));
    ASSERT_EQ(parts.size(), 3);
    EXPECT_TRUE(parts[0].startsWith(QStringLiteral("CREATE TABLE a")));
    EXPECT_EQ(parts[1], QStringLiteral("INSERT INTO a VALUES (1)"));
    EXPECT_EQ(parts[2], QStringLiteral("INSERT INTO a VALUES (2)"));
}

TEST(SqlScript, KeepsSemicolonsInsideQuotes)
{
    const QStringList parts =
        splitSqlStatements(QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine');\n"
                                          "CREATE TABLE \"odd;name\" ([x;y] TEXT);"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0], QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine')"));
    EXPECT_EQ(parts[1], QStringLiteral("CREATE TABLE \"odd;name\" ([x;y] TEXT)"));
}

TEST(SqlScript, KeepsTriggerBodiesWhole)
{
    const QStringList parts =
        splitSqlStatements(QStringLiteral("CREATE TRIGGER t_guard BEFORE UPDATE ON t\n"
                                          "WHEN OLD.locked = 1\n"
                                          "BEGIN\n"
                                          "  SELECT RAISE(ABORT, 'locked; sorry');\n"
                                          "  UPDATE log SET n = CASE WHEN n > 0 THEN n - 1 ELSE 0 END;\n"
                                          "END;\n"
                                          "CREATE INDEX i ON t(x);"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_TRUE(parts[0].endsWith(QStringLiteral("END")));
    EXPECT_TRUE(parts[0].contains(QStringLiteral("UPDATE log")));
    EXPECT_EQ(parts[1], QStringLiteral("CREATE INDEX i ON t(x)"));
}
