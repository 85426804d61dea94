#pragma once

// Undoable: stop offering a service, or offer it again.

#include "command.h"

#include <QtGlobal>

namespace minuta::ui {

class SetServiceActiveCommand : public Command
{
public:
    SetServiceActiveCommand(Workspace &workspace, qint64 id, bool active);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_id;
    bool m_active;
};

} // namespace minuta::ui
