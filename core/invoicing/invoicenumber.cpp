#include "invoicing/invoicenumber.h"

#include <QRegularExpression>

namespace minuta::invoicenumber {

QString format(const QString &pattern, QDate issueDate, qint64 sequence)
{
    static const QRegularExpression token(QStringLiteral(R"(\{(YYYY|YY|MM|N)(?::([1-9]))?\})"));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        out += pattern.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("YYYY"))
            out += QStringLiteral("%1").arg(issueDate.year(), 4, 10, QLatin1Char('0'));
        else if (name == QLatin1String("YY"))
            out += QStringLiteral("%1").arg(issueDate.year() % 100, 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("MM"))
            out += QStringLiteral("%1").arg(issueDate.month(), 2, 10, QLatin1Char('0'));
        else
            out += QStringLiteral("%1").arg(
                sequence, match.captured(2).isEmpty() ? 0 : match.captured(2).toInt(), 10, QLatin1Char('0'));
        last = match.capturedEnd();
    }
    out += pattern.mid(last);
    return out;
}

} // namespace minuta::invoicenumber
