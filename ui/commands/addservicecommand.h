#pragma once

// Undoable: add a service to the catalog.

#include "command.h"

#include "work/service.h"

namespace minuta::ui {

class AddServiceCommand : public Command
{
public:
    AddServiceCommand(Workspace &workspace, const Service &service);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Service m_service;
};

} // namespace minuta::ui
