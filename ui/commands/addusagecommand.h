#pragma once

// Undoable: log units of a service used by a client.

#include "command.h"

#include "work/service.h"

namespace minuta::ui {

class AddUsageCommand : public Command
{
public:
    AddUsageCommand(Workspace &workspace, const Usage &usage);
    const Usage &usage() const { return m_usage; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Usage m_usage;
};

} // namespace minuta::ui
