#pragma once

// A prepaid pack's statement as a PDF, in the client's language. Needs a QGuiApplication (fonts).

#include "invoicing/packrepository.h"
#include "values/error.h"

namespace minuta::packstatement {

// Writes the file atomically.
Result<void> writePdf(const PackStatement &statement, const QString &path);

} // namespace minuta::packstatement
