#pragma once

// Undoable: archive a client, or bring one back.

#include "command.h"

#include <QtGlobal>

namespace minuta::ui {

class ArchiveClientCommand : public Command
{
public:
    ArchiveClientCommand(Workspace &workspace, qint64 id, bool archived);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_id;
    bool m_archived;
};

} // namespace minuta::ui
