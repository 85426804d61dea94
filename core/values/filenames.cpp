#include "values/filenames.h"

#include <QRegularExpression>

namespace minuta::filenames {

QString safeStem(QString name, const QString &prefix)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([<>:"/\\|?*\x00-\x1F\x7F])"));
    name.replace(unsafe, QStringLiteral("-"));
    name = name.simplified();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.size() > 120)
        name = name.left(120).trimmed();
    static const QRegularExpression reserved(QStringLiteral(R"(^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (name.isEmpty() || reserved.match(name).hasMatch())
        name = prefix + name;
    return name;
}

} // namespace minuta::filenames
