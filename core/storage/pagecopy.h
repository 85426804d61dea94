#pragma once

// A copy of a database file made page by page with SQLite's online backup API: as fast as copying
// the file, and a consistent snapshot however the file is being written meanwhile. Unlike VACUUM
// INTO it reads no row, so it neither finds damage nor leaves it behind: it is for a file known to be
// whole.
// Internal to core: ui/, cli/ and app/ never include it (tests/layering.cmake checks).

#include "values/error.h"

#include <QSqlDatabase>
#include <QString>

namespace minuta {

class Interruption;

namespace storage::pagecopy {

// Whether the file open on `source` can be copied page by page: Minuta is built with the SQLite
// library Qt's driver uses (Linux distributions' Qt), so the driver's connection can be handed to it.
bool available(const QSqlDatabase &source);

// Copies every page of the database open on `source` into `target`, a new empty file, within one
// read transaction, a few megabytes a step; `interruption` is looked at between steps and ends the
// copy with ErrorCode::Io. `target` is then incomplete: the caller removes it.
Result<void> copy(const QSqlDatabase &source, const QString &target, const Interruption *interruption);

} // namespace storage::pagecopy
} // namespace minuta
