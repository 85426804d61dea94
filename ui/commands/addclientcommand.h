#pragma once

// Undoable: add a client.

#include "command.h"

#include "clients/client.h"

namespace minuta::ui {

class AddClientCommand : public Command
{
public:
    AddClientCommand(Workspace &workspace, const Client &client);
    const Client &client() const { return m_client; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Client m_client;
};

} // namespace minuta::ui
