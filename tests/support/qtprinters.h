#pragma once

// Lets GoogleTest print Qt values in failure messages.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "values/money.h"

#include <ostream>

namespace minuta {
inline void PrintTo(const Money &m, std::ostream *os)
{
    *os << m.toPlainString().toStdString() << ' ' << m.currency().code().toStdString();
}
} // namespace minuta

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '['
        << list.join(QStringLiteral("\", \""))
               .prepend(QLatin1Char('"'))
               .append(QLatin1Char('"'))
               .toStdString()
        << ']';
}

inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << d.toString(Qt::ISODate).toStdString();
}

inline void PrintTo(const QDateTime &d, std::ostream *os)
{
    *os << d.toString(Qt::ISODateWithMs).toStdString();
}
