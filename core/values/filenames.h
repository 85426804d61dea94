#pragma once

// File names the program suggests, made from user text (client names, invoice numbers).

#include <QString>

namespace minuta::filenames {

// `name` as a file name (without its extension) that Windows, macOS and Linux all accept:
// forbidden and control characters become "-", trailing dots and spaces go, the length is capped,
// and a name Windows keeps for devices (CON, NUL…) or an empty one gets `prefix` before it.
QString safeStem(QString name, const QString &prefix);

} // namespace minuta::filenames
