#pragma once

// Undoable: change a client's details.

#include "command.h"

#include "clients/client.h"

namespace minuta::ui {

class EditClientCommand : public Command
{
public:
    EditClientCommand(Workspace &workspace, const Client &before, const Client &after);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Client m_before;
    Client m_after;
};

} // namespace minuta::ui
