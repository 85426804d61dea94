#include "storage/sqlscript.h"

namespace minuta {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QStringList leadingWords; // the first words of the statement, to recognise CREATE TRIGGER
    int depth = 0;            // BEGIN/CASE … END nesting inside a trigger
    bool inTrigger = false;

    const auto n = script.size();
    qsizetype i = 0;
    const auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        leadingWords.clear();
        depth = 0;
        inTrigger = false;
    };

    while (i < n) {
        const QChar c = script.at(i);
        // Comments are dropped; they never end a statement.
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const auto end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
            continue;
        }
        // Quoted text and identifiers are copied whole; a doubled quote is an escaped quote.
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i);
            const QString upper = word.toUpper();
            if (leadingWords.size() < 4) {
                leadingWords.append(upper);
                if (leadingWords.first() == QLatin1String("CREATE") && upper == QLatin1String("TRIGGER"))
                    inTrigger = true;
            }
            if (inTrigger) {
                if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE"))
                    ++depth;
                else if (upper == QLatin1String("END"))
                    --depth;
            }
            current += word;
            i = j;
            continue;
        }
        if (c == u';' && (!inTrigger || depth <= 0)) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace minuta
