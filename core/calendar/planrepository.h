#pragma once

// Planned work in the file: plans, their occurrences over a period, and which are done.

#include "calendar/plan.h"
#include "storage/connection.h"
#include "values/error.h"

#include <QCoreApplication>
#include <QList>

namespace minuta {

class Clock;
class Database;

class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::PlanRepository)

public:
    PlanRepository(const Database &db, const Clock &clock);

    Result<Plan> add(Plan plan);
    Result<Plan> update(Plan plan);
    // Deletes the plan with its done marks and returns it as it was, for restore().
    Result<Plan> remove(qint64 id);
    // Puts a removed plan back with its id and its done marks.
    Result<Plan> restore(const Plan &plan);

    Result<Plan> get(qint64 id) const;
    // Every plan, by first start; with `clientId`, that client's only.
    Result<QList<Plan>> list(std::optional<qint64> clientId = std::nullopt) const;
    // The occurrences falling on local dates [from, to], by start.
    Result<QList<PlanOccurrence>> occurrences(QDate from, QDate to) const;
    // The local dates on which occurrences of the plan are marked done.
    Result<QList<QDate>> doneDays(qint64 planId) const;

    // Marks the occurrence on `day` done or not done. The day must be one the plan falls on.
    Result<void> setDone(qint64 planId, QDate day, bool done);
    // The occurrence "plan done" means without a date: the latest so far when it is not done yet,
    // else the next one to come.
    Result<QDate> defaultDoneDay(qint64 planId) const;

    static Result<void> validate(const Plan &plan, const QTimeZone &zone);

private:
    Result<void> checkClient(qint64 clientId) const;
    Result<void> insert(Plan &plan, bool keepId);
    Result<void> writeDone(qint64 planId, const QList<QDate> &days);

    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
