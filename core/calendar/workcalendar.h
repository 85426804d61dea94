#pragma once

// The workload by day, for the calendar: what was logged (per client), what is planned, which
// deadlines fall, and how full each day is against the daily capacity. Days are the user's local
// days; an entry counts on the day it starts. Built from a few aggregated queries, so a month costs
// the same on a file with a million entries as on a small one.

#include "calendar/plan.h"
#include "values/error.h"
#include "values/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace minuta {

class Clock;
class Database;

struct ClientShare
{
    qint64 clientId = 0;
    QString clientName;
    QString clientColor;
    qint64 seconds = 0;
};

enum class Load { Free, Light, Full, Over };

struct DayLoad
{
    QDate day;
    qint64 loggedSeconds = 0; // every entry started that day (a running one up to now)
    qint64 billableSeconds = 0;
    int entries = 0;
    QList<ClientShare> clients; // most time first
    qint64 plannedSeconds = 0;  // occurrences not done
    int planned = 0;
    QList<PlanOccurrence> deadlines; // occurrences whose deadline is this day
    // What fills the day: the time logged, plus planned work still to come.
    qint64 loadSeconds = 0;
    Load load = Load::Free;
};

// A logged entry as the week view draws it, with what it is worth.
struct CalendarBlock
{
    qint64 entryId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString clientColor;
    QString task;
    QString description;
    qint64 start = 0;
    qint64 end = 0; // now, for the running entry
    bool running = false;
    bool billable = true;
    bool billed = false;
    std::optional<Money> amount; // billable entries: the billed time at the resolved rate
};

class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(minuta::WorkCalendar)

public:
    WorkCalendar(const Database &db, const Clock &clock);

    // Every local date in [from, to], in order, with its load against `capacityMinutes`.
    Result<QList<DayLoad>> days(QDate from, QDate to, int capacityMinutes) const;
    // The entries started on local dates [from, to], by start.
    Result<QList<CalendarBlock>> blocks(QDate from, QDate to) const;

    // Light below 85 % of the capacity, full up to 105 %, over beyond; free when nothing.
    static Load loadOf(qint64 seconds, int capacityMinutes);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace minuta
