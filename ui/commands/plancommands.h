#pragma once

// Undoable: plan work, change it, delete it, mark an occurrence done or not done.

#include "command.h"

#include "calendar/plan.h"

namespace minuta::ui {

class AddPlanCommand : public Command
{
public:
    AddPlanCommand(Workspace &workspace, const Plan &plan);
    const Plan &plan() const { return m_plan; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Plan m_plan;
};

class EditPlanCommand : public Command
{
public:
    EditPlanCommand(Workspace &workspace, const Plan &before, const Plan &after);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Plan m_before;
    Plan m_after;
};

class DeletePlanCommand : public Command
{
public:
    DeletePlanCommand(Workspace &workspace, qint64 id);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_id;
    Plan m_removed;
};

class SetPlanDoneCommand : public Command
{
public:
    SetPlanDoneCommand(Workspace &workspace, qint64 planId, QDate day, bool done);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_planId;
    QDate m_day;
    bool m_done;
};

} // namespace minuta::ui
