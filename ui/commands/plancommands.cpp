#include "plancommands.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

AddPlanCommand::AddPlanCommand(Workspace &workspace, const Plan &plan)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Plan work")), m_plan(plan)
{}

Result<void> AddPlanCommand::apply()
{
    auto plans = m_workspace.plans();
    auto saved = m_plan.id == 0 ? plans.add(m_plan) : plans.restore(m_plan);
    if (!saved)
        return saved.error();
    m_plan = *saved;
    m_workspace.notify(Workspace::Plans);
    return {};
}

Result<void> AddPlanCommand::revert()
{
    auto removed = m_workspace.plans().remove(m_plan.id);
    if (!removed)
        return removed.error();
    m_plan = *removed;
    m_workspace.notify(Workspace::Plans);
    return {};
}

EditPlanCommand::EditPlanCommand(Workspace &workspace, const Plan &before, const Plan &after)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Change planned work"))
    , m_before(before)
    , m_after(after)
{}

Result<void> EditPlanCommand::apply()
{
    auto saved = m_workspace.plans().update(m_after);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Plans);
    return {};
}

Result<void> EditPlanCommand::revert()
{
    auto saved = m_workspace.plans().update(m_before);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Plans);
    return {};
}

DeletePlanCommand::DeletePlanCommand(Workspace &workspace, qint64 id)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Delete planned work")), m_id(id)
{}

Result<void> DeletePlanCommand::apply()
{
    auto removed = m_workspace.plans().remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    m_workspace.notify(Workspace::Plans);
    return {};
}

Result<void> DeletePlanCommand::revert()
{
    auto restored = m_workspace.plans().restore(m_removed);
    if (!restored)
        return restored.error();
    m_workspace.notify(Workspace::Plans);
    return {};
}

SetPlanDoneCommand::SetPlanDoneCommand(Workspace &workspace, qint64 planId, QDate day, bool done)
    : Command(workspace, done ? QCoreApplication::translate("minuta::ui::Commands", "Mark done")
                              : QCoreApplication::translate("minuta::ui::Commands", "Mark not done"))
    , m_planId(planId)
    , m_day(day)
    , m_done(done)
{}

Result<void> SetPlanDoneCommand::apply()
{
    if (auto r = m_workspace.plans().setDone(m_planId, m_day, m_done); !r)
        return r;
    m_workspace.notify(Workspace::Plans);
    return {};
}

Result<void> SetPlanDoneCommand::revert()
{
    if (auto r = m_workspace.plans().setDone(m_planId, m_day, !m_done); !r)
        return r;
    m_workspace.notify(Workspace::Plans);
    return {};
}

} // namespace minuta::ui
