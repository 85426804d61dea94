#pragma once

// What the screens draw in colour, readable in a light theme and a dark one alike: Minuta's
// monochrome icons in the palette's text colour, and the colours that carry a meaning (an error, a
// warning, a deadline) in a shade that stands out from the window they are drawn on.

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace minuta::ui::look {

// Whether the palette is a dark one: light text on a dark window.
bool isDark(const QPalette &palette);
bool isDark();

// For messages saying what is wrong, what deserves a look, and when work is due.
QColor errorColor();
QColor warningColor();
QColor deadlineColor();
// A label's style sheet in that colour.
QString errorStyle();
QString warningStyle();

// The icon `name` from Minuta's resources (":/minuta/icons/<name>.svg"). Its greys are drawn in
// the palette's colours when it is painted: the text's, the disabled text's, the selected text's
// in a selected row, so the icon follows a theme changed while Minuta runs.
QIcon icon(const QString &name);

} // namespace minuta::ui::look
