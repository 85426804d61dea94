#pragma once

// The base of Minuta's undoable actions: each applies itself through core and can revert itself.
// Workspace::run applies a command once, and pushes it only if core accepted it; from then on the
// undo stack's redo and undo call apply and revert. If core refuses an undo or redo later (the entry
// has been billed meanwhile), the user is told and the command leaves the stack.

#include "values/error.h"

#include <QUndoCommand>

namespace minuta::ui {

class Workspace;

class Command : public QUndoCommand
{
public:
    explicit Command(Workspace &workspace, const QString &text, QUndoCommand *parent = nullptr);

    // The first application, before the command is on the stack.
    Result<void> applyFirst();

    void redo() final;
    void undo() final;

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;

    Workspace &m_workspace;

private:
    void report(const Result<void> &result);
    bool m_applied = false;
};

} // namespace minuta::ui
